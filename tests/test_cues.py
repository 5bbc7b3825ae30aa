"""The cue resource: each cue word lives in one list of kg/extract/cues.py and earns its place there.

The entry rule: a word fires in at least three corpus documents outside the development set
(the documents the dev golds' "source" fields name), or its list cites a grammar or a standard
of the construction (SANCTIONS: 行政处罚法 Article 9; STANDARD_CONTAINERS: 立法技术规范 and
GB/T 9704-2012). Verbs and adverbs must open a clause (after a filler or up to three adverbs)
in three documents; the nouns and phrases of the other lists must occur in three.
"""

import json
import re
from functools import lru_cache

import pytest

from kg.extract import cues
from kg.model import Paragraph
from kg.text.sentences import split_sentences

from .conftest import require_shared

# Lists of words whose presence in a clause makes a rule fire; each word must occur in three documents.
WORD_LISTS = ("OUTCOME_NOUNS", "ROLE_MODIFIERS", "ROLE_NOUNS", "DEGREES", "SHORTFALLS", "DEFICITS", "JUDGMENTS",
              "CONTAINERS", "REVIEWS", "NOT_ACTION_HEADS", "ADDRESS_FORMS", "MEANS_NOUNS", "PURSUITS", "PROVISIONS",
              "STRIVINGS", "EFFORTS", "ERAS", "SUPPORTS", "ACHIEVEMENTS")


@lru_cache(maxsize=1)
def held_out() -> dict[str, str]:
    """The corpus documents outside the development set, by path."""
    shared = require_shared()
    dev = {json.loads(p.read_text(encoding="utf-8"))["source"] for p in (shared / "gold" / "dev").glob("*.json")}
    return {str(p.relative_to(shared)): p.read_text(encoding="utf-8")
            for p in sorted((shared / "corpus").rglob("*.txt")) if str(p.relative_to(shared)) not in dev}


