"""First start, search jumps, the screenshot contract, settings."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

ROOT = Path(__file__).resolve().parents[2]


def test_first_run_offers_and_imports_demo(qtbot, window, ui_db, monkeypatch):
    from ui import first_run

    assert first_run.is_empty(ui_db) and len(first_run.demo_files()) == 5
    offered = []
    monkeypatch.setattr(first_run, "ask_load_demo", lambda parent: offered.append(1) or True)
    window.offer_demo()
    assert offered == [1]
    qtbot.waitUntil(lambda: window.import_job is None, timeout=30_000)
    assert window.articles.model.rowCount() == 5
    assert window.article_id is not None
    first = window.articles.model.ids[0]
    assert window.pane.view.toPlainText().strip() != ""
    assert window.article_id in window.articles.model.ids
    assert first in window.articles.model.ids
    window.offer_demo()  # not empty any more: no second offer
    assert offered == [1]


def test_search_jumps_to_claim_and_article_text(qtbot, window, sample):
    (aid, cids), (aid2, cids2) = sample
    window.reload_articles()
    window.open_article(aid)
    box = window.search.box
    box.setText("القمح")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.search.model.hits), timeout=5000)
    hit = window.search.model.hits[0]
    assert hit.claim_id == cids2[0]
    qtbot.keyClick(box, Qt.Key.Key_Return)          # Enter again: jump to the first hit
    assert (window.article_id, window.claim_id) == (aid2, cids2[0])
    # a word found only in the article text (not a claim) is marked in place
    box.setText("نينوى")
    window.search.run()
    qtbot.waitUntil(lambda: bool(window.search.model.hits) and
                    window.search.model.hits[0].claim_id is None, timeout=5000)
    window.search.view.activated.emit(window.search.model.index(0))
    extras = window.pane.view.extraSelections()
    assert any(e.cursor.selectedText() == "نينوى" for e in extras)


def test_settings_are_typed_and_isolated(tmp_path):
    from ui.settings import Settings

    s = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert s.language == "system" and s.reviewer == ""
    s.language, s.reviewer = "ar", "  هدى "
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert (again.language, again.reviewer, again.ui_language()) == ("ar", "هدى", "ar")


def test_screenshot_command_on_empty_database(tmp_path):
    """The --screenshot contract: demo import without dialogs, a 1400x900 PNG, exit 0."""
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
           "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "d.db"),
                           "--screenshot", str(out), "--lang", "ar"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1400, 900)
