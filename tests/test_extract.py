"""Behaviour of the claim extractor a fact-checker would notice."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.extract import EXTRACTOR_VERSION, analyze

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"


def _demo(prefix: str) -> str:
    return next(DEMO.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def _claim_with(a, words: str):
    for c in a.claims:
        if words in c.text:
            return c
    raise AssertionError(f"no claim contains {words!r}: {[c.text[:40] for c in a.claims]}")


def _check_offsets(text, a):
    for c in a.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        for n in c.numbers + c.dates:
            assert c.start <= n["start"] <= n["end"] <= c.end


def test_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_demo_offsets_and_no_boilerplate_inside_claims(prefix):
    text = _demo(prefix)
    a = analyze(text, published=dt.date(2020, 8, 20))
    _check_offsets(text, a)
    assert a.claims
    for b in a.boilerplate:
        for c in a.claims:
            assert c.end <= b.start or c.start >= b.end, (b.kind, c.text[:40])


def test_speaker_title_role_and_relay():
    a = analyze(_demo("001"), outlet="شفق نيوز")
    c = _claim_with(a, "المباحثات بين بغداد وأربيل")
    assert c.speaker == "العميد يحيى رسول"
    assert c.speaker_name == "يحيى رسول"
    assert c.speaker_title == "العميد"
    assert c.speaker_role == "المتحدث باسم العمليات المشتركة"
    assert c.speaker_kind == "person"
    assert c.verb == "قال"
    roles = [(x["role"], x["name"]) for x in c.chain]
    assert roles == [("speaker", "يحيى رسول"), ("relay", "سكاي نيوز عربية"), ("outlet", "شفق نيوز")]
    assert text_of_span(a, c) == "العميد يحيى رسول"


def text_of_span(a, c):
    return _demo("001")[c.speaker_span[0]:c.speaker_span[1]]


def test_surname_resolves_to_fullest_name_in_article():
    a = analyze(_demo("001"))
    c = _claim_with(a, "هنالك اتصالات تجري")
    assert c.speaker == "رسول" and c.speaker_name == "يحيى رسول"


def test_al_prefixed_surname_resolves():
    a = analyze(_demo("004"))
    c = _claim_with(a, "لمناطق خانقين")
    assert c.speaker_name == "جبار ياور"


def test_continuation_and_participles_inherit_speaker():
    a = analyze(_demo("001"))
    assert _claim_with(a, "سيكون هناك اجتماعا").speaker_name == "جبار ياور"  # واشار الى انه
    c = _claim_with(a, "الاجتماع بحث مواضيع مهمة")  # مبيناً أن
    assert c.speaker_name == "جبار ياور" and c.verb == "مبيناً"


def test_descriptive_back_reference():
    a = analyze(_demo("004"))
    c = _claim_with(a, "العمل يجري كذلك لتسليم الداخلية")
    assert c.speaker == "المتحدث العسكري"
    assert c.speaker_name == "تحسين الخفاجي"
    c = _claim_with(a, "الحل الامثل لاستقرار")
    assert c.speaker_name == "جبار ياور"


def test_dateline_and_boilerplate_kinds():
    a = analyze(_demo("004"))
    assert a.dateline_outlet == "ايلاف" or a.dateline_outlet == "إيلاف"
    assert a.dateline_place == "لندن"
    kinds = {b.kind for b in a.boilerplate}
    assert {"subscribe", "dateline", "title"} <= kinds
    a = analyze(_demo("001"))
    assert a.dateline_outlet == "شفق نيوز"
    a = analyze(_demo("002"))
    kinds = {b.kind for b in a.boilerplate}
    assert {"caption", "comments", "feedback"} <= kinds
    assert not any("اشك بنضافة" in c.text for c in a.claims)


def test_trailing_attribution():
    a = analyze(_demo("003"))
    c = _claim_with(a, "فضلاً عن تبادل المعلومات")
    assert c.speaker_name == "يحيى رسول"
    a = analyze(_demo("002"))
    c = _claim_with(a, "ستنفذ قوات عراقية وكردية")
    assert c.speaker_kind == "organization"


def test_anonymous_source():
    a = analyze(_demo("003"))
    c = _claim_with(a, "الحوارات بين الحكومة الاتحادية")
    assert c.speaker_kind == "anonymous"


def test_handwritten_general_sentences():
    text = ("قال وزير الخارجية الفرنسي جان مارك إن \"المفاوضات ستستأنف الأسبوع المقبل\".\n"
            "وأضاف أن بلاده أرسلت 300 طن من المساعدات.\n"
            "وأكد مصدر أمني مطلع أن الهجوم أسفر عن مقتل 12 شخصا.\n"
            "وذكرت وزارة الصحة في بيان أن عدد الإصابات بلغ 40 إصابة، بحسب ما نقلت عنها وكالة رويترز.")
    a = analyze(text)
    _check_offsets(text, a)
    c = _claim_with(a, "المفاوضات ستستأنف")
    assert c.speaker_name == "جان مارك" and c.speaker_role == "وزير الخارجية الفرنسي"
    c = _claim_with(a, "300 طن")
    assert c.speaker_name == "جان مارك" and c.kind == "numeric"
    assert c.numbers and c.numbers[0]["value"] == 300
    c = _claim_with(a, "مقتل 12 شخصا")
    assert c.speaker_kind == "anonymous"
    c = _claim_with(a, "عدد الإصابات")
    assert c.speaker_kind == "organization" and c.speaker == "وزارة الصحة"
    assert {"role": "relay", "name": "وكالة رويترز"} in c.chain


def test_titles_military_and_religious():
    text = ("وقال قائد الشرطة اللواء الركن سالم العبيدي إن القوات اعتقلت 5 مطلوبين.\n"
            "من جهته، أوضح الشيخ عمر حسن أن المسجد سيفتتح يوم الجمعة.")
    a = analyze(text, published=dt.date(2021, 3, 10))
    c = _claim_with(a, "اعتقلت 5 مطلوبين")
    assert c.speaker_title == "اللواء الركن" and c.speaker_name == "سالم العبيدي"
    c = _claim_with(a, "المسجد سيفتتح")
    assert c.speaker_title == "الشيخ" and c.speaker_name == "عمر حسن"
    assert c.dates and c.dates[0]["date"] == "2021-03-05"


def test_dates_resolved_in_claims():
    a = analyze(_demo("001"), published=dt.date(2020, 8, 20))
    c = _claim_with(a, "سيكون هناك اجتماعا")
    assert any(d["date"] == "2020-08-31" for d in c.dates)


def test_unclosed_quote_and_lists():
    text = ("وقال المتحدث باسم الوزارة أحمد علي إن \"الوزارة أنجزت المرحلة الأولى. وستبدأ المرحلة الثانية قريبا\n"
            "أولا: فتح 3 مراكز للتنسيق في المدن الكبرى.\n"
            "ثانيا: تشكيل لجان مشتركة.")
    a = analyze(text)
    _check_offsets(text, a)
    c = _claim_with(a, "الوزارة أنجزت")
    assert "المرحلة الثانية" in c.text  # the open quote keeps both sentences together
    assert c.speaker_name == "أحمد علي"


def test_event_claims_are_unattributed_and_lower():
    a = analyze(_demo("004"))
    c = _claim_with(a, "استلمت قوات وزارة الداخلية الملف الأمني في 5 محافظات")
    assert c.kind == "event" and c.speaker is None
    assert 0 <= c.checkworthiness <= 1 and c.reasons


def test_checkworthiness_prayer_low():
    text = ("وقال الوزير خالد سعيد إن \"رحمه الله وأسكنه فسيح جناته\".\n"
            "وأضاف الوزير خالد سعيد أن الحكومة خصصت 500 مليون دولار لإعادة إعمار 20 مدرسة.")
    a = analyze(text)
    low = _claim_with(a, "رحمه الله")
    high = _claim_with(a, "500 مليون")
    assert low.checkworthiness < high.checkworthiness
    assert "prayer or religious formula" in low.reasons


def test_empty_and_odd_input():
    for t in ["", " ", "\n\n", "قال", "«", "قال إن \"", "وأضاف أن"]:
        a = analyze(t)
        _check_offsets(t, a)
