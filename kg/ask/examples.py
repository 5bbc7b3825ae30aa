"""Example questions: one working question per form, made from a graph's own names (offered when a question
finds nothing).

>>> from kg.ask.questions import EXAMPLE_FORMS
>>> len(EXAMPLE_FORMS) > 5
True
"""

from __future__ import annotations

from kg.ask.index import Index
from kg.ask.questions import EXAMPLE_FORMS


def example_questions(index: Index) -> list[str]:
    """One working question per form, made from this graph's own names.

    >>> from kg.ask.answers import Context
    >>> text = "发展数字经济\\n\\n张三 李四\\n\\n一是加快建设数据中心。二是培育量子科技、生物制造等未来产业。\\n"
    >>> example_questions(Context.of_text(text).index)[1]
    '举措Y服务于哪些目标？  例：举措加快建设数据中心服务于哪些目标？'
    """
    return list(index.memo(("examples",), lambda: _examples(index)))


def _examples(index: Index) -> list[str]:
    example = index.meta.get("example", {})
    goal, measure, concept = example.get("goal", ""), example.get("measure", ""), example.get("concept", "")
    label = index.concept_labels([concept]).get(concept, "") if concept else ""
    partner = next((k for k in index.relations([concept]) if concept), None) if concept else None
    other = "" if partner is None else partner.target_label if partner.source == concept else partner.source_label
    led = index.rows("""SELECT i.label FROM agencies a JOIN items i ON i.id = a.item WHERE a.lead = 1
                        ORDER BY i.rank LIMIT 1""")
    filled = {"measures": goal, "goals": measure, "concepts": label, "articles": label, "count": goal, "about": label,
              "relation": other, "lead": led[0][0] if led else ""}
    out = []
    for intent, form in EXAMPLE_FORMS:
        if intent == "whole":  # asks about no name
            out.append(f"{form}  例：有哪些目标？ 这篇文章讲了什么？")
            continue
        name = filled.get(intent) or ""
        if not name:
            continue
        if intent == "relation":
            out.append(f"{form}  例：{label}和{name}有什么关系？")
        else:
            example_form = form.split(" / ")[0].split("（")[0]
            out.append(f"{form}  例：{example_form.replace('X', name).replace('Y', name)}")
    return out
