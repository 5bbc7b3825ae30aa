"""The workbench (graph.html offline, `policykg serve` online) in headless Chromium: reader, tree, ask,
SPARQL and graph, with every request to another origin aborted and recorded."""

from __future__ import annotations

import itertools
import shutil
import sys

import pytest

from kg.corpus.build import build
from tests.browser import offline_page, served_page
from tests.conftest import SEED, require_shared
from tests.corpus_builds import shared_build
from tests.servers import free_port, running

READY = "window.policykgReady === true"
STATE_COUNCIL = ("国发〔2018〕42号_国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见.txt",
                 "国发〔2019〕4号_国务院关于印发国家职业教育改革实施方案的通知.txt",
                 "国办发〔2018〕121号_国务院办公厅关于加快发展体育竞赛表演产业的指导意见.txt",
                 "国办发〔2019〕4号_国务院办公厅关于加强三级公立医院绩效考核工作的意见.txt",
                 "国发〔2018〕39号_国务院关于做好当前和今后一个时期促进就业工作的若干意见.txt")


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    build([SEED], out, workers=1)
    return out


@pytest.fixture(scope="module")
def state_council(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sc")
    corpus = require_shared() / "corpus" / "state_council_2018_2019"
    for name in STATE_COUNCIL:
        shutil.copy(corpus / name, folder / name)
    out = tmp_path_factory.mktemp("sc-out")
    shared_build([folder], out, workers=1)
    return out


def serve(graph):
    port = free_port()
    args = [sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", str(port), "--processes", "2"]
    return running(args, f"http://127.0.0.1:{port}/doc/0"), f"http://127.0.0.1:{port}/"


def marks_of(page, node):
    return page.evaluate("id => [...document.querySelectorAll('#text mark')].filter(m => m.dataset.ids.split(' ').includes(id))"
                         ".map(m => m.textContent).join('')", node)


def test_reader_shows_the_seed_article_with_statements_in_place(seed):
    with offline_page(seed / "graph.html") as (page, requests, dialogs):
        page.wait_for_function(READY, timeout=30_000)
        text = page.locator("#text").inner_text()
        assert "人工智能" in text and page.locator("#text mark.goal").count() > 45
        assert page.locator("#text mark.measure").count() > 40
        assert "目标 Goal" in page.locator("#legend").inner_text()
        doc = page.evaluate("policykg.current()")
        spanned = [n for n, s in doc["statements"].items() if s["spans"]]
        assert len(spanned) > 200 and sorted(page.evaluate("Object.keys(policykg.current().marks)")) == sorted(spanned)
        # every highlighted stretch is the statement's own text at its offsets
        for node, s in list(doc["statements"].items())[:80]:
            for a, b in s["spans"]:
                assert doc["text"][a:b].replace("\n", "") in marks_of(page, node)
        outline = page.locator("#outline a").all_inner_texts()
        assert "科技创新与产业应用相互促进" in outline
    assert requests == [] and dialogs == []


def test_clicking_a_measure_shows_its_chain_up_to_the_document_goal(seed):
    with offline_page(seed / "graph.html") as (page, _, _):
        page.wait_for_function(READY, timeout=30_000)
        doc = page.evaluate("policykg.current()")
        node = next(n for n, s in doc["statements"].items()
                    if s["kind"] == "measure" and doc["text"][s["spans"][0][0]:s["spans"][0][1]].startswith("应当从国家层面统筹整合资源"))
        page.locator("#text mark.measure", has_text="应当从国家层面统筹整合资源").first.click()
        chain = page.locator("#chain .up .card")
        labels = chain.all_inner_texts()
        assert "抢抓人工智能发展重大机遇" in labels[-1] and "文件目标 document goal" in labels[-1]
        path = page.evaluate("id => policykg.chainUp(id)", node)
        assert path[0] == node and doc["statements"][path[-1]]["level"] == "article"
        for below, above in itertools.pairwise(path):
            assert above in doc["up"][below]  # each step is a stated support link
        assert "「应当从国家层面统筹整合资源" in page.locator("#chain .card").first.inner_text()


def test_clicking_a_goal_in_the_outline_collapses_the_text_to_its_measures(seed):
    with offline_page(seed / "graph.html") as (page, _, _):
        page.wait_for_function(READY, timeout=30_000)
        before = page.locator("#text p:visible").count()
        page.locator("#outline a.goal", has_text="科技创新与产业应用相互促进").click()
        after = page.locator("#text p:visible").count()
        note = page.locator("#text .collapsed-note").inner_text()
        doc = page.evaluate("policykg.current()")
        goal = page.locator("#outline a.on").get_attribute("data-goal")
        assert f"支撑它的 {doc['statements'][goal]['count']} 项举措" in note
        assert 0 < after < before / 2
        visible = page.locator("#text p:visible").all_inner_texts()
        assert any("夯实算力基础" in p for p in visible) and not any("加快智能化升级改造" in p for p in visible)
        page.locator("#text .collapsed-note a").click()
        assert page.locator("#text p:visible").count() == before


def test_reader_opens_a_corpus_document(state_council):
    with offline_page(state_council / "graph.html") as (page, requests, _):
        page.wait_for_function(READY, timeout=30_000)
        options = page.locator("#doc option").all_inner_texts()
        assert len(options) == len(STATE_COUNCIL)
        index = next(i for i, t in enumerate(options) if "农业机械化" in t)
        page.select_option("#doc", str(index))
        page.wait_for_function("policykg.current().title.includes('农业机械化')")
        assert page.locator("#outline a", has_text="总体要求").count() == 1
        mark = page.locator("#text mark.measure").nth(10)
        mark.click()
        assert page.locator("#chain .up .card").count() >= 1
        top = page.locator("#chain .up .card").last.inner_text()
        assert "文件目标 document goal" in top
    assert requests == []


def test_text_from_a_document_never_runs_as_script(tmp_path):
    src = tmp_path / "hostile.txt"
    src.write_text("关于发展数字经济<img src=x onerror=alert(1)>的意见\n\n一、加快建设𠮷数据中心\n\n"
                   "（一）推进算力网络建设。要完善<img src=x onerror=alert(1)>算力网络，"
                   "加强</script><script>alert(2)</script>人工智能应用。\n", encoding="utf-8")
    build([src], tmp_path / "out", workers=1)
    with offline_page(tmp_path / "out" / "graph.html") as (page, requests, dialogs):
        page.wait_for_function(READY, timeout=30_000)
        assert "</script><script>alert(2)</script>" in page.locator("#text").inner_text()
        doc = page.evaluate("policykg.current()")
        assert "𠮷" in doc["text"]
        for node, s in doc["statements"].items():  # offsets past a character outside the BMP (𠮷) still land
            for a, b in s["spans"]:
                stated = page.evaluate("([a, b]) => policykg.current().text.slice(a, b)", [a, b])  # UTF-16 offsets
                assert stated.replace("\n", "") in marks_of(page, node)
                if len(s["spans"]) == 1:
                    assert stated.replace("\n", "") == s["quote"]  # the stretch is the evidence quoted
        page.locator("#text mark").last.click()
        page.evaluate("policykg.tab('tree')")
        page.locator("#docs > details > summary").first.click()
        page.evaluate("policykg.tab('graph')")
        page.wait_for_function("window.policykgGraphDrawn === true")
        assert page.locator("body img").count() == 0
        assert "<img" in page.title()
    assert dialogs == [] and requests == []


def test_ask_and_follow_a_quote_into_the_reader(seed):
    server, url = serve(seed / "graph.ttl")
    with server, served_page(url) as (page, requests, errors):
        page.wait_for_function(READY, timeout=30_000)
        page.locator('#tabs button[data-tab="ask"]').click()
        page.fill("#question", "哪些举措支撑现代化产业体系建设？")
        page.locator("#askform button").click()
        page.wait_for_selector("#answer .card")
        assert "现代化产业体系" in page.locator("#answer .heading").inner_text()
        link = page.locator("#answer ul a.quote").first
        quote, node = link.inner_text().strip("「」"), link.get_attribute("data-node")
        link.click()
        assert page.locator("#reader").is_visible()
        flashed = page.locator("#text mark.flash")
        page.wait_for_function("document.querySelectorAll('#text mark.flash').length > 0")
        assert quote.rstrip("。；") in "".join(flashed.all_inner_texts()) + "。"
        assert node in page.locator("#text mark.flash").first.get_attribute("data-ids").split()
        assert page.locator("#chain .card").first.get_attribute("data-node") == node
    assert requests == [] and errors == []


def test_run_a_bundled_query_and_download_csv(seed, tmp_path):
    server, url = serve(seed / "graph.ttl")
    with server, served_page(url) as (page, requests, errors):
        page.wait_for_function(READY, timeout=30_000)
        page.locator('#tabs button[data-tab="sparql"]').click()
        page.wait_for_function("window.policykgEditor !== undefined")
        assert page.locator("#editor .cm-content").inner_text().count("PREFIX") >= 1  # a real editor, prefixes filled in
        page.select_option("#examples", "concepts")
        assert "skos:prefLabel" in page.locator("#editor .cm-content").inner_text()
        page.select_option("#examples", "goals")  # an example replaces what the editor holds
        assert "pol:Goal" in page.locator("#editor .cm-content").inner_text()
        assert "skos:prefLabel" not in page.locator("#editor .cm-content").inner_text()
        page.locator("#run").click()
        page.wait_for_selector("#results table")
        rows = page.locator("#results tr").count() - 1
        assert rows > 50 and f"{rows} 行" in page.locator("#qstatus").inner_text()
        assert page.locator("#results a.iri").count() > 0
        page.wait_for_function("window.policykgLabelled === true")
        pairs = page.evaluate("[...document.querySelectorAll('#results tr')].slice(1).map(r => [r.cells[0].innerText, r.cells[1].innerText])")
        assert all(shown == label for shown, label in pairs)  # each goal's IRI shown as its label
        with page.expect_download() as info:
            page.locator("#csv").click()
        csv_file = tmp_path / "results.csv"
        info.value.save_as(csv_file)
        lines = csv_file.read_text(encoding="utf-8").splitlines()
        assert len(lines) == rows + 1 and lines[0].startswith("goal")
        page.locator("#results a.iri").first.click()
        assert page.locator("#reader").is_visible()
    assert requests == [] and errors == []


def test_graph_view_of_state_council_documents_expands_one(state_council):
    server, url = serve(state_council / "graph.ttl")
    with server, served_page(url) as (page, requests, errors):
        page.wait_for_function(READY, timeout=30_000)
        page.locator('#tabs button[data-tab="graph"]').click()
        page.wait_for_function("window.policykgGraphDrawn === true", timeout=30_000)
        kinds = page.evaluate("policykgGraph.nodes.get().map(n => n.kind)")
        assert kinds == ["document"] * len(STATE_COUNCIL)
        page.evaluate("policykgGraph.expand(0)")
        page.wait_for_function("policykgGraph.nodes.get().some(n => n.kind === 'goal')")
        nodes = page.evaluate("policykgGraph.nodes.get().map(n => [n.id, n.kind, n.root === true])")
        edges = page.evaluate("policykgGraph.edges.get().map(e => [e.from, e.to])")
        doc = page.evaluate("policykg.load(0).then(d => ({down: d.down, statements: d.statements}))")
        roots = [n for n, _, root in nodes if root]
        assert roots and all(doc["statements"][r]["kind"] == "goal" for r in roots)
        assert all(t in doc["down"][f] for f, t in edges)  # each edge is a stated support link
        assert len(nodes) > 5 and page.evaluate("policykgGraph.network.getScale()") >= 0.7  # readable
        assert page.evaluate(INSIDE, ["policykgGraph", "network"])[1] == 0  # and nothing cut off at the edge
        page.evaluate("policykg.showConcepts()")
        assert page.evaluate("policykgGraph.nodes.get().filter(n => String(n.id).startsWith('concept:')).length") > 0
        page.locator('#tabs button[data-tab="concepts"]').click()  # served: vis and the document come from the server
        page.wait_for_function(CONCEPTS_DRAWN, timeout=30_000)
        assert page.evaluate(INSIDE, ["policykgConceptGraph", "cnetwork"])[1] == 0
    assert requests == [] and errors == []


# -------------------------------------------------------------- the concept view

INSIDE = """([graph, box]) => {
  const net = window[graph].network, rect = document.getElementById(box).getBoundingClientRect();
  const ids = Object.keys(net.getPositions());
  const out = ids.filter(id => {
    const b = net.getBoundingBox(id), a = net.canvasToDOM({x: b.left, y: b.top}), z = net.canvasToDOM({x: b.right, y: b.bottom});
    return a.x < -1 || a.y < -1 || z.x > rect.width + 1 || z.y > rect.height + 1;
  });
  return [ids.length, out.length];
}"""
CONCEPTS_DRAWN = "window.policykgConceptsDrawn === true"
TEXT = ("关于培育新兴产业的意见\n\n张三 李四\n\n一、发展未来产业\n\n"
        "（一）加快发展量子科技、生物制造、人形机器人等未来产业。推动人工智能与实体经济深度融合。\n\n"
        "（二）以科技创新推动产业创新，推动先进制造业与现代服务业融合发展。\n")


def short(concept):
    """A concept's name in the page: the last part of its IRI."""
    return concept.rsplit("/", 1)[-1]


def open_concepts(page):
    page.wait_for_function(READY, timeout=30_000)
    page.locator('#tabs button[data-tab="concepts"]').click()
    page.wait_for_function(CONCEPTS_DRAWN, timeout=30_000)


def stated_pairs(graph):
    """The relations the built graph states, as (source label, kind, target label)."""
    from kg.graph.store import Store
    from kg.views.conceptmap import concept_map, edges

    cmap = concept_map(Store.open(graph))
    return cmap, {(cmap.label(e.source), e.kind.value, cmap.label(e.target)) for e in edges(cmap)}


def test_concept_view_of_a_document_draws_what_the_text_states(tmp_path):
    src = tmp_path / "new.txt"
    src.write_text(TEXT, encoding="utf-8")
    build([src], tmp_path / "out", workers=1)
    cmap, pairs = stated_pairs(tmp_path / "out" / "graph.ttl")
    assert pairs, "the hand-written text states relations of several shapes"
    with offline_page(tmp_path / "out" / "graph.html") as (page, requests, dialogs):
        open_concepts(page)
        drawn = page.evaluate("""policykgConceptGraph.edges.get().map(e => [policykgConceptGraph.nodes.get(e.from).title.split('\\n')[0],
                                 e.kind, policykgConceptGraph.nodes.get(e.to).title.split('\\n')[0], e.label, e.title])""")
        assert {(a, kind, b) for a, kind, b, _, _ in drawn} == pairs
        words = {k.value: w for k, w in cmap.kind_labels.items()}
        assert all(label == words[kind] for _, kind, _, label, _ in drawn)  # the edge label is the kind, in Chinese
        quotes = {r.quote for r in cmap.relations}
        assert all(any(f"「{q}」" in tip for q in quotes) for *_, tip in drawn)  # the tooltip is the sentence
        count, outside = page.evaluate(INSIDE, ["policykgConceptGraph", "cnetwork"])
        assert count == len({x for a, _, b in pairs for x in (a, b)}) and outside == 0
        # a concept clicked: its relations with their sentences; a sentence clicked: the reader, marked there
        relation = cmap.relations[0]
        page.evaluate("id => policykgConcepts.details(id)", short(relation.source))
        info = page.locator("#cinfo").inner_text()
        assert cmap.label(relation.source) in info and f"「{relation.quote}」" in info
        page.locator("#cinfo a.quote").first.click()
        page.wait_for_function("window.policykgRange !== undefined", polling=100)
        assert page.locator("#reader").is_visible()
        first = page.locator("#cinfo a.quote").first.inner_text().strip("「」")
        assert page.evaluate("window.policykgRange").replace("\n", "") == first
    assert requests == [] and dialogs == []


def test_clicking_a_concept_lists_the_statements_that_mention_it(tmp_path):
    src = tmp_path / "new.txt"
    src.write_text(TEXT, encoding="utf-8")
    build([src], tmp_path / "out", workers=1)
    cmap, _ = stated_pairs(tmp_path / "out" / "graph.ttl")
    named = {}
    for statement, concept in cmap.mentions:
        named.setdefault(concept, []).append(statement)
    concept = max(cmap.related, key=lambda c: (len(named.get(c, [])), c))
    assert named.get(concept)
    with offline_page(tmp_path / "out" / "graph.html") as (page, _, _):
        open_concepts(page)
        page.evaluate("id => policykgConcepts.details(id)", short(concept))
        listed = page.evaluate("[...document.querySelectorAll('#cinfo .mentions a')].map(a => a.dataset.node)")
        assert sorted(listed) == sorted(named[concept])
        page.locator("#cinfo .mentions a").first.click()
        page.wait_for_function("document.querySelectorAll('#text mark.flash').length > 0")
        assert listed[0] in page.locator("#text mark.flash").first.get_attribute("data-ids").split()


def fed_page(tmp_path, texts, relations):
    """The workbench of documents built from ``texts``, fed a concept map written by hand: ``relations`` are
    (document number, source, kind, target, quote) with the quote found in that document's text."""
    from kg.graph.store import Store
    from kg.model import ConceptRelation
    from kg.views.conceptmap import ConceptMap, ConceptNode, StatedRelation
    from kg.views.workbench import Workbench, render_workbench
    from tests.concept_graphs import concept

    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    build([folder], tmp_path / "out", workers=1, page=False)
    store = Store.open(tmp_path / "out" / "graph.ttl")
    bench = Workbench(store)
    docs = {d.source.rsplit("/", 1)[-1]: d for d in bench.docs}
    stated, labels = [], set()
    for n, source, kind, target, quote in relations:
        doc = docs[f"{n}.txt"]
        start = texts[n].index(quote)
        stated.append(StatedRelation(str(concept(source)), str(concept(target)), ConceptRelation(kind), quote, start,
                                     start + len(quote), doc.articles[0], doc.titles[0]))
        labels |= {source, target}
    nodes = {str(concept(x)): ConceptNode(str(concept(x)), x, "Technology") for x in labels}
    page = tmp_path / "fed.html"
    page.write_text(render_workbench(Workbench(store, concepts=ConceptMap(nodes, tuple(sorted(stated)))), title="fed",
                                     served=False), encoding="utf-8")
    return page


def test_a_concepts_neighbourhood_spans_documents_and_fits(tmp_path):
    texts = ["关于发展数字经济的意见\n\n一、总体要求\n\n推动人工智能与实体经济深度融合。\n",
             "关于培育未来产业的意见\n\n一、总体要求\n\n以人工智能推动人形机器人发展。发展云计算、大数据等数字经济。\n"]
    page_file = fed_page(tmp_path, texts, [
        (0, "人工智能", "integratesWith", "实体经济", "推动人工智能与实体经济深度融合"),
        (1, "人工智能", "enables", "人形机器人", "以人工智能推动人形机器人发展"),
        (1, "数字经济", "includes", "云计算", "发展云计算、大数据等数字经济"),
    ])
    with offline_page(page_file) as (page, requests, dialogs):
        open_concepts(page)
        # Enter commits the name as a user does; a change event dispatched by hand would leave the field's
        # value uncommitted, so the click below would blur it, fire a second change and redraw #cinfo under the click
        page.fill("#csearch", "人工智能")
        page.press("#csearch", "Enter")
        page.wait_for_function("window.policykgConceptShown === policykgConcepts.find('人工智能') && " + CONCEPTS_DRAWN)
        labels = page.evaluate("policykgConceptGraph.nodes.get().map(n => n.title.split('\\n')[0]).sort()")
        assert labels == sorted(["人工智能", "实体经济", "人形机器人"])  # 数字经济 is in the second document, not near
        assert page.evaluate("policykgConceptGraph.network.getSelectedNodes()") == [page.evaluate(
            "policykgConcepts.find('人工智能')")]
        assert page.evaluate(INSIDE, ["policykgConceptGraph", "cnetwork"])[1] == 0
        info = page.locator("#cinfo").inner_text()
        assert "人工智能 —融合— 实体经济" in info and "人工智能 —推动→ 人形机器人" in info
        page.locator("#cinfo a.quote", has_text="以人工智能推动人形机器人发展").click()
        page.wait_for_function("window.policykgRange !== undefined", polling=100)
        assert page.evaluate("window.policykgRange") == "以人工智能推动人形机器人发展"
        assert "培育未来产业" in page.evaluate("policykg.current().title")
    assert requests == [] and dialogs == []


def test_concept_text_never_runs_as_script(tmp_path):
    texts = ["关于<img src=x onerror=alert(1)>的意见\n\n一、总体要求\n\n推动</script><script>alert(2)</script>与<img src=x onerror=alert(1)>融合。\n"]
    page_file = fed_page(tmp_path, texts, [
        (0, "</script><script>alert(2)</script>", "integratesWith", "<img src=x onerror=alert(1)>",
         "推动</script><script>alert(2)</script>与<img src=x onerror=alert(1)>融合"),
    ])
    with offline_page(page_file) as (page, requests, dialogs):
        open_concepts(page)
        tips = page.evaluate("policykgConceptGraph.edges.get().map(e => e.title)")
        assert any("<img src=x onerror=alert(1)>" in t for t in tips)
        page.evaluate("policykgConcepts.details(policykgConcepts.find('<img'))")
        assert "<img src=x onerror=alert(1)>" in page.locator("#cinfo").inner_text()
        page.locator("#cinfo a.quote").first.click()
        page.wait_for_function("window.policykgRange !== undefined", polling=100)
        assert page.locator("body img").count() == 0
    assert dialogs == [] and requests == []


def test_concept_data_from_facts_is_the_data_from_the_store():
    """A build that makes the page from each document's facts gives the concept view the same data."""
    from kg.extract import extract_document
    from kg.graph.rdf import document_ntriples, ontology_ntriples
    from kg.graph.store import Store
    from kg.model import Source
    from kg.views.conceptmap import map_from_facts
    from kg.views.workbench import Workbench, concept_index, document_concepts

    doc = extract_document(Source("new.txt", TEXT))
    bench = Workbench(Store.from_ntriples(ontology_ntriples() + document_ntriples(doc).lines))
    record = bench.document(0)
    from_facts = document_concepts(map_from_facts([doc]), bench.docs[0].articles, TEXT)
    assert record["conceptMap"]["relations"] and from_facts == record["conceptMap"]
    assert concept_index([(0, from_facts["nodes"])]) == {k: bench.index[k] for k in ("concepts", "relationKinds",
                                                                                     "conceptClasses")}


def test_measures_are_coloured_by_instrument_family_and_the_instrument_tab_charts_them(tmp_path):
    src = tmp_path / "tools.txt"
    src.write_text("关于支持小微企业发展的意见\n一、加大财政投入\n要设立小微企业发展专项资金，扩大普惠贷款投放。\n二、扩大消费\n"
                   "要开展家电以旧换新，拓展应用场景。\n三、加强监管\n要严厉查处违法行为。\n", encoding="utf-8")
    build([src], tmp_path / "out", workers=1)
    with offline_page(tmp_path / "out" / "graph.html") as (page, requests, dialogs):
        page.wait_for_function(READY, timeout=30_000)
        families = page.evaluate("[...document.querySelectorAll('#text mark.measure')].map(m => m.textContent + '|' + "
                                 "[...m.classList].filter(c => c.startsWith('fam-')).join(''))")
        assert any(f.startswith("要设立小微企业发展专项资金") and f.endswith("fam-supply") for f in families)
        assert any("以旧换新" in f and f.endswith("fam-demand") for f in families)
        assert any("查处违法行为" in f and f.endswith("fam-environment") for f in families)
        page.locator("#text mark.measure.fam-demand").first.click()
        assert "需求型 · 示范工程（线索「以旧换新」）" in page.locator("#chain").inner_text()
        page.evaluate("policykg.tab('tools')")
        row = page.locator("#toolchart .row").first
        assert "关于支持小微企业发展的意见" in row.inner_text()
        widths = page.evaluate("[...document.querySelectorAll('#toolchart .row .bar span')].map(s => s.style.width)")
        assert len(widths) == 3 and all(w.endswith("%") for w in widths)
        cells = page.locator("#tooltable tr").nth(1).inner_text()
        assert cells.split("\t")[1:5] == ["8", "2（25%）", "3（38%）", "3（38%）"]  # heading 加大财政投入 and 专项资金
    assert dialogs == [] and requests == []
