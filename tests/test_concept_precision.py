"""Concept precision: cut words, fragments of clauses and words of every text that are no concepts (short
hand-written texts)."""

import pytest

from kg.extract.frames import framed
from kg.extract.qualities import rated_outcome
from kg.extract.terms import Chunk, chunks
from kg.extract.units import units
from kg.text.segment import segmenter
from tests.test_concepts import concepts, facts_of


@pytest.mark.parametrize(("words", "expected"), [
    # 气候变化 ends in 化 as a word (变化), not as a suffix of quality: a term may end there
    (("气候变化", "共识"), ["气候变化", "共识"]),
    # 标准化 is a quality on the noun after it: no cut after it
    (("标准化", "算力"), ["标准化算力"]),
])
def test_a_word_ending_like_a_suffix_may_close_a_term(words, expected):
    known = {"气候变化": 17, "共识": 25, "标准化": 30, "算力": 20}
    chunk = Chunk(words, ("n", "n"), 0)
    assert [u.text for u in units(chunk, known=lambda t: known.get(t, 0))] == expected


@pytest.mark.parametrize(("text", "junk"), [
    ("各方要凝聚应对气候变化共识。", "气候变化共识"),
])
def test_no_term_runs_past_a_word_ending_like_a_suffix(text, junk):
    assert junk not in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "kept", "junk"), [
    # 劳动力 is one word: no attribute noun 动力 is cut from it
    ("要吸纳农村剩余劳动力。", "农村剩余劳动力", "农村剩余劳"),
])
def test_no_attribute_noun_is_cut_out_of_a_word(text, kept, junk):
    assert_kept_not_junk(text, kept, junk)



@pytest.mark.parametrize(("text", "expected"), [
    # 实现 and 保持 need an object: what follows them is what a subject attains or keeps, no word of its name
    ("要确保农村贫困人口实现脱贫", ["农村贫困人口"]),
    ("全省工业企业实现利润增长", ["工业企业", "利润增长"]),
    ("要保持经济持续健康发展", ["经济", "健康发展"]),
    # before a head of arrangements the verb names what the arrangement is for; closing a phrase it names the activity
    ("完善生态产品价值实现机制", ["生态产品价值实现机制"]),
    ("推动生态产品价值实现", ["生态产品价值实现"]),
])
def test_a_verb_of_attainment_stands_in_a_phrase_only_before_its_head(text, expected):
    assert [c.text for c in chunks(segmenter().tag(text))] == expected


@pytest.mark.parametrize(("words", "tags", "expected"), [
    # a generic noun of where inside a phrase the corpus does not name whole ends the field's name
    (("农业", "领域", "中试", "基地"), ("n", "n", "n", "n"), ["农业", "中试基地"]),
    (("工业", "领域", "关键", "技术"), ("n", "n", "n", "n"), ["工业", "关键技术"]),
    # not after a modifier: 新领域 is a field of its own
    (("新", "领域", "新", "赛道"), ("a", "n", "a", "n"), ["新领域新赛道"]),
])
def test_a_noun_of_where_inside_a_phrase_ends_the_field(words, tags, expected):
    known = {"农业": 90, "中试基地": 5, "工业": 90, "关键技术": 20}
    chunk = Chunk(words, tags, 0)
    assert [u.text for u in units(chunk, known=lambda t: known.get(t, 0))] == expected


def test_a_phrase_the_corpus_names_whole_keeps_its_noun_of_where():
    chunk = Chunk(("制造业", "领域", "外资", "准入"), ("n", "n", "n", "n"), 0)
    assert [u.text for u in units(chunk, known=lambda t: 7 if t == "制造业领域外资准入" else 0)] == ["制造业领域外资准入"]


