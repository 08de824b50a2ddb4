"""General news-Arabic behaviour on small handwritten sentences."""
from __future__ import annotations

from analysis.extract import analyze


def _only(a, words):
    return next(c for c in a.claims if words in c.text)


def test_organisation_without_head_word_list_entry():
    a = analyze("وأفاد المرصد السوري لحقوق الإنسان بأن الاشتباكات أسفرت عن مقتل 7 مسلحين.")
    c = _only(a, "الاشتباكات")
    assert c.speaker_kind == "organization"


def test_impersonal_reporting_has_no_speaker():
    a = analyze("قال الوزير سامي فهد إن المشروع اكتمل.\nيذكر أن المشروع بدأ عام 2010 بكلفة 3 ملايين دولار.")
    c = _only(a, "بدأ عام 2010")
    assert c.speaker is None


def test_subject_before_verb_for_organisations():
    a = analyze("لكن التقرير استدرك بالقول إن الوضع لا يزال هشا في 4 مناطق.")
    c = _only(a, "الوضع لا يزال")
    assert c.speaker == "التقرير" and c.speaker_kind == "organization"


def test_first_person_noun_is_not_a_speaker():
    a = analyze("كنا نسمع بعضهم يقول إن الماء ليس بصاف.")
    assert all(c.speaker_kind != "person" for c in a.claims)


def test_preposition_is_not_a_name():
    a = analyze("وطالب بالمفاوضات المباشرة لحسم الأمور.")
    assert all(c.speaker is None or "بالمفاوضات" not in c.speaker for c in a.claims)


def test_feminine_verb_and_participle_chain():
    a = analyze("وقالت المتحدثة باسم الوزارة سارة أحمد إن \"الوزارة فتحت 12 مركزا\"، مشيرة إلى أن العمل سيستمر.")
    c = _only(a, "فتحت 12 مركزا")
    assert c.speaker_name == "سارة أحمد" and c.speaker_role == "المتحدثة باسم الوزارة"
    c = _only(a, "العمل سيستمر")
    assert c.speaker_name == "سارة أحمد"


def test_a_name_ends_where_a_run_on_sentence_starts_with_a_reporting_verb():
    text = ("تنفيذا لتوجيهات القائد العام للقوات المسلحة سامي الراشد وأوضح المتحدث باسم "
            "الوزارة العميد خالد ناصر أن \"العمل مستمر\".")
    result = analyze(text)
    people = {m.name for m in result.mentions if m.kind == "person"}
    assert "سامي الراشد" in people
    assert not any("وأوضح" in n for n in people)
    assert [c.speaker_name for c in result.claims] == ["خالد ناصر"]
