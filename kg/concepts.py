"""Concepts, the statements that mention them, typed relations between them, and indicators.

Concepts come from the domain lexicon (through our own jieba tokenizer) and
from enumerations "X、Y、Z等W", whose members are narrower than W. Generic
words never become concepts. Relations carry the sentence that states them.

>>> from kg.extract import extract_document
>>> from kg.model import Source
>>> doc = extract_document(Source("a.txt", "发展新技术\\n\\n张三 李四\\n\\n一是突破关键技术。要加强高端轴承、精密减速器等关键零部件攻关。"))
>>> sorted(c.label for c in doc.concepts)
['关键零部件', '精密减速器', '高端轴承']
>>> [(x.source, x.relation, x.target) for x in doc.articles[0].concept_links][:2]
[('关键零部件', 'hasMember', '高端轴承'), ('关键零部件', 'hasMember', '精密减速器')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from kg.lexicon import Lexicon
from kg.model import ArticleFacts, Concept, ConceptLink, Indicator, Mention, Paragraph, Span, Statement
from kg.segment import Segmenter
from kg.sentences import TRIM, Sentence, split_sentences

JUNK = set("""
发展 加快 推动 提升 加强 推进 方面 一是 二是 三是 四是 五是 作者 本版编辑 编辑 美编 来稿邮箱 邮箱 我们 我国
问题 水平 能力 一方面 另一方面 目前 当前 同时 进一步 重要 必须 需要 明确提出 领域 行业 产业 环节 工作 建设
体系 机制 制度 政策 措施 举措 任务 目标 要求 作用 地位 基础 形势 条件 环境 方式 手段 途径 方向 重点 关键 核心
经济 社会 国家 政府 企业 人民 群众 部门 地方 地区 单位 主体 市场 资源 服务 产品 技术 项目 活动 规模 质量 效益
全国 世界 全球 国际 中国 各地 各级 有关 相关 其他 以上 以下 主要 若干 一批 一些 部分 所有 各类 多种 一系列
标准 研发 低碳 节能 节水 应用 创新 设计 管理 生产 制造 研究 开发 推广 改革 开放 安全 治理 合作 交流 人才 资金
金融 科技 教育 文化 健康 就业 消费 投资 贸易 物流 商贸 旅游 养老 医疗 交通 能源 环保 材料 装备 软件 数据
事业 信息 工程 绿色 数字 重点群体 群体 基础设施 行动 计划 示范
政治 中心 区域 利用 战略 结构 体制 功能 模式 试点 风险 优势 业态 规划 指标 机构 一体化 专项 设施 人员 规范
文件 思想 落地 形式 监管 平台 网络 城市 设施建设 基础设施建设 融合发展 专项行动 重大项目 项目建设
""".split())
GENERIC_TAIL = ("领域", "方面", "环节", "等", "行业", "产业")
NOUNISH = ("n", "nz", "vn", "nt", "ns", "nr", "eng", "an", "j", "l", "ng", "nrt", "nrfg", "mq")
SKIP_HEAD = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "ad", "vd", "t", "x", "uj", "ul", "y", "zg")
ENUM = re.compile(r"((?:[^、，。；：！？“”（）()]{1,16}、)+[^、，。；：！？“”（）()]{1,16})等([^，。；：、“”（）()]{1,10})")
GAP = re.compile(r"在([^，。；]{2,60}?)等(?:领域|方面|环节|行业)(?:[^，。；]{0,6})(?:表现明显|存在差距|差距明显|较为突出|问题突出)")
FUSE = re.compile(r"([^，。；]{2,20}?)(?:与|和|同)([^，。；]{2,24}?)(?:深度|有机|加速|协同)?融合")
DRIVES = re.compile(r"([^，。；]{2,20}?)(?:是|成为|作为)([^，。；]{2,30}?)的(?:核心推动力|重要引擎|新引擎|驱动力|重要驱动力|推动力)")
NUMBER = re.compile(
    r"(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?\s*(标准机架|千瓦|个百分点|%|％|元|人|吨|公里|平方公里|亩|台|家|个|项|所|套|辆|架|户)"
)
YEAR = re.compile(r"(到|截至|至|在)?\s*(\d{4})年")
KIND_BY_HEAD = (("技术", "Technology"), ("芯片", "Technology"), ("算法", "Technology"), ("模型", "Technology"),
                ("软件", "Technology"), ("材料", "Industry"), ("产业", "Industry"), ("行业", "Industry"),
                ("设施", "Infrastructure"), ("中心", "Infrastructure"), ("平台", "Infrastructure"),
                ("网络", "Infrastructure"), ("企业", "Actor"), ("机构", "Actor"), ("部", "Actor"),
                ("委", "Actor"), ("局", "Actor"), ("会议", "PolicyEvent"), ("大会", "PolicyEvent"),
                ("倡议", "PolicyEvent"), ("率", "IndicatorConcept"))


def is_junk(label: str) -> bool:
    """Words that never become concepts: generic verbs and nouns, numbers, e-mail addresses.

    >>> is_junk("发展"), is_junk("问题"), is_junk("jrbll@sina.com"), is_junk("工业互联网")
    (True, True, True, False)
    """
    text = label.strip()
    return (len(text) < 2 or text in JUNK or "@" in text or bool(re.fullmatch(r"[\d.%％]+", text))
            or bool(re.match(r"^[一二三四五六七八九十]+是$", text)) or len(text) > 16)


def guess_kind(label: str) -> str:
    return next((kind for tail, kind in KIND_BY_HEAD if label.endswith(tail)), "PolicyTerm")


@dataclass
class _Collector:
    lexicon: Lexicon
    segmenter: Segmenter
    article_key: str
    concepts: dict[str, Concept] = field(default_factory=dict)
    links: dict[tuple[str, str, str], ConceptLink] = field(default_factory=dict)

    def concept(self, surface: str, kind: str | None = None) -> str | None:
        label = self.lexicon.canonical(surface) or surface
        if is_junk(label):
            return None
        if label not in self.concepts:
            lex_kind = self.lexicon.kind(label)
            aliases = self.lexicon.aliases(label)
            self.concepts[label] = Concept(label, lex_kind or kind or guess_kind(label), aliases)
        return label

    def link(self, a: str | None, relation: str, b: str | None, evidence: Span) -> None:
        if a and b and a != b and (b, relation, a) not in self.links:
            self.links.setdefault((a, relation, b), ConceptLink(a, b, relation, evidence, self.article_key))

    def found(self, text: str) -> list[str]:
        """Lexicon concepts named in ``text``, in order of appearance."""
        return [label for label in self.lexicon.find(text) if not is_junk(label)]

    def known_in(self, text: str) -> list[str]:
        """Every concept collected so far (lexicon or not) named in ``text``."""
        hits = {c for c in self.concepts if c in text}
        hits |= {c.label for c in self.concepts.values() for a in c.aliases if a and a in text}
        hits |= set(self.found(text))
        return sorted(hits, key=lambda c: (text.find(c) if c in text else len(text), c))


def extract_concepts(facts: ArticleFacts, *, lexicon: Lexicon, segmenter: Segmenter) -> tuple[ArticleFacts, tuple[Concept, ...]]:
    """Add mentions, concept links and indicators to one article's facts (pure)."""
    col = _Collector(lexicon, segmenter, facts.article.key)
    for para in facts.article.paragraphs:
        for sentence in split_sentences(para):
            _sentence(col, para, sentence)
    for st in facts.statements:
        for label in col.found(st.label):
            col.concept(label)
    mentions = tuple(Mention(st.key, c) for st in facts.statements for c in col.known_in(st.label)
                     if c in col.concepts)
    _structure_links(col, facts, mentions)
    _suffix_links(col, facts)
    indicators = tuple(i for para in facts.article.paragraphs for i in _indicators(col, para))
    out = replace(facts, mentions=mentions, concept_links=tuple(col.links.values()), indicators=indicators)
    return out, tuple(col.concepts[k] for k in sorted(col.concepts))


