"""Words a text uses as predicates or as references back are no concepts (short hand-written texts)."""

import pytest

from kg.extract import extract_document
from kg.model import Source
from tests.test_concepts import concepts, facts_of


@pytest.mark.parametrize(("text", "junk", "kept"), [
    # a set phrase before a term of the lexicon acts on it
    ("发展壮大数字经济，发展壮大实体经济。", ["发展壮大"], ["数字经济", "实体经济"]),
    ("发展壮大新能源、新材料等产业。", ["发展壮大新能源"], ["新能源", "新材料"]),
    # an action verb jieba's dictionary tags as an abbreviation (深化) opens no item of a list
    ("深化大数据、云计算等应用。", ["深化大数据"], ["大数据", "云计算"]),
    # a preposition and a noun before a verb is a manner
    ("帮助学生按规定在学校完成学业。地方政府要按规定制定标准。按规定落实补助政策。", ["按规定"], ["补助政策"]),
    # a set phrase of an action verb and its object is a predicate wherever it stands
    ("要转变职能、推进简政放权。要转变职能，提高行政效率。", ["转变职能"], ["简政放权"]),
    ("加强排查化解矛盾纠纷工作，化解矛盾纠纷。", ["化解矛盾"], []),
    ("搞活流通，扩大出口，吸引外资。", ["搞活流通", "扩大出口", "吸引外资"], []),
    # a word of an action verb and its object that jieba tags a noun, used only where a predicate stands
    ("努力降低成本，着重提高质量。", ["降低成本", "提高质量"], []),
    ("要盘活存量、增强能量、提高质量。", ["提高质量"], []),
    # a set phrase a modal governs is a verb phrase, where it is used only there
    ("各地要量力而行，发展特色产业。", ["量力而行"], ["特色产业"]),
    ("企业必须恪尽职守，推进安全生产。", ["恪尽职守"], ["安全生产"]),
])
def test_predicates_are_no_concepts(text, junk, kept):
    found = concepts(facts_of(text))
    assert not any(j in label for label in found for j in junk)
    assert set(kept) <= found


STATUTE = ("第一条 为了规范专利代理行为，制定{0}条例。\n第二条 {0}条例所称专利代理，是指机构接受委托。\n"
           "第三条 违反{0}条例规定的，由部门给予警告。\n第四条 {0}条例自2019年3月1日起施行。")


@pytest.mark.parametrize(("word", "concept"), [
    ("本", False),  # 本|条例 points back to the regulation the text is: no use of 条例 as a name
    ("", True),  # the same sentences naming 条例 four times make it a term of the text
])
def test_a_word_after_a_demonstrative_is_a_reference(word, concept):
    doc = extract_document(Source("t.txt", "专利代理条例\n\n第一章 总则\n\n" + STATUTE.format(word) + "\n"))
    assert ("条例" in concepts(doc)) is concept


@pytest.mark.parametrize(("text", "kept"), [
    ("制定条例，修订条例，废止条例。", "条例"),  # the word used as a name, with no demonstrative before it
    ("坚持按劳分配为主体、多种分配方式并存。", "按劳分配"),  # a preposition, a noun and a verb: a principle
    ("合伙企业、有限责任公司等。", "有限责任公司"),  # a set phrase opening the name of one thing
    ("加强集中统一领导，坚持党中央集中统一领导。", "集中统一领导"),
    ("制定专利实施细则，完善专利实施细则。", "专利实施细则"),  # a kind of document (细则) after its verb, of a field
    ("完善社会保障体系，健全社会保障体系。", "社会保障体系"),  # a head of named things (体系)  # two actions side by side (集中|统一) before a head noun
    ("支持退役军人就业。", "退役军人"),  # a verb that is no action (退役) on its noun: a name
])
def test_the_same_words_used_as_names_stay(text, kept):
    assert kept in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "junk", "kept"), [
    # a resultative complement after an action verb jieba tags a (落实|好) opens no term
    ("要落实好中等职业教育国家助学金政策。", ["好中等职业教育"], []),
    # objects of a list of actions (盘活存量、增强能量) are of no one kind: no bare word becomes a concept by it
    ("要盘活存量、培育增量、增强能量、提高质量、做大总量，推动产业转型。", ["能量"], ["产业转型"]),
    # a quality qualifying the noun after it (市场化|开发, 标准化|生产) is no item of the list
    ("推进生态产品调查监测、评价和市场化开发。", ["市场化"], ["生态产品调查监测"]),
    ("推进农业产业化、标准化生产。", ["标准化"], ["农业产业化"]),
])
def test_no_concept_from_a_verb_complement_or_a_list_of_actions(text, junk, kept):
    found = concepts(facts_of(text))
    assert not any(label.startswith(j) or label == j for label in found for j in junk)
    assert set(kept) <= found


