"""The goal a document's title states.

>>> article_goal(Article("1", "a", title="国务院关于加快发展养老服务业的指导意见"))
'加快发展养老服务业'
"""

from __future__ import annotations

import re

from kg.extract.statements.clauses import COPULA, goal_phrase, is_term, read_clause
from kg.extract.statements.labels import label
from kg.model import Article, Genre
from kg.text.lines import LEADING_COLUMN

TITLE_CORE = re.compile(
    r"^.*?关于(?P<core>.+?)的(?:指导意见|实施意见|若干意见|意见|通知|决定|方案|规划|办法|批复|复函|通报|报告|纲要|规定|意见的通知)$"
)
ISSUE_VERB = re.compile(r"^(?:印发|转发|批转|发布|公布|同意|下达|颁布)")
# The subtitle after a dash, naming the series or occasion of a headline (——论学习贯彻全会精神), or a bracketed note
# after it (a column or status: （评论员观察）, （试行）): no aim of their own. A dash inside brackets joins a period's
# years (总体规划（2018—2035年）): no subtitle.
SUBTITLE = re.compile(r"(?<=.{4})(?:(?:——|--|—)(?![^（）]*）).*|（[^（）]{1,10}）)$")
PERIOD = re.compile(r"[（(]\d{4}\s*[—–-]+\s*\d{4}年?[）)]")
# The kind of document a title ends on, with the 暂行/试行 that marks provisional rules (《立法技术规范（试行）》).
DOC_SUFFIX = re.compile(r"(?:的)?(?:暂行|试行)?(?:实施方案|行动方案|工作方案|方案|实施意见|指导意见|意见|规划|行动计划|计划|办法"
                        r"|纲要|通知|细则|规定)$")
# A statute's implementing rules are named after the law they implement (X实施条例, X实施细则, X实施办法: the naming
# convention of 《立法技术规范（试行）》): the title states its aim, to implement X.
IMPLEMENTS = re.compile(r"^.{2,40}?(?:法|条例)实施(?:条例|细则|办法)$")
# A headline that points at its aim: 为Y提供…动力/支撑, 朝着Y迈进, 向Y进发 (the aim is Y).
HEADLINE_AIM = re.compile(r"^(?:为|朝着?|向着)(?P<y>[^，。；]{2,20}?)(?:加速|加快|奋力|阔步|大步|坚定|稳步)?"
                          r"(?:提供[^，。；]{0,8}(?:动力|支撑|保障|力量)|注入[^，。；]{0,8}(?:动力|动能|活力)|迈进|前进|进发|奋进)$")
# A headline that names the theme or main line of the work (以推动高质量发展为主题, 坚持以改革创新为主线): Y is the aim.
THEME = re.compile(r"^(?:坚持|始终)?以(?P<y>[^，。；]{4,30}?)为(?:主题|主线|引领|统领|中心)$")
DOC_TYPES = ("报告", "条例", "通知", "批复", "复函", "决定", "令", "讲话", "公报", "规定", "办法", "细则", "法")


def article_goal(article: Article) -> str | None:
    """The goal a title states: a headline, or the core of 关于…的意见 (the aim of a plan it issues).

    >>> article_goal(Article("1", "a", title="国务院关于加快发展养老服务业的指导意见"))
    '加快发展养老服务业'
    >>> article_goal(Article("1", "a", title="国务院关于印发全民健身计划的通知"))
    '全民健身'
    >>> article_goal(Article("1", "a", title="政府工作报告")) is None
    True
    >>> article_goal(Article("1", "a", title="中华人民共和国海洋法实施条例"))
    '中华人民共和国海洋法实施条例'
    >>> article_goal(Article("1", "a", title="以推动海洋经济高质量发展为主题"))
    '推动海洋经济高质量发展'
    >>> article_goal(Article("1", "a", title="海洋经济是沿海发展的新引擎", genre=Genre.COMMENTARY))
    '海洋经济'
    """
    title = article.title
    if not title:
        return None
    title = SUBTITLE.sub("", LEADING_COLUMN.sub("", title)) or title
    if core := TITLE_CORE.match(title):
        text = PERIOD.sub("", core["core"])  # 总体规划（2018—2035年）: the years it covers, no part of its aim
        if ISSUE_VERB.match(text):
            text = DOC_SUFFIX.sub("", ISSUE_VERB.sub("", text).strip("《》")).strip("《》")
        return label(text) or None
    if IMPLEMENTS.match(title):
        return label(title)
    if (theme := THEME.match(title)) and goal_phrase(theme["y"]):
        return label(theme["y"])
    if title.endswith(DOC_TYPES) or (not goal_phrase(title) and len(title) < 6):
        return None
    if article.genre is Genre.COMMENTARY and (said := COPULA.match(title)) and is_term(said["subject"]):
        return label(said["subject"])  # 创新是发展的金钥匙: a judgment of X, the aim the article argues for is X
    if article.genre is Genre.COMMENTARY and not goal_phrase(title) and not any(map(read_clause, title.split("，"))):
        aim = HEADLINE_AIM.match(title)  # 为高质量发展提供强劲推动力: 高质量发展
        return label(aim["y"]) or None if aim else None  # else a headline that states no aim (思想之光照亮世界经济航程)
    return label(title)
