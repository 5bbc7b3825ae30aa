"""A service delivered to those it is for: 为B提供/开展/实施/配备 O, where B are recipients (people, households,
bodies, or a count of them: 为有需求的残疾人提供基本康复服务, 为7000户困难家庭实施适老化改造). The 为 is the
preposition of a beneficiary, not of a purpose: the clause is an action, a measure. With an end for B
(为港口发展提供有力支撑) the clause names a purpose, as before.

>>> benefit("为有需求的残疾人提供基本康复服务"), benefit("为3000户困难家庭实施适老化改造"), benefit("为港口发展提供有力支撑")
(True, True, False)
"""

from __future__ import annotations

import re

# 为B + (免费, 上门) + the verb of delivery + what is delivered.
DELIVERY = re.compile(r"^为(?P<who>[^，。；]{2,40}?)(?:免费|上门|优先|定期)*(?:提供|开展|实施|进行|配备|引入|发放|办理)"
                      r"(?P<what>[^，。；]{2,})$")
# Recipients counted (7000户, 2万名, 超53万名, 1000家左右, 800个): whoever they are, they receive.
COUNTED = re.compile(r"^(?:超|约|近|超过)?[\d０-９.．万千百十一二三四五六七八九两]+(?:余|多)?(?:名|户|家|个|所|位|人次|人|对|万)")
# Recipients named by what they are: an actor (…人, …者, 企业, 主体: as the subject of a duty) or a group of people,
# each word opening deliveries in three documents of the corpus or more.
RECIPIENT = re.compile(r"(?:人|者|民|企业|主体|单位|机构|学校|院校|组织|群众|群体|人群|家庭|儿童|学生|妇女|新生儿)$")
# A verb of a purpose later in the clause (为…进行技术改造打下基础): the clause names that purpose.
PURPOSE_VERB = re.compile(r"提供|奠定|创造|注入|打下|营造|作出|做出|开辟")


def benefit(text: str) -> bool:
    """The clause delivers something to recipients it names: an action, whatever its 为.

    >>> benefit("为1000家社区卫生服务中心配备医保终端"), benefit("为消费者提供更多选择")
    (True, True)
    >>> benefit("为在港口对现有企业进行技术改造打下基础")
    False
    """
    m = DELIVERY.match(text) if text.startswith("为") else None
    if m is None or PURPOSE_VERB.search(m["what"]):
        return False
    return bool(COUNTED.match(m["who"]) or RECIPIENT.search(m["who"]))
