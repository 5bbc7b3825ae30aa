"""Where a term begins and ends, judged by the corpus statistics of ontology/termstats.tsv (short hand-written texts)."""

import pytest

from kg.extract.qualities import capacity
from kg.extract.regions import region_words
from kg.extract.terms import Chunk, chunks, flag
from kg.extract.units import units
from kg.text.segment import segmenter
from tests.test_concepts import concepts, facts_of, relations


def assert_kept_not_cut(text: str, kept: str, cut: str) -> None:
    """The concepts of a hand-written text hold ``kept`` and not ``cut``."""
    found = concepts(facts_of(text))
    assert kept in found
    assert cut not in found


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # 发展 after a phrase the corpus names only before such a noun is part of the name
    ("要促进区域协调发展。", "区域协调发展", "区域协调"),
    ("统筹推进经济社会发展。", "经济社会发展", "经济社会"),
    # a verb of joining before 发展 joins two things: the phrase before it is one of them
    ("推动科技创新和产业创新融合发展。", "产业创新", "产业创新融合发展"),
    # a word that makes one phrase with the attribute after it (核心功能, 内生动力) goes with the attribute
    ("增强国有企业核心功能，做强国有企业。", "国有企业", "国有企业核心"),
    ("激发经营主体内生动力，培育经营主体。", "经营主体", "经营主体内生"),
    ("提升工业企业经济效益。提升工业企业经济效益。", "工业企业", "工业企业经济"),
    # not where the phrase before the attribute is itself a term
    ("提高科技创新能力，推动科技创新。", "科技创新", "科技"),
])
def test_a_term_ends_where_the_corpus_names_it_whole(text, kept, cut):
    assert_kept_not_cut(text, kept, cut)


@pytest.mark.parametrize(("bound", "expected"), [
    (True, ["区域协调发展"]),
    (False, ["区域协调"]),
])
def test_units_keep_development_with_a_bound_phrase(bound, expected):
    chunk = Chunk(("区域", "协调", "发展"), ("n", "vn", "vn"), 0)
    found = units(chunk, known=lambda t: 5 if t == "区域协调发展" else 0, bound=lambda t: bound and t == "区域协调")
    assert [u.text for u in found if not u.attribute] == expected


@pytest.mark.parametrize(("partial", "expected"), [
    (True, ["国有企业"]),  # the corpus never names 国有企业核心 whole
    (False, ["国有企业核心"]),
])
def test_units_set_a_modifier_apart_with_its_attribute(partial, expected):
    chunk = Chunk(("国有企业", "核心", "功能"), ("n", "n", "n"), 0)
    known = {"国有企业": 40, "核心功能": 14, "国有企业核心": 2}
    found = units(chunk, known=lambda t: known.get(t, 0), partial=lambda t: partial and t == "国有企业核心")
    assert [u.text for u in found if not u.attribute] == expected


@pytest.mark.parametrize(("bound", "known_whole", "expected"), [
    (True, 25, ["经济体制改革"]),  # the corpus names 经济体制改革牵引 only before such a noun
    (False, 0, ["经济体制改革"]),  # the corpus never names it
    (False, 30, ["经济体制改革牵引"]),  # a phrase of its own
])
def test_units_set_a_verb_apart_with_the_attribute_after_it(bound, known_whole, expected):
    chunk = Chunk(("经济体制", "改革", "牵引", "作用"), ("n", "vn", "v", "v"), 0)
    known = {"经济体制改革": 40, "经济体制改革牵引": known_whole}
    found = units(chunk, known=lambda t: known.get(t, 0), bound=lambda t: bound and t == "经济体制改革牵引")
    assert [u.text for u in found if not u.attribute] == expected


@pytest.mark.parametrize(("whole", "rest", "expected"), [
    (0, 1000, ["高端装备"]),  # a word of the whole country before a term of the lexicon says where
    (3, 1000, ["全国高端装备"]),  # the corpus names the whole: a name of its own
    (0, 0, ["全国高端装备"]),  # no term of the lexicon after it
])
def test_units_leave_out_a_word_of_the_whole_country_before_a_term(whole, rest, expected):
    chunk = Chunk(("全国", "高端装备"), ("n", "dz"), 0)
    known = {"全国高端装备": whole, "高端装备": rest}
    assert [u.text for u in units(chunk, known=lambda t: known.get(t, 0))] == expected


