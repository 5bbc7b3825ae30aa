"""General cue lists of Chinese policy writing: the words that state actions, outcomes and purposes.

Nothing here names a goal or measure of any particular text, and every cue word
lives here once, in one list. The entry rule (tests/test_cues.py checks it): a
verb or adverb opens a clause, and any other cue word occurs, in at least three
corpus documents outside the development set; or its list cites a grammar or a
standard of the construction (SANCTIONS, STANDARD_CONTAINERS, the non-volitional
verbs of UNDERGOES). The verb lists began as the common vocabulary of 政府工作报告
and 国务院 documents and were completed from corpus statistics: every
clause-initial word that jieba tags as a verb and that opens at least 15 clauses
of the corpus was read and kept when it states an action (举办, 狠抓, 盘活 …) or an
outcome (实现, 确保 …), left out when it describes (是, 具有, 面临 …).

>>> action_start("要进一步加快建设现代化港口群")
'进一步加快建设现代化港口群'
>>> action_start("海洋经济具有开放融合的特征") is None
True
"""

from __future__ import annotations

import itertools
import re

from kg.text.segment import dictionary


def _words(text: str) -> tuple[str, ...]:
    return tuple(sorted(set(text.split()), key=len, reverse=True))


def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` (longest first) grouped by their first character, for :func:`_opening`."""
    return {first: tuple(w for w in words if w[:1] == first) for first in dict.fromkeys(w[:1] for w in words)}


def _opening(text: str, groups: dict[str, tuple[str, ...]]) -> str:
    """The longest of the grouped words that opens ``text``, or "": what the alternation of the words (longest
    first) matches at the start, without trying each word in turn.

    >>> _opening("加快建设", _by_first(("加快", "加", "建设"))), _opening("建成", _by_first(("加快", "建设")))
    ('加快', '')
    """
    for word in groups.get(text[:1], ()):
        if text.startswith(word):
            return word
    return ""


# Verbs (and verb-like adverbs) that open an action (举措). Longest first.
ACTION_VERBS = _words("""
加快 推动 推进 加强 完善 构建 培育 强化 提升 促进 支持 鼓励 引导 实施 建立 健全 深化 优化
夯实 发展 建设 打造 开展 落实 提高 增强 扩大 拓展 拓宽 开辟 探索 研发 研究 开发 推广 推行 倡导
创建 建成 形成 坚持 聚焦 围绕 立足 瞄准 对标 统筹 整合 发挥 加大 做好 做强 做优 做大 做实 做精 严格 控制
淘汰 部署 巩固 保障 保护 保证 改善 改进 改革 创新 规范 防范 化解 消除 解决 突破 攻克 破解 抓住
抢抓 把握 注重 重视 遵循 依托 利用 运用 采取 实行 执行 制定 修订 编制 出台 设立 组建
培养 引进 吸引 集聚 聚集 带动 引领 赋能 激发 释放 激活 调动 重塑 塑造 升级 改造 转变 转型 调整
壮大 延伸 补齐 加速 提速 深入 全面 持续 稳步 稳定 守住 维护 筑牢 织密 用好 管好
 贯通 畅通 打通 融合 联合 协同 共建 共享 开放 放宽 取消 下放 简化 降低 减少 减轻
 扶持 资助 补贴 奖励 表彰 宣传 普及 教育 监管 监督 督促 考核 检查 整治 治理 清理
支撑 服务 满足 适应 坚守 弘扬 传承 繁荣 丰富 办好 办成 抓好 抓紧 谋划 规划 布局 建立健全
着力 努力 大力 加紧 严厉 严防 严控 强力 聚力 发力 用力 争取 扎实 切实 务实 积极
 更好 坚决 有序 有效 充分 主动 进一步 不断 继续 逐步 尽快 重点 协调 全力 合力 共同
增加 启动 进行 突出 防止 搞好 搞活 打好 打赢 打造 打击 打破 打响 营造 组织 加力 开工 参与 融入 推出
集中 克服 依靠 遏制 发扬 树立 确定 帮助 盘活 守好 守牢 守护 践行 争创 开拓 增进 抓实 提供 对接 改变 担当
安排 理顺 纠正 破除 统一 挖掘 开创 兜牢 兜住 参加 提倡 给予 避免 允许 赋予 狠抓 振兴 成立 缩小 处理 紧扣
发放 稳住 恢复 制止 加以 擦亮 承接 接续 履行 激励 兼顾 带头 缓解 发布 凝聚 遵守 解放 集成 压缩 吸收
放开 放大 顺应 采用 查处 搭建 制订 配置 谱写 扛起 扫除 选择 携手 筹措 惩处 汇聚 抑制 造就 引入 压减
处置 修复 严惩 惩治 抢占 预防 开通 清除 取缔 限制 筹建 保卫 举办 构筑 申建 试行 分流
恪守 提交 办理 申请 承担 备案 接受 公开 报送 报告 登记 审查 核准 批准 公布 通报 指导
动员 新建 改建 吸纳 疏通 厚植 深耕 落细 用足 跟进 整顿 撤销
追究 予以 明确 细化 压实 迭代 回应 坚定
 抓 办 建 用 提
""")

# The sanctions of a statute (责令, 没收, 吊销, 处以, 并处): the kinds of administrative penalty that 《中华人民共和国
# 行政处罚法》 (Article 9) lists, with the verbs statutes impose them by; they open a clause of a regulation's
# 法律责任 chapter whatever their count in the corpus.
SANCTIONS = ("责令", "没收", "吊销", "处以", "并处")
ACTION_VERBS = tuple(sorted(set(ACTION_VERBS) | set(SANCTIONS), key=len, reverse=True))
ACTING = frozenset(v for v in ACTION_VERBS if len(v) >= 2)  # the action verbs of two characters or more
ACTION_START = re.compile("|".join(map(re.escape, ACTION_VERBS)))
_ACTION_OPENINGS = _by_first(ACTION_VERBS)  # ACTION_START.match, word by word
# A verb that is no action where it stands, by the grammar of its suffix: a one-character verb with the durative
# aspect 着 describes (用着…); a verb with 主义 names a doctrine (保护主义, 单边主义).
NOT_AN_ACTION = re.compile(r"^(?:[抓办建用提]着|[\u4e00-\u9fff]{1,2}主义)")

# Adverbs and modal words that may stand between a subject or the clause start and its verb.
ADVERBS = _words("""
 应 应当 应该 可以 直至 且 都
进一步 积极 大力 着力 认真 多 多渠道 多措并举 配套 直接 先
全面 持续 不断 深入 切实 扎实 加快 稳步 有序 有效 充分 更好 更加 深度 重点
坚决 继续 逐步 尽快 主动 努力 协同 统筹 同步 全力 共同 联合 率先 优先 适时 科学 合理 依法 严格 系统
准确 及时 始终 加力 大幅 稳妥 积极稳妥 常态化 因地制宜 分类 分区分类 更大力度 高水平 高标准 高质量 千方百计 显著 明显 广泛
深刻
""")

# Words that open a clause which describes rather than acts.
NOT_ACTION_HEADS = ("是", "具有", "具备", "存在", "成为", "表现", "呈现", "已经", "已", "正在", "正", "面临",
                    "属于", "包括", "体现", "在于", "取决于")

# The role one thing plays for another (X是Y的关键抓手, 以X为主攻方向): role nouns and their modifiers.
ROLE_MODIFIERS = _words("重要 关键 核心 有力 主要 根本 战略 物质技术 坚实 强大 新的 新 首要 根本性 主攻 迫切 内在 必然 第一 时代")
ROLE_NOUNS = _words("抓手 支撑 方向 引擎 推动力 驱动力 动力 要求 途径 基础 基石 保障 关键 内容 着力点 突破口 必由之路 举措 前提 路径 目标")
ROLE = rf"(?:(?:{'|'.join(ROLE_MODIFIERS)})*(?:{'|'.join(ROLE_NOUNS)}))"
ROLE_END = re.compile(rf"的{ROLE}$")  # …的重要抓手: a clause that names a role, not an action
# Modal verbs (助动词): never the head of a term.
MODAL_VERBS = frozenset("需要 可能 能够 应该 应当 必须 可以 愿意 值得 需 要 能 会".split())


# Leading words that carry no content of the statement: time, connectives, bare modals.
LEADING_FILLER = re.compile(  # anchored by match(text, pos)
    r"(?:(?:未来|当前|目前|今后|下一步|新时代|新发展阶段|新形势下|为此|对此|因此|同时|此外|另外|另一方面|一方面|"
    r"总之|总的来看|在此基础上|与此同时|特别是|尤其是|今年|明年|近期|其中|并且|而且|进而|从而|并|还|也|再)[，,]?|"
    r"(?:这就要求|这要求|就要求|有的|一般|或者|或|既要|又要|既)(?=[“\u4e00-\u9fff][\u4e00-\u9fff])|"
    r"(?:我们|我省|我市|我区|我国)(?:要|还要|也要|更要|都要|需|需要|必须|应|应当|应该|务必|将)?|"
    r"(?:要|还要|也要|更要|都要|就要|需|需要|必须|务必)(?!求))"
)
# A clause opened by a modal of obligation, prohibition or permission states an action whatever follows (not the 可 of 可再生).
MODAL_START = re.compile(r"^(?:也|还|都|并|就)?(?:要|需要|需|必须|应当|应该|应|须|务必|不得|严禁|禁止|不准|可以|有权(?!不可)|可(?!再生))"
                         r"(?![求素点件是能靠行持见观用对急])")

# A subject followed by an obligation, a prohibition or a permission: 地方政府也要…, 机关和企事业单位…不得…
MODAL = re.compile(
    r"^(?P<subject>[^，。；：“”]{1,30}?)(?<![重主只纲想首紧摘提必只总需])"
    r"(?P<modal>也要|还要|都要|更要|(?<![简概扼需])要(?![求素点件是])|必须|应当|应该|"
    r"(?<![适反相对响供效顺答呼回感理])应(?![用对急届有运])|(?<![无])须(?!知)|务必|不得|严禁|禁止|"
    r"不准|也可以|可以|有权(?!不可|必有)|(?<![认许不宁即尚])可(?![能靠行持见观]))"
)
_MODAL_MARK = re.compile(r"[^，。；：“”]{1,31}?[要须应务不禁可权]")  # a character each modal of MODAL holds (也要: 31st)


def modal(text: str) -> re.Match[str] | None:
    """``MODAL.match(text)``, tried only when a character of a modal follows a subject before any comma or colon.

    >>> modal("地方政府也要加强监管")["modal"], modal("加快建设文化强市")
    ('也要', None)
    """
    return MODAL.match(text) if _MODAL_MARK.match(text) else None


PROHIBITION = re.compile(r"(?:不得|严禁|禁止|不准|不能|决不能|绝不能|杜绝)")

# Verbs of attainment: a clause led by one states an end to reach.
ATTAIN = re.compile(
    r"^(?:实现|确保|力争|争取|基本实现|基本建成|基本形成|基本消除|基本完成|全面建成|全面实现|建成|让|使(?!用|命)|永葆|迈向|迈上|"
    r"跻身|走在|达到|保持|沿着|夺取|新增(?=[^，。；]{0,12}\d)|(?:力争|确保|争取)?到(?:\d{4}|[〇零一二三四五六七八九○]{4}|本世纪中叶|20)|打赢)"
)
# Verbs of result: a clause led by one that ends a run of actions is the goal of the run.
RESULT_STRONG = re.compile(
    r"^(?:(?:不断|持续|进一步|全面|显著|大幅|有效|切实|逐步|更好地?|努力|同步|稳步|大力)?"
    r"(?:提高|提升|增强|增进|激发|调动|带动|推动形成|形成|抑制|防止|丰富|拓宽|开创|满足|永葆|筑牢|守住|守牢|迈进|"
    r"完善和发展|支撑|服务于|服务和融入|服务(?=“)))"
)
# Verbs whose object is usually a result (水平、能力、效能 …) when the object says so.
RESULT = re.compile(
    r"^(?:(?:不断|持续|进一步|全面|显著|大幅|有效|切实|逐步|更好地?|努力|同步|稳步|大力)?"
    r"(?:提高|提升|增强|增进|激发|调动|带动|推动形成|形成|抑制|防止|丰富|拓宽|开创|满足|促进|推动|营造|打造|建设|"
    r"完善和发展|构建|筑牢|守住|守牢|迈进))"
)
OUTCOME_NOUNS = _words("""
水平 能力 效能 效率 效益 质量 活力 动力 积极性 主动性 创造性 竞争力 创新力 影响力 吸引力 生产率 格局 局面
环境 氛围 风气 风尚 生活 渠道 优势 地位 作用 平衡 上涨 流失 发展 转变 迈进 支撑 新动能 新增长点 突破 本色
精神 升级 增长 品质 底线 防线 屏障 体系和能力 职业 军队 空间
""")
OUTCOME_NOUN = re.compile(f"(?:{'|'.join(OUTCOME_NOUNS)})$")
# An outcome stated of a subject: 科技创新能力明显提升, 一流营商环境加快形成, 取得新进展, 达到78岁.
DEGREES = _words("""
明显 显著 大幅 大幅度 稳步 持续 不断 进一步 更加 加快 全面 基本 有效 较大 稳定 逐步 根本 总体 整体
日益 日趋 加速 快速 切实 全方位 有较大 有较多 有新的 有新 得到 实现
""")
_DEGREE = f"(?:{'|'.join(DEGREES)})"
_OUTCOME_VERBS = ("提升 提高 增强 改善 完善 健全 形成 构建 拓展 衔接 优化 达标 转变 增长 增加 下降 降低 扩大 缩小 巩固 "
                  "加强 好转 规范 畅通 释放 激发 凸显 跃升 壮大 成熟 定型 彰显 筑牢 夯实 建成 实现 推进 发展 落实 突破 改观 "
                  "建立 同步 普及").split()
_GAINS = "进展 成效 突破 成果 胜利 成就".split()  # 取得…
_HEADINGS = "转变 迈进 转型 跨越 迈出".split()  # 向…
_STEADY = ("只增不减", "翻一番", "翻番")
OUTCOME_END = re.compile(
    rf"(?:{_DEGREE}+(?:{'|'.join(_OUTCOME_VERBS)})"
    rf"|取得(?:新的?|重大|明显|积极|决定性|实质性|突破性|显著|更大)?(?:{'|'.join(_GAINS)})"
    rf"|{'|'.join(_STEADY[:1])}|趋于\S{{1,6}}|(?:稳中有|稳中向)\S{{1,2}}|{'|'.join(_STEADY[1:])}"
    rf"|向[^，。；]{{2,40}}(?:{'|'.join(_HEADINGS)}))$"
)
_OUTCOME_ENDINGS = tuple(_OUTCOME_VERBS + _GAINS + _HEADINGS) + _STEADY  # the last words OUTCOME_END can end on


def outcome_end(text: str) -> re.Match[str] | None:
    """``OUTCOME_END.search(text)``, tried only on a text that ends as it must (a word of its lists, 趋于…, 稳中有…).

    >>> outcome_end("科技创新能力明显提升").group(), outcome_end("加快建设文化强市")
    ('明显提升', None)
    """
    end = text[:-1] if text.endswith("\n") else text  # $ matches before a final newline too
    if end.endswith(_OUTCOME_ENDINGS) or "趋于" in end[-8:] or "稳中" in end[-5:]:
        return OUTCOME_END.search(text)
    return None
NUMBER = r"[\d.０-９]+(?:\.\d+)?\s*(?:%|％|个百分点|万亿|亿|万|千|百)?"
TARGET = re.compile(
    rf"(?:达到|超过|突破|提高到|提升到|增加到|下降到|降低到|减少到|控制在|保持在|稳定在|占|不低于|不少于|不高于|不超过|"
    rf"增长|提高|提升|下降|降低|减少|增加|扩大到|缩小到|为|在){NUMBER}"
    r"|(?:占|超过)[^，。；]{0,12}(?:一半|半数|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)"
    r"|(?:以上|左右|以内|以下)$"
)
# A subject that reaches a state: 主要粮食作物基本实现生产全程机械化, 产品质量可靠性达到国际先进水平.
STATE_REACHED = re.compile(
    r"^(?![^，。；]*(?:是|标志|不可能|不能|不会|决不|怎样|为了|目的|借以|才|只有|曾经|称谓|比))"
    r"[^，。；]{2,24}?(?:基本实现|全面实现|基本建成|全面建成|达到|迈入|迈上|跻身)[^，。；]{2,}$"
)
NUMERAL = re.compile(r"\d|一半|半数|[一二三四五六七八九十]+(?:分之|倍|成)")

# A clause that reports the past or a fact, judges, or names a deficit: neither goal nor measure.
_PERFECTIVE = r"(?<![为除不得])了(?!解)|已经|连续多年"  # the marks of what was done: …了, 已经…, 连续多年
PAST = re.compile(rf"(?:{_PERFECTIVE}|已(?!有)|截至|去年|上年|过去|以来|累计|同比|比上年|较上年)")
# A sentence with a perfective mark in any clause reports what was done: no statement in it.
PAST_MARK = re.compile(_PERFECTIVE)
# A sentence opened by its background (随着…, 近年来…, 截至…, 累计…, 回顾…, N年来) reports, and states nothing.
PAST_START = re.compile(r"^(?:随着|伴随着?|由于|虽然|尽管|近年来|去年|上年|过去|截至|累计|此前|多年来|长期以来|[^，。；]{2,10}以来"
                        r"|[^，。；]{1,6}年[来前]$|(?:回顾|回望|回首|回看|环顾|纵观)[^，。；]{2,16}$)")
# What is judged impossible (…，是不可能的, 是行不通的): no statement, whatever the clause before it says.
RULED_OUT = re.compile(r"是(?:根本)?(?:不可能|不现实|行不通|做不到)的?(?:$|，)")
# A clause that says what was not done (没有保持…, 并没有打破…): a fact, no statement (没有X，就没有Y is read before).
NEGATED = re.compile(r"^(?:也|还|都|并|却)?(?:没有|未曾|从未)")
# A clause that names a shortcoming (体系建设不够完善, 仍有提升空间): not a statement, whatever its verbs.
SHORTFALLS = _words("仍有 不够 有待 尚未 仍需 还不 依然突出 仍然突出")
SHORTFALL = re.compile(rf"(?:{'|'.join(SHORTFALLS)}|还有[^，。；]{{0,8}}空间)")
# Words of shortcoming that actions also use (补短板, 缩小差距): they rule out only a clause with no action.
DEFICITS = _words("不足 不强 不高 薄弱 滞后 较多 不平衡 不充分 短板 差距")
DEFICIT = re.compile(f"(?:{'|'.join(DEFICITS)})")
EVALUATIVE_TAIL = re.compile(r"(?:具有|有)(?:十分|非常|极其)?(?:重要|重大|深远|特殊)(?:的)?(?:意义|作用|影响|价值)$")
JUDGMENTS = _words("不容易 十分艰巨 任务艰巨 意义重大 至关重要 十分重要 非常重要 难度很大 前所未有")
EVALUATIVE = re.compile(f"(?:{'|'.join(JUDGMENTS)})$")
# 以Y为目标: Y is what the work is for.
AIM = re.compile(r"^(?:坚持)?以(?P<y>[^，。；]{2,40}?)为(?:目标|主要目标|根本目标|目的|宗旨|出发点和落脚点)$")
# The guidance a work plan opens with (以…为指导, 贯彻…精神, 按照…部署): the frame of the measures, not one.
GUIDANCE = re.compile(
    r"^(?:坚持)?以[^，。；]{2,40}?为(?:指导|引领|统领|根本遵循|行动指南)$"
    r"|^(?:全面|深入|认真|坚决|完整准确全面)?(?:学习)?(?:贯彻|落实)(?:落实|执行)?[^，。；]{0,50}"
    r"(?:精神|部署|思想|要求|路线|方针|理念|意见|决定|规定|论述|讲话|指示|批示)$"
    r"|^(?:按照|根据|遵照|依照|依据)[^，。；]{2,60}(?:部署|要求|安排|精神|规定|决定|意见|方针|方向|原则|思路|规律|标准|思想|论述|指示|法》|条例》|规划》|纲要》)$"
    r"|^(?:在[^，。；]{2,30}(?:领导下|指导下))$"
    r"|^(?:从|立足于?)[^，。；]{2,30}出发$"
)
# The act of issuing a document: 现将…印发给你们, 制定本条例, 现提出如下意见.
ISSUING = re.compile(
    r"(?:印发给你们|请认真贯彻|认真贯彻执行|遵照执行|贯彻执行|制定本[^，。；]{0,6}(?:条例|办法|规定|方案|意见|细则|规划|决定)|"
    r"特制定|现提出(?:如下|以下)|提出如下|经[^，]{1,10}同意|现将|现予公布|予以公布|自[^，]{2,16}起施行|现通知如下|通知如下)"
)
# Forms of address that open a paragraph of a speech or report (各位代表，… 同志们，…).
ADDRESS_FORMS = _words("各位代表 同志们 朋友们")
# Sentences of reports addressed to the audience, and closing appeals: no statement.
ADDRESS = re.compile(rf"^(?:{'|'.join(ADDRESS_FORMS)})[！!，,：:]")
# A sentence that opens by addressing the audience or calling on it (同志们…, 让我们…): no statement in it.
ADDRESSED = re.compile(rf"^(?:{'|'.join(ADDRESS_FORMS)}|让我们)")
# 以X为重点/主线/导向…: the orientation of the work, read as one measure (not the guidance frame 以…为指导 below).
# The nouns that close a phrase naming a means (通过…方式, 采取…措施).
MEANS_NOUNS = _words("方式 途径 手段 渠道 形式 办法 措施")
# Verbs of pursuit that open a purpose (着眼于…, 致力于…, 旨在…).
PURSUITS = _words("着眼于 致力于 旨在")
# Verbs that close 为Y提供…支撑 / 为Y奠定…基础: what one thing gives another.
PROVISIONS = _words("提供 奠定 创造 注入 打下")
# Names of an era (新时代, 新征程): opening a phrase they say when what follows holds, not what it is (新时代|职业教育).
ERAS = _words("新时代 新时期 新世纪 新阶段 新发展阶段 新征程")
# Verbs of support: closing a phrase after the form support takes (政策|支持, 资金|扶持) they name the act of supporting.
SUPPORTS = _words("支持 扶持 支撑 帮助")
# Outcomes a text reports as achieved (进展, 成果): rated by a quality (突破性|进展, 阶段性|成果) they name no thing.
ACHIEVEMENTS = _words("进展 成果 成就 成效 胜利 突破")
# The start and the close of a period (a plan's years: “十四五”|收官, 良好|开局): how it went, no thing.
PHASES = frozenset(_words("开局 收官"))
# Words of effort: before a verb of attainment (奋力实现…, 全力确保…) and before a goal it causes (努力使…,
# 力求让…); 努力 and 全力 are also manners of an action (ADVERBS).
STRIVINGS = _words("奋力 努力 全力")
EFFORTS = _words("努力 力求")


def alternatives(words: tuple[str, ...]) -> str:
    """A regular-expression alternation of a cue list, longest first.

    >>> alternatives(("旨在", "着眼于"))
    '着眼于|旨在'
    """
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


ROLES = ("导向", "重点", "主线", "牵引", "核心", "抓手", "突破口", "支撑", "主攻方向", "主体", "基础", "引领", "动力", "依托")
ORIENTATION = re.compile(rf"^以(?P<x>[^，。；]{{2,30}}?)为(?P<y>{'|'.join(ROLES)})$")
# The setting of what follows (…的基础上, …的前提下, 在…下): no statement of its own.
SETTING = re.compile(r"的?(?:基础上|前提下|同时|情况下|过程中|背景下|条件下)$|^在[^，。；]{2,40}下$")
# A lead announcing the points that follow (当前应重点抓好以下几个方面, 还必须做好以下工作): no statement itself.
ANNOUNCES = re.compile(r"(?:抓好|做好|把握|注意|突出|做到|推进|强调|提出)以下(?:几|[一二三四五六七八九十])?(?:个|点)?"
                       r"(?:方面|工作|几点|重点|任务|要求|意见)?$"
                       r"|(?:抓好|做好|把握好?)(?:几|[一二三四五六七八九十]+)个方面(?:的)?(?:工作)?$")  # 重点做好十个方面工作
# What a subject undergoes (要面对…难题, 会遇到…挑战): a circumstance, not an action, whatever the modal before it.
UNDERGOES = re.compile(r"^(?:[^，。；]{0,8}?)(?:要|需要|必须|会|将|也要|还要)(?:面对|面临|遇到|经受|承受)")
# A judgment the reader is asked to make (但也要看到, 必须清醒认识到): no action.
COGNITION = re.compile(r"(?:(?:要|必须|应当|应该)(?:清醒地?|充分|深刻)?|^(?:清醒地?|充分|深刻))(?:看到|认识到)$")
# A principle held (坚持新发展理念, 坚持稳中求进工作总基调): the frame of the measures, not one of them.
PRINCIPLE = re.compile(r"^坚持[^，。；]{0,20}(?:理念|方针|原则|路线|总基调|思想|宗旨|方向|道路)$")
# An end named by reference to ends stated before it (实现上述目标): no goal of its own.
ANAPHOR = re.compile(r"^(?:为了?)?(?:实现|完成|达到|确保)(?:上述|以上|这些|这一|这个|前述)(?:目标|任务|要求)")
# 争取 with a resource after it (争取中央资金支持, 争取更多项目纳入国家规划) means "obtain": an action, not an end; the
# resource near 争取 or closing the clause after a list (争取超长期特别国债、中央预算内投资等资金支持).
OBTAINED = "|".join(_words("资金 支持 项目 政策 债券 投资 额度 指标 试点 资源 批复 授权 补助"))
OBTAIN = re.compile(rf"^争取(?:[^，。；]{{0,12}}(?:{OBTAINED})|[^，。；]{{13,}}(?:{OBTAINED})$)")
# Containers: generic headings that only group what follows.
CONTAINERS = _words("""
总体要求 指导思想 基本原则 主要目标 发展目标 工作目标 目标任务 重点任务 主要任务 重点工作 主要工作
保障措施 政策措施 组织实施 组织保障 实施保障 名词解释 组成人员 工作规则 工作要求 工作机制
职责分工 结束语 工作安排 工作部署 工作回顾 回顾 主要内容 适用范围 基本要求 工作任务 有关要求
预期目标 目标和任务 重点领域 重大举措 其他 说明 背景 形势 总结 展望
""")
# The chapters every statute has (总则, 附则, 法律责任, 罚则: 全国人大常委会法制工作委员会《立法技术规范（试行）》)
# and a document's attachments (附件: GB/T 9704-2012 党政机关公文格式): containers whatever their count in the corpus.
STANDARD_CONTAINERS = ("总则", "附则", "法律责任", "罚则", "附件")
CONTAINER_HEAD = re.compile(f"(?:{'|'.join(CONTAINERS + STANDARD_CONTAINERS)})\\d*$")
# A part of a plan named after what it is about (试点任务, 工作进度, 实施步骤, 清理整顿的原则): the heads of the
# containers above that name a part of a plan, and the stages of its schedule (进度, 步骤, 程序).
PLAN_PART = re.compile(r"^(?P<about>[^，。；、：]{1,6}?)的?(?:任务|范围|进度|步骤|程序|措施|原则|安排|内容|分工)$")
REVIEWS = _words("回顾 成就 过去一年 过去五年 工作总结 五年来 十年来 一年来")
REVIEW_HEADINGS = re.compile("|".join(REVIEWS))
# Heading-shaped lines that are page or document furniture: dates, signatures, attachment labels, rosters.
_NUMERAL = "〇零○一二三四五六七八九十\\d"
FURNITURE_HEADINGS = re.compile(
    rf"^[{_NUMERAL}]{{2,4}}年[{_NUMERAL}]{{1,2}}月[{_NUMERAL}]{{1,3}}日$"
    r"|^附件[\d一二三四五六七八九十]*(?:[：:.．、]|$)"
    r"|^[^，。；：:]{1,6}[：:][^，。；]{0,6}[\u3000 ]{2,}"
    r"|^(?:中共中央|国务院|国务院办公厅|中央军委|[^，。、\s]{2,14}(?:人民政府|委员会|办公厅|办公室))$"
    r"|^[\u4e00-\u9fff](?:[\u3000 ]?[\u4e00-\u9fff]){1,3}[\u3000 ]{2,}\S{2,16}$"
    r"|^(?:\S[\u3000 ]+){3,}\S$"
    r"|^[\d\s.,%％，、\-－—~～/:：()（）]+$"
)


def strip_filler(text: str) -> str:
    """Drop leading time phrases, connectives and bare modals: '未来，要继续推动…' -> '继续推动…'.

    >>> strip_filler("还要强化安全治理"), strip_filler("同时，我们要加快发展")
    ('强化安全治理', '加快发展')
    """
    return text[filler_length(text):]


def filler_length(text: str) -> int:
    """How many leading characters of ``text`` are filler.

    >>> filler_length("同时，我们要加快发展")
    6
    """
    pos = 0
    while m := LEADING_FILLER.match(text, pos):
        if m.end() == pos or m.end() >= len(text) - 1:
            break
        pos = m.end()
    return pos


def skip_adverbs(text: str) -> str:
    """``text`` after up to three leading adverbs or modals (有选择地 and other …地 phrases too).

    >>> skip_adverbs("有选择地淘汰落后产能"), skip_adverbs("应加快建设"), skip_adverbs("有效应对风险")
    ('淘汰落后产能', '建设', '应对风险')
    """
    rest = text
    for _ in range(3):
        word = adverb_start(rest) or ((m := MANNER.match(rest)) and m.group()) or ""
        if not word or len(rest) <= len(word) + 1 or _opens_word(rest, word):
            break
        rest = rest[len(word):]
        if rest.startswith("地") and not NOUN_DI.match(rest, 1):  # 积极稳妥 + 地
            rest = rest[1:]
    return rest


def _opens_word(text: str, adverb: str) -> bool:
    """A one-character adverb that opens a common word of jieba's dictionary is no adverb there (应对, 先进, 都市),
    unless the word after the adverb is commoner still (多|发展, not 多发|展); a rare entry (应加: 3) is not enough."""
    freq = dictionary()[0]
    return len(adverb) == 1 and freq.get(text[:2], 0) >= max(COMMON_WORD, freq.get(text[1:3], 0))


COMMON_WORD = 150  # uses in jieba's dictionary: 应对 184, 应从 144, 应加 3

# A manner phrase 有选择地, 积极稳妥地; not a noun in 地 (耕地, 军地, 易地) nor the start of 地区, 地方, 地位 ….
MANNER = re.compile(
    r"^[\u4e00-\u9fff]{1,3}[^耕土用基碱各林湿草园阵高产属内本两异外腹山田驻源荒场境领营落军央易兵飞沙盆包就因民绿护征等工，。；]地"
    r"(?![区方位带域市理质下上面铁产块标段球貌震图价膜力])(?=[\u4e00-\u9fff]{2})"
)
NOUN_DI = re.compile(r"[区方位带域市理质下上面铁产块标段球貌震图价膜力]")
ADVERB_START = re.compile("|".join(map(re.escape, ADVERBS)))
_ADVERB_OPENINGS = _by_first(ADVERBS)


def adverb_start(text: str) -> str:
    """The adverb or modal that opens ``text`` (what ADVERB_START matches there), or "".

    >>> adverb_start("积极稳妥推进改革"), adverb_start("推进改革")
    ('积极稳妥', '')
    """
    return _opening(text, _ADVERB_OPENINGS)


FRAME = re.compile(r"按照|根据|依照|依据|遵循|贯彻|为指导|精神|要求")  # a clause that frames the actions, none itself
CLAUSE_RUN = re.compile(r"[^，；]+")


def actions_before(text: str, end: int, *, most: int = 4) -> list[re.Match[str]]:
    """The clauses right before ``end`` that state actions, at most ``most``, in their order: the run stops at the
    first clause back that states none or frames them (按照…要求, 以…为指导), so a purpose (为Y提供支撑) is served
    by the actions next to it, never by a preamble.

    >>> text = "以新思想为指导，加强基础研究，实施科技项目，为建设科技强国提供支撑"
    >>> [m.group() for m in actions_before(text, text.index("，为"))]
    ['加强基础研究', '实施科技项目']
    """
    clauses = list(CLAUSE_RUN.finditer(text[:end]))
    run = itertools.takewhile(lambda c: bool(action_start(c.group())) and not FRAME.search(c.group()), reversed(clauses))
    return list(run)[:most][::-1]


def action_start(clause: str) -> str | None:
    """The clause from its action verb on (adverbs kept), or None when it does not state an action.

    >>> action_start("需注重前瞻性布局")
    '注重前瞻性布局'
    >>> action_start("在战略层面") is None
    True
    """
    text = strip_filler(clause.strip())
    probe = skip_adverbs(text) or text
    if probe.startswith(NOT_ACTION_HEADS) or NOT_AN_ACTION.match(probe):
        return None
    if _opening(text, _ACTION_OPENINGS) or _opening(probe, _ACTION_OPENINGS):
        return text
    return None


def is_outcome(text: str) -> bool:
    """A clause that states an end: a subject with an outcome predicate, or a target with a number.

    >>> is_outcome("水资源利用效率明显提升"), is_outcome("城市污水处理率达到95%"), is_outcome("加快建设文化强市")
    (True, True, False)
    """
    return bool(outcome_end(text)) or is_target(text)


def is_target(text: str) -> bool:
    """A quantity to reach: 增长5%以上, 控制在5.5%左右, 达到78岁.

    >>> is_target("规模以上工业增加值年均增长7%"), is_target("推动300家企业上云")
    (True, False)
    """
    return bool(NUMERAL.search(text) and TARGET.search(text))


# ---------------------------------------------------------------- concept terms (kg.extract.terms)

# Head nouns of named things: a verb before one of them is part of the name (生均拨款|制度, 增长|引擎), and a
# phrase ending in one names one thing. Nouns of Chinese administrative and technical vocabulary; each heads
# terms in well over three documents of the corpus (tests/test_cues.py counts them).
TERM_HEADS = _words("""
体系 制度 机制 体制 政策 标准 规划 工程 计划 行动 项目 基金 试点 基地 中心 平台 园区 集群 网络 设施 引擎 模式
战略 方案 产业 技术 企业 机构 组织 团队 学校 院校 市场 示范区 试验区 经济 人才 队伍 资金 经费 证书 补贴 体制
""")

# Heads that name a kind of arrangement and nothing alone (体系, 平台, 工程): never a concept by themselves.
BARE_HEADS = frozenset("""
体系 制度 机制 体制 模式 平台 中心 基地 网络 设施 链条 项目 工程 计划 行动 方案 政策 标准 规划 试点 集群 园区 战略
""".split())

# Attribute nouns (属性名词): closing a phrase they name a measure or aspect of what comes before it
# (职业院校助学金|覆盖面, 技术工人收入|水平, 部门规章|规定: what it stipulates), not a thing of its own. A closed class of Chinese grammar.
ATTRIBUTE_NOUNS = frozenset("""
水平 能力 程度 规模 比重 比例 总数 总量 覆盖面 覆盖率 力度 效能 效率 效益 质效 优势 作用 地位 功能 问题 方面 领域 环节
时间 格局 方向 需求 需要 要求 任务 目标 举措 措施 办法 路径 途径 渠道 体量 能级 品质 活力 动力 潜力 潜能
短板 瓶颈 难题 风险 短缺 不足 现象 情况 状况 局面 态势 趋势 进程 步伐 速度 增速 方式 形式 手段 载体 领先 支撑
年均 人均 决策 基础 底线 规定
""".split())
# Activity nouns: closing a phrase they name what is done to what comes before it (基础设施|建设, 产业结构|升级);
# after a bare two-character noun they make the name of an activity (产业升级, 经济发展).
ACTIVITY_NOUNS = frozenset("""
建设 发展 升级 转型 改造 部署 攻关 推广 实施 推进 提升 培育 布局 优化 壮大 整治 工作
""".split())

# Generic class nouns: a list closed by one of them (A、B等领域, A、B等行业) names areas, not a class of its own.
GENERIC_CLASSES = frozenset("""
行业 领域 方面 环节 地区 部门 单位 产品 问题 工作 措施 主体 群体 方式 形式 内容 项目 产业 要素 资源 手段 渠道 场景 业态
机构 组织 人员 人群 城市 地方 区域 国家 市场 方向 重点 环境 条件 因素 类型 品种 门类 系统 设施
""".split())
# Modifiers of focus and quantity (重点领域, 各个环节, 相关部门): on a generic class noun they still say only where;
# any other modifier makes a class of its own (基础设施, 金融机构, 主栽品种). A closed class of Chinese grammar.
FOCUS_MODIFIERS = frozenset("""
重点 关键 主要 重要 核心 各个 各类 各种 各项 各级 相关 有关 其他 其它 若干 一批 一些 部分 新增 多个 所有
""".split())


# Heads of words naming a quality, standard or arrangement of something (可靠性, 合法权益, 储备体系): Y的X then
# states that X applies to Y.
QUALITY_HEADS = tuple("""性 化 度 率 质量 安全 权益 道德 纪律 标准 制度 体系 机制 政策 水平 能力 效益 待遇 收入 保障
额 费 金 面积 产量 监管""".split())
