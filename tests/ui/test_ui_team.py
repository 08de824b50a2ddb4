"""Team mode in the window: two real connections on one database (SQLite file,
and the test run's PostgreSQL server), the conflict dialog's three answers,
refused saves kept off the undo stack, live refresh, connecting with a
password prompt, double review and the agreement table.

Screenshots (Arabic, RTL) go to $ISNAD_SHOTS when set, else the test's tmp dir.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from models import Claim, ReviewEvent
from models.team import DoubleReview
from storage import services, team
from storage.db import Database
from tests.ui.conftest import BODY, CLAIMS, SECOND_BODY, add_article
from ui import conflict
from ui.settings import Settings


def _settings(tmp_path: Path, name: str) -> Settings:
    s = Settings(QSettings(str(tmp_path / f"settings-{name}.ini"), QSettings.Format.IniFormat))
    s.reviewer = name
    return s


def _window(qtbot, db, settings, live=True):
    from ui.main_window import MainWindow

    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    if not live:
        win.team.live.stop()
    return win


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("ISNAD_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def arabic(qapp):
    from ui.app import install_translations

    trs = install_translations(qapp, "ar")
    yield
    for tr in trs:
        qapp.removeTranslator(tr)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture
def shared(db_url):
    """Two Database objects (two real connections) on one database, with claims."""
    a, b = Database.open(db_url), Database.open(db_url)
    aid, ids = add_article(a, BODY, CLAIMS, "الاقتصاد ينمو", outlet="المدى")
    add_article(a, SECOND_BODY, ("محصول القمح تضاعف هذا الموسم",), "تقرير الزراعة",
                outlet="شفق نيوز")
    yield a, b, aid, ids
    a.dispose()
    b.dispose()


def _events(db, claim_id):
    with db.session() as s:
        return [(e.action, e.reviewer.name) for e in s.scalars(
            select(ReviewEvent).where(ReviewEvent.target == "claim",
                                      ReviewEvent.target_id == claim_id)
            .order_by(ReviewEvent.id))]


def _claim(db, claim_id):
    with db.session() as s:
        return services.claim_state(s.get(Claim, claim_id))


def _answer(monkeypatch, choice, picks=None, seen=None):
    """Answer the conflict dialog by clicking, as a reviewer would."""
    def respond(dlg):
        if seen is not None:
            seen.append(dlg)
        for field, side in (picks or {}).items():
            dlg.radios[(field, side)].click()
        {"mine": dlg.keep_mine, "theirs": dlg.take_theirs, "merge": dlg.merge}[choice].click()
    monkeypatch.setattr(conflict.ConflictDialog, "respond", staticmethod(respond))


def _edit_and_save(qtbot, win, note, verdict_index=None):
    win.inspector.note.setText(note)
    if verdict_index is not None:
        win.inspector.verdict.setCurrentIndex(verdict_index)
    qtbot.mouseClick(win.inspector.apply, Qt.MouseButton.LeftButton)


# -- conflicts ------------------------------------------------------------------------

@pytest.mark.parametrize("choice", ["mine", "theirs", "merge"])
def test_other_reviewer_saved_first_dialog_choice_decides_and_nothing_is_lost(
        qtbot, monkeypatch, tmp_path, shared, choice):
    a, b, aid, ids = shared
    win = _window(qtbot, a, _settings(tmp_path, "amal"), live=False)
    win.open_article(aid, ids[0])
    with b.session() as s:  # Bashir saves first, through the services
        services.review_claim(s, ids[0], "bashir", status="rejected", note="رأي بشير")
    seen: list = []
    _answer(monkeypatch, choice, picks={"note": "theirs", "verdict": "mine"}, seen=seen)
    _edit_and_save(qtbot, win, "رأي أمل", verdict_index=4)  # 4 = "false"

    dlg = seen[0]
    assert dlg.theirs["status"] == "rejected" and dlg.theirs["note"] == "رأي بشير"
    assert dlg.mine["note"] == "رأي أمل" and dlg.mine["verdict"] == "false"
    assert set(dlg.diff) == {"status", "verdict", "note"}
    assert "bashir" in dlg.header.text()
    state = _claim(b, ids[0])
    log = _events(b, ids[0])
    if choice == "mine":
        assert (state["status"], state["note"], state["verdict"]) == ("rejected", "رأي أمل",
                                                                       "false")
        assert log == [("review", "bashir"), ("review", "amal")]
        assert win.undo.count() == 1
    elif choice == "theirs":
        assert (state["status"], state["note"], state["verdict"]) == ("rejected", "رأي بشير",
                                                                       None)
        assert log == [("review", "bashir")]
        assert win.undo.count() == 0
        assert win.inspector.note.text() == "رأي بشير"  # the desk shows theirs
    else:
        assert (state["status"], state["note"], state["verdict"]) == ("rejected", "رأي بشير",
                                                                       "false")
        assert log == [("review", "bashir"), ("review", "amal")]
    if choice != "theirs":  # undo puts Bashir's version back, not the one Amal started from
        win.undo.undo()
        state = _claim(b, ids[0])
        assert (state["status"], state["note"], state["verdict"]) == ("rejected", "رأي بشير",
                                                                       None)
    assert win.claims.model.claims[0]["status"] == "rejected"


def test_a_third_save_during_the_dialog_brings_it_back_with_the_newer_version(
        qtbot, monkeypatch, tmp_path, sqlite_db):
    b = Database.open(sqlite_db.url.render_as_string(hide_password=False))
    aid, ids = add_article(sqlite_db, BODY, CLAIMS, "خبر")
    win = _window(qtbot, sqlite_db, _settings(tmp_path, "amal"), live=False)
    win.open_article(aid, ids[0])
    with b.session() as s:
        services.review_claim(s, ids[0], "bashir", note="أولى")
    seen = []

    def respond(dlg):
        seen.append(dict(dlg.theirs))
        if len(seen) == 1:  # someone else saves while Amal reads the dialog
            with b.session() as s:
                services.review_claim(s, ids[0], "carim", note="ثانية")
        dlg.keep_mine.click()
    monkeypatch.setattr(conflict.ConflictDialog, "respond", staticmethod(respond))
    _edit_and_save(qtbot, win, "أمل")
    assert [t["note"] for t in seen] == ["أولى", "ثانية"]
    assert _claim(b, ids[0])["note"] == "أمل"
    assert _events(b, ids[0]) == [("review", "bashir"), ("review", "carim"), ("review", "amal")]
    b.dispose()


def test_conflict_dialog_screenshot_arabic(qtbot, arabic, shots):
    mine = conflict.mine_state({"status": "pending", "verdict": None, "corrected_text": None,
                                "note": None, "speaker_display": "وزير التخطيط", "text": "نص",
                                "speaker_entity_id": 1},
                               {"verdict": "false", "note": "المصدر الرسمي ينفي الرقم"})
    theirs = conflict.theirs_state({"status": "corrected", "verdict": "misleading",
                                    "corrected_text": "الاقتصاد العراقي سينمو بنسبة 4 بالمئة",
                                    "note": "راجعتُ تقرير البنك الدولي 2024", "version": 3,
                                    "speaker_entity_id": 1}, "وزير التخطيط")
    dlg = conflict.ConflictDialog(mine, theirs, "بشير", "2024-05-02 10:41",
                                  {"verdict", "note"})
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.isRightToLeft()
    assert dlg.merge.text() != "Merge as &chosen"  # translated
    dlg.grab().save(str(shots / "conflict-ar.png"))
    for button in (dlg.keep_mine, dlg.take_theirs, dlg.merge):  # nothing clipped
        assert button.width() >= button.sizeHint().width()

    from ui.team import ChangedBanner, ConnectDialog

    connect = ConnectDialog("postgresql://huda@db.newsroom.example/isnad")
    qtbot.addWidget(connect)
    connect.show()
    qtbot.waitExposed(connect)
    connect.grab().save(str(shots / "connect-ar.png"))
    banner = ChangedBanner()
    qtbot.addWidget(banner)
    banner.show_for(1, "بشير")
    banner.resize(330, banner.sizeHint().height())
    banner.grab().save(str(shots / "banner-ar.png"))


# -- refused saves --------------------------------------------------------------------

def test_permission_denied_is_a_message_and_not_an_undo_step(qtbot, monkeypatch, window,
                                                             sample):
    from ui import main_window
    from ui.commands import ReviewCommand

    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "warning",
                        lambda parent, title, text: shown.append((title, text)))
    (aid, ids), _ = sample
    window.open_article(aid, ids[0])
    window.decide("confirmed")
    assert window.undo.count() == 1
    window.select_claim(ids[0])
    window._push(ReviewCommand(window.ctx, window.current_claim(), "Reopen", status="pending"))
    assert shown and "only a lead" in shown[-1][1]
    assert window.undo.count() == 1  # the refused reopen is not on the stack
    assert _claim(window.db, ids[0])["status"] == "confirmed"


def test_database_busy_is_a_message_and_not_an_undo_step(qtbot, monkeypatch, tmp_path):
    import storage.db

    from ui import main_window

    monkeypatch.setattr(storage.db, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "busy.sqlite3"
    db = Database.open(path)
    aid, ids = add_article(db, BODY, CLAIMS, "خبر")
    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    win = _window(qtbot, db, _settings(tmp_path, "amal"), live=False)
    win.open_article(aid, ids[0])
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        win.decide("confirmed")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert shown and "busy" in shown[0] and "not saved" in shown[0]
    assert win.undo.count() == 0
    assert _claim(db, ids[0])["status"] == "pending"
    win.select_claim(ids[0])
    win.decide("confirmed")  # the lock is gone: saved
    assert win.undo.count() == 1 and _claim(db, ids[0])["status"] == "confirmed"
    win.tasks.shutdown()
    db.dispose()


# -- live refresh ---------------------------------------------------------------------

def test_others_decisions_appear_without_reopening_and_unsaved_edits_are_kept(
        qtbot, monkeypatch, tmp_path, shared):
    a, b, aid, ids = shared
    win = _window(qtbot, a, _settings(tmp_path, "amal"))
    win.open_article(aid, ids[0])
    with b.session() as s:  # another claim of the open article
        services.review_claim(s, ids[1], "huda", status="confirmed")
    row = win.claims.model.row_of(ids[1])
    qtbot.waitUntil(lambda: win.claims.model.claims[row]["status"] == "confirmed",
                    timeout=8000)
    assert "✓" in win.claims.model.index(row, 6).data()
    arts = win.articles.model
    assert arts.index(arts.row_of(aid), 3).data() == "1/4"  # the article row too
    assert not win.team.banner.isVisible()

    win.inspector.note.setText("ملاحظتي لم تُحفظ بعد")  # an edit in progress
    with b.session() as s:
        services.review_claim(s, ids[0], "huda", status="rejected", note="ملاحظة هدى")
    qtbot.waitUntil(win.team.banner.isVisible, timeout=8000)
    assert "huda" in win.team.banner.label.text()
    assert win.inspector.note.text() == "ملاحظتي لم تُحفظ بعد"  # not overwritten
    assert win.claims.model.claims[0]["status"] == "rejected"
    qtbot.mouseClick(win.team.banner.reload, Qt.MouseButton.LeftButton)
    assert win.inspector.note.text() == "ملاحظة هدى"
    assert not win.team.banner.isVisible()


# -- connecting -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def pg_password_server():
    from tests.pgserver import PgServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL binaries not installed")
    server = PgServer(bindir, password="pw-" + uuid.uuid4().hex[:10]).start()
    yield server
    server.stop()


def test_connect_asks_the_password_and_saves_the_url_without_it(
        qtbot, monkeypatch, tmp_path, window, pg_password_server):
    from ui import team as teamui

    url = pg_password_server.new_database()
    asked = []
    monkeypatch.setattr(teamui.QInputDialog, "getText", lambda *a, **k: (
        asked.append(a[2]) or (pg_password_server.password, True)))

    def respond(dlg):
        dlg.url_edit.setText(url)
        dlg.ok.click()
    monkeypatch.setattr(teamui.ConnectDialog, "respond", staticmethod(respond))
    acts = window.file_menu.actions()
    assert acts.index(window.team.connect_action) == acts.index(
        window.station.recent_menu.menuAction()) - 1  # File > Connect…, above Recent
    with qtbot.waitSignal(window.database_requested) as opened:
        window.team.connect_action.trigger()
    saved = window.settings.get("team/url")
    assert len(asked) == 1 and pg_password_server.password not in asked[0]
    from sqlalchemy.engine import make_url

    assert make_url(saved) == make_url(url)
    assert saved in window.station.recent.items()
    window.settings.store.sync()
    ini = Path(window.settings.store.fileName()).read_text()
    assert pg_password_server.password not in ini
    team_db = Database.open(opened.args[0])  # the password stays in memory for this run
    assert team_db.dialect == "postgresql"
    team_db.dispose()


def test_connect_dialog_builds_the_url_from_fields(qtbot):
    from ui.team import ConnectDialog

    dlg = ConnectDialog()
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.host, "db.newsroom.example")
    qtbot.keyClicks(dlg.database, "isnad")
    qtbot.keyClicks(dlg.user, "huda")
    assert dlg.url() == "postgresql://huda@db.newsroom.example/isnad" and dlg.ok.isEnabled()
    dlg.host.clear()
    qtbot.keyClicks(dlg.host, "/var/run/postgresql")
    assert dlg.url() == "postgresql://huda@/isnad?host=/var/run/postgresql"


def test_role_in_the_status_bar(qtbot, window, sample):
    assert "tester" in window.team.role_label.text()
    assert "reviewer" in window.team.role_label.text()
    with window.db.session() as s:
        team.set_role(s, "tester", "lead", by="tester")
    window.team.refresh_role()
    assert "lead" in window.team.role_label.text()


# -- double review and agreement --------------------------------------------------------

def test_double_review_assign_record_apart_and_agreement(qtbot, tmp_path, qtmodeltester,
                                                         arabic, shots):
    path = tmp_path / "team.sqlite3"
    lead_db, huda_db = Database.open(path), Database.open(path)
    aid, ids = add_article(lead_db, BODY, CLAIMS, "الاقتصاد ينمو", outlet="المدى")
    with lead_db.session() as s:
        team.set_role(s, "layla", "lead", by="layla")
        services.reviewer(s, "huda"), services.reviewer(s, "omar")
    lead = _window(qtbot, lead_db, _settings(tmp_path, "layla"), live=False)
    assert "مشرف" in lead.team.role_label.text()  # lead

    dlg = lead.team.double_review()
    qtbot.waitExposed(dlg)
    dlg.size.setValue(len(ids))
    dlg.first.setCurrentText("huda")
    dlg.second.setCurrentText("omar")
    dlg.grab().save(str(shots / "double-review-ar.png"))
    with qtbot.waitSignal(dlg.assigned):
        dlg.ok.click()
    with lead_db.session() as s:
        assert s.scalar(select(DoubleReview.id).limit(1)) is not None

    huda = _window(qtbot, huda_db, _settings(tmp_path, "huda"), live=False)
    huda.open_article(aid, ids[0])
    assert huda.claims.model.index(0, 0).data().startswith("⚑")
    assert huda.team.double_label.isVisible()
    huda.decide("confirmed")
    huda.select_claim(ids[0])
    huda.set_verdict("false")
    assert huda.undo.count() == 0  # recorded apart, not a change of the claim
    assert _claim(huda_db, ids[0])["status"] == "pending"
    with huda_db.session() as s:
        rows = {r.claim_id: (r.status, r.verdict) for r in s.scalars(select(DoubleReview))
                if r.reviewer_id == services.reviewer(s, "huda").id}
    assert rows[ids[0]] == ("confirmed", "false")

    with lead_db.session() as s:  # Omar, elsewhere; Huda never sees his judgement
        for n, cid in enumerate(ids):
            team.record_independent(s, cid, "omar", "confirmed" if n < 3 else "rejected",
                                    "false")
            if n:
                team.record_independent(s, cid, "huda", "confirmed" if n < 2 else "rejected",
                                        "false" if n % 2 else "true")
    huda.select_claim(ids[1])
    history = huda.inspector._history.stringList()
    assert not any("omar" in line for line in history)

    agree = lead.team.show_agreement()
    qtbot.waitUntil(lambda: not agree.loading, timeout=15000)
    qtmodeltester.check(agree.model)
    rows = agree.model.rows
    assert {r["kind"] for r in rows} == {"overall", "pair", "outlet"}
    pair = [r for r in rows if r["kind"] == "pair" and r["field"] == "status"][0]
    assert pair["group"] == "huda · omar" and pair["n"] == len(ids)
    assert pair["kappa"] is not None and pair["alpha"] is not None
    outlet = [r for r in rows if r["kind"] == "outlet"][0]
    assert outlet["group"] == "المدى"
    agree.resize(900, 420)
    agree.grab().save(str(shots / "agreement-ar.png"))
    lead.team.role_label.window().grab().save(str(shots / "desk-team-ar.png"))
    huda.grab().save(str(shots / "desk-double-ar.png"))
    for w in (lead, huda):
        w.tasks.shutdown()
    lead_db.dispose()
    huda_db.dispose()


def test_only_a_lead_may_assign(qtbot, window, sample):
    dlg = window.team.double_review()
    assert not dlg.ok.isEnabled() and dlg.error.text()
    assert dlg.assign() is None and dlg.error.text()


def test_recent_team_database_asks_the_password_it_needs(
        qtbot, monkeypatch, window, pg_password_server):
    from ui import app as appmod
    from ui import team as teamui

    url = pg_password_server.new_database()  # as Recent stores it: no password
    asked = []
    monkeypatch.setattr(teamui.QInputDialog, "getText", lambda *a, **k: (
        asked.append(a[2]) or (pg_password_server.password, True)))
    new = appmod.Reopener(None).reopen(window, url)
    assert new is not None and len(asked) == 1
    qtbot.addWidget(new)
    assert new.db.dialect == "postgresql"
    assert pg_password_server.password not in str(new.db.url)  # rendered without it
    new.close()