@pytest.mark.parametrize(("text", "kept", "not_kept"), [
    # a list of short tasks, each a one-character verb and its object: the items are concepts
    ("协同推进降碳、减污、扩绿、增长。", ["降碳", "减污", "扩绿"], ["增长"]),
    ("推进控源、截污、清淤，改善水质。", ["控源", "截污"], []),  # 清淤: a word of the dictionary
    # two items only, or items that are words of the dictionary: no tasks
    ("推进减污、扩绿。", [], ["减污", "扩绿"]),
    ("坚持调整、改革、整顿。", [], ["调整", "改革", "整顿"]),
])
def test_a_list_of_short_tasks_names_them(text, kept, not_kept):
    found = concepts(facts_of(text))
    assert set(kept) <= found
    assert not set(not_kept) & found


@pytest.mark.parametrize(("text", "junk", "kept"), [
    # a generic noun of where opening a phrase names no part of the term, however often such fragments occur
    ("加强“卡脖子”领域关键核心技术攻关。", ["领域关键核心技术"], ["关键核心技术"]),
    ("深化重点领域改革，推进重点领域风险防范。", ["领域改革"], []),
])
def test_a_noun_of_where_opens_no_term(text, junk, kept):
    found = concepts(facts_of(text))
    assert not any(j in label for label in found for j in junk), found
    assert set(kept) <= found, found


@pytest.mark.parametrize(("text", "junk", "kept"), [
    # a noun of extent or course closing a phrase names how far the thing goes, not a thing of its own
    ("扩大基本医疗保险覆盖范围，扩大试点范围。", ["覆盖范围", "试点范围", "医疗保险覆盖"], ["基本医疗保险"]),
    ("控制物价上涨幅度。规范专利代理师执业过程。", ["上涨幅度", "执业过程"], []),
    # after a bare noun it may make the name of a scope: the phrase stays whole
    ("核定经营范围，变更经营范围，公示经营范围。", [], ["经营范围"]),
])
def test_a_noun_of_extent_closes_no_term(text, junk, kept):
    found = concepts(facts_of(text))
    assert not any(j in label for label in found for j in junk), found
    assert set(kept) <= found, found


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # a pair the corpus names only as the opening of longer names (国防和军队) opens one name with the phrase after it
    ("全面推进国防和军队现代化。", "国防和军队现代化", "国防"),
    ("继续深化国防和军队改革。", "国防和军队改革", "军队改革"),
    ("推广政府和社会资本合作模式。", "政府和社会资本合作模式", "社会资本合作模式"),
])
def test_two_things_joined_open_one_name_where_the_corpus_says_so(text, kept, cut):
    assert_kept_not_cut(text, kept, cut)


@pytest.mark.parametrize(("text", "expected"), [
    ("推进国防和军队现代化", {1: 0}),
    ("发展群众体育和竞技体育运动", {}),  # two names of one kind
    ("引导宗教与社会主义社会相适应", {}),  # 与 names the partner of a mutual verb
    ("加强国防和军队", {}),  # nothing follows the word after 和
])
def test_joined_pairs(text, expected):
    from kg.extract.terms import chunks
    from kg.extract.units import joined
    from kg.text.segment import segmenter
    pairs = {"国防和军队", "群众体育和竞技", "宗教与社会主义"}
    assert joined(text, chunks(segmenter().tag(text)), lambda pair: pair in pairs) == expected


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # an action verb between a noun and the attribute closing the phrase names the activity the attribute is of
    ("全面提升基层治理效能。", "基层治理", "基层"),
    ("提升知识产权保护水平。", "知识产权保护", "知识产权"),
    # the corpus never names 企业提升 whole: the verb goes with the attribute
    ("增强企业提升能力。", None, "企业提升"),
])
def test_an_activity_before_its_attribute_is_named(text, kept, cut):
    found = concepts(facts_of(text))
    assert kept is None or kept in found
    assert cut not in found


@pytest.mark.parametrize(("words", "tags", "expected"), [
    # an attribute noun before the verb that goes with the closing attribute goes with it too
    (("招投标", "领域", "突出", "问题"), ("j", "n", "v", "n"), ["招投标"]),
    (("招投标", "市场", "突出", "问题"), ("j", "n", "v", "n"), ["招投标市场"]),
])
def test_units_set_attributes_apart_before_a_verb_of_the_attribute(words, tags, expected):
    known = {"招投标": 9, "招投标领域": 3, "招投标市场": 3}
    found = units(Chunk(words, tags, 0), known=lambda t: known.get(t, 0))
    assert [u.text for u in found if not u.attribute] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word of the whole country before an adjective scopes the phrase after it: one chunk
    ("拓展实施国家重大科技项目。", "国家重大科技项目"),
    ("服务国家重大战略。", "国家重大战略"),
    # a superlative compares within the country: it opens the phrase
    ("建成全国最大天然气生产基地。", "全国"),
])
def test_a_word_of_the_whole_country_opens_a_phrase_before_an_adjective(text, expected):
    assert expected in [c.text for c in chunks(segmenter().tag(text))]


