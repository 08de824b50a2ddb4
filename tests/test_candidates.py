"""Link suggestions: the cross-outlet paraphrase is found among noise, never
a claim of the same article."""
import random

from analysis.candidates import CandidateIndex

NOISE_WORDS = ("الحكومة الوزارة المدينة السوق الأسعار المنتخب الفريق الشركة البنك المشروع الطلاب "
               "المدارس الطقس الأمطار المستشفى المرضى الطاقة النفط التجارة الموسم المهرجان الجامعة "
               "الكهرباء المياه الطرق النقل السياحة الزراعة الصناعة الاستثمار الميزانية").split()


def build(n_noise=3000, seed=7):
    rng = random.Random(seed)
    idx = CandidateIndex()
    for i in range(n_noise):
        idx.add(1000 + i, 100 + i % 400, " ".join(rng.choice(NOISE_WORDS) for _ in range(12)),
                speaker_entity=rng.randrange(50, 90))
    idx.add(1, 1, "الاجتماع توصل الى تفاهمات حول إنشاء مراكز للتنسيق والعمل المشترك في ديالى وكركوك",
            speaker_entity=7, numbers=[])
    idx.add(2, 1, "الاجتماع بحث كيفية التعاون والعمل المشترك خاصة العمليات ضد بقايا داعش", speaker_entity=7)
    idx.add(3, 2, "اتفاق مشترك لتشكيل مراكز غرفة التنسيق الأمني المشترك لمناطق خانقين وكركوك والموصل",
            speaker_entity=7)
    return idx


def test_finds_cross_outlet_paraphrase_among_noise():
    idx = build()
    res = idx.query("تم الاتفاق على تشكيل مراكز للتنسيق المشترك في خانقين وكركوك", article_id=9,
                    speaker_entity=7, k=5)
    assert res and res[0][0] == 3
    assert [s for _, s in res] == sorted((s for _, s in res), reverse=True)


def test_never_returns_claims_of_the_same_article():
    idx = build()
    res = idx.query("الاجتماع توصل الى تفاهمات حول إنشاء مراكز للتنسيق والعمل المشترك في ديالى وكركوك",
                    article_id=1, speaker_entity=7, k=5)
    assert res and res[0][0] == 3
    assert all(cid not in (1, 2) for cid, _ in res)


def test_remove_and_roundtrip():
    idx = build(n_noise=200)
    idx.remove(3)
    q = "مراكز غرفة التنسيق الأمني المشترك لمناطق خانقين وكركوك والموصل"
    assert 3 not in [c for c, _ in idx.query(q, article_id=9)]
    idx2 = CandidateIndex.from_bytes(idx.to_bytes())
    assert len(idx2) == len(idx)
    assert [c for c, _ in idx2.query(q, article_id=9)] == [c for c, _ in idx.query(q, article_id=9)]


def test_common_stem_is_not_gathered_beyond_the_absolute_cap():
    idx = CandidateIndex(max_postings=50)
    for i in range(200):  # one word in every claim, plus a rare word each
        idx.add(i, i, f"الحكومة كلمة{i} نادرة{i}")
    idx.add(999, 999, "الحكومة نادرة7")
    res = idx.query("الحكومة نادرة7", article_id=-1, k=5)
    assert res[0][0] in (7, 999)
    assert len(res) <= 2  # only claims sharing the rare stem were gathered
