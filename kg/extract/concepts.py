"""Concepts: the terms an article names, the relations its sentences state between them, and indicators.

Every sentence of the article's outline (headings included) is read clause by
clause: its noun phrases (:func:`kg.extract.terms.chunks`) are cut into the
terms a reader would index (:func:`kg.extract.units.units`), judged against
general Chinese and the term statistics of the corpus. The domain lexicon,
quoted terms, 《…》 titles and short forms a text defines are terms too.
Relations come from the sentences' own structure (:mod:`kg.extract.relations`);
statements mention the terms their labels name.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> text = "发展新技术\\n\\n张三 李四\\n\\n一是突破关键技术。要加强机器学习算法、智能芯片、工业软件等关键核心技术攻关。"
>>> doc = extract_document(Source("a.txt", text))
>>> {"机器学习算法", "智能芯片", "关键核心技术"} <= {c.label for c in doc.concepts}
True
>>> [(x.source, str(x.relation), x.target) for x in doc.articles[0].concept_links][:2]
[('关键核心技术', 'includes', '机器学习算法'), ('关键核心技术', 'includes', '智能芯片')]
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from kg.extract.cues import ACTING, MODAL_VERBS, TERM_HEADS
from kg.extract.figures import INDICATOR_TAILS
from kg.extract.inventory import Inventory
from kg.extract.kinds import DOCUMENT_TAIL
from kg.extract.members import activity
from kg.extract.mentions import Matcher, co_mentions, indicators, purposes, statement_mentions
from kg.extract.nominal import with_things
from kg.extract.relations import Named, coordinated, sentence_relations
from kg.extract.terms import SUFFIXES, Chunk, Tags, chunks
from kg.extract.units import FIRST, as_verbal, kind_word, verbal_nouns
from kg.model import (
    ArticleFacts,
    Concept,
    ConceptLink,
    ConceptRelation,
    Span,
)
from kg.text.lexicon import Lexicon
from kg.text.outline import Outline, outline
from kg.text.segment import QUALITY_SUFFIXES, Background, Segmenter
from kg.text.sentences import Clause, Sentence

NOUNS = frozenset({"n", "nz", "dz", "vn", "j", "nr", "ns", "nt", "l", "an"})  # jieba's tags of things
NO_OBJECT, NAME_PLACES = (NOUNS - {"l"}) | {"", "x", "uj"}, NOUNS | {"v", "vd", "b", "uj", "m", "q", "r", "i"}
# Demonstratives of Chinese grammar (a closed class; jieba tags them r): 本|条例 refers back to the text's own
# regulation, 该|企业 to a company named before; not 各, 其他, 我国, which pick out members of a class.
DEMONSTRATIVES = frozenset("本 该 此 这 那 其 这些 那些 这个 那个 这种 这类 此类".split())


@dataclass(frozen=True, slots=True)
class Read:
    """One sentence of the article with the terms each of its clauses names (offsets in the sentence)."""

    sentence: Sentence
    named: tuple[Named, ...]


def extract_concepts(facts: ArticleFacts, *, lexicon: Lexicon, segmenter: Segmenter, background: Background,
                     outlined: Outline | None = None) -> tuple[ArticleFacts, tuple[Concept, ...]]:
    """Concepts, mentions, stated concept relations and indicators of one article's facts (pure), read from the
    article's outline (``outlined``; by default made here).

    >>> from kg.extract.statements import extract_statements
    >>> from kg.model import Source
    >>> from kg.text.layout import layout
    >>> from kg.text.lexicon import load_lexicon
    >>> from kg.text.segment import segmenter
    >>> seg = segmenter()
    >>> article = layout(Source("a.txt", "发展新技术\\n\\n张三\\n\\n要加强算法、芯片等关键核心技术攻关。\\n")).articles[0]
    >>> facts, found = extract_concepts(extract_statements(article), lexicon=load_lexicon(), segmenter=seg,
    ...                                 background=seg.background())
    >>> [c.label for c in found], [(x.source, str(x.relation), x.target) for x in facts.concept_links][:1]
    (['关键核心技术', '算法', '芯片'], [('关键核心技术', 'includes', '算法')])
    """
    sentences = _sentences(outlined or outline(facts.article))
    inventory, tagged = _inventory(sentences, lexicon=lexicon, segmenter=segmenter, background=background)
    reads = [Read(s, tuple(inventory.read(s, clauses))) for s, clauses in zip(sentences, tagged, strict=True)]
    for read in reads:
        inventory.extras(read.sentence.text)
    links = _stated(reads, inventory, facts.article.key)
    related = {x for a, _, b in links for x in (a, b)} | _siblings(reads, inventory) | _tasks(reads, inventory)
    inventory.concepts = {k: c for k, c in inventory.concepts.items() if inventory.keeps(c, related)}
    matcher = Matcher({**{c: c for c in inventory.concepts},
                       **{a: c.label for c in inventory.concepts.values() for a in c.aliases}})
    _add_purposes(links, purposes(matcher, facts), facts.article.key)
    mentions = statement_mentions(matcher, facts.statements)
    figures = tuple(i for read in reads for i in indicators(matcher, read.sentence.span, facts.article.key))
    out = replace(facts, mentions=mentions, concept_links=tuple(x for said in links.values() for x in said), indicators=figures,
                  co_mentions=co_mentions(mentions, facts))
    return out, tuple(inventory.concepts[k] for k in sorted(inventory.concepts))


Tagged = list[list[tuple[Clause, list[Chunk]]]]


def _inventory(sentences: Sequence[Sentence], *, lexicon: Lexicon, segmenter: Segmenter,
               background: Background) -> tuple[Inventory, Tagged]:
    """The term inventory of an article's sentences, and each clause with the noun phrases it holds."""
    tags = [[segmenter.tag(clause.text) for clause in s.clauses] for s in sentences]  # each clause tagged once
    flat = [t for clauses in tags for t in clauses]
    verbal = verbal_nouns(flat)
    tagged = [[(clause, _chunks(t, clause.text, verbal)) for clause, t in zip(s.clauses, ts, strict=True)]
              for s, ts in zip(sentences, tags, strict=True)]
    ends = [[_ends(t) for t in clauses] for clauses in tags]
    manners, predicates = _word_uses(segmenter, flat, lexicon)
    uses = _uses(tagged, tags, ends, manners)
    tagged = [[(clause, _listed_qualities(clause.text, _held(found, t, at, uses), uses))
               for (clause, found), t, at in zip(clauses, ts, ats, strict=True)]
              for clauses, ts, ats in zip(tagged, tags, ends, strict=True)]
    inventory = Inventory(lexicon, background, uses, segmenter)
    inventory.predicates = predicates
    return inventory, tagged