@pytest.mark.parametrize(("text", "kept"), [
    ("加快石油、天然气等资源开发。", "天然气"),  # bare things of a list that holds a concept
    ("恢复铁路、邮政、航运和电信。", "邮政"),  # bare things of one list, no verb of their own
])
def test_bare_things_of_a_list_stay(text, kept):
    assert kept in concepts(facts_of(text))


@pytest.mark.parametrize(("text", "word", "concept"), [
    # a bare word the text uses only after its owner and 的 is an attribute of the owner, not a thing
    ("要把握人工智能的特征。要认识数据的特征。要研究算力的特征。", "特征", False),
    ("要坚持党的宗旨。要牢记党的宗旨。要践行党的宗旨。", "宗旨", False),
    # after a quantity and 的 the word is the thing itself
    ("违者处一万元以下的罚款。情节严重的，处五万元以下的罚款。再犯的，处十万元以下的罚款。", "罚款", True),
])
def test_a_word_after_its_owner_is_an_attribute(text, word, concept):
    assert (word in concepts(facts_of(text))) is concept


@pytest.mark.parametrize(("text", "junk", "kept"), [
    # a noun of extent before a verb or an adjective is an adverb of degree, not the end of a term
    ("到2035年，职业教育体系基本建成。城乡居民收入总体稳定。", ["职业教育体系基本", "城乡居民收入总体", "基本建成"],
     ["职业教育体系", "城乡居民收入"]),
    ("完善基本公共服务，保护基本农田。", [], ["基本公共服务", "基本农田"]),
    # 相 before a verb makes a verb, whatever the dictionary tags the whole (与X相适应)
    ("建立与办学规模相适应的财政投入制度。", ["相适应", "办学规模相适应"], ["财政投入制度"]),
    # a preposition and a noun is a manner wherever it stands, after a subject and before an adverb too
    ("学校按规定自行处理收入。", ["按规定"], []),
    # 有些 (some) picks out members of a class: no name
    ("有些地方忽视安全生产，有些单位漠视群众利益。", ["有些地方", "有些单位"], []),
    # 同一 (the same) picks out a member of a class named before: no name
    ("同一专利申请不得委托两个机构，同一专利申请应当一次提交。", ["同一专利申请"], ["专利申请"]),
])
def test_adverbs_and_references_inside_phrases(text, junk, kept):
    found = concepts(facts_of(text))
    assert not any(j in label for label in found for j in junk), found
    assert set(kept) <= found, found


@pytest.mark.parametrize(("text", "junk", "kept"), [
    # a classifier after a numeral counts the thing, it is no part of its name
    ("完成3项重大水利工程，新建2条高速公路。", ["项重大水利工程", "条高速公路"], ["重大水利工程", "高速公路"]),
    # 指 (is defined as) after 是 or opening a clause defines a term, it is no part of it
    ("本办法所称代理，是指代理机构接受委托。所称服务，指服务机构提供的咨询。", ["指代理机构", "指服务机构"], []),
    # 经 (with the approval of) is a preposition, whatever jieba tags it
    ("经国务院同意，现印发实施。经省政府批准，设立高新区。", ["经国务院", "经省政府"], []),
])
def test_classifiers_and_definitions_open_no_term(text, junk, kept):
    found = concepts(facts_of(text))
    assert not any(j in label for label in found for j in junk), found
    assert set(kept) <= found, found
