"""The addressee line of an official letter (批复, 通知, 函): the bodies it is sent to, a colon after them
(教育部：, 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：). Page furniture of the letter (GB/T 9704-2012
党政机关公文格式, 主送机关), no statement, whatever verb a body's name opens with (教育部, 发展改革委).

>>> addressee("教育部："), addressee("河北省人民政府、国家发展改革委："), addressee("现批复如下：")
(True, True, False)
"""

from __future__ import annotations

import re

# The names end on what names a body (部, 委, 局, 人民政府, 直属机构 …); none has a full stop or a colon inside.
BODY_ENDS = ("部", "委", "厅", "局", "署", "总部", "兵团", "机构", "政府", "委员会", "办公室", "公司", "银行", "党委")
ADDRESSEE = re.compile(rf"^[^。；：:]{{2,120}}(?:{'|'.join(BODY_ENDS)})[：:]$")


def addressee(text: str) -> bool:
    """The paragraph is a letter's addressee line.

    >>> addressee("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："), addressee("要加强组织领导：")
    (True, False)
    """
    return bool(ADDRESSEE.match(text.strip(" \u3000")))