def test_a_scoped_name_the_corpus_attests_stays_whole():
    found = concepts(facts_of("加强应用研究，拓展实施国家重大科技项目。"))
    assert "国家重大科技项目" in found
    assert "重大科技项目" not in found


@pytest.mark.parametrize(("text", "expected"), [
    # 可 and a verb (-able) modify the noun after them; a verb right after them is that noun (收入: income)
    ("城镇居民人均可支配收入增长6%。", "城镇居民人均可支配收入"),
    ("推广使用可降解材料。", "可降解材料"),
    # 实际 before a predicate says in real terms: no word of the phrase before it
    ("居民收入实际增长。", "居民收入"),
])
def test_words_jieba_tags_against_their_use_in_policy_text(text, expected):
    assert expected in [c.text for c in chunks(segmenter().tag(text))]


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # the noun after 全体 is what it quantifies; the well-attested term after that noun is the name
    ("扎实推进全体人民共同富裕。", "共同富裕", "人民共同富裕"),
    # not where what follows is a bare word (党员干部 names the people)
    ("团结全体党员干部。", "党员干部", "干部"),
])
def test_a_term_after_the_noun_a_determiner_quantifies(text, kept, cut):
    assert_kept_not_cut(text, kept, cut)


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # a verb of motion toward a goal is a predicate, whatever jieba tags it: the subject and the goal are two terms
    ("推动纺织产业迈向全球价值链中高端。", "纺织产业", "纺织产业迈向全球价值链"),
    ("推动纺织产业迈向全球价值链中高端。", "全球价值链", "纺织产业迈向全球价值链"),
    ("高校要面向产品全生命周期开展研究。", "产品全生命周期", "面向产品全生命周期"),
    ("推动茶叶产业走向世界，面向市场发展有机农业。", "有机农业", "面向市场发展有机农业"),
    ("推动茶叶产业走向世界，面向市场发展有机农业。", "有机农业", "茶叶产业走向世界"),
    # the verb after what 向 points at is the clause's predicate
    ("推动普通本科高校向应用型转变，推动公共服务向基层延伸。", "公共服务", "应用型转变"),
    ("推动普通本科高校向应用型转变，推动公共服务向基层延伸。", "公共服务", "基层延伸"),
    # a quality before an activity noun says which activity it is; the noun before it is what undergoes it
    ("推进钢铁行业绿色低碳转型。", "绿色低碳转型", "行业绿色低碳"),
    ("加快医院信息化建设。", "信息化建设", "医院信息化"),
    # 规定 after a law or an authority is what it stipulates (an attribute of it, as 要求 is), no part of its name
    ("遵守部门规章规定的程序。", "部门规章", "部门规章规定"),
    # an action verb between a place and a term acts on the term: no word of it
    ("支持贫困地区发展特色农产品。", "特色农产品", "发展特色农产品"),
    # a verb and its object that jieba's dictionary tags a person's name (申请专利) are a predicate; 以…名义 is a frame
    ("专利代理机构不得以他人名义申请专利。以他人名义申请专利的，予以警告；以个人名义申请专利。", "专利代理机构",
     "名义申请专利"),
    ("专利代理机构不得以他人名义申请专利。以他人名义申请专利的，予以警告；以个人名义申请专利。", "专利代理机构", "名义"),
])
def test_a_predicate_or_a_kind_of_activity_ends_the_term_before_it(text, kept, cut):
    assert_kept_not_cut(text, kept, cut)


@pytest.mark.parametrize(("quality", "expected"), [
    (True, ["行业", "绿色低碳转型"]),  # the corpus names 绿色低碳 mostly as a kind
    (False, ["行业绿色低碳"]),
])
def test_units_give_a_quality_to_the_activity_after_it(quality, expected):
    chunk = Chunk(("行业", "绿色低碳", "转型"), ("n", "dz", "n"), 0)
    known = {"行业": 90, "绿色低碳": 47, "绿色低碳转型": 18}
    found = units(chunk, known=lambda t: known.get(t, 0), quality=lambda t: quality and t == "绿色低碳")
    assert [u.text for u in found if not u.attribute] == expected