@lru_cache(maxsize=1)
def openers() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each action verb and adverb, the held-out documents in which it opens a clause."""
    verbs: dict[str, set[str]] = {}
    adverbs: dict[str, set[str]] = {}
    for name, text in held_out().items():
        for line in text.split("\n"):
            if not line.strip():
                continue
            for sentence in split_sentences(Paragraph(line, "body", ((0, 0),))):
                for clause in sentence.clauses:
                    _read(cues.strip_filler(clause.text.strip()), name, verbs, adverbs)
    return verbs, adverbs


def _read(text: str, name: str, verbs: dict[str, set[str]], adverbs: dict[str, set[str]]) -> None:
    rest = text
    for _ in range(3):
        m = cues.ADVERB_START.match(rest)
        if m is None or len(rest) <= len(m.group()) + 1:
            break
        adverbs.setdefault(m.group(), set()).add(name)
        rest = rest[m.end():]
    if m := cues.ACTION_START.match(rest) or cues.ACTION_START.match(text):
        verbs.setdefault(m.group(), set()).add(name)


def test_every_action_verb_opens_a_clause_in_three_held_out_documents():
    verbs, _ = openers()
    rare = sorted(v for v in cues.ACTION_VERBS if v not in cues.SANCTIONS and len(verbs.get(v, ())) < 3)
    assert rare == []


def test_every_adverb_opens_a_clause_in_three_held_out_documents():
    _, adverbs = openers()
    assert sorted(a for a in cues.ADVERBS if len(adverbs.get(a, ())) < 3) == []


@pytest.mark.parametrize("name", WORD_LISTS)
def test_every_word_of_a_cue_list_occurs_in_three_held_out_documents(name):
    texts = list(held_out().values())
    rare = [w for w in getattr(cues, name) if sum(w in t for t in texts) < 3]
    assert rare == []


def test_a_cue_word_lives_in_one_list():
    lists = {name: set(getattr(cues, name)) for name in (*WORD_LISTS, "ACTION_VERBS", "ADVERBS")}
    filler = {w for w in cues.ADVERBS if cues.filler_length(w + "推进工作") == len(w)}
    assert filler == set()  # a word the filler already strips is no adverb as well
    shared = {(a, b, w) for a in lists for b in lists if a < b for w in lists[a] & lists[b]}
    # The same characters in two roles are two cues: a verb that acts (发展, 支撑) and the noun of a result
    # (…发展, …支撑), a degree (全面提升) and the manner of an action (全面推进).
    allowed = {("ACTION_VERBS", "OUTCOME_NOUNS"), ("ACTION_VERBS", "ROLE_NOUNS"), ("ADVERBS", "DEGREES"),
               ("ACTION_VERBS", "ADVERBS"), ("ACTION_VERBS", "DEGREES"), ("OUTCOME_NOUNS", "ROLE_NOUNS"),
               ("ROLE_MODIFIERS", "ROLE_NOUNS"), ("CONTAINERS", "REVIEWS"), ("DEGREES", "ROLE_MODIFIERS"),
               # 努力推进 (a manner) and 努力使… (an effort towards a goal); 提供服务 (an action) and 为Y提供支撑 (what one
               # thing gives another); 途径, 渠道 as a role or result (是…的重要途径) and as what closes a means (通过…途径)
               ("ADVERBS", "EFFORTS"), ("ACTION_VERBS", "EFFORTS"), ("ACTION_VERBS", "PROVISIONS"),
               ("ADVERBS", "STRIVINGS"), ("ACTION_VERBS", "STRIVINGS"), ("EFFORTS", "STRIVINGS"),
               ("MEANS_NOUNS", "OUTCOME_NOUNS"), ("MEANS_NOUNS", "ROLE_NOUNS"),
               # 支持企业 (an action on what follows), 提供支撑 (what one thing gives), 重要支撑 (a role) and 政策|支持 (support named by
               # the form it takes, closing a phrase)
               ("ACTION_VERBS", "SUPPORTS"), ("OUTCOME_NOUNS", "SUPPORTS"), ("ROLE_NOUNS", "SUPPORTS"),
               # 实现…突破 (the result a clause states), a heading of 成就 (a review) and 历史性|突破, 历史性|成就 (an
               # achievement rated by a quality)
               ("ACHIEVEMENTS", "OUTCOME_NOUNS"), ("ACHIEVEMENTS", "ACTION_VERBS"), ("ACHIEVEMENTS", "REVIEWS")}
    assert {(a, b, w) for a, b, w in shared if (a, b) not in allowed} == set()


def test_no_other_module_keeps_a_list_of_its_own_under_a_cue_name():
    import importlib
    import pkgutil

    from kg.extract import statements

    modules = [importlib.import_module(f"kg.extract.statements.{m.name}") for m in pkgutil.iter_modules(statements.__path__)]
    assert len(modules) >= 3
    for module in (statements, *modules):
        for name in ("FRAME", "SCOPE", "NUMBER", "ROLE_NOUNS", "OUTCOME_NOUN"):
            assert getattr(module, name, None) in (None, getattr(cues, name, None))
        assert re.search(r"^(?:FRAME|SCOPE) = ", open(module.__file__, encoding="utf-8").read(), re.M) is None


@pytest.mark.parametrize("text", [
    "地方政府也要加强监管", "机关和企事业单位不得拒绝", "公民有权依法申请", "我们必须坚持改革", "各地应当加快建设",
    "加快建设文化强市", "需求不断增长", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十也要加强",
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一也要加强", "重要的是，要加强", "“要”字当头", "",
])
def test_modal_is_the_pattern(text: str) -> None:
    """modal() looks for a modal's character first, and answers as MODAL.match does."""
    ours, theirs = cues.modal(text), cues.MODAL.match(text)
    assert (ours and (ours.span(), ours.groupdict())) == (theirs and (theirs.span(), theirs.groupdict()))


@pytest.mark.parametrize("text", [
    "科技创新能力明显提升", "生态环境质量持续好转", "脱贫攻坚取得决定性进展", "粮食产量只增不减", "经济运行稳中向好",
    "产业结构趋于合理", "居民收入翻一番", "向高质量发展转变", "加快建设文化强市", "能力明显提升\n", "", "明显",
])
def test_outcome_end_is_the_pattern(text: str) -> None:
    """outcome_end() looks at how the text ends first, and answers as OUTCOME_END.search does."""
    ours, theirs = cues.outcome_end(text), cues.OUTCOME_END.search(text)
    assert (ours and ours.span()) == (theirs and theirs.span())


@pytest.mark.parametrize("text", ["积极稳妥推进改革", "应对风险", "进一步加快建设", "推进改革", "有选择地淘汰", "", "应"])
def test_adverb_start_is_the_pattern(text: str) -> None:
    """adverb_start() answers as ADVERB_START.match does: the longest adverb that opens the text."""
    m = cues.ADVERB_START.match(text)
    assert cues.adverb_start(text) == (m.group() if m else "")
