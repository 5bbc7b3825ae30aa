"""The provisions of a statute that the action verbs miss: a system a subject runs (X实行…制度), powers and duties
exercised (行使…职权, 履行…职责), what the state issues, manages or provides (国家颁布…, 国家管理…, 国家为…提供条件), a
right granted (公民有…的权利), and what a body uses as its means (国家机关以普通话为公务用语).

A right granted is a provision the statute makes, as a permission (公民可以…) is: a measure.

>>> provision("国家实行义务教育制度"), provision("国务院依法行使机构编制管理职权"), provision("公民有受教育的权利")
(True, True, True)
>>> provision("学校以普通话为教学用语"), provision("机构设置以职能配置为基础"), provision("这项制度实行了十年")
(True, False, False)
"""

from __future__ import annotations

import re

from kg.extract.statements.bases import BASES, GUIDES

# A subject: a noun phrase with no clause in it, no pronoun or particle opening it.
SUBJECT = r"[^，。；、的我这那其它]{0,4}[^，。；我这那其它]{0,26}?"
# What is run: a system, a responsibility, a scheme (首长负责制, 义务教育制度, 许可证管理).
RUNS = re.compile(rf"^{SUBJECT}(?:依法|统一|逐步)?实行(?!了)[^，。；]{{2,40}}(?:制度|制|办法|管理)$")
# Powers and duties exercised, after their holder or alone after a comma (国务院…，行使…职权).
EXERCISES = re.compile(rf"^{SUBJECT}(?:依法|依照[^，。；]{{2,20}}?|按照[^，。；]{{2,20}}?)?(?:分别|统一)?(?:行使|履行)"
                       r"(?!了)[^，。；]{2,40}(?:职权|职责|职能|义务|权力)$")
# The state issues, manages, provides: verbs of a statute's state that the action verbs leave to other senses.
STATE_DUTY = re.compile(r"^国家(?:依法)?(?:颁布|管理|为[^，。；]{2,30}?提供)(?!了)[^，。；]{2,}$")
# A right granted to a holder: a person, a citizen, a body (公民有…的权利, 劳动者依法享有…的权利).
HOLDER = r"(?:公民|人|者|员|民|个人|单位|组织|企业|机构|机关|学校|群众|农民|职工|妇女|儿童|学生)"
RIGHT = re.compile(rf"^[^，。；我这那其它]{{0,20}}{HOLDER}(?:依法)?(?:有|享有)(?!了)[^，。；]{{2,40}}的?(?:权利|权)$")
# The means a body uses (学校以普通话为教学用语): a body, then 以Y为Z, Z no basis or guidance (bases.py reads those).
BODY = r"(?:机关|机构|学校|单位|部门|政府|组织|企业)"
# What a provision is not: a concession or condition (无论实行哪种…, 能否履行…, 不履行…), a result (才能使…行使…), a
# practice described (当时实行…, 有些地方实行…, 所实行的…, 实行着…).
NOT_PROVISION = re.compile(r"无论|不论|能否|才能|(?<!行)使(?!用)|^即|不履行|不行使|当时|现在|有些|许多|所实行|实行[的着过]|哪种|这种|那种")
MEANS = re.compile(rf"^(?![这那其它我])[^，。；的]{{0,20}}{BODY}(?:应当|应|必须)?以(?P<y>[^，。；]{{2,30}}?)为(?P<z>[^，。；]{{2,12}})$")
# Each provision with the words it cannot match without: a pattern is tried only on a clause that has one.
PROVISIONS = ((("实行",), RUNS), (("行使", "履行"), EXERCISES), (("国家",), STATE_DUTY), (("有",), RIGHT))


# A verb of the state's duty opening a clause with no subject (国家颁布…，管理…): the state goes on acting.
STATE_GOES_ON = re.compile(r"^(?:颁布|管理|监督管理)(?!了)[^，。；]{3,}$")


def state_goes_on(before: str, text: str) -> bool:
    """``text`` goes on with the duty of the state that the clause ``before`` (a measure) opened.

    >>> state_goes_on("国家颁布港口技术标准", "管理港口岸线的使用"), state_goes_on("港口技术标准", "管理港口岸线的使用")
    (True, False)
    """
    return before.startswith("国家") and bool(STATE_GOES_ON.match(text))


def provision(text: str) -> bool:
    """The clause makes one of the provisions above.

    >>> provision("国家颁布语言文字的规范和标准"), provision("国家为残疾人就业提供条件"), provision("国家颁布了新标准")
    (True, True, False)
    >>> provision("行使行政机构设置职权"), provision("机关以规范汉字为基础"), provision("无论实行哪种责任制")
    (True, False, False)
    >>> provision("才能使机关较好地行使监督职能"), provision("有些地方实行承包制"), provision("职工实行合同制")
    (False, False, True)
    """
    if NOT_PROVISION.search(text):
        return False
    if "以" in text and (m := MEANS.match(text)) is not None:
        return m["z"] not in BASES and m["z"] not in GUIDES
    return any(any(word in text for word in words) and p.match(text) for words, p in PROVISIONS)
