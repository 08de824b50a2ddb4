"""What a fact-checker sees when two outlets report the same claim differently."""
from analysis.compare import compare
from analysis.discrepancy import find_discrepancies


def kinds(c):
    return {d["kind"] for d in c.discrepancies}


def test_sum_against_total_names_both_values():
    c = compare("قتل عشرة جنود إضافة إلى ثلاثة مدنيين في الهجوم", "قتل 12 شخصا في الهجوم")
    [d] = [d for d in c.discrepancies if d["kind"] == "number"]
    assert "عشرة" in d["a"] and "ثلاثة" in d["a"] and "13" in d["a"]
    assert d["b"] == "12"
    assert c.relation == "contradicts"


def test_rank_of_the_same_person():
    c = compare("قال العميد يحيى رسول إن التنسيق بدأ", "قال اللواء يحيى رسول إن التنسيق بدأ")
    assert {"kind": "title", "a": "العميد", "b": "اللواء"}.items() <= c.discrepancies[0].items()
    d = find_discrepancies("التنسيق بدأ", "التنسيق بدأ", speaker_a="يحيى رسول", speaker_b="رسول",
                           title_a="العميد", title_b="اللواء")
    assert d == [{"kind": "title", "a": "العميد", "b": "اللواء"}]


def test_place_lists_differ():
    a = "الاجتماع توصل الى تفاهمات حول إنشاء مراكز للتنسيق في ديالى وكركوك وفي نينوى"
    b = "اتفاق مشترك لتشكيل مراكز التنسيق الأمني لمناطق خانقين وكركوك والموصل"
    c = compare(a, b, speaker_a="جبار ياور", speaker_b="الياور")
    [d] = [d for d in c.discrepancies if d["kind"] == "place"]
    assert "ديالى" in d["a"] and "نينوى" in d["a"]
    assert "خانقين" in d["b"] and "الموصل" in d["b"]
    assert "كركوك" in d["shared"]
    assert c.relation == "contradicts"


def test_continue_vs_stop():
    c = compare("الحل يكمن في استمرار التنسيق المشترك بين القوات", "الحل يكمن في توقف التنسيق المشترك بين القوات")
    assert {"kind": "negation", "a": "استمرار", "b": "توقف"}.items() <= c.discrepancies[0].items()
    assert c.relation == "contradicts"


def test_negated_statement_contradicts():
    c = compare("روسيا: يوجد اتفاق في مجلس الأمن بشأن الهدنة في سوريا",
                "روسيا: لا يوجد اتفاق في مجلس الأمن بشأن الهدنة في سوريا")
    assert "negation" in kinds(c)
    assert c.relation == "contradicts"


def test_different_numbers_of_the_same_thing():
    c = compare("تسلمت الداخلية الملف الأمني في 5 محافظات", "تسلمت الداخلية الملف الأمني في ثلاث محافظات")
    assert any(d["kind"] == "number" and d["a"] == "5" and d["b"] == "ثلاث" for d in c.discrepancies)


def test_paraphrase_is_same_or_supports():
    c = compare("29 قتيلا في هجوم بقذيفة صاروخية على سوق مزدحم شرقي دمشق",
                "سقوط 29 قتيلا في سوق مزدحم بدمشق بعد هجوم بقذيفة صاروخية")
    assert c.relation in ("same", "supports")
    assert not c.discrepancies
    same = compare("الحكومة حريصة على حقن دماء أبنائها", "الحكومة حريصة على حقن دماء ابنائها")
    assert same.relation == "same" and same.score > 0.9


def test_city_and_its_country_agree():
    assert not [d for d in find_discrepancies("استئناف الرحلات إلى القاهرة", "استئناف الرحلات إلى مصر")
                if d["kind"] == "place"]


def test_unrelated_claims():
    c = compare("ارتفاع أسعار الذهب في الأسواق العالمية", "المنتخب يفوز بكأس البطولة بعد مباراة مثيرة")
    assert c.relation in ("unrelated", "related")
    assert c.relation != "contradicts"


def test_score_is_match_likelihood_and_low_similarity_asserts_no_stance():
    # two different statements by the same speaker about one story: at most
    # related, with a low score, never a confident contradiction
    a = "الوزير أكد أن الحكومة ستفتتح ثلاثة مستشفيات جديدة في الجنوب خلال العام المقبل لتحسين الخدمات"
    b = "الوزير قال إن المفاوضات مع النقابات حول رواتب الأطباء ما زالت متعثرة ولم تصل إلى نتيجة"
    c = compare(a, b, speaker_a="الوزير", speaker_b="الوزير")
    assert c.relation in ("related", "unrelated")
    assert c.score < 0.5
    assert not [d for d in c.discrepancies if d["kind"] == "negation"]
    close = compare("الوزير: الحكومة ستفتتح ثلاثة مستشفيات جديدة في الجنوب",
                    "الوزير: الحكومة ستفتتح خمسة مستشفيات جديدة في الجنوب")
    assert close.relation == "contradicts" and close.score > c.score
    assert set(close.probs) == {"agree", "disagree", "other"}