def _sentence(col: _Collector, para: Paragraph, sentence: Sentence) -> None:
    evidence = sentence.span
    text = sentence.text
    for label in col.found(text):
        col.concept(label)
    for m in ENUM.finditer(text):
        _enumeration(col, m, evidence)
    for m in GAP.finditer(text):
        members = [c for c in (_member(col, x) for x in m.group(1).split("、")) if c]
        subject = _gap_subject(col, text[: m.start()], members)
        for member in members:
            col.link(subject, "gapShowsIn", col.concept(member), evidence)
    for m in FUSE.finditer(text):
        for a in col.found(m.group(1))[-1:]:
            for b in col.found(m.group(2)):
                col.link(col.concept(a), "integratesWith", col.concept(b), evidence)
    for m in DRIVES.finditer(text):
        for a in col.found(m.group(1))[-1:]:
            for b in col.found(m.group(2))[:1]:
                col.link(col.concept(a), "drives", col.concept(b), evidence)


def _member(col: _Collector, raw: str) -> str | None:
    """The noun phrase at the end of an enumeration member: '加强机器学习算法' -> '机器学习算法'."""
    tags = col.segmenter.tag(raw.strip(TRIM))
    while tags and (tags[0][1] in SKIP_HEAD or tags[0][1].startswith("v") or tags[0][0] in JUNK):
        tags = tags[1:]
    text = "".join(w for w, _ in tags)
    if not tags or (tags[-1][1] not in NOUNISH and col.lexicon.canonical(text) is None):
        return None
    return None if is_junk(text) or len(text) > 10 else text


