"""The concepts of one article as its sentences are read: which phrases of a chunk are terms (judged against the
lexicon, general Chinese and the corpus), the bare words a relation or a list makes concepts, indicators, and the
names a text marks.

>>> from kg.text.lexicon import load_lexicon
>>> from kg.text.segment import segmenter
>>> from collections import Counter
>>> seg = segmenter()
>>> inventory = Inventory(load_lexicon(), seg.background(), Counter(), seg)
>>> inventory.concept("工业互联网"), inventory.concept("2023")
('工业互联网', None)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace

from kg.extract.cues import ACTING, ACTIVITY_NOUNS, ATTRIBUTE_NOUNS, BARE_HEADS, GENERIC_CLASSES, TERM_HEADS
from kg.extract.figures import INDICATOR_TAILS, whole_indicator
from kg.extract.fragments import rejoined, unglued
from kg.extract.frames import framed
from kg.extract.kinds import DOCUMENT_TAIL, guess_kind, is_junk, set_phrase_predicate
from kg.extract.listitems import item_words, unscoped
from kg.extract.marked import NOUNISH, kind_of_quoted, names_a_thing, quoted_terms, short_forms, titles
from kg.extract.measured import owner_and_measure
from kg.extract.predications import predication
from kg.extract.qualities import PRAISE, described, quality, rated_outcome
from kg.extract.regions import scoped
from kg.extract.relations import Named
from kg.extract.terms import COMPLEMENTS, LEXICAL, POSTS, PREDICATES, SCOPES, TAILS, Chunk, Tags, is_role, reciprocal
from kg.extract.units import joined, quantified, units, words_of
from kg.model import Concept, ConceptRelation
from kg.text.lexicon import Lexicon
from kg.text.segment import QUALITY_SUFFIXES, Background, Segmenter
from kg.text.sentences import TRIM, Clause, Sentence

QUOTES = str.maketrans("", "", "“”‘’\"")
ITEM_WORDS = frozenset({"n", "nz", "vn", "j", "nt", "l", "an", "eng", "dz", "a", "b", "ng", "nr", "ns", "v", "k"})
# Action verbs jieba's dictionary tags abbreviations (j) that open most clauses they stand in, a predicate (深化: 72% of
# its 2,269 uses in the corpus, against 研发: 8% of 307, which names with the noun after it, 研发|中心).
OPENS_CLAUSES = frozenset({"深化"})
DICTIONARY_NOUNS = frozenset({"n", "nz", "nt", "j", "an", "dz", "l"})
BARE_LAST, PHRASE_FIRST = NOUNISH | {"v", "nr", "ns", "k"}, NOUNISH | {"a", "b"}  # the tags bare() and phrase_term() accept
SIBLING, THING = NOUNISH | {"nr"}, DICTIONARY_NOUNS | {"nr"}  # the tags of a sibling's and of a thing's words
SHORT = 3  # characters: a term this short is kept only where something vouches for it
WELL_ATTESTED = 10  # corpus documents that make a phrase of two everyday words a term (国家安全, 社会保障)
NEVER_ALONE = ACTING | ATTRIBUTE_NOUNS | ACTIVITY_NOUNS | BARE_HEADS | GENERIC_CLASSES | PRAISE  # 优质 alone: a quality of nothing
DETERMINED = re.compile(r"各|有关|相关|全体|所有|上述|该|本届|^不同")


class Inventory:
    """The concepts of one article as its sentences are read."""

    def __init__(self, lexicon: Lexicon, background: Background, uses: Counter[str], segmenter: Segmenter) -> None:
        self.lexicon, self.background, self.uses, self.segmenter = lexicon, background, uses, segmenter
        self.rejected: set[tuple[str, Words | None, bool]] = set()
        self.read_chunks: dict[tuple[tuple[str, ...], tuple[str, ...], bool, str], list[tuple[str, int, str | None, int, bool]]] = {}
        self.excluded: dict[tuple[str, bool], bool] = {}
        self.excluded_any: dict[tuple[str, Words], bool] = {}  # never()'s answer but for a word of every subject
        self.alone: dict[Words, bool] = {}  # words that are names, places or scopes only
        self.concepts: dict[str, Concept] = {}
        self.predicates: frozenset[str] = frozenset()  # set phrases the text uses as predicates (结合实际|推进)
        self.known_as: dict[str, int] = {}  # phrase -> known(phrase), each asked once per article
        self.attested_as: dict[str, int] = {}  # phrase -> attested(phrase)

    @classmethod
    def example(cls, uses: Counter[str] | None = None) -> tuple[Inventory, Segmenter]:
        """An inventory of the bundled lexicon and segmenter, and the segmenter, for examples and tests.

        >>> inv, seg = Inventory.example(Counter({"专利": 3}))
        >>> inv.uses["专利"], seg.words("发展人工智能")
        (3, ['发展', '人工智能'])
        """
        from kg.text.lexicon import load_lexicon
        from kg.text.segment import segmenter

        seg = segmenter()
        return cls(load_lexicon(), seg.background(), Counter({"专利": 3}) if uses is None else uses, seg), seg

    def known(self, text: str) -> int:
        """How well a phrase is attested as a term: the lexicon, the corpus, or this article's own use.

        >>> inv, seg = Inventory.example()
        >>> inv.known("工业互联网") >= 2
        True
        """
        if (found := self.known_as.get(text)) is None:
            lexical = LEXICAL if self.lexicon.canonical(text) else 0
            word = 2 if len(text) >= 2 and self.background.tag(text) in DICTIONARY_NOUNS else 0  # 待遇: a noun of the dictionary
            found = self.known_as[text] = max(lexical, word, self.background.term_documents(text), self.uses[text])
        return found

    def items(self, text: str, tags: Tags, offset: int) -> Iterator[Named]:
        """Each item of a list (A、B、C), whole from its first noun on (加强|机器学习算法, 智算芯片, 研发设计): what
        the list names, whatever the segmenter cut inside it.

        >>> inv, seg = Inventory.example()
        >>> [n.text for n in inv.items("加强机器学习算法、智算芯片等攻关", seg.tag("加强机器学习算法、智算芯片等攻关"), 0)]
        ['机器学习算法', '智算芯片']
        """
        for m, words in item_words(text, tags):
            inside = unscoped(self.name_at_end(words), self.known)
            if not inside:
                continue
            start = inside[0][2]
            whole = text[start:m.end()]
            pairs = tuple((w, t) for w, t, _ in inside)
            if 3 <= len(whole) <= 16 and "".join(w for w, _ in pairs) == whole and not self.never(whole, pairs):
                yield Named(whole, whole, offset + start, offset + m.end(), provisional=whole not in self.concepts)

    def name_at_end(self, words: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
        """The words of one name an item ends with: back from its end over nominal words (机器|学习|算法, 研发|设计),
        without an action verb, a verb or a complement opening it (盘活|存量, 用好|稳岗返还).

        >>> inv, seg = Inventory.example()
        >>> [w for w, _, _ in inv.name_at_end([("加强", "v", 0), ("机器", "n", 2), ("学习", "v", 4), ("算法", "n", 6)])]
        ['机器', '学习', '算法']
        """
        k = len(words)
        while k > 0 and words[k - 1][1] in ITEM_WORDS and not (words[k - 1][0] in ACTING and words[k - 1][1] == "v"):
            k -= 1
        inside = words[k:]
        while inside and ((inside[0][0] in ACTING and (inside[0][1] not in ("j", "dz") or inside[0][0] in OPENS_CLAUSES)
                           and self.known("".join(w for w, _, _ in inside)) < 2)
                          or ((inside[0][1] == "l" or (inside[0][0] in ACTING and inside[0][1] == "j"))
                              and self.acts_on_term(inside))
                          or inside[0][1] == "v" or inside[0][0] in COMPLEMENTS):
            inside = inside[1:]
        return inside

    def acts_on_term(self, words: list[tuple[str, str, int]]) -> bool:
        """发展壮大|工业母机, 深化|大数据: a word before a term of the lexicon acts on it (a set phrase, or an action verb
        jieba's dictionary tags an abbreviation); 研发|中心, 有限责任|公司 name one thing.

        >>> inv, seg = Inventory.example()
        >>> inv.acts_on_term([("深化", "j", 0), ("大数据", "dz", 2)]), inv.acts_on_term([("研发", "j", 0), ("中心", "n", 2)])
        (True, False)
        """
        return len(words) > 1 and bool(self.lexicon.canonical("".join(w for w, _, _ in words[1:])))

    def attested(self, text: str) -> int:
        """How well a phrase is attested outside this text: the lexicon or the corpus.

        >>> inv, seg = Inventory.example()
        >>> inv.attested("乡村振兴") >= 2
        True
        """
        if (found := self.attested_as.get(text)) is None:
            found = self.attested_as[text] = max(LEXICAL if self.lexicon.canonical(text) else 0, self.background.term_documents(text))
        return found

    def read(self, sentence: Sentence, clauses: Sequence[tuple[Clause, list[Chunk]]]) -> Iterator[Named]:
        """The terms each clause of a sentence names (offsets in the sentence): list items, indicators and the units
        of its noun phrases, a bare word among them marked provisional.

        >>> inv, seg = Inventory.example()
        >>> from kg.extract.terms import chunks
        >>> from kg.model import Paragraph
        >>> from kg.text.sentences import split_sentences
        >>> s = split_sentences(Paragraph("发展新能源、新材料等新兴产业", "body", ((0, 0),)))[0]
        >>> sorted({n.text for n in inv.read(s, [(c, chunks(seg.tag(c.text))) for c in s.clauses]) if n.label})
        ['新兴产业', '新材料', '新能源']
        """
        for clause, found in clauses:
            yield from self._clause(clause.text, found, clause.start - sentence.start)

    def _clause(self, clause: str, found: list[Chunk], offset: int) -> Iterator[Named]:
        tags = self.segmenter.tag(clause)
        yield from self.items(clause, tags, offset)
        found = [rejoined(unglued(quantified(clause, scoped(clause, chunk), self.known), tags), tags) for chunk in found
                 if not set_phrase_predicate(tags, chunk.start, chunk.tags)]
        pairs = {i: clause[found[j].start:found[i].start]
                 for i, j in joined(clause, found, self.background.opens_names).items()}  # 国防和军队|建设: one name
        for i, chunk in enumerate(found):
            if self.condition(clause, chunk) or (i + 1 in pairs and self._terms(clause, found[i + 1], pairs[i + 1])[0][1] < 0):
                continue
            start, terms = offset + chunk.start, self._terms(clause, chunk, pairs.get(i, ""))
            parts = tuple(t[0] for t in terms if t[2]) if chunk.text.endswith(INDICATOR_TAILS) else ()  # whole_indicator's
            if (label := self.indicator(clause, chunk, parts)) is not None:
                yield Named(chunk.text, label, start, offset + chunk.end)
            for text, at, label, index, provisional in terms:
                yield Named(text, label, start + at, start + at + len(text), chunk=(start, offset + chunk.end),
                            index=index, provisional=provisional)

    def _terms(self, clause: str, chunk: Chunk, opener: str) -> list[tuple[str, int, str | None, int, bool]]:
        return self.terms_of(chunk, clause[chunk.end:chunk.end + 1] == "、", opener)

    def indicator(self, clause: str, chunk: Chunk, parts: tuple[str, ...] = ()) -> str | None:
        """森林覆盖率|达到13.52%, 粮食产量|稳定在…: a phrase closed by a word of measure (率, 比例, 产量, 收入 …) that a
        figure follows is an indicator, a concept as a whole (its last word is no attribute of the rest there), unless
        :func:`kg.extract.figures.whole_indicator` reads it as a base of a share or a body and its measure (``parts``).

        >>> inv, seg = Inventory.example()
        >>> from kg.extract.terms import chunks
        >>> inv.indicator("森林覆盖率达到45%", chunks(seg.tag("森林覆盖率达到45%"))[0])
        '森林覆盖率'
        """
        if not whole_indicator(clause, chunk.start, chunk.text, parts):
            return None
        return self.concept(chunk.text, kind="IndicatorConcept")

    def condition(self, clause: str, chunk: Chunk) -> bool:
        """情节严重的，考试合格的，情节严重或者逾期未改正的，: a phrase opening a clause closed by 的 (alone or before 或)
        states a condition (where X is the case), and names no term unless the lexicon has it; nor does a description
        before 的 (紧缺急需|的人才: :func:`kg.extract.qualities.described`).

        >>> inv, seg = Inventory.example()
        >>> from kg.extract.terms import chunks
        >>> inv.condition("情节严重的", chunks(seg.tag("情节严重的"))[0])
        True"""
        if clause[chunk.end:chunk.end + 1] not in ("的", "或"):
            return False  # each condition and description closes with 的, or with 或 before it
        rest = clause[chunk.end:]
        return (((chunk.start == 0 and (rest == "的" or (rest.startswith("或") and rest.endswith("的"))))
                 or described(chunk.words, chunk.tags, rest[:1], self.attested(chunk.text))) and not self.lexicon.canonical(chunk.text))

    def terms_of(self, chunk: Chunk, listed: bool, opener: str = "") -> list[tuple[str, int, str | None, int, bool]]:
        """(text, start in the chunk, concept or provisional label, index, provisional) of each unit of a chunk;
        each distinct chunk is read once per article. ``opener`` (国防和): a thing joined to the chunk that opens one
        name with its first unit where that unit is a term of two words or more (:func:`kg.extract.units.joined`).

        >>> inv, seg = Inventory.example()
        >>> from kg.extract.terms import chunks
        >>> [t[0] for t in inv.terms_of(chunks(seg.tag("完善中等职业学校生均拨款制度"))[0], False)]
        ['中等职业学校', '生均拨款制度']
        >>> inv.terms_of(chunks(seg.tag("军队现代化"))[0], False, "国防和")[0][:3]
        ('国防和军队现代化', -3, '国防和军队现代化')
        """
        key = (chunk.words, chunk.tags, listed, opener)
        found = self.read_chunks.get(key)
        if found is None:
            parts = units(chunk, known=self.known, place=self.background.is_place, attested=self.attested, listed=listed,
                          bound=self.background.only_before_tail, partial=self.background.never_whole,
                          quality=self.background.qualifies)
            parts = owner_and_measure(parts, chunk, attested=self.attested, known=self.known)
            split = sum(not p.attribute for p in parts) > 1
            found = []
            for i, unit in enumerate(parts):
                words = unit.words or tuple(words_of(unit.text, chunk))
                if (opener and i == 0 and unit.start == chunk.start and not unit.attribute and len(words) > 1
                        and (self.is_term(unit.text, words, split=split) or self.bare(unit.text, words))):
                    found.append((opener + unit.text, -len(opener), self.concept(opener + unit.text), i, False))
                    continue
                label = None if unit.attribute else self.concept(unit.text, words, split=split)
                provisional = label is None and not unit.attribute and self.bare(unit.text, words)
                found.append((unit.text, unit.start - chunk.start, unit.text if provisional else label, i, provisional))
            self.read_chunks[key] = found
        return found

    def concept(self, text: str, words: Words | None = None, kind: str | None = None,
                aliases: tuple[str, ...] = (), *, split: bool = False) -> str | None:
        """The concept a phrase names (its lexicon form, or the phrase without the era or verb of support framing it:
        :mod:`kg.extract.frames`), made at the first use, or None where it is no term (``words``: judge it as a unit
        of a noun phrase; without them only junk is refused).

        >>> inv, seg = Inventory.example()
        >>> inv.concept("工业互联网"), inv.concept("2023"), inv.concept("良好环境", seg.tag("良好环境"))
        ('工业互联网', None, None)
        """
        label, words = framed(text.translate(QUOTES).strip(TRIM), words, canonical=self.lexicon.canonical)
        known = self.concepts.get(label)
        if known is None:
            key = (label, words, split)
            if key in self.rejected:
                return None
            if is_junk(label) or (words is not None and not self.is_term(label, words, split=split)):
                self.rejected.add(key)
                return None
            self.concepts[label] = Concept(label, self.lexicon.kind(label) or kind or guess_kind(label),
                                           tuple(dict.fromkeys((*self.lexicon.aliases(label), *aliases))))
        elif aliases and not set(aliases) <= set(known.aliases):
            self.concepts[label] = replace(known, aliases=tuple(dict.fromkeys((*known.aliases, *aliases))))
        return label

    def bare(self, text: str, words: Words) -> bool:
        """A phrase that is no term by itself (钢铁, 铁路, 机器学习算法): a concept where a relation names it
        (a general word only as the member of a list).

        >>> inv, seg = Inventory.example()
        >>> inv.bare("钢铁", seg.tag("钢铁")), inv.bare("建设", seg.tag("建设"))
        (True, False)
        """
        return (len(text) >= 2 and not is_junk(text) and not self.never(text, words, general=True)
                and words[-1][1] in BARE_LAST and (len(words) > 1 or self.background.tag(text) != "v"))

    def sibling(self, text: str) -> bool:
        """A bare item a list makes a concept: a noun of its own, no word of every subject (技术, 安全), no verb.

        >>> inv, seg = Inventory.example()
        >>> inv.sibling("油料"), inv.sibling("技术")
        (True, False)
        """
        tags = self.segmenter.tag(text)
        return (not self.background.is_general(text) and all(tag in SIBLING for _, tag in tags)
                and not self.never(text, tags, general=True))

    def thing(self, text: str) -> bool:
        """A bare item that names a thing by itself: a sibling made of dictionary nouns only, no quality (前瞻性,
        社会化) and no action in it (深化|养老).

        >>> inv, seg = Inventory.example()
        >>> inv.thing("海军"), inv.thing("前瞻性")
        (True, False)
        """
        tags = self.segmenter.tag(text)
        return (self.sibling(text) and not text.endswith(QUALITY_SUFFIXES)
                and all(tag in THING and word not in ACTING for word, tag in tags))

    def keeps(self, concept: Concept, related: set[str]) -> bool:
        """A short term (three characters or fewer) is kept where a sentence relates it, where the lexicon or the
        text's own repeated use vouches for it, or when an alias or a title made it; a longer one always.

        >>> inv, seg = Inventory.example()
        >>> inv.keeps(inv.concepts[inv.concept("工业互联网")], set())
        True
        """
        label = concept.label
        return (len(label) > SHORT or label in related or bool(self.lexicon.canonical(label)) or bool(concept.aliases)
                or self.uses[label] >= (2 if self.background.tag(label) == "v" else 3) or concept.kind in ("Document", "PolicyEvent"))

    def confirm(self, label: str, relation: ConceptRelation) -> str | None:
        """The concept a relation names: known already, or a bare noun the relation makes one (a word of every
        subject only as the member of a list: 铁路, 信息).

        >>> inv, seg = Inventory.example()
        >>> inv.confirm("钢铁", ConceptRelation.INCLUDES)
        '钢铁'
        """
        if label in self.concepts:
            return label
        if relation is not ConceptRelation.INCLUDES and self.background.is_general(label):
            return None
        return None if self.clause(label) else self.concept(label)

    def clause(self, text: str) -> bool:
        """A phrase a relation names that no noun phrase made a term reads as a clause, not a name: with a determiner
        or a predicate in it (各省级人民政府|负责), or a verb of mutual action (与X|相适应).

        >>> inv, seg = Inventory.example()
        >>> inv.clause("各省级人民政府负责"), inv.clause("相适应"), inv.clause("特高压输电"), inv.clause("钢铁")
        (True, True, False, False)
        """
        words = self.segmenter.tag(text.translate(QUOTES).strip(TRIM))
        return (bool(DETERMINED.search(text)) or predication(text, words, self.background.tag)
                or any(w in PREDICATES or w in self.predicates or reciprocal(w) for w, _ in words))

    def is_term(self, text: str, words: Words, *, split: bool = False) -> bool:
        """Whether a unit of a chunk names a thing a reader would index: a term of the lexicon, a phrase the
        corpus or the text keeps using, a phrase ending in a head of named things, or a word of three
        characters or more that general Chinese knows.

        >>> inv, seg = Inventory.example()
        >>> inv.is_term("数字鸿沟", seg.tag("数字鸿沟")), inv.is_term("良好环境", seg.tag("良好环境"))
        (True, False)
        """
        if self.lexicon.canonical(text):
            return True
        if self.never(text, words) or rated_outcome(words):
            return False  # and 突破性进展, 阶段性成果: an achievement rated, no thing
        if len(words) >= 2 and words[-1][1] == "v" and self.attested(text) < 2 \
                and self.known(text[:-len(words[-1][0])]) >= 2:
            return False  # 链主企业|引领, 道路|前进: a term and its verb, a clause the corpus never names
        if split and len(words) >= 2 and not text.endswith(QUALITY_SUFFIXES) and words[-1][1] != "v":
            return True  # 技术工人|工资待遇: a phrase cut between two terms (生产力布局|有机结合, closed by a verb, states)
        if quality(text, words):
            return False  # 常态化, 创造性: a quality is a concept where a relation says of what (气候变化 is none)
        return self.word_term(words[0], split=split) if len(words) == 1 else self.phrase_term(text, words)

    def word_term(self, word_tag: tuple[str, str], *, split: bool) -> bool:
        """One word: of two characters, a noun the text keeps naming (粮食, 专利) or one half of a phrase it cut;
        longer, a noun of the dictionary outside the commonest words and no evaluation (良好环境).

        >>> inv, seg = Inventory.example()
        >>> inv.word_term(("专利", "n"), split=False), inv.word_term(("粮食", "n"), split=False)
        (True, False)
        """
        word, tag = word_tag
        if self.evaluation(word) or (len(word) == 3 and self.background.tag(word[0]) == "a"
                                     and self.background.is_common(word[1:])):
            return False  # 良好环境; 新进展, 新成效: a one-character adjective on a common noun
        if len(word) == 2 and tag == "vn" and self.background.tag(word) == "v":
            return self.uses[word] >= 2 and self.background.compounds(word) >= 3  # 促进|就业 (kg.extract.nominal)
        if len(word) == 2:
            return (tag in DICTIONARY_NOUNS and (self.uses[word] >= 3 or split)
                    and self.background.tag(word) in DICTIONARY_NOUNS)
        return tag in NOUNISH and 0 < self.background.frequency(word) and not self.background.is_general(word)

    def phrase_term(self, text: str, words: Words) -> bool:
        """Several words: not two phrases side by side (新领域新赛道), not a one-character adjective on a noun (新进展),
        not an evaluation (良好环境), not a collocation of everyday words (经验做法) unless well attested.

        >>> inv, seg = Inventory.example()
        >>> inv.phrase_term("高端轴承", seg.tag("高端轴承")), inv.phrase_term("新领域新赛道", seg.tag("新领域新赛道"))
        (True, False)
        """
        if sum(len(w) == 1 and t in ("a", "b") for w, t in words) > 1:
            return False
        if len(words) == 2:
            verdict = self.pair_term(text, words)
            if verdict is not None:
                return verdict
        if self.known(text) >= 2 or (len(text) >= 4 and words[-1][0].endswith(TERM_HEADS)):
            return True
        return words[-1][1] in NOUNISH and words[0][1] in PHRASE_FIRST  # 数字鸿沟, 高端轴承, 绿色信贷

    def pair_term(self, text: str, words: Words) -> bool | None:
        """Two words: a programme named after a place (美丽甘肃), no one-character or evaluating adjective on a
        noun (新进展), two everyday words only where attested (经验做法); None where the general rules decide.

        >>> inv, seg = Inventory.example()
        >>> inv.pair_term("美丽甘肃", seg.tag("美丽甘肃")), inv.pair_term("新进展", (("新", "a"), ("进展", "n")))
        (True, False)
        """
        bg = self.background
        (first, first_tag), (second, _) = words
        if bg.is_place(second) and (not bg.is_place(first) or first_tag == "a") and len(first) == 2:
            return True  # 美丽甘肃, 法治广东, 平安甘肃 (平安, a county too, tagged an adjective): a programme named after a place
        if (len(first) == 1 and first_tag in ("a", "b")) or (first_tag == "a" and bg.is_common(second)):
            return False
        if bg.is_common(first) and bg.is_common(second):
            if bg.is_general(first) or bg.is_general(second):
                return bg.term_documents(text) >= WELL_ATTESTED and second not in TAILS
            return self.uses[text] >= 2 or bg.term_documents(text) >= 3
        return None

    def acts(self, text: str, words: Words) -> bool:
        """前瞻布局生物制造, 重大项目建成投产: a phrase with an action verb in it that neither the lexicon nor the corpus
        knows as a term acts; it names nothing (not a head its phrase reads as a noun: 合作|组织).

        >>> inv, seg = Inventory.example()
        >>> inv.acts("推动制造业升级", seg.tag("推动制造业升级")), inv.acts("生物制造", seg.tag("生物制造"))
        (True, False)
        """
        return (len(words) > 1 and any((w in ACTING and self.background.tag(w) == "v" and t != "n") or w in PREDICATES for w, t in words)
                and self.attested(text) < 2 and not self.lexicon.canonical(text))

    def evaluation(self, word: str) -> bool:
        """良好环境, 有利条件: a set phrase of an adjective and a common noun evaluates, it names nothing.

        >>> inv, seg = Inventory.example()
        >>> inv.evaluation("良好环境"), inv.evaluation("数字经济")
        (True, False)
        """
        return (len(word) == 4 and self.background.tag(word[:2]) == "a" and self.background.is_common(word[2:]))

    def never(self, text: str, words: Words, *, general: bool = False) -> bool:
        """A role (主攻方向), a place, a generic, attribute or head noun alone, a phrase with a determiner or a set
        phrase the text uses as a predicate in it (学生|按规定), or (unless ``general``) a word of every subject.

        >>> inv, seg = Inventory.example()
        >>> inv.never("主攻方向", seg.tag("主攻方向")), inv.never("工业互联网", seg.tag("工业互联网"))
        (True, False)
        """
        key = (text, general)
        found = self.excluded.get(key)
        if found is None:
            found = self.excluded[key] = self._excluded(text, words) or (not general and self.background.is_general(text))
        if found:
            return True
        alone = self.alone.get(words)
        if alone is None:
            alone = self.alone[words] = (
                all(t in ("nr", "nrt", "nrfg", "s", "m") or (t == "ns" and self.background.is_place(w)) for w, t in words)
                or all(w in SCOPES for w, _ in words))  # names and places alone; words of the whole world (国际|国内)
        return alone

    def _excluded(self, text: str, words: Words) -> bool:
        """never() but for a word of every subject, asked with and without ``general`` alike: answered once."""
        if (found := self.excluded_any.get((text, words))) is None:
            found = self.excluded_any[(text, words)] = (
                is_role(text) or self.background.is_place(text) or text in NEVER_ALONE or bool(DETERMINED.search(text))
                or (bool(self.predicates) and any(w in self.predicates for w, _ in words))
                or text.endswith(POSTS) or predication(text, words, self.background.tag) or self.acts(text, words))
        return found

    def extras(self, sentence: str) -> None:
        """Quoted terms, 《…》 titles and short forms a text defines.

        >>> inv, seg = Inventory.example()
        >>> inv.extras("落实《专利代理条例》"); "专利代理条例" in inv.concepts
        True
        """
        for quote, tail in quoted_terms(sentence):
            kind = kind_of_quoted(self.segmenter.tag(tail)) if tail else ""
            for term in (quote + kind, quote) if kind else (quote,):
                if names_a_thing(term, self.segmenter.tag(term)):
                    self.concept(term)
        for name in titles(sentence):
            self.concept(name, kind="PolicyEvent" if not DOCUMENT_TAIL.search(name) else "Document")
        for full, short in short_forms(sentence):
            self.concept(full, aliases=(short,))


Words = tuple[tuple[str, str], ...]
