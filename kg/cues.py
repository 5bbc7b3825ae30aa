"""General cue lists of Chinese policy writing: action verbs, adverbs, markers.

Nothing here names a goal or measure of any particular text; these are the
words that policy prose in general uses to state actions and purposes.

>>> action_start("要进一步加快形成全国一体化算力体系")
'进一步加快形成全国一体化算力体系'
>>> action_start("人工智能具有多学科综合的特征") is None
True
"""

from __future__ import annotations

import re

# Verbs that open an action (举措). Longer forms first where it matters.
ACTION_VERBS = tuple(sorted(set("""
加快 推动 推进 加强 完善 构建 培育 强化 提升 促进 支持 鼓励 引导 实施 建立 健全 深化 优化
夯实 发展 建设 打造 开展 落实 提高 增强 扩大 拓展 拓宽 开辟 探索 研发 研究 开发 推广 推行 倡导
创建 建成 形成 坚持 聚焦 围绕 立足 瞄准 对标 统筹 整合 发挥 加大 做好 做强 做优 做大 严格 控制
淘汰 部署 巩固 保障 保护 保证 改善 改进 改革 创新 规范 防范 化解 消除 解决 突破 攻克 破解 抓住
抢抓 把握 注重 重视 遵循 按照 依托 利用 运用 应用 采取 实行 执行 制定 修订 编制 出台 设立 组建
培养 引进 吸引 集聚 聚集 带动 引领 赋能 激发 释放 激活 调动 重塑 塑造 升级 改造 转变 转型 调整
壮大 延伸 补齐 补强 加速 提速 深入 全面 持续 稳步 稳定 确保 守住 维护 筑牢 织密 健全 用好 管好
连通 贯通 畅通 打通 融合 联合 协同 共建 共享 开放 放宽 取消 下放 简化 降低 减少 减轻 加码 实现
培植 扶持 扶植 资助 补贴 奖励 表彰 宣传 普及 教育 监管 监督 督促 考核 评估 检查 整治 治理 清理
推进 支撑 服务 满足 适应 坚守 弘扬 传承 繁荣 丰富 办好 办成 抓好 抓紧 谋划 规划 布局 建立健全
积极发展 着力 努力 大力 加紧 严厉 严防 严控 强力 聚力 发力 用力 争取 力争 扎实 切实 务实 积极
深度 更好 坚决 有序 有效 充分 主动 进一步 不断 继续 逐步 尽快 重点 同步 协调 全力 合力 共同 联合
""".split()), key=len, reverse=True))

# Adverbs and modal words that may precede the verb of an action.
ADVERBS = tuple(sorted(set("""
要 还要 也要 更要 又要 需 需要 必须 应 应当 应该 务必 要求 同时 并 并且 且 进而 从而 此外 另外 还 也 再
进一步 积极 大力 着力 全面 持续 不断 深入 切实 扎实 加快 稳步 有序 有效 充分 更好 更加 深度 重点
坚决 继续 逐步 尽快 主动 努力 协同 统筹 同步 全力 共同 联合 率先 优先 适时 科学 合理 依法 严格 系统
""".split()), key=len, reverse=True))