def _enumeration(col: _Collector, m: re.Match[str], evidence: Span) -> None:
    members = [x for x in (_member(col, raw) for raw in m.group(1).split("、")) if x]
    if len(members) < 2:
        return
    head_tags = col.segmenter.tag(m.group(2))
    head = ""
    for word, flag in head_tags:
        if flag in NOUNISH or col.lexicon.canonical(word):
            head += word
        else:
            break
    generic = head.startswith(GENERIC_TAIL) or (head.endswith(GENERIC_TAIL) and len(head) <= 4)
    category = None if is_junk(head) or generic else head
    kind = guess_kind(head) if head else None
    labels = [col.concept(x, kind) for x in members]
    category_label = col.concept(category, "PolicyTerm") if category else None
    for label in labels:
        col.link(category_label, "hasMember", label, evidence)
    hypernyms = {h for x in labels if x for h in col.concepts if h != x and x.endswith(h) and len(h) >= 2}
    for hyper in sorted(hypernyms):
        for label in labels:
            if label and not label.endswith(hyper):
                col.link(hyper, "hasMember", label, evidence)


def _gap_subject(col: _Collector, before: str, members: list[str]) -> str | None:
    found = [c for c in col.found(before) if c not in members]
    indicator = [c for c in found if col.lexicon.kind(c) == "IndicatorConcept"]
    return (indicator or found)[-1] if indicator or found else None


def _section_of(facts: ArticleFacts) -> dict[str, list[str]]:
    """section goal key -> keys of every statement under it."""
    below: dict[str, list[str]] = defaultdict(list)
    for s in facts.supports:
        below[s.target].append(s.source)
    out = {}
    for st in facts.statements:
        if st.level == "section":
            seen, stack = [], [st.key]
            while stack:
                for child in below.get(stack.pop(), []):
                    if child not in seen:
                        seen.append(child)
                        stack.append(child)
            out[st.key] = seen
    return out


def _structure_links(col: _Collector, facts: ArticleFacts, mentions: tuple[Mention, ...]) -> None:
    by_key: dict[str, Statement] = {s.key: s for s in facts.statements}
    named: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        named[m.statement].append(m.concept)
    for section, members in _section_of(facts).items():
        for theme in named.get(section, []):
            for key in members:
                for c in named.get(key, []):
                    if col.concepts[c].kind in ("Technology", "Infrastructure", "Industry") and c != theme:
                        col.link(theme, "reliesOn", c, by_key[key].evidence)
    root = next((s for s in facts.statements if s.level == "article"), None)
    if root:
        served = [s.target for s in facts.supports if s.source == root.key]
        sections = [s.source for s in facts.supports if s.target == root.key and by_key[s.source].level == "section"]
        for target in served:
            for whole in named.get(target, []):
                for section in sections:
                    for pillar in named.get(section, []):
                        col.link(whole, "hasPillar", pillar, by_key[section].evidence)
    for s in facts.supports:
        if s.relation in ("purpose", "means"):
            for a in named.get(s.source, [])[:2]:
                for b in named.get(s.target, [])[:2]:
                    col.link(a, "drives", b, s.evidence)


def _suffix_links(col: _Collector, facts: ArticleFacts) -> None:
    """生成式人工智能 is a kind of 人工智能; 算力基础设施 concerns 算力."""
    text = "".join(p.text for p in facts.article.paragraphs)
    labels = sorted(col.concepts)
    for a in labels:
        for b in labels:
            if a == b or len(a) < 2 or a not in b:
                continue
            para = next((p for p in facts.article.paragraphs if b in p.text), None)
            if para is None or b not in text:
                continue
            i = para.text.index(b)
            sentence = next((s for s in split_sentences(para) if s.start <= i < s.end), None)
            if sentence is None:
                continue
            relation = "hasMember" if b.endswith(a) else "concerns"
            col.link(a, relation, b, sentence.span)


def _indicators(col: _Collector, para: Paragraph) -> list[Indicator]:
    out = []
    for sentence in split_sentences(para):
        years = YEAR.findall(sentence.text)
        for clause in sentence.clauses:
            for m in NUMBER.finditer(clause.text):
                concepts = [c for c in col.found(clause.text[: m.start()]) if c in col.concepts]
                if not concepts:
                    continue
                marker, year = (years[0] if years else ("", None))
                target = marker == "到" or "力争" in sentence.text or "目标" in sentence.text
                value = m.group(1) + (m.group(2) or "")
                out.append(Indicator(concepts[-1], value, m.group(3), year, target,
                                     clause.span, col.article_key))
    return out