def _add_purposes(links: dict[tuple[str, str, str], list[ConceptLink]], found: Iterable[tuple[str, str, Span]],
                  article: str) -> None:
    """X enables Y where a statement naming X serves one naming Y, unless the text states the reverse."""
    for a, b, span in found:
        if a != b and (b, ConceptRelation.ENABLES, a) not in links:
            links.setdefault((a, ConceptRelation.ENABLES, b), [ConceptLink(a, b, ConceptRelation.ENABLES, span, article)])


def _siblings(reads: list[Read], inventory: Inventory) -> set[str]:
    """Items of one list are of one kind: where a list holds a concept, its bare items (油料、糖料、水产品) are
    concepts too; where three items or more each name a thing by themselves (陆军、海军、空军、火箭军), those are;
    never the objects of a list of actions, nor a quality that qualifies the noun after it."""
    out: set[str] = set()
    for read in reads:
        for run in coordinated(read.sentence.text, read.named):
            if _actions(read.sentence.text, run, inventory.segmenter):
                continue
            if not any(not n.provisional for n in run):
                run = [n for n in run if inventory.thing(n.text)]
                if len(run) < 3:
                    continue
            out |= {label for n in run if inventory.sibling(n.text) and _whole(n, inventory.segmenter) and _kin(n.text)
                    and not activity(n.text, inventory.segmenter)
                    and (label := n.label if not n.provisional else inventory.concept(n.text))}
    return out