@pytest.mark.parametrize(("text", "kept", "junk"), [
    # a list of such words is said of the thing after the last of them, as a list of qualities in 化 is
    ("建设知识型、技能型、创新型职工队伍。", "职工队伍", "知识型"),
    ("建设知识型、技能型、创新型职工队伍。", "职工队伍", "创新型职工队伍"),
])
def test_a_word_of_kind_is_no_concept(text, kept, junk):
    assert_kept_not_junk(text, kept, junk)


@pytest.mark.parametrize(("words", "expected"), [
    # a word of kind (X型, X式) alone names nothing: it says of what kind the thing after it is
    (("应用型",), []),
    (("内涵式",), []),
    (("模型",), ["模型"]),  # a noun of its own
    (("应用型", "高校"), ["应用型高校"]),
])
def test_units_leave_out_a_word_of_kind_alone(words, expected):
    chunk = Chunk(words, ("n",) * len(words), 0)
    assert [u.text for u in units(chunk, known=lambda t: 5) if not u.attribute] == expected


@pytest.mark.parametrize(("words", "expected"), [
    # the corpus names 经济社会 mostly before 发展: standing where no such noun follows, it is a cut modifier
    (("经济社会",), []),
    (("经济社会", "发展"), ["经济社会发展"]),
    # a goal in 化 names an end by itself
    (("军队", "现代化"), ["军队现代化"]),
])
def test_a_modifier_the_corpus_names_before_its_head_is_no_term_alone(words, expected):
    bound = {"经济社会", "军队现代化"}.__contains__
    chunk = Chunk(words, ("n",) * len(words), 0)
    found = units(chunk, known=lambda t: 26, bound=bound)
    assert [u.text for u in found if not u.attribute] == expected


def test_a_place_before_a_bound_modifier_keeps_its_activity():
    bound = {"经济社会"}.__contains__
    chunk = Chunk(("广东", "经济社会", "发展"), ("ns", "n", "vn"), 0)
    known = {"经济社会": 26, "经济社会发展": 90}
    found = units(chunk, known=lambda t: known.get(t, 0), bound=bound, place={"广东"}.__contains__)
    assert [u.text for u in found if not u.attribute] == ["经济社会发展"]


@pytest.mark.parametrize(("text", "word"), [
    # words of sameness and correspondence point back at another thing: no phrase holds them
    ("毕业生享受同等待遇", "同等"),
    ("同等条件下优先采购", "同等"),
    ("给予相应补贴", "相应"),
    ("享受同等政策", "同等"),
])
def test_a_word_of_sameness_opens_no_phrase(text, word):
    assert not [c.text for c in chunks(segmenter().tag(text)) if word in c.text]


@pytest.mark.parametrize(("text", "word"), [
    # a suffix of quality jieba glued to the word after it goes back to the word before it
    ("推动产业集群化发展", "产业集群化"),
    ("推动农业集群化发展", "集群化"),
    ("建立常态化机制", "常态化"),
])
def test_a_suffix_of_quality_stays_with_its_word(text, word):
    assert word in segmenter().words(text)


def test_a_measure_listed_with_things_is_no_concept_of_their_kind():
    found = concepts(facts_of("今年棉花播种面积和产量有较大增长，油料、糖料、肉类和产量都有增加。"))
    assert {"油料", "糖料", "肉类"} <= found
    assert "产量" not in found


@pytest.mark.parametrize(("text", "kept", "junk"), [
    # a set phrase of a verb or an adjective closed by an adjective states; jieba's dictionary tags some nouns
    ("今年全省社会大局保持稳定。", "社会大局", "社会大局保持稳定"),
    ("全省环境综合治理成效显著。", "环境综合治理", "环境综合治理成效显著"),
])
def test_a_set_phrase_that_states_closes_no_term(text, kept, junk):
    assert_kept_not_junk(text, kept, junk)


def assert_kept_not_junk(text: str, kept: str, junk: str) -> None:
    found = concepts(facts_of(text))
    assert kept in found
    assert junk not in found


