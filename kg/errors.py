"""The one exception family of the library; the CLI turns it into a clean exit."""


class PolicyKGError(Exception):
    """A problem the user can fix: one line, no traceback."""

    exit_code = 1


class InputError(PolicyKGError):
    """A missing, empty, binary or undecodable input."""


class GraphError(PolicyKGError):
    """A graph file that is missing or cannot be read."""


class QueryError(PolicyKGError):
    """A SPARQL query that does not parse or cannot run."""

    exit_code = 2


class NotFoundError(PolicyKGError):
    """A goal, concept or name that matches nothing in the graph."""


class RemoteError(PolicyKGError):
    """A SPARQL server that cannot be reached or refuses a request."""


class OutputError(PolicyKGError):
    """An output path that cannot be written: a file where a folder should be, no permission, a full disk."""


class LimitError(PolicyKGError):
    """A query whose answer is over a limit of the server (rows, bytes, memory)."""
