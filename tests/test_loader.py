"""The store's loader holds documents and loads them in bursts (on several threads), with the same result."""

import pyoxigraph as ox
import pytest

from kg.graph.loader import Loader

DOCS = [(f"http://e/g{i}", f'<http://e/s{i}> <http://e/p> "第{i}条"@zh .\n'.encode(), False) for i in range(6)]


def _loaded(docs, *, held_bytes=Loader.HELD_BYTES, store=None):
    store = store if store is not None else ox.Store()
    loader = Loader(store)
    loader.HELD_BYTES = held_bytes
    loader.start()
    seen = []
    for doc in docs:
        loader.put(doc)
        seen.append(len(store))
    loader.seal([], optimize=False)
    loader.close()
    loader.check()
    return store, seen


def _quads(store):
    return sorted(str(q) for q in store)


def test_documents_wait_for_the_seal_then_all_are_loaded():
    store, seen = _loaded(DOCS)
    assert set(seen) == {0}
    assert len(store) == len(DOCS)
    assert {q.graph_name.value for q in store} == {g for g, _, _ in DOCS}


def test_bursts_before_the_seal_give_the_same_store():
    one, _ = _loaded(DOCS)
    many, _ = _loaded(DOCS, held_bytes=1)  # every document is a burst of its own
    assert _quads(one) == _quads(many)


def test_a_document_that_replaces_its_graph_drops_the_old_triples():
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/old"), ox.NamedNode("http://e/p"), ox.Literal("旧"), ox.NamedNode("http://e/g0")))
    _loaded([(DOCS[0][0], DOCS[0][1], True)], store=store)
    assert [q.object.value for q in store] == ["第0条"]


def test_the_first_bad_document_is_raised_and_the_bursts_after_it_are_dropped():
    bad = ("http://e/bad", b"<a b> <http://e/p> <http://e/o> .\n", False)
    store = ox.Store()
    with pytest.raises(SyntaxError):
        _loaded([DOCS[0], bad, DOCS[1], DOCS[2]], store=store, held_bytes=1)  # a burst each
    assert {q.graph_name.value for q in store} == {DOCS[0][0]}


@pytest.mark.parametrize("at", [0, 1, 5])
def test_a_bad_document_in_a_burst_is_raised(at):
    bad = ("http://e/bad", b"<a b> <http://e/p> <http://e/o> .\n", False)
    store = ox.Store()
    with pytest.raises(SyntaxError):
        _loaded([*DOCS[:at], bad, *DOCS[at:]], store=store)
    assert "http://e/bad" not in {q.graph_name.value for q in store}


@pytest.mark.parametrize("loaders", [1, 2, 3])
def test_a_burst_on_several_threads_gives_the_same_store(loaders):
    one, _ = _loaded(DOCS)
    store = ox.Store()
    loader = Loader(store)
    loader.LOADERS = loaders
    loader.start()
    for doc in DOCS:
        loader.put(doc)
    loader.seal([], optimize=False)
    loader.close()
    loader.check()
    assert _quads(store) == _quads(one)


class _Recording:
    """A store that notes the size of every ``bulk_load`` it is given."""

    def __init__(self):
        self.store, self.sizes = ox.Store(), []

    def bulk_load(self, data, fmt, *, to_graph):
        self.sizes.append(len(data))
        self.store.bulk_load(data, fmt, to_graph=to_graph)

    def remove_graph(self, graph):
        self.store.remove_graph(graph)

    def optimize(self):
        self.store.optimize()

    def flush(self):
        self.store.flush()


BIG = ("http://e/big", "".join(f'<http://e/s{i}> <http://e/p> "第{i}项"@zh .\n' for i in range(40)).encode(), False)
LINE = max(len(line) for line in BIG[1].splitlines(keepends=True))


@pytest.mark.parametrize("piece", [1, 100, 500, 1 << 20])
def test_a_large_document_is_loaded_in_pieces_with_the_same_triples(piece):
    whole, _ = _loaded([BIG, *DOCS])
    store = _Recording()
    loader = Loader(store)
    loader.PIECE_BYTES = piece
    loader.start()
    for doc in (BIG, *DOCS):
        loader.put(doc)
    loader.seal([], optimize=False)
    loader.close()
    loader.check()
    assert _quads(store.store) == _quads(whole)
    assert max(store.sizes) < piece + LINE  # no load is given more than a piece
    assert sum(store.sizes) == len(BIG[1]) + sum(len(d[1]) for d in DOCS)