@pytest.mark.parametrize(("text", "kept", "junk"), [
    # a list item closed by an activity noun after a thing of three characters or more names what is done to the
    # thing: the thing is the concept, the item no member of the list's kind
    ("推动中小企业工艺流程优化、技术装备改造升级。", "工艺流程", "中小企业工艺流程优化"),
    ("推动革命老区振兴发展、资源型地区转型发展和民族地区全面发展。", "资源型地区", "资源型地区转型发展"),
    ("加快高标准农田建设、农田水利建设和农村公路建设。", "高标准农田", "高标准农田建设"),
    # items that name things stay members
    ("抓好油料、糖料、肉类和水产品。", "糖料", "抓好油料"),
])
def test_a_list_item_that_names_an_activity_is_no_member_made_a_concept(text, kept, junk):
    assert_kept_not_junk(text, kept, junk)


@pytest.mark.parametrize(("text", "kept", "junk"), [
    # an action verb and a kind of document say what a document is for, not which one
    ("各省要在年底前制定实施方案，报送农业农村部。", "农业农村部", "实施方案"),
    ("研究提出财税体制等改革方案和配套措施。", "财税体制", "改革方案"),
    ("鼓励企业为中小企业提供数字化解决方案。", "中小企业", "解决方案"),
    # a document's title names it
    ("各地要落实《乡村产业振兴实施方案》。", "乡村产业振兴实施方案", "实施方案"),
])
def test_a_kind_of_document_with_the_action_it_is_for_names_no_document(text, kept, junk):
    assert_kept_not_junk(text, kept, junk)


@pytest.mark.parametrize(("text", "kept", "junk"), [
    # words after a quoted name that close with an attribute noun say what it is to something, not its kind
    ("发挥“一带一路”交汇点优势。", "一带一路", "一带一路交汇点优势"),
    ("着力解决好“看病难看病贵”问题。", "看病难看病贵", "看病难看病贵问题"),
    ("构建“一核两翼”区域发展格局。", "一核两翼", "一核两翼区域发展格局"),
    # a head of named things after it names its kind
    ("坚持“菜篮子”市长负责制。", "菜篮子市长负责制", "市长负责制问题"),
])
def test_a_quoted_name_takes_no_attribute_noun_as_its_kind(text, kept, junk):
    assert_kept_not_junk(text, kept, junk)


@pytest.mark.parametrize(("text", "junk"), [
    # a word right after the verb of each item of a list of tasks is what the task acts on, no name the text uses
    ("盘活存量、培育增量、增强动能。要盘活存量、培育增量。要盘活存量。", "存量"),
    ("改善民生、凝聚人心。改善民生、凝聚人心。改善民生、凝聚人心。", "人心"),
])
def test_the_object_of_a_task_in_a_list_of_tasks_is_no_use_of_a_name(text, junk):
    assert junk not in concepts(facts_of(text))


def test_a_word_named_on_its_own_is_still_used():
    assert "粮食" in concepts(facts_of("粮食是基础。保障粮食供应，粮食和农业都要抓。粮食安全。"))


@pytest.mark.parametrize(("text", "junk"), [
    # qualities side by side with nothing they are said of name no thing
    ("推进产业化商业化。", "产业化商业化"),
    ("坚持市场化法治化。", "市场化法治化"),
])
def test_qualities_side_by_side_name_no_thing(text, junk):
    assert junk not in concepts(facts_of(text))


def test_a_quality_of_a_thing_named_with_it_stays():
    assert "数字化转型" in concepts(facts_of("加快数字化转型，推进数字化转型。"))


