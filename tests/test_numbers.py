"""Numbers a fact-checker reads in Arabic news: digits, words, duals, ranges, sums."""
from analysis.numbers import find_numbers, find_ranges, sum_total


def values(text):
    return [(m.value, m.unit) for m in find_numbers(text) if m.kind == "count"]


def test_offsets_point_into_original_text():
    text = "قالَ إنّ «٣ آلافِ» عنصرٍ و١٬٥٠٠ طن و12٫5%"
    ms = find_numbers(text)
    assert ms, "numbers expected"
    for m in ms:
        assert text[m.start:m.end] == m.text
    assert [m.value for m in ms] == [3000, 1500, 12.5]
    assert ms[-1].kind == "percent"


def test_digits_with_clitic_and_multiplier():
    assert values("تصدت لـ16 محاولة") == [(16, "محاوله")]
    assert values("3 آلاف داعشي كانوا متواجدين") == [(3000, "داعشي")]
    assert values("بكلفة 5 ملايين دولار") == [(5_000_000, "دولار")]
    assert values("نحو 2.5 مليون ريال")[0][0] == 2_500_000


def test_number_words_masculine_feminine_compound():
    assert values("ثلاث نقاط أساسية") == [(3, "نقطه")]
    assert values("سبعة عشر قتيلاً") == [(17, "قتيل")]
    assert values("اثنتا عشرة دولة") == [(12, "دوله")]
    assert values("خمسة وعشرون ألف دولار") == [(25000, "دولار")]
    assert values("ثلاثة آلاف وخمسمائة عنصر") == [(3500, "عنصر")]
    assert values("والعشرين جنديا")[0][0] == 20


def test_duals_are_two_of_the_noun():
    assert values("إنشاء لواءين مشتركين") == [(2, "لواء")]
    assert values("يسبقه اجتماعان") == [(2, "اجتماع")]
    assert values("تقترب من تسلمه في محافظتين هما النجف وواسط") == [(2, "محافظه")]
    assert values("تشكيل مركزين للتنسيق") == [(2, "مركز")]
    assert values("ملف الأمن في محافظتي صلاح الدين والأنبار") == [(2, "محافظه")]


def test_false_duals_and_ordinals_are_not_counts():
    assert values("في البحرين وفلسطين مع المسلمين والمواطنين") == []
    assert values("اليوم الاثنين ويوم الأحد") == []
    assert values("الاجتماع الثالث في التاسع من الشهر") == []
    assert values("زار إحدى عوائل الشهداء") == []
    assert values("البنك المركزي") == []


def test_dates_and_years_are_not_counts():
    kinds = [(m.value, m.kind) for m in find_numbers("يوم 4 شباط/فبراير في نهاية عام 2018")]
    assert kinds == [(4, "date"), (2018, "year")]


def test_range_from_to():
    text = "تتراوح من كيلومتر واحد في بعض المناطق إلى ما يصل إلى عشرين كيلومترًا."
    [(low, high)] = find_ranges(text)
    assert (low.value, high.value) == (1, 20)
    assert low.unit == high.unit == "كيلومتر"


def test_sum_of_parts():
    assert sum_total("قتل عشرة جنود إضافة إلى ثلاثة مدنيين") == 13
    assert sum_total("قتل 12 شخصا") is None


def test_find_numbers_in_matches_find_numbers_on_the_slice():
    """The extractor reads a claim's numbers from the article's normalization
    (numbers.find_numbers_in); it must give what find_numbers gives on the
    claim text itself, marks and ligatures at the edges included."""
    from analysis.normalize import normalize_with_map
    from analysis.numbers import find_numbers_in

    text = ("قالَ إنّ «٣ آلافِ» عنصرٍ و١٬٥٠٠ طن و12٫5%، ثمّ سبعةَ عشرَ قتيلاً "
            "وإنشاء لواءين مشتركين في محافظتي صلاح الدين \ufefb من 3 إلى 5 كيلومترات")
    nt = normalize_with_map(text)

    def digest(ms):
        return [(m.start, m.end, m.text, m.value, m.unit, m.kind, m.group, m.role) for m in ms]

    for s in range(0, len(text), 3):
        for e in range(s, len(text) + 1, 5):
            assert digest(find_numbers_in(nt, s, e)) == digest(find_numbers(text[s:e])), (s, e)


def test_superscripts_and_other_non_decimal_digits_are_not_numbers():
    found = find_numbers("المساحة بالمتر ² ثلاثة آلاف و٣٠٠ متر¹ و½")
    assert [(m.text, m.value) for m in found] == [("ثلاثة آلاف", 3000), ("٣٠٠", 300)]
