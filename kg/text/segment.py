"""The segmenting stage: jieba's dictionary and algorithm, with the domain lexicon.

Words come from jieba-rs (the ``rjieba`` binding: the same dictionary and the
same maximum-probability route as jieba, without HMM, several times faster);
parts of speech and general-Chinese word frequencies are read from jieba's
dictionary file, which the package's build copies in (:func:`dictionary_lines`),
so jieba itself is not needed at run time. Nothing global is touched: each :class:`Segmenter` holds its
own tokenizer, and no cache file is written anywhere.

>>> seg = segmenter()
>>> [w for w, _ in seg.tag("加快工业互联网规模化部署")][:2]
['加快', '工业互联网']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import PolicyKGError
from kg.resources import ontology_dir
from kg.text.lexicon import Lexicon, load_lexicon

COMMON_WORDS = 8000  # the commonest words of jieba's dictionary count as general Chinese
GENERAL_WORDS = 1000  # the commonest of all: words of every subject (社会, 政策, 重要), never a term alone
BOUND_DOCUMENTS = 6  # corpus documents that show a phrase is used only before an attribute or activity noun
JOINED_DOCUMENTS = 15  # corpus documents that show two things joined (国防和军队) open one name
DOMAIN_TAG = "dz"  # the part of speech given to the domain lexicon's terms


DICTIONARY = Path(__file__).with_name("dictionary.txt")


def dictionary_lines() -> list[str]:
    """The lines of jieba's dictionary (``dict.txt`` of the PyPI package jieba, MIT licence: word,
    frequency, part of speech), copied unchanged into ``kg/text/dictionary.txt`` when the package is
    built or installed (``scripts/hatch_dictionary.py``).

    >>> dictionary_lines()[0].split(" ")[1:]
    ['3', 'nz']
    """
    try:
        return DICTIONARY.read_bytes().decode("utf-8").splitlines()
    except OSError as exc:
        raise PolicyKGError(f"{DICTIONARY}: jieba's dictionary is missing ({exc.strerror}); "
                            "install the package again (pip install -e .) to copy it in") from None


@lru_cache(maxsize=1)
def dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """jieba's dictionary (dict.txt: word, frequency, part of speech) as frequency and tag tables.

    >>> freq, tags = dictionary()
    >>> freq["经济"] > 1000, tags["经济"]
    (True, 'n')
    """
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    for line in dictionary_lines():
        word, count, tag = [*line.split(" "), "", ""][:3]
        if word and count:
            freq[word] = int(count)
            tags[word] = tag or "x"
    return freq, tags


NOUN_PARTS = frozenset({"n", "vn", "an", "nz", "b"})  # jieba tags of the halves of a compound noun (not 发动|群众)


class Segmenter:
    def __init__(self, lexicon: Lexicon) -> None:
        import rjieba

        self.freq, self.tags = dictionary()
        counts = sorted((f for f in self.freq.values() if f), reverse=True)
        self.common = counts[min(COMMON_WORDS, len(counts)) - 1] if counts else 1
        self.general = counts[min(GENERAL_WORDS, len(counts)) - 1] if counts else 1
        self.domain = frozenset(lexicon.surfaces())
        # the words Background.is_general() and is_common() answer yes for (the lexicon's terms have no frequency)
        self.general_words = frozenset(w for w, f in self.freq.items() if f >= self.general) - self.domain
        self.common_words = frozenset(w for w, f in self.freq.items() if f >= self.common) - self.domain
        self.tokenizer = rjieba.Jieba()
        for surface in sorted(self.domain):
            self.tokenizer.add_word(surface, 200000, DOMAIN_TAG)
        self._tags: dict[str, tuple[tuple[str, str], ...]] = {}
        self._words: dict[str, tuple[str, ...]] = {}  # a text's words: the cues of instruments and tag() ask for the same
        self._word_tags: dict[str, tuple[str, str]] = {}
        self._glued = frozenset(w for w, t in self.tags.items() if len(w) == 2 and t == "v" and self.tags.get(w[0]) == "p")

    def tag(self, text: str) -> tuple[tuple[str, str], ...]:
        """(word, part of speech) pairs; each distinct text is segmented once.

        >>> segmenter().tag("发展人工智能")
        (('发展', 'vn'), ('人工智能', 'dz'))
        """
        tags = self._tags.get(text)
        if tags is None:
            if len(self._tags) > 50_000:
                self._tags.clear()
            known = self._word_tags
            tags = self._tags[text] = tuple([known.get(w) or self._word_tag(w) for w in self._cut(text)])
        return tags

    def _word_tag(self, word: str) -> tuple[str, str]:
        pair = (word, DOMAIN_TAG if word in self.domain else self._compound(word) or self.tags.get(word) or self._suffixed(word)
                or _shape(word))
        if len(self._word_tags) < 500_000:
            self._word_tags[word] = pair
        return pair

    def _suffixed(self, word: str) -> str | None:
        """集群化, 改善性: a known word and its suffix of quality, a word no dictionary holds, acts as the quality."""
        if len(word) >= 3 and word[-1] in QUALITY_SUFFIXES and self.known_word(word[:-1]):
            return "vn" if word.endswith("化") else "n"
        return None

    def _compound(self, word: str) -> str | None:
        """A four-character word made of an adverb and a verb acts as a verb (日益增长,
        不断完善, 逐步提高), and so does a set phrase (tagged l) of a degree and a verb (十分重视, 高度重视); a set
        phrase of two nouns is a noun (义务教育, 刑事责任); an adjective or a quality with 地 is a manner
        (创造性地, 有效地); a word closed by 于 is a verb with its preposition (致力于)."""
        if len(word) >= 3 and word.endswith("于") and self.tags.get(word) not in ("c", "d", "p"):
            return "v"  # 致力于, 侧重于, 关键在于: a verb with its preposition, whatever the dictionary tags it
        if len(word) >= 3 and word.endswith("地") and (word.endswith("性地") or self.tags.get(word[:-1]) in ("a", "ad", "d", "z")):
            return "d"
        if len(word) != 4:
            return None
        first, second = self.tags.get(word[:2]), self.tags.get(word[2:])
        if first in ("d", "ad") and second == "v":
            return "v"
        if first in ("a", "v") and second == "v" and self.tags.get(word) in ("n", "l"):
            return "v"  # 明确提出, 积极支持: a verb with its manner, whatever the dictionary tags the whole
        if self.tags.get(word) == "l" and second == "v" and first == "m":
            return "v"  # 十分|重视: a set phrase of a degree (tagged as a numeral) and a verb acts as the verb
        if self.tags.get(word) == "l" and first in NOUN_PARTS - {"vn"} and second in NOUN_PARTS:
            return "n"  # 义务|教育, 粮食|安全, 刑事|责任: a set phrase of two nouns names a thing
        return None

    def known_word(self, word: str) -> bool:
        """A word of jieba's dictionary or of the domain lexicon.

        >>> segmenter().known_word("集群"), segmenter().known_word("产业集群"), segmenter().known_word("业集")
        (True, True, False)
        """
        return word in self.tags or word in self.domain

    def words(self, text: str) -> list[str]:
        """The words of ``text`` (the lexicon's terms kept whole).

        >>> segmenter().words("发展人工智能")
        ['发展', '人工智能']
        """
        return list(self._cut(text))

    def _cut(self, text: str) -> tuple[str, ...]:
        """The words of ``text``, segmented once (what :meth:`words` and :meth:`tag` read); a suffix of quality is
        returned to the word before it only where the text holds one."""
        words = self._words.get(text)
        if words is None:
            if len(self._words) > 50_000:
                self._words.clear()
            route = self.route(text)
            route = route if self._glued.isdisjoint(route) else self._regrouped(route)
            suffixed = "化" in text or "性" in text  # QUALITY_SUFFIXES
            words = self._words[text] = tuple(_suffix_returned(route, self.known_word) if suffixed else route)
        return words

    def route(self, text: str) -> list[str]:
        """jieba's maximum-probability route through ``text``, as jieba itself cuts it (without HMM).

        >>> segmenter().route("以改革为主线")
        ['以', '改革', '为主', '线']
        """
        words: list[str] = self.tokenizer.cut(text, False)
        return words

    def _regrouped(self, words: list[str]) -> list[str]:
        """为主|线 -> 为|主线: a preposition glued to the first character of the noun after it (a word of
        jieba's dictionary tagged as a verb, 为主, followed by one character that completes a noun with its
        second: 以供给侧结构性改革为主线, 以农业为主业).

        >>> segmenter().words("以改革为主线")
        ['以', '改革', '为', '主线']
        """
        out: list[str] = []
        skip = False
        for word, after in zip(words, [*words[1:], ""], strict=True):
            if skip:
                skip = False
                continue
            joined = word[1:] + after
            skip = word in self._glued and len(after) == 1 and self.tags.get(joined, "").startswith("n") \
                and self.tags.get(after) not in ("c", "u", "p", "r", "d")
            out += [word[0], joined] if skip else [word]
        return out

    def frequency(self, word: str) -> int:
        """How often ``word`` occurs in general Chinese (jieba's dictionary); 0 for the domain lexicon's terms.

        >>> segmenter().frequency("经济") > 0, segmenter().frequency("人工智能")
        (True, 0)
        """
        return 0 if word in self.domain else self.freq.get(word, 0)

    def background(self) -> Background:
        """What general Chinese knows, with this segmenter's frequencies and tags.

        >>> segmenter().background().is_general("经济")
        True
        """
        return Background(self.frequency, self.common, places(), term_statistics(), self.general,
                          lambda w: self.tags.get(w, ""), whole_statistics(), term_openings(),
                          general_words=self.general_words, common_words=self.common_words, placed=placed_names())


@dataclass(frozen=True, slots=True)
class Background:
    """What general Chinese knows: word frequencies (jieba's dictionary) and where the commonest words start."""

    frequency: Callable[[str], int]
    common: int  # a word at least this frequent is common in general Chinese
    places: frozenset[str] = frozenset()
    terms: Mapping[str, int] = field(default_factory=dict)  # phrase -> corpus documents using it as a term
    general: int = 1 << 40  # a word at least this frequent is a word of every subject
    tag: Callable[[str], str] = lambda w: ""  # the word's part of speech in the dictionary ('' if unknown)
    whole: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # phrase -> documents using it whole, before a tail
    openings: Mapping[str, int] = field(default_factory=dict)  # opening -> phrases of ``terms`` it opens (term_openings)
    general_words: frozenset[str] | None = None  # the words at least ``general`` frequent, where made at once (Segmenter)
    common_words: frozenset[str] | None = None  # the words at least ``common`` frequent, likewise
    placed: frozenset[str] | None = None  # the names is_place() answers yes for, where made at once (placed_names)

    def is_general(self, word: str) -> bool:
        """Among the thousand commonest words of general Chinese (社会, 经济, 重要): a word of every subject.

        >>> Background(lambda w: 500, common=100, general=400).is_general("经济")
        True
        """
        if self.general_words is not None:
            return word in self.general_words
        return self.frequency(word) >= self.general

    def term_documents(self, text: str) -> int:
        """In how many documents of the policy corpus the phrase stands as a noun phrase of its own
        (``ontology/termstats.tsv``, made by ``scripts/make_termstats.py``); 0 when fewer than two.

        >>> Background(lambda w: 0, common=1, terms={"海洋经济": 7}).term_documents("海洋经济")
        7
        """
        return self.terms.get(text, 0)

    def compounds(self, word: str) -> int:
        """How many noun phrases of the corpus ``word`` opens with two characters or more after it (就业|政策, 就业|机会;
        not 就业|率): :func:`kg.extract.nominal.compounds` over ``terms``, read from the index ``openings``.

        >>> Background(lambda w: 0, common=1, openings=term_openings({"就业政策": 19, "就业率": 3})).compounds("就业")
        1
        """
        return self.openings.get(word, 0)

    def only_before_tail(self, text: str) -> bool:
        """The corpus names the phrase mostly as the part of a longer one before an attribute or activity noun, as a whole
        phrase in under a third as many documents (经济社会: before one in 91 documents, whole in 25; it names
        经济社会|发展).

        >>> b = Background(lambda w: 0, common=1, whole={"经济社会": (25, 91), "产业": (98, 67)})
        >>> b.only_before_tail("经济社会"), b.only_before_tail("产业")
        (True, False)
        """
        whole, before = self.whole.get(text, (0, 0))
        return before >= BOUND_DOCUMENTS and 3 * whole < before

    def qualifies(self, text: str) -> bool:
        """The corpus names the phrase at least as often before an attribute or activity noun as whole, in six documents
        or more: it says of what kind a thing or an activity is (绿色低碳: before one in 35 documents, whole in 19) more
        than it names a thing (农业: whole in 88, before one in 35).

        >>> b = Background(lambda w: 0, common=1, whole={"绿色低碳": (19, 35), "农业": (88, 35)})
        >>> b.qualifies("绿色低碳"), b.qualifies("农业")
        (True, False)
        """
        whole, before = self.whole.get(text, (0, 0))
        return before >= BOUND_DOCUMENTS and whole <= before

    def never_whole(self, text: str) -> bool:
        """The corpus names the phrase, in two documents or more, only as the part of a longer one before an attribute
        or activity noun, never as a whole phrase (国有企业核心: only in 国有企业核心|功能).

        >>> b = Background(lambda w: 0, common=1, whole={"国有企业核心": (0, 2), "产业": (98, 67)})
        >>> b.never_whole("国有企业核心"), b.never_whole("产业"), b.never_whole("未见")
        (True, False, False)
        """
        whole, before = self.whole.get(text, (0, 0))
        return whole == 0 and before >= 2

    def opens_names(self, pair: str) -> bool:
        """The corpus names two things joined (国防和军队) mostly as the opening of a longer name (国防和军队|建设, 国防和军队|
        现代化), in fifteen documents or more and in more than four times as many as alone (经济和社会: alone in 6,
        before a noun in 20, names two things as often as one).

        >>> b = Background(lambda w: 0, common=1, whole={"国防和军队": (0, 71), "国家和地区": (20, 13)})
        >>> b.opens_names("国防和军队"), b.opens_names("国家和地区")
        (True, False)
        """
        whole, before = self.whole.get(pair, (0, 0))
        return before >= JOINED_DOCUMENTS and 4 * whole < before

    def is_common(self, word: str) -> bool:
        """Among the commonest words of general Chinese (the bar ``common``).

        >>> Background(lambda w: 150, common=100).is_common("工作")
        True
        """
        if self.common_words is not None:
            return word in self.common_words
        return self.frequency(word) >= self.common

    def is_very_common(self, word: str) -> bool:
        """Among the commonest words (twice the bar of :meth:`is_common`): 解决方案, 有关部门.

        >>> Background(lambda w: 150, common=100).is_very_common("工作")
        False
        """
        return self.frequency(word) >= 2 * self.common

    def is_place(self, text: str) -> bool:
        """A place name, or one with its 省, 市, 县, 区 or 州.

        >>> b = Background(lambda w: 0, common=1, places=frozenset({"甘肃"}))
        >>> b.is_place("甘肃省"), b.is_place("甘肃经济")
        (True, False)
        """
        if self.placed is not None:
            return text in self.placed
        return text in self.places or (len(text) <= 4 and text[:-1] in self.places and text[-1] in "省市县区州")


QUALITY_SUFFIXES = ("化", "性")  # a suffix of quality (数字化, 创造性)


def _suffix_returned(words: list[str], known: Callable[[str], bool]) -> list[str]:
    """集群|化发展 -> 集群化|发展, 常态|化机制 -> 常态化|机制: a suffix of quality that jieba's dictionary glued to the
    word after it (a word of the dictionary opening with the suffix whose rest is a word too) goes back to the word
    before it, a word of two characters or more (not 数|智|化工厂); not a word of its own (化解, 化工, 性质: their rest
    is no word).

    >>> known = dictionary()[1].__contains__
    >>> _suffix_returned(["推动", "集群", "化发展"], known), _suffix_returned(["防范", "化解"], known)
    (['推动', '集群化', '发展'], ['防范', '化解'])
    """
    out: list[str] = []
    for word in words:
        if out and len(word) >= 3 and word[0] in QUALITY_SUFFIXES and known(word[1:]) and len(out[-1]) >= 2 \
                and known(out[-1]):
            out[-1] += word[0]
            word = word[1:]
        out.append(word)
    return out


def _shape(word: str) -> str:
    """The tag of a word jieba's dictionary does not hold, from its characters: a number, Latin, or unknown."""
    if word.isdigit() or all(ch in "0123456789.%" for ch in word):
        return "m"
    if word.isascii() and word.isalnum():
        return "eng"
    return "x"


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """China's administrative divisions (ontology/places.txt, from the cpca package's data).

    >>> "甘肃省" in places()
    True
    """
    text = (ontology_dir() / "places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def placed_names() -> frozenset[str]:
    """The place names and each of three characters or fewer with its 省, 市, 县, 区 or 州: what
    :meth:`Background.is_place` answers yes for, as one set.

    >>> "甘肃省" in placed_names(), "甘肃经济" in placed_names()
    (True, False)
    """
    return places() | frozenset(p + s for p in places() if len(p) <= 3 for s in "省市县区州")


def term_statistics() -> dict[str, int]:
    """Noun phrases of the policy corpus and the number of documents each stands in (``ontology/termstats.tsv``).

    >>> all(n >= 2 for n in list(term_statistics().values())[:100])
    True
    """
    return _term_table()[0]


def whole_statistics() -> dict[str, tuple[int, int]]:
    """Noun phrases of the policy corpus and the numbers of documents each stands in as a whole phrase and before an
    attribute or activity noun (the third and fourth columns of ``ontology/termstats.tsv``).

    >>> whole_statistics()["经济社会"][0] < whole_statistics()["经济社会"][1]
    True
    """
    return _term_table()[1]


def term_openings(terms: Mapping[str, int] | None = None) -> dict[str, int]:
    """Each opening of the corpus's noun phrases (``terms``, by default ``ontology/termstats.tsv``) -> how many of them
    it opens with two characters or more after it: an index made once, so a word's compounds are one look-up.

    >>> sorted(term_openings({"就业政策": 19, "就业率": 3}).items())
    [('就', 2), ('就业', 1)]
    """
    if terms is None:
        return _openings()
    out: dict[str, int] = {}
    for phrase in terms:
        for k in range(1, len(phrase) - 1):
            out[phrase[:k]] = out.get(phrase[:k], 0) + 1
    return out


@lru_cache(maxsize=1)
def _openings() -> dict[str, int]:
    return term_openings(_term_table()[0])


@lru_cache(maxsize=1)
def _term_table() -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    path = ontology_dir() / "termstats.tsv"
    if not path.exists():
        return {}, {}
    out: dict[str, int] = {}
    whole: dict[str, tuple[int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            phrase, count, alone, before = [*line.split("\t"), "", ""][:4]
            out[phrase], whole[phrase] = int(count), (int(alone or count), int(before or 0))
    return out, whole


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    """The segmenter of the bundled lexicon, made once per process.

    >>> segmenter() is segmenter()
    True
    """
    return Segmenter(load_lexicon())