@pytest.mark.parametrize(("text", "junk"), [
    # a phrase closed by a word of grammar about a thing (itself, one of it, like it, beside it) names no thing
    ("加强政府自身建设，整治群众身边的腐败问题。", "政府自身"),
    ("加强政府自身建设，整治群众身边的腐败问题。", "群众身边"),
    ("这是加快发展的重要手段之一。", "重要手段之一"),
    ("各民族要像石榴籽一样紧紧抱在一起。", "石榴籽一样"),
])
def test_a_word_of_grammar_closing_a_phrase_names_no_thing(text, junk):
    assert junk not in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "junk"), [
    # two nouns joined by a conjunction name two things, though the dictionary keeps them as one word
    ("这是党和人民的共同心愿，党和人民团结奋斗，党和人民必胜。", "党和人民"),
    ("党和政府高度重视，党和政府部署，党和政府关心。", "党和政府"),
])
def test_two_things_joined_in_one_word_are_no_concept(text, junk):
    assert junk not in concepts(facts_of(text))


def test_a_word_whose_conjunction_opens_a_word_stays():
    assert "世界和平" in concepts(facts_of("维护世界和平，促进世界和平，捍卫世界和平。"))


@pytest.mark.parametrize(("text", "kept", "junk"), [
    # an era opening a phrase says when, not what: the term is what follows it
    ("要办好新时代高等教育。", "高等教育", "新时代高等教育"),
    ("推进新时代新征程乡村振兴。", "乡村振兴", "新时代新征程乡村振兴"),
    ("推动新时代美丽乡村建设。", "美丽乡村", "新时代美丽乡村"),
])
def test_an_era_opening_a_phrase_is_no_part_of_the_term(text, kept, junk):
    assert_kept_not_junk(text, kept, junk)


@pytest.mark.parametrize("text", [
    # a head of named things closes one programme's name, the era in it
    "建设新时代文明实践中心。",
    "实施新时代乡村教师培育工程。",
])
def test_an_era_stays_in_the_name_of_a_programme(text):
    assert any(c.startswith("新时代") for c in concepts(facts_of(text)))


@pytest.mark.parametrize(("text", "junk"), [
    # a verb of support closing a phrase names the act of supporting in some form, not a thing
    ("对小微企业给予信贷支持。", "信贷支持"),
    ("加大政策扶持，强化科技支撑。", "政策扶持"),
    ("加大政策扶持，强化科技支撑。", "科技支撑"),
])
def test_support_given_in_some_form_is_no_concept(text, junk):
    assert junk not in concepts(facts_of(text))


@pytest.mark.parametrize(("surface", "label"), [
    ("政策支持", ""),
    ("政策扶持体系", "政策扶持体系"),  # support is what the arrangement is for: a thing
    ("一核两翼、多点支撑", "一核两翼、多点支撑"),  # a slogan of several parts
    ("新时代对外开放", "对外开放"),
    ("新世纪新阶段国防", "国防"),
    ("新时代", "新时代"),
    ("新时代立德树人工程", "新时代立德树人工程"),
])
def test_the_label_without_its_frame(surface, label):
    assert framed(surface, None, canonical=lambda t: None)[0] == label


@pytest.mark.parametrize(("text", "junk"), [
    # an achievement rated by a quality in 性 says how much was achieved, not what
    ("改革取得突破性进展。", "突破性进展"),
    ("工程取得重要阶段性成果。", "重要阶段性成果"),
    ("攻关取得标志性成果，实现革命性突破。", "标志性成果"),
])
def test_a_rated_achievement_is_no_concept(text, junk):
    assert junk not in concepts(facts_of(text))


@pytest.mark.parametrize(("words", "rated"), [
    ((("突破性", "n"), ("进展", "vn")), True),
    ((("重要", "a"), ("阶段性", "n"), ("成果", "n")), True),
    ((("科技", "n"), ("成果", "n")), False),  # a kind of result, no rating
    ((("技术", "n"), ("革命性", "n"), ("突破", "vn")), False),  # a noun says of what
    ((("阶段性", "n"), ("目标", "n")), False),  # no achievement
])
def test_rated_outcome(words, rated):
    assert rated_outcome(words) is rated


@pytest.mark.parametrize(("word", "never"), [
    ("优质", True),  # a word of praise alone rates nothing named: a quality without an object
    ("优秀", True),
    ("优质医疗资源", False),  # named whole
])
def test_a_word_of_praise_alone_is_no_concept(word, never):
    from kg.extract.inventory import Inventory

    inv, seg = Inventory.example()
    assert inv.never(word, tuple(seg.tag(word))) is never


