"""A reviewer's workstation: first run, recent databases, help, shortcuts, accessibility."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCalendarWidget,
    QComboBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QToolButton, QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
# Widgets of views being built at the same time by another engineer (cross-source panel,
# story window, entity manager, export menu): still walked, but reported by the xfail test
# below rather than failing the suite. Remove a name once its widgets are named.
KNOWN_GAPS = ()
KNOWN_MENU_GAPS = ()
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QAbstractSpinBox)


# -- helpers ------------------------------------------------------------------------------
def _internal(w: QWidget) -> bool:
    """Parts of a composite control that Qt makes itself (named through their owner)."""
    if isinstance(w, QHeaderView) or w.objectName().startswith(("qt_", "_q_")):
        return True
    if type(w).__name__ in ("QTableCornerButton", "QLineEditIconButton"):
        return True
    if isinstance(w, QToolButton) and isinstance(w.parentWidget(), QLineEdit):
        return True  # the clear button
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, (QComboBox, QAbstractSpinBox, QCalendarWidget)):
            return True
        if isinstance(w, QToolButton) and type(p).__name__ in ("QTabBar", "QToolBarExtension"):
            return True
        p = p.parentWidget()
    return False


def _name(w: QWidget) -> str:
    if w.accessibleName().strip():
        return w.accessibleName()
    if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
        return w.text()
    if isinstance(w, QToolButton) and w.defaultAction() is not None:
        return w.defaultAction().text()
    return ""


def _label(w: QWidget) -> str:
    path, p = [], w
    while p is not None:
        path.append(p.objectName() or type(p).__name__)
        p = p.parentWidget()
    return f"{type(w).__name__} in {' < '.join(path[1:4])}"


def _in_known_gap(w: QWidget) -> bool:
    p = w
    while p is not None:
        if type(p).__name__ in KNOWN_GAPS:
            return True
        p = p.parentWidget()
    return False


def unnamed(root: QWidget, gaps: bool = False) -> list[str]:
    """Interactive controls under root without an accessible name or without a tooltip
    (those in KNOWN_GAPS only when ``gaps``)."""
    bad = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or _internal(w) or _in_known_gap(w) != gaps:
            continue
        if not _name(w):
            bad.append("no name: " + _label(w))
        elif not w.toolTip().strip() and not (isinstance(w, QAbstractButton) and w.text()):
            bad.append(f"no tooltip: {_label(w)} ({_name(w)})")
    return bad


@pytest.fixture
def desk(window, sample):
    (aid, _), _ = sample
    window.reload_articles()
    window.open_article(aid)
    return window


# -- first run ----------------------------------------------------------------------------
def test_welcome_asks_name_language_and_offers_demo(qtbot, tmp_path):
    from ui import first_run
    from ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert first_run.needs_welcome(settings)
    dlg = first_run.WelcomeDialog(settings, offer_demo=True)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert unnamed(dlg) == []
    text = " ".join(label.text() for label in dlg.findChildren(QLabel))
    for key, what in (("A", "confirm"), ("X", "reject"), ("J", "next")):
        assert f"<b>{key}</b>" in text and what in text
    assert dlg.demo.isChecked()
    qtbot.keyClicks(dlg.name, "  Huda Nasser ")
    dlg.language.setCurrentIndex(dlg.language.findData("ar"))
    qtbot.keyClick(dlg.name, Qt.Key.Key_Return)  # Enter presses Start
    assert dlg.result() == dlg.DialogCode.Accepted
    assert settings.reviewer == "Huda Nasser"
    assert settings.language == "ar" and settings.ui_language() == "ar"
    assert dlg.wants_demo()
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert not first_run.needs_welcome(again) and again.reviewer == "Huda Nasser"


def test_welcome_without_demo_files_does_not_offer_them(qtbot, ui_settings):
    from ui import first_run

    dlg = first_run.WelcomeDialog(ui_settings, offer_demo=False)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.demo.isVisible() and not dlg.wants_demo()


# -- title, icon, recent databases --------------------------------------------------------
def test_title_has_name_version_and_database(window, ui_db):
    from ui.about import version

    title = window.windowTitle()
    assert "Isnad" in title and version() in title and version() != "unknown"
    assert ui_db.sqlite_path.name in title
    assert not window.windowIcon().isNull()
    pix = window.windowIcon().pixmap(16, 16).toImage()
    assert len({pix.pixel(x, y) for x in range(16) for y in range(16)}) > 3  # drawn, not blank


def test_recent_menu_lists_opened_databases_and_reopens(qtbot, window, ui_settings, tmp_path):
    from storage.db import Database
    from ui import app as uiapp
    from ui.recent import RecentDatabases

    recent = RecentDatabases(ui_settings)
    assert recent.items() == [str(window.db.sqlite_path.resolve())]
    other = tmp_path / "other.sqlite3"
    Database.open(other).dispose()
    recent.add(str(other))
    recent.add("postgresql://me:secret@host/db")   # never stored with its password
    recent.add("postgresql://me@host/team")
    assert recent.items()[:2] == ["postgresql://me@host/team", str(other.resolve())]
    assert not any("secret" in t for t in recent.items())
    menu = window.station.recent_menu
    menu.rebuild()
    texts = [a.text() for a in menu.actions()]
    assert any("other.sqlite3" in t and t.startswith("&") for t in texts)
    reopener = uiapp.Reopener(None)
    reopener.attach(window)
    act = next(a for a in menu.actions() if "other.sqlite3" in a.text())
    act.trigger()
    new = uiapp.Reopener.windows[-1]
    qtbot.addWidget(new)
    try:
        assert new.db.sqlite_path.resolve() == other.resolve()
        assert "other.sqlite3" in new.windowTitle()
        assert not window.isVisible() and new.isVisible()
        assert RecentDatabases(ui_settings).items()[0] == str(other.resolve())
    finally:
        uiapp.Reopener.windows.remove(new)
        new.tasks.shutdown()
        new.db.dispose()


# -- help -----------------------------------------------------------------------------------
def test_f1_lists_shortcuts_from_the_actions(qtbot, desk):
    from ui.help import shortcut_entries

    dlg = desk.station.show_shortcuts()
    qtbot.addWidget(dlg)
    text = dlg.view.toPlainText()
    for what in ("Confirm", "Reject", "Next claim", "Zoom in", "Next pane", "Keyboard shortcuts"):
        assert what in text
    # never stale: a new action shows up the next time
    extra = desk.station.view_menu.addAction("Brand new thing")
    extra.setShortcut("Ctrl+Alt+B")
    assert any(e.text == "Brand new thing" and e.keys for e in shortcut_entries(desk.menuBar()))
    dlg2 = desk.station.show_shortcuts()
    qtbot.addWidget(dlg2)
    assert "Brand new thing" in dlg2.view.toPlainText()
    f1 = [a for a in desk.actions() if a.shortcut().toString() == "F1"]
    assert f1, "F1 is a window shortcut"


def test_about_lists_licences_of_what_ships(qtbot, window):
    dlg = window.station.show_about()
    qtbot.addWidget(dlg)
    rows = {c.name.lower(): c.licence for c in dlg.model.rows}
    assert "OFL" in rows["noto naskh arabic"]
    assert rows["arabic news stance corpus (ans)"] == "Apache-2.0"
    assert "LGPL" in rows["qt"] and "LGPL" in rows["pyside6_essentials"]
    assert rows["sqlalchemy"] == "MIT" and "MIT" in rows["alembic"]
    assert "mako" in rows  # pulled in by alembic: transitive requirements are listed too
    assert dlg.model.rowCount() == len(dlg.model.rows) > 20


def test_guide_opens_with_its_screenshots(qtbot, window):
    from ui import help as helpui

    if helpui.guide_path("en") is None:
        pytest.skip("docs/guide.en.md not present")
    dlg = window.station.show_guide()
    qtbot.addWidget(dlg)
    assert "Isnad" in dlg.view.toPlainText()


# -- keyboard ----------------------------------------------------------------------------------
def test_every_menu_action_is_reachable_from_the_keyboard(window):
    from ui.help import menu_actions

    def has_mnemonic(text: str) -> bool:
        return "&" in text.replace("&&", "")

    missing = []
    for chain, act in menu_actions(window.menuBar()):
        if not act.isVisible() or not act.isEnabled() or _menu_gap(chain, act):
            continue
        by_menu = all(has_mnemonic(m.title()) for m in chain) and has_mnemonic(act.text())
        if not act.shortcuts() and not by_menu:
            missing.append(" > ".join([*(m.title() for m in chain), act.text()]))
    assert missing == []
    assert len(menu_actions(window.menuBar())) > 30


def _menu_gap(chain, act) -> bool:
    return any(m.title().replace("&", "") in KNOWN_MENU_GAPS for m in chain) or \
        act.text().replace("&", "") in KNOWN_MENU_GAPS


def test_f6_cycles_focus_between_panes(qtbot, desk):
    desk.activateWindow()
    desk.articles.view.setFocus()
    order = []
    for _ in range(5):
        order.append(desk.station.cycler.step(1))
    names = [w.accessibleName() or type(w).__name__ for w in order]
    assert order[0] is desk.pane.view and order[1] is desk.claims.view
    assert desk.inspector.isAncestorOf(order[2])
    assert desk.articles.view in order  # wrapped round
    back = desk.station.cycler.step(-1)
    assert back is order[-2], names
    # the keys themselves
    desk.pane.view.setFocus()
    qtbot.waitUntil(lambda: desk.pane.view.hasFocus())
    qtbot.keyClick(desk.pane.view, Qt.Key.Key_F6)
    assert desk.claims.view.hasFocus()
    qtbot.keyClick(desk.claims.view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert desk.pane.view.hasFocus()


def test_zoom_keys_scale_text_and_are_remembered(qtbot, desk, ui_settings):
    doc = desk.pane.view.document()
    base = doc.defaultFont().pointSizeF()
    app_base = QApplication.font().pointSizeF()
    try:
        desk.pane.view.setFocus()
        qtbot.keyClick(desk.pane.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(desk.pane.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert ui_settings.get("view/zoom") == 2
        assert doc.defaultFont().pointSizeF() == pytest.approx(base * 1.2)
        assert QApplication.font().pointSizeF() == pytest.approx(app_base * 1.2)
        qtbot.keyClick(desk.pane.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        assert ui_settings.get("view/zoom") == 1
        qtbot.keyClick(desk.pane.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert ui_settings.get("view/zoom") == 0
        assert doc.defaultFont().pointSizeF() == pytest.approx(base)
        ui_settings.set("view/zoom", 3)
        desk.station.zoom = None
        desk.station.apply_settings()  # what the app does at start-up
        assert doc.defaultFont().pointSizeF() == pytest.approx(base * 1.3)
    finally:
        desk.station.zoom_reset()
    assert QApplication.font().pointSizeF() == pytest.approx(app_base)


def test_high_contrast_palette_from_the_view_menu(desk, ui_settings):
    app = QApplication.instance()
    normal = app.palette().color(QPalette.ColorRole.Highlight)
    try:
        desk.station.contrast_action.trigger()
        assert ui_settings.get("view/high_contrast") == 1
        pal = app.palette()
        assert pal.color(QPalette.ColorRole.Text).name() == "#000000"
        assert pal.color(QPalette.ColorRole.Base).name() == "#ffffff"
        assert pal.color(QPalette.ColorRole.Highlight).name() == "#0000b0"
    finally:
        if desk.station.contrast_action.isChecked():
            desk.station.contrast_action.trigger()
    assert ui_settings.get("view/high_contrast") == 0
    assert app.palette().color(QPalette.ColorRole.Highlight) == normal


# -- status is not colour alone ---------------------------------------------------------------
def test_status_has_a_mark_beside_its_colour(desk, sample):
    from ui.claims_table import COLUMNS
    from ui.commands import ReviewCommand

    (_aid, cids), _ = sample
    col = COLUMNS.index("status")
    model = desk.claims.model
    assert model.index(0, col).data().startswith("• ")
    claim = desk.pane.view.claim(cids[0])
    desk.undo.push(ReviewCommand(desk.ctx, claim, "Confirm", status="confirmed"))
    desk.undo.push(ReviewCommand(desk.ctx, desk.pane.view.claim(cids[1]), "Reject",
                                 status="rejected"))
    marks = {model.claims[r]["id"]: model.index(r, col).data() for r in range(model.rowCount())}
    assert marks[cids[0]].startswith("✓ ") and marks[cids[1]].startswith("✗ ")
    tip = desk.pane.view.tooltip(desk.pane.view.claim(cids[1]))
    assert "✗" in tip
    assert "✓" in desk.inspector._summary(desk.pane.view.claim(cids[0]))


# -- accessible names -------------------------------------------------------------------------
def test_every_control_has_an_accessible_name_and_tooltip(qtbot, desk):
    assert unnamed(desk) == []
    dialogs = [desk.station.show_about(), desk.station.show_shortcuts()]
    guide = desk.station.show_guide()
    if guide is not None:
        dialogs.append(guide)
    for name in ("show_story", "show_entities"):  # the cross-source views, when present
        if hasattr(desk, name):
            dialogs.append(getattr(desk, name)())
    for d in dialogs:
        qtbot.addWidget(d)
        assert unnamed(d) == [], type(d).__name__
    if hasattr(desk, "side_tabs"):
        for i in range(desk.side_tabs.count()):
            desk.side_tabs.setCurrentIndex(i)
            assert unnamed(desk.side_tabs.widget(i)) == []


# -- entry points --------------------------------------------------------------------------------
def test_a_database_path_opens_in_the_app(tmp_path):
    import main
    from cli.main import build_parser
    from ui.app import parse_args

    commands = set(build_parser()._subparsers._group_actions[0].choices)  # noqa: SLF001
    db = tmp_path / "review.sqlite3"
    db.write_bytes(b"")
    assert main.command_of([str(db)], commands) is None
    assert main.command_of(["stats", "--json"], commands) == "stats"
    assert main.command_of(["no-such-thing"], commands) == "no-such-thing"
    assert parse_args([str(db)]).db == str(db)
    # --db is taken before or after the command (docs/cli.md: every command takes it)
    assert build_parser().parse_args(["stats", "--json", "--db", "x.db"]).db == "x.db"
    assert build_parser().parse_args(["--db", "x.db", "stats"]).db == "x.db"
    assert build_parser().parse_args(["--db", "x.db", "stats", "--db", "y.db"]).db == "y.db"


def test_desktop_file_and_icon_are_sane():
    desktop = (ROOT / "resources" / "isnad.desktop").read_text(encoding="utf-8")
    entries = dict(line.split("=", 1) for line in desktop.splitlines() if "=" in line)
    assert entries["Exec"] == "isnad %f" and entries["Icon"] == "isnad"
    assert entries["Type"] == "Application" and entries["MimeType"].endswith(";")
    svg = (ROOT / "resources" / "icon.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and 'viewBox="0 0 64 64"' in svg