def _kin(text: str) -> bool:
    """A bare item that may be of the kind of the things listed with it: no word of kind (知识型) and no measure alone
    (棉花播种面积和|产量: the measure of something, not a thing).

    >>> _kin("油料"), _kin("产量"), _kin("应用型")
    (True, False, False)
    """
    return not kind_word(text) and text not in INDICATOR_TAILS


def _tasks(reads: list[Read], inventory: Inventory) -> set[str]:
    """降碳、减污、扩绿、增长: a list of three items or more, each of two characters, where two or more are a
    one-character verb and its one-character object that no dictionary has as a word, names tasks: those items are
    concepts (增长, a word, is one of the list but no new concept).

    >>> inv, seg = Inventory.example()
    >>> from kg.model import Paragraph
    >>> from kg.text.sentences import split_sentences
    >>> s = split_sentences(Paragraph("协同推进降碳、减污、扩绿、增长。", "body", ((0, 0),)))[0]
    >>> sorted(_tasks([Read(s, ())], inv))
    ['减污', '扩绿', '降碳']
    """
    out: set[str] = set()
    for read in reads:
        for clause in read.sentence.clauses:
            if clause.text.count("、") < 2:
                continue  # no list of three items
            items = _short_items(clause.text)
            tasks = [item for item in items if _task(inventory.segmenter, item)]
            if len(items) >= 3 and len(tasks) >= 2 and all(t in tasks or t in inventory.segmenter.tags for t in items):
                out |= {label for item in tasks if (label := inventory.concept(item))}
    return out


def _short_items(clause: str) -> list[str]:
    """The items of two characters of a 、-list closing a clause (推进|降碳、减污、扩绿、增长 -> the four).

    >>> _short_items("推进降碳、减污、扩绿、增长"), _short_items("加强农业、工业")
    (['降碳', '减污', '扩绿', '增长'], [])
    """
    parts = clause.split("、")
    if len(parts) < 3 or any(len(p) != 2 for p in parts[1:]) or len(parts[0]) < 2:
        return []
    return [parts[0][-2:], *parts[1:]]


def _task(segmenter: Segmenter, item: str) -> bool:
    """A one-character verb and its one-character object, no word of the dictionary (减|污, 扩|绿; not 增长)."""
    tags = segmenter.tag(item)
    return (item not in segmenter.tags and len(tags) == 2 and tags[0][1] == "v"
            and tags[1][1] in ("n", "a", "ng", "vn", "an"))


def _actions(text: str, run: list[Named], segmenter: Segmenter) -> bool:
    """盘活存量、培育增量、增强能量: a list whose item opens with an action verb of its own (right after the 、)
    lists actions; their objects are of no one kind (军队组织|形态现代化 opens with a noun).

    >>> from kg.text.segment import segmenter
    >>> text = "盘活存量、增强能量、提高质量"
    >>> _actions(text, [Named("能量", None, 7, 9), Named("质量", None, 12, 14)], segmenter())
    True
    """
    first = run[0]
    start = first.chunk[0] if first.chunk != (-1, -1) else first.start  # 军队组织形态现代化: one phrase
    opening = text.rfind("、", 0, start)
    if opening < 0 or opening < max(text.rfind(p, 0, start) for p in "，；：。"):
        return False
    words = segmenter.tag(text[opening + 1:start])
    return bool(words) and words[0][0] in ACTING and words[0][1] != "dz"