@pytest.mark.parametrize(("text", "cut"), [
    # in a frame 以X为Y the noun Y closes it: the verb after it opens the clause's predicate
    ("要以县为单元统一编制乡村产业规划。", "单元统一"),
    ("要以企业为主体发展现代农业。", "主体发展现代农业"),
])
def test_a_frame_noun_closes_before_the_predicate(text, cut):
    found = concepts(facts_of(text))
    assert cut not in found
    assert not any(label.startswith(cut[:2]) and len(label) > 2 for label in found)


def test_frame_predicates_flag_the_verb_after_the_frame():
    from kg.extract.frames import frame_predicates

    words = ["以", "企业", "为", "主体", "发展", "农业"]
    assert frame_predicates(["p", "n", "p", "n", "vn", "n"], words) == ["p", "n", "p", "n", "X", "n"]
    assert frame_predicates(["p", "n", "p", "n", "vn", "n"], ["把", "企业", "作", "主体", "发展", "农业"])[4] == "vn"


@pytest.mark.parametrize(("text", "phases"), [
    # the start or the close of a period says how it went, no thing (quoted or not)
    ("确保实现“八五”良好开局。我们要坚定信心。", ["八五良好开局", "良好开局"]),
    ("推动“八五”规划圆满收官，实现良好开局。", ["八五规划圆满收官", "圆满收官", "良好开局"]),
])
def test_a_phase_of_a_period_is_no_concept(text, phases):
    found = concepts(facts_of(text))
    assert not found & set(phases)


@pytest.mark.parametrize(("text", "cut"), [
    # 代表 after the speaker's pronoun: on behalf of the body, no representative of it
    ("我代表国务院，向各位委员致谢。", "代表国务院"),
    ("我们代表省人民政府感谢大家。", "代表省人民政府"),
])
def test_on_behalf_of_a_body_is_no_concept(text, cut):
    assert cut not in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "said"), [
    # thanks and respect a speaker extends, a rank, a manner alone: said, no thing
    ("向各位代表表示衷心感谢。", "衷心感谢"),
    ("向全体教师致以崇高敬意。", "崇高敬意"),
    ("本县粮食产量位居全国前列。", "全国前列"),
    ("全县粮食产量创历史新高，再创历史新高。", "历史新高"),
    ("各部门要坚强有力、务实高效。", "有力"),
    ("全体干部要在思想上保持高度一致。", "高度一致"),  # a degree on an adjective jieba tags d
    ("坚决防止较大火灾事故发生，严防重特大事故发生。", "重特大事故发生"),  # a thing and its happening
    ("此类问题时有发生。", "问题时有发生"),
    ("请各位委员提出意见。请列席同志提出意见。", "委员提出意见"),  # who puts forward what: a clause
    ("一、过去三年工作回顾\n\n三年来，我们推进改革。", "工作回顾"),  # the report's look back, a heading
])
def test_what_is_said_is_no_concept(text, said):
    assert said not in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "cut", "kept"), [
    # 为X服务: the verb to serve X, no service named
    ("坚持为人民服务的宗旨。", "人民服务", None),
    ("科研院所要为企业研发中心服务。", "企业研发中心服务", "企业研发中心"),
])
def test_serving_is_no_service(text, cut, kept):
    found = concepts(facts_of(text))
    assert cut not in found
    assert kept is None or kept in found


