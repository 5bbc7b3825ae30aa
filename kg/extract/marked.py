"""Names a text marks as names: terms in quotation marks, titles in 《》, short forms it defines (简称).

>>> titles("根据《专利代理条例》制定")
['专利代理条例']
"""

from __future__ import annotations

import re

from kg.extract.cues import ACTION_VERBS

QUOTED = re.compile(r"“(?P<q>[^“”，。；：！？]{2,14})”"
                    r"(?P<tail>[^“”，。；：！？、（）()的和与及等在是\s]{1,6}(?=[，。；：！？、（）()的和与及等]|$))?")
TITLE = re.compile(r"《(?P<t>[^《》]{2,40})》")
SHORT_FOR = re.compile(r"(?P<full>[\u4e00-\u9fffA-Za-z0-9“”+]{3,30})[（(](?:以下简称|以下称|简称|下称)[“]?"
                       r"(?P<short>[^（）()”]{2,16})[”]?[）)]")


def quoted_terms(text: str) -> list[str]:
    """Terms set in quotation marks, with the head noun that follows them: “菜篮子”市长负责制.

    >>> quoted_terms("坚持“菜篮子”市长负责制，开展“大国工匠进校园”活动")
    ['菜篮子市长负责制', '菜篮子', '大国工匠进校园活动', '大国工匠进校园']
    """
    out = []
    for m in QUOTED.finditer(text):
        out.append(m["q"] + (m["tail"] or ""))
        if m["tail"] and m["q"] not in out:
            out.append(m["q"])
    return out


def titles(text: str) -> list[str]:
    """Names of documents, laws and plans: 《中华人民共和国职业教育法》.

    >>> titles("根据《中华人民共和国职业教育法》制定")
    ['中华人民共和国职业教育法']
    """
    return [m["t"] for m in TITLE.finditer(text)]


def short_forms(text: str) -> list[tuple[str, str]]:
    """(full form, short form) a text defines.

    >>> short_forms("启动“学历证书+若干职业技能等级证书”制度试点（以下称1+X证书制度试点）工作")
    [('学历证书+若干职业技能等级证书制度试点', '1+X证书制度试点')]
    """
    out = []
    for m in SHORT_FOR.finditer(text):
        full = m["full"].replace("“", "").replace("”", "")
        while full.startswith(ACTION_VERBS) and len(full) > 4:
            full = full[len(next(v for v in ACTION_VERBS if full.startswith(v))):]
        out.append((full, m["short"]))
    return out
