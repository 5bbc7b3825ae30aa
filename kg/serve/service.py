"""Whether a SPARQL query may run on this endpoint: a ``SERVICE`` clause (which would make the server fetch)
is refused unless it names an allowed host.

>>> service_refusal("SELECT * { SERVICE <http://127.0.0.1:22/> { ?s ?p ?o } }")[:19]
'SERVICE is refused:'
"""

from __future__ import annotations

import re
import urllib.parse

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile(r"(?<![\w?$:])(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)?SERVICE", re.I)  # SERVICESILENT<…>, 1SERVICE <…>
_SERVICE_ANYWHERE = re.compile("SERVICE", re.I)  # with hosts allowed, the processes have the network
_TARGET = re.compile(r"\s*(?:SILENT\s*)?<([^<>\"{}|^`\\\s]*)>", re.I)


def service_refusal(query: str, allowed: tuple[str, ...] = (), *, strict: bool = False) -> str | None:
    """Why the query may not run here, when it has a ``SERVICE`` clause whose host is not in ``allowed``.

    The word is looked for anywhere, after SPARQL's ``\\u`` escapes are undone as the parser does, so
    each one must name an allowed http(s) host in a full IRI. With hosts allowed, or ``strict`` (where
    the query processes cannot be kept off the network), every occurrence of the word counts, whatever
    is around it. This check gives the reason; without allowed hosts the
    query processes have no network anyway (a text check alone cannot know how the parser splits words).

    >>> service_refusal("SELECT * { ?s ?p ?o }") is None
    True
    >>> service_refusal("SELECT * { \\\\u0053ervice <http://10.0.0.1/> { ?s ?p ?o } }")[:21]
    'SERVICE is refused: t'
    >>> service_refusal("SELECT * { SERVICE <https://query.wikidata.org/sparql> {} }", ("query.wikidata.org",)) is None
    True
    """
    text = _ESCAPE.sub(lambda m: _codepoint(m.group(1) or m.group(2)), query)
    for found in (_SERVICE_ANYWHERE if allowed or strict else _SERVICE).finditer(text):
        target = _TARGET.match(text, found.end())
        host = urllib.parse.urlsplit(target.group(1)) if target else None
        if host is None or host.scheme not in ("http", "https") or not host.hostname:
            reason = "a SERVICE clause must name its endpoint in a full http(s) <IRI>"
        elif (host.hostname or "").lower() not in {h.lower() for h in allowed}:
            reason = f"host {host.hostname!r} is not allowed"
        else:
            continue
        extra = "; `serve --allow-service HOST` allows one" if not allowed else f" (allowed: {', '.join(allowed)})"
        return f"SERVICE is refused: this endpoint does not query other servers: {reason}{extra}"
    return None


def _codepoint(digits: str) -> str:
    value = int(digits, 16)
    return chr(value) if value <= 0x10FFFF else "\ufffd"