# Openers of an enumerated item.
ENUM_MARK = re.compile(
    r"^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|第[一二三四五六七八九十]+[，,、]?|"
    r"一方面|另一方面|[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|"
    r"\([一二三四五六七八九十百]+\)|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])[，,、]?"
)
NUMBERED_LEVEL = (
    (re.compile(r"^[一二三四五六七八九十百]+、"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十百]+[）)]"), 2),
    (re.compile(r"^\d{1,2}[.．、](?!\d)"), 3),
    (re.compile(r"^[（(]\d{1,2}[）)]"), 4),
)
LEADING_FILLER = re.compile(
    r"^(?:(?:未来|当前|目前|今后|下一步|新发展阶段|新时代|为此|对此|因此|同时|此外|总之|总的来看)[，,]?|"
    r"(?:我们|各地区|各部门|各地|各级政府)(?:要|还要|也要|更要|需|需要|必须|应|应当|应该|务必)?|"
    r"(?:要|还要|也要|更要|需|需要|必须|应|应当|应该|务必))"
)
# Nouns that make "X是Y的N" a purpose statement: X serves Y.
ROLE_NOUNS = (
    "关键抓手", "重要抓手", "战略抓手", "抓手", "重要支撑", "有力支撑", "支撑", "主攻方向", "方向",
    "重要引擎", "新引擎", "引擎", "核心推动力", "推动力", "驱动力", "动力", "必然要求", "内在要求",
    "重要途径", "有效途径", "途径", "物质技术基础", "重要基础", "基础", "基石", "重要保障", "保障",
    "关键", "重要内容", "着力点", "突破口", "必由之路", "重要举措", "前提",
)
# Words that announce that a statement is descriptive, not an action.
NOT_ACTION_HEADS = ("是", "具有", "具备", "存在", "成为", "意味着", "表现", "呈现", "已经", "正在", "正")
GENERIC_HEADINGS = re.compile(
    r"^(?:总体要求|指导思想|基本原则|主要目标|发展目标|工作目标|总体目标|目标任务|重点任务|主要任务|"
    r"保障措施|组织实施|组织保障|附则|总则|附件|名词解释|主要职能|组成人员|工作规则|工作要求|工作机制|职责分工)$"
)
_NUMERAL = "〇零○一二三四五六七八九十\\d"
# Heading-shaped lines that are page or document furniture, never goals: dates, signatures,
# attachment labels, rosters (主　任：尤　权　　国务院副秘书长), names spaced out by the layout.
FURNITURE_HEADINGS = re.compile(
    rf"^[{_NUMERAL}]{{2,4}}年[{_NUMERAL}]{{1,2}}月[{_NUMERAL}]{{1,3}}日$"
    r"|^附件[\d一二三四五六七八九十]*(?:[：:]|$)"
    r"|^[^，。；：:]{1,6}[：:][^，。；]{0,6}[\u3000 ]{2,}"
    r"|^(?:中共中央|国务院|国务院办公厅|中央军委|[^，。、\s]{2,14}(?:人民政府|委员会|办公厅|办公室))$"
    r"|^[\u4e00-\u9fff](?:[\u3000 ]?[\u4e00-\u9fff]){1,3}[\u3000 ]{2,}\S{2,16}$"
    r"|^(?:\S[\u3000 ]+){3,}\S$"
)
# A sentence that judges rather than aims (实现这些目标很不容易): neither a goal nor a measure.
EVALUATIVE = re.compile(r"(?:很?不容易|并非易事|十分艰巨|非常艰巨|任务艰巨|意义重大|至关重要|十分重要|非常重要|难度很大|前所未有)$")
# 以Y为目标: Y is what the work is for, a goal rather than a measure.
AIM = re.compile(r"^(?:坚持)?以(?P<y>[^，。；]{2,40}?)为(?:目标|主要目标|根本目标|目的|宗旨|出发点和落脚点)$")
# The guidance a work plan opens with (以…为指导, 贯彻…精神, 按照…部署): the frame of the measures, not one.
GUIDANCE = re.compile(
    r"^(?:坚持)?以[^，。；]{2,40}?为(?:指导|引领|统领|根本遵循|行动指南)$"
    r"|^(?:全面|深入|认真|坚决)?(?:学习)?贯彻(?:落实)?[^，。；]{0,50}(?:精神|部署|思想|要求)$"
    r"|^(?:按照|根据|遵照)[^，。；]{2,40}(?:部署|要求|安排|精神)$"
)
REVIEW_HEADINGS = re.compile(r"回顾|成就|过去一年|过去五年|工作总结")
MODALS = re.compile(r"(?:必须|要|需要|需|应当|应该|务必|着力|坚持)")


def strip_filler(text: str) -> str:
    """Drop a leading time phrase or modal: '未来，要继续推动…' -> '继续推动…'.

    >>> strip_filler("还要强化安全治理")
    '强化安全治理'
    """
    prev = None
    while prev != text:
        prev = text
        text = LEADING_FILLER.sub("", text, count=1) if LEADING_FILLER.match(text) else text
    return text


def action_start(clause: str) -> str | None:
    """The clause from its action verb on, or None when it does not state an action.

    Leading modals and fillers are dropped; adverbs stay with the verb.

    >>> action_start("需注重前瞻性布局")
    '注重前瞻性布局'
    >>> action_start("在战略层面") is None
    True
    """
    text = strip_filler(clause.strip())
    rest = text
    for _ in range(3):
        if not rest.startswith(ADVERBS):
            break
        adverb = next((a for a in ADVERBS if rest.startswith(a) and len(rest) > len(a) + 1), None)
        if adverb is None:
            break
        rest = rest[len(adverb):]
    probe = rest if rest else text
    if probe.startswith(NOT_ACTION_HEADS):
        return None
    if text.startswith(ACTION_VERBS) or probe.startswith(ACTION_VERBS):
        return text
    return None


def numbered_level(text: str) -> int:
    """The outline level of a numbered line: 一、=1, （一）=2, 1.=3, (1)=4; 0 if none.

    >>> numbered_level("（三）完善农机装备创新体系。"), numbered_level("加快发展智能制造。")
    (2, 0)
    """
    return next((level for pattern, level in NUMBERED_LEVEL if pattern.match(text)), 0)
