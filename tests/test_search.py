"""Arabic-aware search: hamza forms, diacritics, tatweel, digits; any text is a query."""
from __future__ import annotations

import pytest

from storage import services
from storage.importer import import_paths
from storage.search import search


@pytest.fixture
def loaded(db, tmp_path):
    (tmp_path / "a.txt").write_text(
        "عنوان\nأكّد الوزير أن إسرائيل قصفت ٣ مواقع، وأنّ المفاوضـــات مستمرة.", "utf-8")
    (tmp_path / "b.txt").write_text("خبر آخر عن الاقتصاد والأسعار.", "utf-8")
    import_paths(db, [tmp_path], extract=False)
    return db


@pytest.mark.parametrize("query", ["اسرائيل", "إسرائيل", "إِسْرَائِيل", "المفاوضات", "اكد",
                                   "3 مواقع"])
def test_normalized_queries_find_the_article(loaded, query):
    with loaded.session() as s:
        res = search(s, query)
    assert len(res.articles) == 1
    hit = res.articles[0]
    with loaded.session() as s:
        from models import Article

        body = s.get(Article, hit.id).body
    assert hit.start >= 0 and body[hit.start:hit.end].strip()
    assert "إسرائيل" in hit.snippet or "مواقع" in hit.snippet or "المفاوض" in hit.snippet \
        or "أكّد" in hit.snippet


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "*", "a:b", "'; DROP TABLE articles;--",
                                   "^", "()", "", "   ", "\u202b", "😀"])
def test_fts_syntax_is_literal_never_an_error(loaded, query):
    with loaded.session() as s:
        res = search(s, query)
        assert res.articles == [] or all(a.id for a in res.articles)
        assert services.stats(s)["articles"] == 2


def test_claims_are_searchable(loaded):
    with loaded.session() as s:
        c = services.create_claim(s, 1, 6, 30, "huda")
        res = search(s, "الوزير")
        assert [h.id for h in res.claims] == [c.id]
        body = c.article_id
        assert body == 1
