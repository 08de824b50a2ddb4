"""Cross-source panel, story matrix, entity manager on the demo corpus."""
from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from sqlalchemy import select

from models import Claim, ClaimLink, Mention, ReviewEvent


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo corpus imported and matched once; each test gets a copy."""
    from storage import linking, stories
    from storage.db import Database
    from storage.importer import import_paths
    from ui.first_run import demo_files

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database.open(path)
    import_paths(db, demo_files())
    with db.session() as s:
        linking.suggest(s)
        stories.assign_stories(s)
    db.dispose()
    return path


@pytest.fixture
def demo(qtbot, demo_file, tmp_path, ui_settings):
    from storage.db import Database
    from tests.ui.conftest import shown_window

    path = tmp_path / "isnad.sqlite3"
    shutil.copyfile(demo_file, path)
    db = Database.open(path)
    win = shown_window(qtbot, db, ui_settings)
    yield win
    win.tasks.shutdown()
    db.dispose()


def _claim_with_suggestion(win, *, with_discrepancy=False):
    """Open the article of a claim that has a suggested cross-outlet match."""
    with win.db.session() as s:
        links = s.scalars(select(ClaimLink).where(ClaimLink.status == "suggested")
                          .order_by(ClaimLink.score.desc(), ClaimLink.id)).all()
        if with_discrepancy:
            links = [ln for ln in links if any(
                d["kind"] in ("place", "number", "title", "date") for d in ln.discrepancies)]
        count: dict[int, int] = {}
        for ln in links:
            for c in (ln.claim_a_id, ln.claim_b_id):
                count[c] = count.get(c, 0) + 1
        cid = max(count, key=lambda c: (count[c], -c)) if not with_discrepancy \
            else links[0].claim_a_id
        aid = s.get(Claim, cid).article_id
    win.open_article(aid, cid)
    win.side_tabs.setCurrentWidget(win.crosssource)
    return cid


def _link_events(win):
    with win.db.session() as s:
        return [(e.action, (e.after or {}).get("status")) for e in s.scalars(
            select(ReviewEvent).where(ReviewEvent.target == "link").order_by(ReviewEvent.id))]


def _pair(win, a, b):
    from storage import link_ops

    with win.db.session() as s:
        return link_ops.pair_state(s, a, b)


def test_panel_lists_matches_from_other_outlets(demo):
    cid = _claim_with_suggestion(demo)
    panel = demo.crosssource
    assert panel.model.rowCount() > 0
    this_outlet = panel.model.matches[0]["this"]["outlet"]
    for m in panel.model.matches:
        assert m["this"]["id"] == cid
        assert m["other"]["outlet"] != this_outlet
    assert panel.current() is not None  # the first suggestion is ready for the L key
    assert panel.other_side.view.toPlainText() == panel.current()["other"]["text"]
    assert "(" in demo.side_tabs.tabText(1)


def test_accept_with_l_writes_a_confirmed_link_and_undo_restores(qtbot, demo):
    cid = _claim_with_suggestion(demo)
    panel = demo.crosssource
    m = panel.current()
    other, relation = m["other"]["id"], m["relation"]
    demo.pane.view.setFocus()  # the key works from the article text too
    qtbot.keyClick(demo.pane.view, Qt.Key.Key_L)
    state = _pair(demo, cid, other)
    assert (state["status"], state["relation"]) == ("confirmed", relation)
    assert _link_events(demo) == [("link", "confirmed")]
    row = next(r for r in panel.model.matches if r["other"]["id"] == other)
    assert row["status"] == "confirmed"
    demo.undo.undo()
    state = _pair(demo, cid, other)
    assert (state["status"], state["relation"]) == ("suggested", relation)
    assert _link_events(demo)[-1] == ("restore", "suggested")
    demo.undo.redo()
    assert _pair(demo, cid, other)["status"] == "confirmed"


def test_accept_as_another_relation_and_reject(qtbot, demo):
    cid = _claim_with_suggestion(demo)
    panel = demo.crosssource
    panel.table.setFocus()
    first = panel.current()["other"]["id"]
    qtbot.keyClick(panel.table, Qt.Key.Key_3, Qt.KeyboardModifier.ShiftModifier)
    assert (_pair(demo, cid, first)["relation"], _pair(demo, cid, first)["status"]) == \
        ("contradicts", "confirmed")
    target = panel.current()
    second = target["other"]["id"]
    assert second != first and target["status"] == "suggested"  # moved on to the next one
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert _pair(demo, cid, second)["status"] == "rejected"
    assert all(r["other"]["id"] != second for r in panel.model.matches)  # rejected: hidden
    demo.undo.undo()
    assert _pair(demo, cid, second)["status"] == "suggested"
    assert any(r["other"]["id"] == second for r in panel.model.matches)


def test_differences_are_coloured_in_both_texts(demo):
    from ui.crosssource import KIND_COLOURS, discrepancy_spans
    from ui.offsets import OffsetMap

    _claim_with_suggestion(demo, with_discrepancy=True)
    panel = demo.crosssource
    m = next(r for r in panel.model.matches if any(
        d["kind"] in ("place", "number", "title", "date") for d in r["discrepancies"]))
    panel._select(m["link_id"])
    assert panel.current() is m
    checked = 0
    for side, key, widget in (("a", "this", panel.this_side), ("b", "other", panel.other_side)):
        text = m[key]["text"]
        spans = discrepancy_spans(text, m["discrepancies"], side)
        assert spans, f"no span for {side} in {text!r}"
        omap = OffsetMap(text)
        doc = widget.view.document()
        assert doc.toPlainText() == text
        for start, end, kind in spans:
            assert text[start:end]
            cur = QTextCursor(doc)
            cur.setPosition(omap.to_qt(start) + 1)  # after the span's first character (UTF-16)
            assert cur.charFormat().background().color().name() == KIND_COLOURS[kind]
            cur.setPosition(omap.to_qt(end))  # its last character
            assert cur.charFormat().background().color().name() == KIND_COLOURS[kind]
            checked += 1
        outside = next(i for i in range(len(text)) if all(not s <= i < e for s, e, _ in spans))
        cur = QTextCursor(doc)
        cur.setPosition(omap.to_qt(outside) + 1)
        assert cur.charFormat().background().color().name() not in KIND_COLOURS.values()
    assert checked >= 2


def test_value_spans_use_the_offset_map():
    from ui.crosssource import value_spans

    text = "قال 😀 إنَّ القوات دخلت الأنبار وبغداد في 2013 و3 أيام"
    (s, e), = value_spans(text, "الانبار")            # hamza folded, original span back
    assert text[s:e] == "الأنبار"
    assert [text[a:b] for a, b in value_spans(text, "بغداد، الأنبار")] == ["الأنبار", "بغداد"]
    assert [text[a:b] for a, b in value_spans(text, "3")] == ["3"]  # not the 3 of 2013
    assert value_spans(text, "(بلا نفي)") == []


def test_link_to_by_hand(qtbot, demo, monkeypatch):
    from ui import crosssource

    cid = _claim_with_suggestion(demo)
    with demo.db.session() as s:
        mine = s.get(Claim, cid).article_id
        target = s.scalars(select(Claim).where(Claim.article_id != mine)
                           .order_by(Claim.id.desc())).first()
        tid = target.id
    dialogs = []

    def fake_exec(dlg):
        dlg.query.setText(target.text.split()[1] + " " + target.text.split()[2])
        dlg.run()
        row = next(i for i, c in enumerate(dlg.model.claims) if c["id"] == tid)
        dlg.list.setCurrentIndex(dlg.model.index(row))
        dlg.relation_box.setCurrentIndex(dlg.relation_box.findData("supports"))
        dialogs.append(dlg)
        return crosssource.QDialog.DialogCode.Accepted
    monkeypatch.setattr(crosssource.LinkDialog, "exec", fake_exec)
    before = _pair(demo, cid, tid)
    demo.crosssource.link_to()
    assert dialogs and _pair(demo, cid, tid)["relation"] == "supports"
    assert _pair(demo, cid, tid)["status"] == "confirmed"
    demo.undo.undo()
    assert _pair(demo, cid, tid) == before


def test_story_matrix_model_and_click_opens_the_claim(qtbot, qtmodeltester, demo):
    from storage import stories
    from ui.story_view import CLAIM_ROLE, DIFFERS_ROLE

    win = demo.show_story()
    qtbot.waitUntil(lambda: not win.loading, timeout=10_000)
    qtmodeltester.check(win.model)
    with demo.db.session() as s:
        outlets = {o for o in stories.stories(s)[0]["outlets"]}
    assert win.story_box.currentData() is not None  # the only story is chosen
    assert win.model.columnCount() == len(outlets) == 5
    heads = {win.model.headerData(c, Qt.Orientation.Horizontal).strip("\u2068\u2069")
             for c in range(win.model.columnCount())}
    assert heads == outlets
    assert win.model.rowCount() > 0
    idx = next(win.model.index(r, c) for r in range(win.model.rowCount())
               for c in range(win.model.columnCount())
               if win.model.data(win.model.index(r, c), CLAIM_ROLE) is not None)
    aid, cid = win.model.data(idx, CLAIM_ROLE)
    assert win.model.data(idx).strip()
    coloured = [win.model.index(r, c) for r in range(win.model.rowCount())
                for c in range(win.model.columnCount())
                if win.model.data(win.model.index(r, c), DIFFERS_ROLE)]
    for i in coloured:
        assert win.model.data(i, Qt.ItemDataRole.BackgroundRole) is not None
    rect = win.table.visualRect(idx)
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (demo.article_id, demo.claim_id) == (aid, cid)
    win.story_box.setCurrentIndex(0)  # all stories
    qtbot.waitUntil(lambda: not win.loading, timeout=10_000)
    qtmodeltester.check(win.model)


def test_entity_merge_moves_mentions_and_claims(qtbot, qtmodeltester, demo):
    from storage import team

    with demo.db.session() as s:
        team.set_role(s, "tester", "lead", "tester")
    win = demo.show_entities()
    qtmodeltester.check(win.model)
    people = [e for e in win.model.all if e["kind"] == "person" and e["mentions"] > 1]
    keep, gone = people[0], people[1]
    with demo.db.session() as s:
        moved_mentions = set(s.scalars(select(Mention.id).where(Mention.entity_id == gone["id"])))
        moved_claims = set(s.scalars(select(Claim.id).where(
            Claim.speaker_entity_id == gone["id"])))
    assert moved_mentions or moved_claims
    # the manager filters by kind and by name
    win.kind_box.setCurrentIndex(win.kind_box.findData("person"))
    win.search.setText(gone["name"])
    assert [e["id"] for e in win.model.rows][:1] == [gone["id"]]
    win.search.clear()
    with qtbot.waitSignal(win.changed):
        assert win.merge(keep["id"], [gone["id"]])
    with demo.db.session() as s:
        assert set(s.scalars(select(Mention.id).where(Mention.entity_id == keep["id"]))) \
            >= moved_mentions
        assert set(s.scalars(select(Claim.id).where(
            Claim.speaker_entity_id == keep["id"]))) >= moved_claims
        events = s.scalars(select(ReviewEvent).where(ReviewEvent.action == "merge")).all()
    assert len(events) == 1
    assert win.entity(gone["id"]) is None
    assert gone["name"] in win.entity(keep["id"])["aliases"]
    # split back the mentions of one alias
    win.select_entity(keep["id"])
    rows = [r for r in win.mentions.rows if r["kind"] == "mention"][:1]
    assert win.split(keep["id"], "شخص آخر", mention_ids=[r["id"] for r in rows])
    new = next(e for e in win.model.all if e["name"] == "شخص آخر")
    win.select_entity(new["id"])
    assert [r["id"] for r in win.mentions.rows if r["kind"] == "mention"] == \
        [r["id"] for r in rows]


def test_merge_needs_a_lead(demo, monkeypatch):
    from ui import entity_manager

    warned = []
    monkeypatch.setattr(entity_manager.QMessageBox, "warning",
                        lambda *a: warned.append(a[2]))
    win = demo.show_entities()
    a, b = win.model.all[0], win.model.all[1]
    assert not win.merge(a["id"], [b["id"]])
    assert warned and "lead" in warned[0]
    assert win.entity(b["id"]) is not None


def test_titles_each_outlet_used_are_listed(demo):
    win = demo.show_entities()
    win.select_title_clash()
    e = win.entity(win.current_id())
    assert len(e["title_values"]) > 1
    titles = {r["title"] for r in win.mentions.rows if r["title"]}
    assert titles >= set(e["title_values"])
    outlets = {r["outlet"] for r in win.mentions.rows if r["title"]}
    assert len(outlets) > 1


def test_import_in_the_app_computes_suggestions_and_stories(qtbot, window, ui_db):
    from ui import first_run

    window.run_import(first_run.demo_files())
    qtbot.waitUntil(lambda: window.import_job is None, timeout=30_000)
    qtbot.waitUntil(lambda: window.link_job is None, timeout=30_000)
    from models import Article

    with ui_db.session() as s:
        assert s.scalars(select(ClaimLink)).first() is not None
        assert all(a.links_computed_at is not None and a.story_id is not None
                   for a in s.scalars(select(Article)))


def test_matching_runs_in_its_own_process_and_stops_with_the_window(qtbot, window, ui_db):
    from storage.importer import import_paths
    from ui import first_run

    import_paths(ui_db, first_run.demo_files())
    window.update_links()
    job = window.link_job
    assert job is not None and job.proc.pid != os.getpid() and job.proc.is_alive()
    window.close()
    assert window.link_job is None and not job.proc.is_alive()