def _whole(named: Named, segmenter: Segmenter) -> bool:
    """A quality (a last word of three characters or more closed by 化 or 性) is an item of a list only where it is
    its whole noun phrase: in 市场化|开发, 常态化|推进机制 it qualifies the noun after it; a thing stays
    (民族文化, 石油、天然气|开采).

    >>> from kg.text.segment import segmenter
    >>> _whole(Named("标准化", None, 0, 3, chunk=(0, 5)), segmenter()), _whole(Named("民族文化", None, 0, 4, chunk=(0, 6)), segmenter())
    (False, True)
    """
    if named.chunk in ((-1, -1), (named.start, named.end)):
        return True
    last = segmenter.tag(named.text)[-1][0]
    return not (len(last) >= 3 and last.endswith(QUALITY_SUFFIXES))


def _sentences(read: Outline) -> list[Sentence]:
    """The title and every sentence of the outline (headings included), tables left out."""
    return [*read.title, *(s for b in read.blocks if not b.table for s in ((b.heading,) if b.heading else ()) + b.sentences)]


def _uses(tagged: Tagged, tags: Sequence[Sequence[Tags]], ends: list[list[dict[int, int]]], manners: set[str]) -> Counter[str]:
    """How often the article uses each noun phrase as a phrase of its own (never a manner: 有力推动), a phrase
    after a demonstrative (本|条例, 该|企业) being a reference back to a thing, not a use of a name, and a bare word
    after its owner and 的 (产品的|特征) an attribute of something, not a thing (``tags`` and ``ends``: each
    clause's words and where they end; ``manners``: :func:`_word_uses`)."""
    uses = Counter(c.text for clauses, ts, ats in zip(tagged, tags, ends, strict=True)
                   for (_, found), t, at in zip(clauses, ts, ats, strict=True) for c in found if _named(t, at, c))
    for word in manners:
        uses[word] = 0
    return uses


def _ends(tags: Tags) -> dict[int, int]:
    """Where each word of a clause ends -> its index.

    >>> sorted(_ends((("发展", "vn"), ("人工智能", "dz"))).items())
    [(2, 0), (6, 1)]
    """
    ends = list(itertools.accumulate(map(len, map(FIRST, tags))))
    return dict(zip(ends[::-1], range(len(ends) - 1, -1, -1), strict=True))  # the first word ending there


def _stated(reads: list[Read], inventory: Inventory, article: str) -> dict[tuple[str, str, str], list[ConceptLink]]:
    """The relations the sentences state (never both ways), each with every sentence that states it as evidence.

    >>> from kg.extract import extract_document; from kg.model import Source
    >>> text = "发展数字经济\\n\\n一是培育量子科技、生物制造等未来产业。二是壮大量子科技、类脑智能等未来产业。\\n"
    >>> doc = extract_document(Source("a.txt", text))
    >>> [x.evidence.quote for a in doc.articles for x in a.concept_links if x.target == "量子科技"]
    ['一是培育量子科技、生物制造等未来产业', '二是壮大量子科技、类脑智能等未来产业']
    """
    links: dict[tuple[str, str, str], list[ConceptLink]] = {}
    for read in reads:
        for a, relation, b in sentence_relations(read.sentence.text, read.named):
            source, target = inventory.confirm(a, relation), inventory.confirm(b, relation)
            if source and target and source != target and (target, relation, source) not in links:
                said = links.setdefault((source, relation, target), [])
                if not said or said[-1].evidence.start != read.sentence.span.start:
                    said.append(ConceptLink(source, target, relation, read.sentence.span, article))
    return links


def with_broader(concepts: tuple[Concept, ...]) -> tuple[Concept, ...]:
    """Each concept with the broader concept its label ends with, the head of a Chinese compound being the kind
    it names (a thesaurus link, ``skos:broader``, not a relation any sentence states).

    >>> [(c.label, c.broader) for c in with_broader((Concept("人工智能", "Technology"),
    ...                                              Concept("生成式人工智能", "Technology")))]
    [('人工智能', None), ('生成式人工智能', '人工智能')]
    """
    labels = {c.label for c in concepts}
    out = []
    for c in concepts:
        heads = [c.label[i:] for i in range(2, len(c.label) - 1) if c.label[i:] in labels]
        out.append(replace(c, broader=heads[0]) if heads else c)
    return tuple(out)