PRACTISING = "资产评估机构应当依法执业。资产评估师应当具备专业能力，资产评估师应当诚实守信。资产评估师执业应当恪守职业道德、执业纪律。"


@pytest.mark.parametrize(("kept", "cut"), [
    ("资产评估师", "资产评估师执业"),  # 执业 stands after 依法 in the text: a verb, not the head of a name
    ("执业纪律", "执业"),
])
def test_a_noun_the_text_uses_as_a_verb_closes_no_term(kept, cut):
    assert_kept_not_cut(PRACTISING, kept, cut)


def test_what_a_subject_keeps_as_it_acts_applies_to_it():
    assert ("职业道德", "appliesTo", "资产评估师") in relations(facts_of(PRACTISING))


@pytest.mark.parametrize(("text", "term", "named"), [
    # an item of a verbal noun and a noun next to a verb and its object is an action too: items are of one kind
    ("有效塑造态势、管控危机、遏制战争。", "管控危机", False),
    # items that share their noun name kinds of one thing
    ("推广洗煤设备、炼焦设备、轧钢设备。", "炼焦设备", True),
])
def test_a_list_of_actions_names_no_term(text, term, named):
    assert (term in concepts(facts_of(text))) is named


@pytest.mark.parametrize(("word", "tag", "expected"), [
    ("未办理", "n", "X"),  # a negated verb never stands in a term
    ("未成年", "n", "n"),  # 成年 is no verb of the dictionary
    ("申请专利", "nr", "v"),  # a verb and its object, not a name
    ("面向市场", "n", "X"),  # a verb of direction and its goal
])
def test_flags_of_words_jieba_tags_as_nouns(word, tag, expected):
    assert flag(word, tag) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an action verb between a noun and a head of arrangements names the arrangement's purpose: one name
    ("完善价格形成机制", ["价格形成机制"]),
    ("实施青年技能提升计划", ["青年技能提升计划"]),
    ("设立产业投资引导基金", ["产业投资引导基金"]),
    ("建设科技创新平台", ["科技创新平台"]),
    # not after a word that is no noun: the verb acts on the arrangement
    ("完善机制", ["机制"]),
    # nor a dummy verb, which carries the action its object names
    ("城市进行试点", ["城市", "试点"]),
    # nor a head a clause acts on as often as it names it
    ("地区承接产业转移", ["地区", "产业转移"]),
])
def test_a_verb_before_a_head_of_arrangements_names_its_purpose(text, expected):
    assert [c.text for c in chunks(segmenter().tag(text))] == expected


def test_a_named_programme_is_one_concept():
    assert_kept_not_cut("实施青年技能提升计划。", "青年技能提升计划", "青年技能")


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # a verb or an adjective and 力 name a capacity of the thing before it, as 能力 does: an attribute, no part of its name
    ("增强职业教育吸引力。", "职业教育", "职业教育吸引力"),
])
def test_a_capacity_closing_a_phrase_is_its_attribute(text, kept, cut):
    assert_kept_not_cut(text, kept, cut)


@pytest.mark.parametrize(("word", "expected"), [
    ("吸引力", True),
    ("执行力", True),
    ("劳动力", False),  # a verbal noun and 力: a thing (the workforce)
    ("生产力", False),
])
def test_capacities_are_told_from_things_in_li(word, expected):
    assert capacity(word) is expected


@pytest.mark.parametrize(("words", "tags", "expected"), [
    # an action verb opening a phrase acts on the attested term after it: no word of the term
    (("发展", "民生", "事业"), ("vn", "n", "n"), ["民生事业"]),
    # not where the corpus names the verb with the word after it, nor before a head of named things
    (("建设", "资金", "账户"), ("vn", "n", "n"), ["建设资金账户"]),
    (("发展", "民生", "基金"), ("vn", "n", "n"), ["发展民生基金"]),
])
def test_units_leave_out_an_action_opening_a_phrase(words, tags, expected):
    known = {"民生事业": 10, "民生基金": 4, "建设资金": 9, "资金账户": 6}
    found = units(Chunk(words, tags, 0), known=lambda t: known.get(t, 0))
    assert [u.text for u in found if not u.attribute] == expected


