"""Every model passes pytest-qt's qtmodeltester; offsets survive emoji."""
from __future__ import annotations

from hypothesis import given, strategies as st

from ui.bidi import isolate
from ui.offsets import OffsetMap, cp_to_utf16, utf16_to_cp


def test_article_list_model(qtmodeltester, ui_db, sample):
    from ui.article_list import ArticleListModel

    model = ArticleListModel(ui_db)
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.set_filters(outlet_id=None, status="unreviewed")
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_article_list_filters_and_sort(ui_db, sample):
    from PySide6.QtCore import Qt

    from storage import queries
    from ui.article_list import ArticleListModel

    model = ArticleListModel(ui_db)
    model.reload()
    with ui_db.session() as s:
        outlets = dict((n, i) for i, n in queries.outlets(s))
    model.set_filters(outlet_id=outlets["شفق نيوز"])
    assert [model.data(model.index(0, 0))] == [isolate("شفق نيوز")]
    model.set_filters()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    titles = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert titles == sorted(titles)


def test_claims_model_and_proxy(qtmodeltester, ui_db, sample):
    from PySide6.QtCore import Qt

    from storage import ui_queries
    from ui.claims_table import ClaimsModel, ClaimsProxy

    (aid, _), _ = sample
    with ui_db.session() as s:
        claims = ui_queries.claim_rows(s, aid)
    model = ClaimsModel()
    model.set_claims(claims)
    qtmodeltester.check(model)
    proxy = ClaimsProxy()
    proxy.setSourceModel(model)
    proxy.sort(5, Qt.SortOrder.DescendingOrder)  # check-worthiness
    worth = [float(proxy.index(r, 5).data()) for r in range(proxy.rowCount())]
    assert worth == sorted(worth, reverse=True)
    proxy.set_status("confirmed")
    assert proxy.rowCount() == 0
    qtmodeltester.check(proxy)


def test_hits_model(qtmodeltester):
    from ui.search import Hit, HitsModel

    model = HitsModel()
    model.set_hits([Hit(1, None, "عنوان", 0, 3), Hit(1, 2, "ادعاء", 4, 9)])
    qtmodeltester.check(model)


def test_offsets_with_emoji():
    text = "قال 😀 إن 👍🏽 النمو"
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        q = len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_qt(cp) == q == cp_to_utf16(text, cp)
        assert m.to_cp(q) == cp == utf16_to_cp(text, q)
    inside = m.to_qt(text.index("😀")) + 1  # between the two halves of the pair
    assert m.to_cp(inside) == text.index("😀")


@given(st.text(max_size=40))
def test_offsets_round_trip(text):
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        assert m.to_cp(m.to_qt(cp)) == cp
        assert m.to_qt(cp) == len(text[:cp].encode("utf-16-le", "surrogatepass")) // 2
