"""Review desk behaviour a reviewer would notice, checked in the database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from models import Claim, Entity, ReviewEvent
from ui.article_view import STATUS_COLOURS


def open_sample(window, sample):
    (aid, cids), _second = sample
    window.reload_articles()
    assert window.open_article(aid)
    window.activateWindow()
    window.pane.view.setFocus()
    return aid, cids


def type_text(widget, text: str) -> None:
    """Type any text, Arabic included (QTest.keyClicks only takes Latin-1)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def key(qtbot, window, k, mod=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window.pane.view, k, mod)


def test_full_keyboard_review(qtbot, window, sample, ui_db):
    aid, cids = open_sample(window, sample)
    assert window.claim_id == cids[0]
    key(qtbot, window, Qt.Key.Key_A)                      # confirm, moves on
    assert window.claim_id == cids[1]
    key(qtbot, window, Qt.Key.Key_X)                      # reject
    assert window.claim_id == cids[2]
    key(qtbot, window, Qt.Key.Key_Space)                  # skip the English one
    assert window.claim_id == cids[3]
    key(qtbot, window, Qt.Key.Key_S)                      # correct the speaker
    assert window.focusWidget() is window.inspector.speaker
    window.inspector.speaker.clear()
    type_text(window.inspector.speaker, "الناطق باسم الحكومة")
    qtbot.keyClick(window.inspector.speaker, Qt.Key.Key_Return)
    assert window.focusWidget() is window.pane.view
    key(qtbot, window, Qt.Key.Key_3)                      # verdict: misleading
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo verdict
    with ui_db.session() as s:
        assert s.get(Claim, cids[3]).verdict is None
    key(qtbot, window, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # redo
    with ui_db.session() as s:
        c = [s.get(Claim, i) for i in cids]
        assert [x.status for x in c] == ["confirmed", "rejected", "pending", "pending"]
        assert c[3].verdict == "misleading"
        assert s.get(Entity, c[3].speaker_entity_id).name == "الناطق باسم الحكومة"
        events = s.query(ReviewEvent).filter(ReviewEvent.target_id.in_(cids)).all()
        assert {e.reviewer.name for e in events} == {"tester"}
        assert len(events) == 6  # confirm, reject, speaker, verdict, undo, redo
    # what the reviewer sees agrees with the database
    row = window.claims.model.row_of(cids[3])
    assert window.claims.model.claims[row]["verdict"] == "misleading"
    assert window.articles.model.data(window.articles.model.index(
        window.articles.model.row_of(aid), 3)) == "2/4"


def test_next_claim_wraps_to_next_article(qtbot, window, sample):
    aid, cids = open_sample(window, sample)
    (_, _), (aid2, cids2) = sample
    window.select_claim(cids[-1])
    key(qtbot, window, Qt.Key.Key_J)
    assert window.article_id != aid and window.claim_id is not None
    key(qtbot, window, Qt.Key.Key_K)
    assert (window.article_id, window.claim_id) == (aid, cids[-1])


def test_new_claim_from_selection_and_adjust(qtbot, window, sample, ui_db):
    aid, cids = open_sample(window, sample)
    view = window.pane.view
    start = view.body.index("وأضاف الوزير")
    view.setTextCursor(view.qt_cursor(start, start + len("وأضاف الوزير")))
    key(qtbot, window, Qt.Key.Key_N)
    new_id = window.claim_id
    assert new_id not in cids
    with ui_db.session() as s:
        c = s.get(Claim, new_id)
        assert (c.text, c.origin) == ("وأضاف الوزير", "manual")
    forward = Qt.Key.Key_Left if window.isRightToLeft() else Qt.Key.Key_Right
    key(qtbot, window, forward,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
    with ui_db.session() as s:
        assert s.get(Claim, new_id).text == "وأضاف الوزير أن"
    window.undo.undo()
    window.undo.undo()
    with ui_db.session() as s:
        assert s.get(Claim, new_id) is None


def test_emoji_before_claim_highlights_exact_span(window, sample):
    aid, cids = open_sample(window, sample)
    view = window.pane.view
    claim = view.claim(cids[0])
    assert "😀" in view.body[:claim["start"]]
    cur = view.qt_cursor(claim["start"], claim["end"])
    assert cur.selectedText() == claim["text"]
    doc = view.document()
    from PySide6.QtGui import QTextCursor

    def background(qt_pos):
        c = QTextCursor(doc)
        c.setPosition(qt_pos + 1)  # format of the character before the position
        return c.charFormat().background().color()

    first = view.map.to_qt(claim["start"])
    last = view.map.to_qt(claim["end"]) - 1
    assert background(first) == QColor(STATUS_COLOURS["pending"])
    assert background(last) == QColor(STATUS_COLOURS["pending"])
    assert background(first - 2) != QColor(STATUS_COLOURS["pending"])  # the space before
    assert background(last + 1) != QColor(STATUS_COLOURS["pending"])   # the full stop after
    # clicking on the claim's text selects it, hovering names the speaker
    rect = view.cursorRect(view.qt_cursor(claim["start"] + 3, claim["start"] + 3))
    assert view.claim_at_point(rect.center().toPointF())["id"] == cids[0]
    assert "وزير التخطيط" in view.tooltip(claim)


def test_paragraph_direction_follows_content(window, sample):
    open_sample(window, sample)
    doc = window.pane.view.document()
    dirs = {}
    block = doc.begin()
    while block.isValid():
        dirs[block.text()[:3]] = block.blockFormat().layoutDirection()
        block = block.next()
    assert dirs["The"] == Qt.LayoutDirection.LeftToRight
    assert dirs["قال"] == Qt.LayoutDirection.RightToLeft


def test_reviewer_name_asked_once(qtbot, window, sample, ui_settings, monkeypatch):
    from ui import main_window

    ui_settings.reviewer = ""
    asked = []
    monkeypatch.setattr(main_window.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: asked.append(1) or ("هدى", True)))
    open_sample(window, sample)
    key(qtbot, window, Qt.Key.Key_A)
    key(qtbot, window, Qt.Key.Key_A)
    assert len(asked) == 1
    assert ui_settings.reviewer == "هدى"


def test_browser_loads_no_resources(window):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    view = window.pane.view
    assert view.loadResource(QTextDocument.ResourceType.ImageResource,
                             QUrl("file:///etc/passwd")) is None
    assert not view.openLinks() and not view.openExternalLinks()


@pytest.mark.parametrize("status, expected", [("pending", 1), ("confirmed", 0)])
def test_claims_filter_by_status(window, sample, status, expected):
    _aid, _cids = open_sample(window, sample)
    window.claims.status.setCurrentIndex(window.claims.status.findData(status))
    assert window.claims.proxy.rowCount() == (4 if status == "pending" else 0)
    assert expected in (0, 1)


def test_history_says_where_an_undecided_claim_came_from_then_lists_decisions(
        qtbot, window, sample):
    aid, cids = open_sample(window, sample)
    window.select_claim(cids[0])
    lines = window.inspector._history.stringList()
    assert len(lines) == 1 and "no decision yet" in lines[0]
    key(qtbot, window, Qt.Key.Key_A)  # confirm (moves on); come back to it
    window.select_claim(cids[0])
    lines = window.inspector._history.stringList()
    assert lines and not any("no decision yet" in ln for ln in lines)


def test_a_file_without_a_date_shows_a_dash_not_an_empty_cell(window, sample):
    window.reload_articles()
    model = window.articles.model
    dates = {model.data(model.index(r, 2)) for r in range(model.rowCount())}
    assert dates == {"—"}  # the sample articles carry no date
