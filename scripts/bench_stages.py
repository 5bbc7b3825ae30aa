"""Where a build's processor time goes: each stage of a one-worker build, timed apart on the same texts in
one process, against jieba.lcut.

    python scripts/bench_stages.py [CORPUS] [--limit N]

The documents pass the stages one after another as in a build (the cyclic collector paused, a sweep after
each document); the stages that finish after the last document (the Turtle file, the store, the index
of questions and the workbench's data) then run alone, so that the processor time of every thread of
the process (pyoxigraph's loader, RocksDB's compactions) is theirs. Start-up (imports, the dictionary)
is not counted. The sum is close to what ``bench_build.py`` measures with one worker, less the page
``graph.html`` and start-up; the store's share there runs on a thread beside the rest.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cpu() -> float:
    """Processor seconds of every thread of this process."""
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


class Clock:
    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()

    def run(self, stage: str, work, *args, **kwargs):  # type: ignore[no-untyped-def]
        start = cpu()
        try:
            return work(*args, **kwargs)
        finally:
            self.seconds[stage] += cpu() - start


def jieba_processor(texts: list[str]) -> float:
    """Processor seconds of jieba.lcut over ``texts``, its dictionary loaded first."""
    import jieba

    jieba.initialize()
    start = time.process_time()
    for text in texts:
        jieba.lcut(text)
    return time.process_time() - start


def measure(corpus: Path, limit: int | None) -> tuple[Counter[str], list[str]]:
    from kg.ask.indexing import INDEX_NAME, IndexWriter
    from kg.ask.records import document_rows
    from kg.corpus.cache import Cache, cache_key
    from kg.extract import extract_document
    from kg.graph import rdf
    from kg.graph.citations import of_document
    from kg.graph.diskstore import STORE_NAME, StoreUpdate
    from kg.text.segment import segmenter
    from kg.text.sources import inputs, read
    from kg.views.pages import PAGES_NAME, PageWriter, document_page

    segmenter()
    rdf.ontology_ntriples()
    files = list(inputs([corpus]))[:limit]
    clock, out = Clock(), Path(tempfile.mkdtemp(prefix="stages."))
    cache, index, pages = Cache(out / ".cache"), IndexWriter(out / INDEX_NAME), PageWriter(out / PAGES_NAME)
    owns: list[tuple[str, str, bytes]] = []
    texts: list[str] = []
    shared: set[bytes] = set()
    gc.disable()
    with (out / "graph.nq").open("wb") as quads:
        for path, name in files:
            source = clock.run("read and key", read, path, name=name)
            key = clock.run("read and key", cache_key, source)
            texts.append(source.text)
            facts = clock.run("extraction", extract_document, source)
            triples = clock.run("N-Triples of the facts", rdf.document_ntriples, facts)
            clock.run("cache entry (JSON, write)", cache.put, key, (facts, triples))
            graph = rdf.doc_iri(name)
            clock.run("N-Quads", rdf.write_nquads, [(graph, triples.own), (graph, triples.shared)], quads)
            clock.run("index of questions", lambda f: index.add(document_rows(f)), facts)
            clock.run("workbench data", lambda f: pages.add(document_page(f), of_document(f)[1]), facts)
            clock.run("N-Triples of the facts", shared.update, triples.shared.splitlines(keepends=True))
            owns.append((graph, key, triples.own))
            clock.run("collector sweeps", gc.collect, 1)
    concepts = b"".join(sorted(shared))
    parts = [rdf.ontology_ntriples(), *(own for _, _, own in owns), concepts]
    clock.run("Turtle", rdf.write_turtle, parts, out / "graph.ttl", checked=False)
    clock.run("index of questions", index.finish)
    clock.run("workbench data", pages.finish)
    start = cpu()
    with StoreUpdate(out / STORE_NAME) as store:
        for graph, key, own in owns:
            store.document(graph, key, own)
        store.finish(shared=concepts, mirrors={})
    clock.seconds["store (bulk_load per document, optimize)"] += cpu() - start
    return clock.seconds, texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args()
    seconds, texts = measure(args.corpus, args.limit)
    base, chars = jieba_processor(texts), sum(map(len, texts))
    total = sum(seconds.values())
    print(f"jieba.lcut: {chars:,} characters, {base:.2f} s of processor")
    print("| stage | processor s | × jieba.lcut processor | share |")
    print("|---|---:|---:|---:|")
    for stage, value in seconds.most_common():
        print(f"| {stage} | {value:.2f} | {value / base:.2f} | {value / total:.0%} |")
    print(f"| all | {total:.2f} | {total / base:.2f} | 100% |")


if __name__ == "__main__":
    main()