def _held(found: list[Chunk], tags: Tags, ends: dict[int, int], uses: Counter[str]) -> list[Chunk]:
    """A phrase the text uses whole elsewhere (参与|消费扶贫。) stays whole where a verb of it reads as the
    clause's predicate (消费|扶贫|纳入…, 消费|扶贫|是…); ``ends``: where each word ends (:func:`_ends`).

    >>> from kg.text.segment import segmenter
    >>> tags = segmenter().tag("将消费扶贫纳入工作内容")
    >>> [c.text for c in _held(chunks(tags), tags, _ends(tags), Counter({"消费扶贫": 2}))]
    ['消费扶贫', '工作内容']
    """
    out = []
    for c in found:
        k = ends.get(c.end, len(tags)) + 1  # the word right after the phrase
        word, tag = tags[k] if k < len(tags) else ("", "")
        if len(word) == 2 and tag in ("v", "vn") and uses[c.text + word] >= 2:
            c = Chunk((*c.words, word), (*c.tags, "vn"), c.start)
        out.append(c)
    return out


def _listed_qualities(text: str, found: list[Chunk], uses: Counter[str]) -> list[Chunk]:
    """A quality in 化 that closes a list of qualities (市场化、法治化、国际化|营商环境) is said of the thing after
    it, as the others are, and no part of its name: the phrase splits after it. Not before an action (品牌化|生产,
    市场化|运营…平台).
    So is a list of words of kind (知识型、技能型、创新型|劳动者大军).
    A two-character word between it and a thing the article names on its own elsewhere (国际化|一流|营商环境) is
    one more modifier of the thing, no part of its name either.

    >>> from kg.text.segment import segmenter
    >>> text = "打造市场化、法治化、国际化一流营商环境"
    >>> [c.text for c in _listed_qualities(text, chunks(segmenter().tag(text)), Counter())]
    ['市场化', '法治化', '国际化', '一流营商环境']
    >>> [c.text for c in _listed_qualities(text, chunks(segmenter().tag(text)), Counter({"营商环境": 1}))]
    ['市场化', '法治化', '国际化', '营商环境']
    """
    if "、" not in text:
        return found  # no list
    out: list[Chunk] = []
    for before, c in zip([None, *found], found, strict=False):
        first = c.words[0]
        if before is not None and len(before.words) == 1 and _quality(before.text) \
                and text[before.end:c.start] == "、" and len(c.words) > 1 and len(first) >= 3 \
                and _quality(first) and not {c.tags[1], c.tags[-1]} & {"v", "vn"}:
            out.append(Chunk(c.words[:1], c.tags[:1], c.start))
            k = 2 if len(c.words) > 2 and len(c.words[1]) == 2 and uses["".join(c.words[2:])] >= 1 else 1
            out.append(Chunk(c.words[k:], c.tags[k:], c.start + len("".join(c.words[:k]))))
        else:
            out.append(c)
    return out


def _quality(word: str) -> bool:
    """A word of quality (市场化) or of kind (知识型) that a list of such words says of the thing after them."""
    return word.endswith("化") or kind_word(word)


