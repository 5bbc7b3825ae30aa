"""The indicator a figure is given for: the noun phrase closed by a word of measure (率, 比例, 产量, 收入 …) that a
figure follows (森林覆盖率|达到13.52%), named as a whole; not the base of a share (占|地区生产总值比重: 地区生产总值
is what the share is taken of), nor a measure of a body of actors (省属企业|资产总额: the body and its measure).

>>> whole_indicator("森林覆盖率达到45%", 0, "森林覆盖率", ())
True
>>> whole_indicator("增加值占地区生产总值比重达到5%", 4, "地区生产总值比重", ())
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A word of measure closing an indicator's name, and the figure after it (增长5%, 提高1.6个百分点, 达到97%).
INDICATOR_TAILS = ("率", "比例", "比重", "浓度", "总量", "产量", "增加值", "总值", "收入", "支出", "年限", "总额", "指数")
FIGURE = re.compile(r"(?:年均|分别|同比|比上年)?(?:增长|提高|达到|下降|降低|缩小|减少|增加|超过|稳定在|保持在|控制在)"
                    r"(?:到|至)?[^，。；]{0,6}?\d")
SHARES = ("比重", "比例")  # A占B比重: B is the whole the share of A is taken of
# Heads of bodies of actors (企业, 机构 …: the kinds KIND_BY_HEAD of kg.extract.kinds calls actors, as a class)
BODIES = ("企业", "机构", "单位", "公司", "银行")


def whole_indicator(clause: str, start: int, text: str, parts: Sequence[str]) -> bool:
    """Whether the phrase at ``start`` of a clause is an indicator named as a whole: closed by a word of measure, a
    figure after it; not the base of a share (占|国内生产总值比重|达到10%), nor, where the phrase names two terms
    (``parts``, the terms of its units), the measure of a body of actors the first one names (国有企业|资产总额).

    >>> whole_indicator("常住人口城镇化率达到60%", 0, "常住人口城镇化率", ("常住人口", "城镇化率"))
    True
    >>> whole_indicator("国有企业资产总额增长10%", 0, "国有企业资产总额", ("国有企业", "资产总额"))
    False
    """
    end = start + len(text)
    if not text.endswith(INDICATOR_TAILS) or len(text) < 4 or not FIGURE.match(clause, end):
        return False
    if text.endswith(SHARES) and clause[start - 1:start] == "占":
        return False
    return not (len(parts) >= 2 and parts[0].endswith(BODIES) and len(parts[0]) > 2)
