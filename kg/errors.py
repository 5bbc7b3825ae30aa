"""The one exception family of the library; the CLI turns it into a clean exit.

Exit codes: 0 done; 1 a problem with an input, a graph, a name or a server (and a build that
skipped a file); 2 a command line that does not parse (typer's usage error); 3 a SPARQL query
that does not parse or cannot run.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path


class PolicyKGError(Exception):
    """A problem the user can fix: one line, no traceback."""

    exit_code = 1


class InputError(PolicyKGError):
    """A missing, empty, binary or undecodable input."""


class GraphError(PolicyKGError):
    """A graph file that is missing or cannot be read."""


class QueryError(PolicyKGError):
    """A SPARQL query that does not parse or cannot run."""

    exit_code = 3


class NotFoundError(PolicyKGError):
    """A goal, concept or name that matches nothing in the graph."""


class RemoteError(PolicyKGError):
    """A SPARQL server that cannot be reached or refuses a request."""


class OutputError(PolicyKGError):
    """An output path that cannot be written: a file where a folder should be, no permission, a full disk."""


class ClusterError(PolicyKGError):
    """A Dask cluster that cannot be reached or cannot run the extraction."""


class LimitError(PolicyKGError):
    """A query whose answer is over a limit of the server (rows, bytes, memory)."""


def shown(path: Path | str) -> str:
    """A path or name on one printable line: bytes that are not UTF-8 as ``\\xNN``, control characters escaped.

    >>> shown(os.fsdecode(b"a\\xff.txt")), shown("报告\\n.txt"), shown(Path("省/甲.txt"))
    ('a\\\\xff.txt', '报告\\\\n.txt', '省/甲.txt')
    """
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
                   else ch for ch in text)


def said(exc: BaseException, *, limit: int = 300) -> str:
    """What an exception of some library says, on one printable line of at most ``limit`` characters.

    >>> said(ValueError("Non-Ascii85 digit found: \\x8a\\n at 3"))
    'Non-Ascii85 digit found: \\\\x8a at 3'
    """
    return shown(" ".join(str(exc).split()))[:limit]


def unexpected(exc: Exception) -> str:
    """One line for an exception no library function turned into a :class:`PolicyKGError`.

    >>> unexpected(RuntimeError("Corruption: block checksum mismatch"))
    'the on-disk store is damaged (Corruption: block checksum mismatch); run `policykg build` again to make it anew'
    >>> unexpected(ZeroDivisionError("division by zero"))
    'unexpected ZeroDivisionError: division by zero'
    """
    text = said(exc)
    if text.startswith("Corruption"):
        return f"the on-disk store is damaged ({text}); run `policykg build` again to make it anew"
    return f"unexpected {type(exc).__name__}: {text}"