def _word_uses(segmenter: Segmenter, clauses: Sequence[Tags], lexicon: Lexicon) -> tuple[set[str], frozenset[str]]:
    """In one pass over the words of a text's clauses: its manners and its predicates.

    Manners are words of two characters the text uses mostly right before a verb (有力|推动, 有力|保障), not things.

    Predicates are set phrases (jieba's ``l`` and ``i``) the text uses only as predicates: before a term of the
    lexicon they act on (发展壮大|数字经济), after a modal (要|量力而行), or, made of a preposition and a noun, before a
    word that is no noun (按规定|在, 按规定|执行, 按规定|自行处理; not 增强|自信心。): a manner; or made of an action verb and its object
    (推进|改革, 化解|矛盾): a predicate wherever it stands; never where a thing stands (以工代赈|、, 推进|再生资源|回收),
    nor closed by a suffix of quality or kind (生成式|人工智能, 一体化|算力).
    And words of an action verb and its object that jieba's dictionary tags nouns (提高|质量, 降低|成本), where the
    text uses them only as predicates: opening a clause or after an adverb or a conjunction, never after a noun, a
    verb or 的 (制定|实施细则, 贸易|保护主义); nor closed by a head of named things (保障|体系) or a kind of
    document (实施|细则).

    >>> from kg.text.lexicon import load_lexicon
    >>> from kg.text.segment import segmenter
    >>> texts = ["有力推动发展", "有力保障民生", "发展壮大数字经济", "按规定执行", "推进再生资源回收", "化解矛盾、扩大开放",
    ...          "着重提高质量", "降低成本", "实施细则", "完善保障体系"]
    >>> manners, predicates = _word_uses(segmenter(), [segmenter().tag(t) for t in texts], load_lexicon())
    >>> sorted(manners), sorted(predicates)
    (['有力'], ['化解矛盾', '发展壮大', '按规定', '提高质量', '降低成本'])
    """
    alone, before_verb = manners = (Counter[str](), Counter[str]())
    sets = (Counter[str](), Counter[str]())  # used as a predicate, where a thing stands
    nouns = (Counter[str](), Counter[str]())
    for tags in clauses:
        last = len(tags) - 1
        for k, (word, tag) in enumerate(tags):
            size = len(word)
            if size == 2:
                if k < last and tag in ("n", "an", "nz"):
                    manners[_before_verb(*tags[k + 1])][word] += 1
            elif tag in ("l", "i"):
                if size >= 3 and word[-1] not in SUFFIXES:
                    sets[not _set_predicate(segmenter, lexicon, tags, k)][word] += 1
            elif tag == "n" and size == 4 and _acting_noun(segmenter, word):
                nouns[_after_a_name(tags, k)][word] += 1
    found = {w for w, n in before_verb.items() if n >= 1 and n > 3 * alone[w]}
    return found, frozenset(w for w in sets[0] if not sets[1][w]) | frozenset(w for w in nouns[0] if not nouns[1][w])


def _before_verb(word: str, tag: str) -> bool:
    """A word that shows the one before it is a manner: an action verb or 地."""
    return (tag == "v" and word in ACTING) or word == "地"


def _acting_noun(segmenter: Segmenter, word: str) -> bool:
    """A noun of four characters made of an action verb and its object (降低|成本; not 保障|体系, 实施|细则)."""
    return not word.endswith(TERM_HEADS) and not DOCUMENT_TAIL.search(word) and _acts_on(segmenter, word)


def _set_predicate(segmenter: Segmenter, lexicon: Lexicon, tags: Tags, k: int) -> bool:
    """Whether the set phrase at ``k`` stands as a predicate (:func:`_word_uses`): a manner before no noun, an action
    and its object, or before a term of the lexicon."""
    word = tags[k][0]
    after, after_tag = tags[k + 1] if k + 1 < len(tags) else ("", "")
    manner = _prepositional(segmenter, word) and after_tag not in NO_OBJECT
    modal = k > 0 and tags[k - 1][0] in MODAL_VERBS  # 能|打胜仗: what a modal governs is a verb phrase
    return bool(manner or modal or _acts_on(segmenter, word) or lexicon.canonical(after))


def _named(tags: Tags, ends: dict[int, int], chunk: Chunk) -> bool:
    """Whether a clause (its words, and where each ends: :func:`_ends`) uses a noun phrase as the name of a thing: not
    after a demonstrative (jieba's r: 本, 该, 此), and, for one word, not after a noun and 的 (产品的|特征: an
    attribute of its owner).

    >>> from kg.text.segment import segmenter
    >>> from kg.extract.terms import chunks
    >>> [_named(t := segmenter().tag(x), _ends(t), chunks(t)[-1]) for x in ["违反本条例", "产品的特征", "落实条例",
    ...                                                                  "处一万元以下的罚款"]]
    [False, False, True, True]
    """
    at = ends.get(chunk.start, -1)  # the word before the phrase
    before = tags[at] if at >= 0 else ("", "")
    if before[1] == "r" and before[0] in DEMONSTRATIVES:
        return False
    owner = at >= 1 and before[0] == "的" and tags[at - 1][1] in NOUNS  # 产品的|特征, not 以下的|罚款
    return len(chunk.words) > 1 or not (owner or _task_object(tags, at))


