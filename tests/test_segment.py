"""The segmenter: jieba's dictionary and route through jieba-rs, with the domain lexicon."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.text.segment import DOMAIN_TAG, dictionary, segmenter

from .conftest import require_shared


@pytest.mark.parametrize(("text", "words"), [
    ("加快工业互联网规模化部署", ["加快", "工业互联网", "规模化", "部署"]),
    ("推进高标准农田建设", ["推进", "高标准农田", "建设"]),
    ("到2035年基本实现", ["到", "2035", "年", "基本", "实现"]),
])
def test_words(text: str, words: list[str]) -> None:
    assert segmenter().words(text) == words


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("加快工业互联网规模化部署", "工业互联网", DOMAIN_TAG),  # a lexicon term
    ("加快工业互联网规模化部署", "加快", "v"),  # jieba's dictionary
    ("增长5%", "5", "m"),  # not in the dictionary: a number by its shape
    ("使用xyz工具", "xyz", "eng"),
])
def test_tags(text: str, word: str, tag: str) -> None:
    assert dict(segmenter().tag(text))[word] == tag


def test_dictionary_tags_are_jiebas() -> None:
    import jieba.posseg

    freq, tags = dictionary()
    table = jieba.posseg.dt.word_tag_tab if jieba.posseg.dt.word_tag_tab else None
    if table is None:
        jieba.posseg.dt.load_word_tag(jieba.get_dict_file())
        table = jieba.posseg.dt.word_tag_tab
    sample = sorted(freq)[::997]
    assert len(sample) > 300
    assert all(tags[w] == table[w] for w in sample)


def test_cuts_corpus_sentences_as_jieba_does(tmp_path: Path) -> None:
    """jieba-rs follows jieba's route: the same words on a sample of every corpus document's clauses."""
    import jieba

    seg = segmenter()
    reference = jieba.Tokenizer()
    reference.tmp_dir = str(tmp_path)  # jieba's own cache file stays out of shared places
    for surface in sorted(seg.domain):
        reference.add_word(surface, freq=200000)
    corpus = require_shared() / "corpus"
    clauses = []
    for path in sorted(corpus.rglob("*.txt")):
        parts = [c for c in re.split(r"[，。；：！？\n]", path.read_text(encoding="utf-8", errors="replace")) if c]
        clauses += parts[::40]
    assert len(clauses) > 3000
    differ = [c for c in clauses if seg.route(c) != reference.lcut(c, HMM=False)]
    assert differ == []


@pytest.mark.parametrize(("text", "words"), [
    ("以改革为主线，推动发展", ["以", "改革", "为", "主线", "，", "推动", "发展"]),
    ("以种植为主业的农户", ["以", "种植", "为", "主业", "的", "农户"]),
    ("以公有制为主，多种所有制共同发展", ["以", "公有制", "为主", "，", "多种", "所有制", "共同", "发展"]),
    ("农业为主和工业为辅", ["农业", "为主", "和", "工业", "为辅"]),
])
def test_a_preposition_glued_to_the_next_noun_is_given_back(text: str, words: list[str]) -> None:
    """为主|线 -> 为|主线 where 主线 is a noun; 为主 stays a verb where nothing completes a noun after it."""
    assert segmenter().words(text) == words


def test_the_dictionary_is_jiebas_copied_unchanged_and_jieba_is_not_needed_to_run() -> None:
    """The build copies jieba's dict.txt into the package; extraction reads the copy and never imports jieba."""
    import subprocess
    import sys

    import jieba

    from kg.text.segment import DICTIONARY

    with jieba.get_dict_file() as f:
        assert DICTIONARY.read_bytes() == f.read()
    script = ("import sys; from kg.extract import extract_document; from kg.model import Source; "
              "from kg.text.sources import common_characters; common_characters(); "
              "doc = extract_document(Source('a.txt', '发展数字经济\\n\\n一是加快建设数据中心。\\n')); "
              "print(len(doc.articles[0].statements), 'jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["2", "False"]


@pytest.mark.parametrize("word", ["经济", "社会", "工作", "发展", "人工智能", "解决方案", "马铃薯", "油料", "未见过的词"])
def test_the_sets_of_general_and_common_words_answer_as_the_frequencies_do(word: str) -> None:
    from kg.text.segment import Background, segmenter

    seg = segmenter()
    quick = seg.background()
    slow = Background(seg.frequency, seg.common, general=seg.general)
    assert (quick.is_general(word), quick.is_common(word)) == (slow.is_general(word), slow.is_common(word))


@pytest.mark.parametrize("text", ["甘肃", "甘肃省", "兰州市", "张掖", "张掖市", "黑龙江省", "内蒙古自治区", "甘肃经济", "北京市区", "经济", ""])
def test_the_set_of_placed_names_answers_as_the_rule_does(text: str) -> None:
    from kg.text.segment import Background, places, segmenter

    slow = Background(lambda w: 0, common=1, places=places())
    assert segmenter().background().is_place(text) == slow.is_place(text)
