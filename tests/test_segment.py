"""Quotes, sentence ends, boilerplate and dates."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from analysis.boilerplate import find_boilerplate
from analysis.dates import find_dates
from analysis.extract import analyze
from analysis.segment import quote_regions, sentence_ends


def test_quote_spanning_sentences_is_one_sentence():
    t = 'قال إن «الأمر انتهى. ولن نعود». وانتهى الاجتماع.'
    q = quote_regions(t, 0, len(t))
    assert len(q) == 1 and q[0][2]
    ends = sentence_ends(t, 0, len(t), q)
    assert len(ends) == 2


def test_straight_quotes_direction():
    t = 'وصفته بالـ"كبير" وقال "نحن هنا'
    q = quote_regions(t, 0, len(t))
    assert q[0][2] and t[q[0][0]:q[0][1]] == '"كبير"'
    assert not q[1][2] and q[1][1] == len(t)


def test_boilerplate_lines():
    t = ("عنوان قصير للخبر\n"
         "الرياض - واس: أعلنت وزارة الصحة أن عدد الحالات بلغ 10.\n"
         "هل أعجبك هذا المقال؟\n"
         "سمات العراق الأمن\n"
         "تنويه: جميع المقالات المنشورة تمثل رأي كتابها فقط\n")
    spans, outlet, place = find_boilerplate(t)
    kinds = [k for _, _, k in spans]
    assert kinds == ["title", "dateline", "feedback", "tags", "disclaimer"]
    assert outlet == "واس" and place == "الرياض"


def test_dates_against_published():
    pub = dt.date(2019, 2, 8)  # a Friday
    got = {d["text"]: d["date"] for d in find_dates(
        "أمس الثلاثاء ثم يوم الأربعاء، 4 شباط/فبراير، في التاسع من الشهر الحالي وقبل نهاية الشهر الجاري", pub)}
    assert got["أمس الثلاثاء"] == "2019-02-07"
    assert got["يوم الأربعاء"] == "2019-02-06"
    assert got["4 شباط/فبراير"] == "2019-02-04"
    assert got["التاسع من الشهر الحالي"] == "2019-02-09"
    assert got["نهاية الشهر الجاري"] == "2019-02-28"
    assert find_dates("يوم الخميس")[0]["date"] is None


_ALPHABET = st.sampled_from(list("قال أكد إن أن \"«»“”'.،:\n()0123456789٣ abcXYZ وأضاف مصدر اللواء ")
                            + ["\u200f", "\u202b", "\u200d", "\ufeff", "😀", "👍🏽", "\u064e", "ـ", "ﻻ"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_ALPHABET, st.text(max_size=5)), max_size=120).map("".join))
def test_any_text_gives_valid_offsets(text):
    a = analyze(text, published=dt.date(2020, 1, 1))
    for c in a.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
    for m in a.mentions:
        assert text[m.start:m.end] == m.text


def test_one_megabyte_line():
    text = ("وقال المتحدث باسم الوزارة إن \"العمل مستمر في 3 مدن 😀\u200f " * 20000)[:1_000_000]
    a = analyze(text)
    for c in a.claims[:50]:
        assert text[c.start:c.end] == c.text