@pytest.mark.parametrize(("text", "time"), [
    # a time rated by a word of focus or a quality in 性: when, no thing
    ("当前正处在转型发展的关键时期。", "关键时期"),
    ("改革进入决定性阶段。", "决定性阶段"),
])
def test_a_rated_time_is_no_concept(text, time):
    assert time not in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "junk"), [
    # an adjective and one word before 的, named nowhere in the corpus, describe the noun after 的
    ("向紧缺急需的高技能人才倾斜。", "紧缺急需"),
    ("建立团结协作的伙伴关系。", "团结协作"),
    ("培育一批具有较大影响力的龙头企业。", "较大影响力"),
])
def test_a_description_before_de_names_no_thing(text, junk):
    assert junk not in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "kept"), [
    ("完善紧缺急需人才目录。", "紧缺急需人才目录"),  # no 的 after it: the phrase names one thing
    ("培育农业的龙头企业。", "龙头企业"),
])
def test_a_phrase_before_de_without_an_adjective_opening_it_stays(text, kept):
    assert kept in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "junk"), [
    # a generic noun of who or where after a word of focus says whose or where, no word of the rest's name
    ("要稳定重点群体就业。", "群体就业"),
    ("部分地区旱情严重。", "地区旱情"),
    ("化解一些地方财政收支矛盾。", "地方财政收支矛盾"),
])
def test_a_class_noun_after_a_word_of_focus_is_no_word_of_a_term(text, junk):
    assert junk not in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "kept"), [
    ("建设一批城市书房。", "城市书房"),  # a count of things made, not whose
    ("推进重点区域家庭医生签约服务。", "家庭医生签约服务"),
])
def test_the_rest_after_a_scoped_class_noun_is_named(text, kept):
    assert kept in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "quoted", "named"), [
    # an adjective before a noun says of what kind the noun is: the quoted phrase is a name
    ("深入开展“优秀职校生校园分享”等活动。", "优秀职校生校园分享", True),
    ("大力推进“好房子建设”。", "好房子建设", True),
    # an adjective as the manner of a verb, or a verb inside, reads as a clause
    ("要“从容应对风险挑战”。", "从容应对风险挑战", False),
    ("要“健全实质解纷机制”。", "健全实质解纷机制", False),
])
def test_a_quoted_phrase_opened_by_an_adjective_on_a_noun_is_a_name(text, quoted, named):
    assert (quoted in concepts(facts_of(text))) is named


@pytest.mark.parametrize(("text", "junk", "kept"), [
    # two heads of arrangement side by side name arrangements in general
    ("要完善体制机制，健全创新制度体系。", "体制机制", None),
    ("健全生态文明制度体系。", "制度体系", "生态文明制度体系"),
])
def test_two_heads_of_arrangement_name_no_concept(text, junk, kept):
    found = concepts(facts_of(text))
    assert junk not in found
    assert kept is None or kept in found


@pytest.mark.parametrize(("text", "kept", "junk"), [
    # 框架 after a head of arrangement is the arrangement's outline: the concept is the arrangement
    ("社会保障体系框架基本建立。", "社会保障体系", "社会保障体系框架"),
    ("城乡社会救助体系框架基本建立。", "城乡社会救助体系", "城乡社会救助体系框架"),
])
def test_the_outline_of_an_arrangement_is_the_arrangement(text, kept, junk):
    assert_kept_not_junk(text, kept, junk)


def test_a_framework_of_its_own_stays():
    assert "国家资历框架" in concepts(facts_of("制定符合国情的国家资历框架。"))


@pytest.mark.parametrize(("words", "known", "expected"), [
    # the cut moves past the word with which the left half names a better-known phrase
    (("技术", "技能", "人才", "保障政策"), {"技术技能": 2, "技术技能人才": 9, "人才保障政策": 0}, ["技术技能人才", "保障政策"]),
    # not where the left half is as well known as the longer phrase
    (("粮食安全", "提升", "工程"), {"粮食安全": 40, "粮食安全提升": 0, "提升工程": 3}, ["粮食安全", "提升工程"]),
])
def test_a_cut_keeps_a_better_known_phrase_whole(words, known, expected):
    found = units(Chunk(words, ("n",) * len(words), 0), known=lambda t: known.get(t, 0))
    assert [u.text for u in found if not u.attribute] == expected
