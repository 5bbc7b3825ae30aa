"""Hypothesis strategies for text that looks like policy writing, and text that does not."""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = ["一是", "二是", "要", "必须", "加快", "推动", "完善", "以", "为", "通过", "实现", "是", "的关键", "提供",
          "有助于", "发展", "数字经济", "人工智能", "制造业", "高质量发展", "、", "，", "；", "：", "。", "！", "？",
          "“", "”", "（", "）", "《", "》", "一、", "（一）", "1.", "(1)", "\n", "\n\n", "　", " ", "本版编辑", "（作者系",
          "负责）", "国务院", "2024年", "２０２５年", "５％", "ＧＤＰ", "發展", "經濟", "這個", "<img src=x>", "</script>",
          "\t", "\ufeff", "\u200b", "\x0b", "&amp;", "\\", '"', "'"]


def policy_like() -> st.SearchStrategy[str]:
    """Fragments of policy writing, numbering and markup in any order."""
    return st.lists(st.sampled_from(PIECES) | st.text(min_size=1, max_size=6), min_size=1, max_size=80).map("".join)


def any_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode (no surrogates) mixed with policy-like text."""
    return st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=400) | policy_like()
