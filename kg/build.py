"""``policykg build``: input files to graph.ttl and graph.html in an output folder.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> src = out / "a.txt"; _ = src.write_text("发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。\\n", encoding="utf-8")
>>> report = build([src], out / "o")
>>> report.articles, (out / "o" / "graph.ttl").is_file()
(1, True)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.extract import extract_document
from kg.files import write_atomic, write_text_atomic
from kg.model import DocumentFacts
from kg.sources import expand, read


@dataclass(frozen=True)
class BuildReport:
    documents: int
    articles: int
    goals: int
    measures: int
    triples: int
    graph_path: Path
    page_path: Path
    failures: tuple[str, ...] = field(default=())


def build(paths: Sequence[Path], out: Path, *, page: bool = True,
          progress: Callable[[str], None] | None = None) -> BuildReport:
    """Extract every input, write ``out/graph.ttl`` and ``out/graph.html`` atomically."""
    from kg.rdf import serialize, to_graph

    files = expand(paths)
    docs: list[DocumentFacts] = []
    failures: list[str] = []
    for path in files:
        try:
            docs.append(extract_document(read(path)))
        except InputError as exc:
            failures.append(str(exc))
        if progress:
            progress(path.name)
    if not docs:
        raise InputError(failures[0] if len(failures) == 1 else "; ".join(failures) or "no input")
    graph = to_graph(docs)
    graph_path, page_path = out / "graph.ttl", out / "graph.html"
    data = serialize(graph)
    html = None
    if page:
        from kg.page import render_page

        html = render_page(graph, title=_title(docs))
    write_atomic(graph_path, data)
    if html is not None:
        write_text_atomic(page_path, html)
    statements = [s for d in docs for a in d.articles for s in a.statements]
    return BuildReport(
        documents=len(docs), articles=sum(len(d.articles) for d in docs),
        goals=sum(s.kind == "goal" for s in statements), measures=sum(s.kind == "measure" for s in statements),
        triples=len(graph), graph_path=graph_path, page_path=page_path, failures=tuple(failures),
    )


def _title(docs: list[DocumentFacts]) -> str:
    if len(docs) == 1:
        titles = [a.article.title for a in docs[0].articles if a.article.title]
        return "policykg · " + (" / ".join(titles) or docs[0].page.source.name)
    return f"policykg · {len(docs)} documents"