def _task_object(tags: Tags, at: int) -> bool:
    """盘活|存量、培育|增量: one word right after an action verb (at ``at``) in a list whose items each open with their
    verb is what a task acts on, named as part of the task, not as a thing of its own.

    >>> from kg.text.segment import segmenter
    >>> t = segmenter().tag("盘活存量、培育增量")
    >>> _task_object(t, 0), _task_object(t, 3), _task_object(segmenter().tag("发展农业和工业"), 0)
    (True, True, False)
    """
    def acting(k: int) -> bool:
        return 0 <= k < len(tags) and tags[k][0] in ACTING and tags[k][1] in ("v", "vn")

    def mark(k: int) -> bool:
        return 0 <= k < len(tags) and tags[k][0] == "、"

    return acting(at) and ((mark(at + 2) and acting(at + 3)) or (mark(at - 1) and acting(at - 3)))


def _after_a_name(tags: Tags, k: int) -> bool:
    """Whether the word at ``k`` stands where a name does: after a noun, a verb, a set phrase, 的, a number, a
    pronoun (制定|实施细则, 精神文明|创建活动), or as the next item of a list of nouns (岗位职责、|申请材料).

    >>> _after_a_name((("人员", "n"), ("岗位职责", "n"), ("、", "x"), ("申请材料", "n")), 3)
    True
    >>> _after_a_name((("岗位职责", "n"), ("、", "x"), ("申请材料", "n")), 2), _after_a_name((("着重", "a"), ("提高质量", "n")), 1)
    (True, False)
    >>> _after_a_name((("增强", "v"), ("能量", "n"), ("、", "x"), ("提高质量", "n")), 3)
    False
    """
    before = tags[k - 1] if k else ("", "")
    if before[0] == "、":  # the item before ends in a noun no verb governs (治理|污染、|保护环境 lists actions)
        last = tags[k - 2] if k >= 2 else ("", "")
        ahead = tags[k - 3] if k >= 3 else ("、", "x")
        return last[1] in NOUNS and (ahead[1] in NOUNS or ahead[0] == "、")
    return before[1] in NAME_PLACES


def _acts_on(segmenter: Segmenter, phrase: str) -> bool:
    """A set phrase of an action verb and what it acts on, by jieba's dictionary (推进|改革, 化解|矛盾; not
    退役|军人, whose verb is no action, nor two actions side by side: 集中|统一, 开发|利用).

    >>> from kg.text.segment import segmenter
    >>> _acts_on(segmenter(), "化解矛盾"), _acts_on(segmenter(), "退役军人")
    (True, False)
    """
    verb, rest = phrase[:2], phrase[2:]
    return (verb in ACTING and segmenter.tags.get(verb) == "v" and rest not in ACTING
            and segmenter.tags.get(rest) in ("n", "vn", "an", "a"))


def _prepositional(segmenter: Segmenter, phrase: str) -> bool:
    """A set phrase of a preposition and a noun, by jieba's dictionary (按|规定, 经过|努力; not 按|劳|分配).

    >>> from kg.text.segment import segmenter
    >>> _prepositional(segmenter(), "按规定"), _prepositional(segmenter(), "按劳分配")
    (True, False)
    """
    tags = segmenter.tags
    return any(tags.get(phrase[:k]) == "p" and tags.get(phrase[k:]) == "n" for k in (1, 2))


def _chunks(tags: Tags, text: str, verbal: frozenset[str]) -> list[Chunk]:
    return with_things(tags, chunks(as_verbal(tags, verbal))) if len(text) >= 2 else []