@pytest.mark.parametrize(("text", "kept", "junk"), [
    # a word that names a county too (平安), before a province, is no place opening the phrase: a programme's name
    ("推进平安甘肃、法治甘肃建设。", "平安甘肃", "甘肃"),
    ("建设平安四川。", "平安四川", "四川"),
    # a place opening a phrase before a term is where the term is done
    ("推进张掖乡村振兴。", "乡村振兴", "张掖乡村振兴"),
])
def test_a_place_name_before_a_place_opens_a_programme_name(text, kept, junk):
    found = concepts(facts_of(text))
    assert kept in found
    assert junk not in found


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # a head of named things the tagger reads as a verb (组织), closing a phrase with no object after it, is its head
    ("扶持家庭农场和农民合作组织。", "农民合作组织", "农民合作"),
    ("支持行业协会和志愿服务组织、慈善组织发展。", "志愿服务组织", "志愿服务"),
    ("培育一批技能评价组织。", "技能评价组织", "技能评价"),
])
def test_a_head_read_as_a_verb_closes_the_name(text, kept, cut):
    assert_kept_not_cut(text, kept, cut)


@pytest.mark.parametrize(("text", "junk"), [
    # before its object the same word acts: the body before it is the subject, no name with it
    ("由省政府组织有关部门实施。", "省政府组织"),
    ("市政府组织各区开展。", "市政府组织"),
])
def test_a_head_before_its_object_acts(text, junk):
    assert junk not in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # a kind of region opening a phrase before a term the corpus names alone: a place and the term, even where the
    # text repeats the whole
    ("要帮助民族地区乡镇企业提高效益。扶持民族地区乡镇企业。", "乡镇企业", "民族地区乡镇企业"),
    ("办好边远地区义务教育。保障边远地区义务教育。", "义务教育", "边远地区义务教育"),
    # the first item of a list the region scopes
    ("推广民族地区绿色食品、有机食品、无公害农产品。", "绿色食品", "民族地区绿色食品"),
])
def test_a_region_opening_a_term_is_no_part_of_it(text, kept, cut):
    assert_kept_not_cut(text, kept, cut)


REGION_KNOWN = {"民族地区": 9, "特色产业": 12, "经济发展战略": 6, "不同地区": 5, "农产品": 40}


@pytest.mark.parametrize(("words", "flags", "expected"), [
    (["民族", "地区", "特色产业"], ["n", "n", "n"], 2),
    (["民族地区", "经济发展战略"], ["n", "n"], 0),  # a programme the region names
    (["不同", "地区", "特色产业"], ["a", "n", "n"], 0),  # which regions, no kind of region
    (["民族地区", "农产品", "生产"], ["n", "n", "vn"], 0),  # an activity, cut elsewhere
    (["民族地区", "产业"], ["n", "n"], 0),  # a bare generic noun after it: 民族地区产业 says where
])
def test_the_words_of_a_kind_of_region_opening_a_phrase(words, flags, expected):
    assert region_words(words, flags, lambda t: REGION_KNOWN.get(t, 0)) == expected


def test_units_set_a_kind_of_region_apart():
    found = units(Chunk(("民族", "地区", "特色产业"), ("n", "n", "n"), 0), known=lambda t: REGION_KNOWN.get(t, 0))
    assert [u.text for u in found if not u.attribute] == ["民族地区", "特色产业"]


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # a word of praise before a term rates the things named, no kind of them
    ("为群众提供优质医疗服务。", "医疗服务", "优质医疗服务"),
    ("表彰一批优秀技术人员。", "技术人员", "优秀技术人员"),
    # not where the corpus names the whole
    ("传承发展中华优秀传统文化。", "优秀传统文化", "传统文化"),
    # a word of praise closing a phrase rates the term before it
    ("推进职业教育优质均衡发展。", "职业教育", "职业教育优质"),
    # the text names the rated thing alone elsewhere, though the corpus may not
    ("打造一批优秀乡村旅游合作组织。要扶持乡村旅游合作组织。", "乡村旅游合作组织", "优秀乡村旅游合作组织"),
])
def test_a_word_of_praise_is_no_part_of_a_term(text, kept, cut):
    assert_kept_not_cut(text, kept, cut)


@pytest.mark.parametrize(("words", "expected"), [
    (("优秀", "乡村教师"), ["乡村教师"]),
    (("优质", "服务"), ["优质服务"]),  # a bare word after it: the phrase says what kind of service
])
def test_units_drop_a_word_of_praise(words, expected):
    known = {"乡村教师": 6, "服务": 90}
    found = units(Chunk(words, ("a", "n")[:len(words)], 0), known=lambda t: known.get(t, 0))
    assert [u.text for u in found if not u.attribute] == expected
