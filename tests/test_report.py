"""The PDF story report: read back with pdftotext, looked at as PNG pages."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from storage.db import Database

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils missing (tools/ensure-system.sh)")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def reviewed_demo(tmp_path, demo_dir) -> Database:
    from sqlalchemy import update

    from models import Article
    from storage.importer import import_paths
    from tests.test_export import reviewed

    db = Database.open(tmp_path / "r.sqlite3")
    import_paths(db, [demo_dir])
    ids = reviewed(db)
    with db.session() as s:
        s.execute(update(Article).where(Article.id.in_([2, 4])).values(story_id=7))
    yield db, ids
    db.dispose()


def pdf_text(path: Path) -> str:
    """The PDF's text in logical order, as a search or a screen reader gets it.

    pdftotext reports Arabic glyphs as presentation forms and wraps runs in
    embedding marks; NFKC folds the forms back to letters, the marks go."""
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    text = unicodedata.normalize("NFKC", raw)
    text = re.sub("[\u202a-\u202e\u2066-\u2069\u200e\u200f]", "", text)
    return " ".join(text.split())


def test_story_report_reads_in_logical_order(reviewed_demo, tmp_path):
    from storage.queries import claims_json
    from ui.report import write_report

    db, ids = reviewed_demo
    out = tmp_path / "story.pdf"
    assert write_report(db, out, story=7) == 2
    text = pdf_text(out)
    with db.session() as s:
        claims = {c["id"]: c for c in claims_json(s)}
    x = claims[ids["x"]]
    assert "تقرير القصة" in text and "القصة رقم 7" in text
    assert x["article"]["outlet"] in text  # outlet name as stored, logical order
    words = x["text"].split()[:3]
    assert " ".join(words) in text  # a claim's words, in order
    assert "صحيح غالبا" in text and "مضلل" in text  # verdicts of the grouped claims
    assert "يحيى رسول ← شفق نيوز" in text  # an attribution chain, speaker first
    # (headings with the lam-alef ligature, e.g. "سلاسل الإسناد", lose it in the PDF's
    # text layer: Qt writes no ToUnicode entry for ligature glyphs; pages look right)
    other = {c["article"]["outlet"] for c in claims.values()} - {
        claims[ids["x"]]["article"]["outlet"], claims[ids["y"]]["article"]["outlet"]}
    assert not any(o in text for o in other)  # only the story's outlets


def test_report_pages_render_and_charts_are_embedded(reviewed_demo, tmp_path):
    from ui.report import write_report

    db, _ = reviewed_demo
    out = tmp_path / "all.pdf"
    write_report(db, out)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert 2 <= len(pages) <= 6
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True,
                            text=True).stdout
    assert len([ln for ln in images.splitlines()[2:] if ln.strip()]) >= 2  # two charts
    shots = ROOT / "tests" / "screenshots"
    if shots.is_dir():  # kept for a human to look at
        for p in pages:
            shutil.copy(p, shots / f"report-{p.name}")


def test_report_command_goes_through_main_py(reviewed_demo, tmp_path):
    db, _ = reviewed_demo
    out = tmp_path / "cli.pdf"
    url = str(db.sqlite_path)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "report",
                           str(out), "--lang", "en"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Story report" in pdf_text(out)
    missing = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "report",
                              str(tmp_path / "none.pdf"), "--story", "999"],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "no articles to report in story 999" in missing.stderr
    assert not (tmp_path / "none.pdf").exists()


def test_cli_layer_never_imports_ui():
    code = ("import sys; sys.path.insert(0, %r); import cli.main, cli.commands; "
            "print(any(m == 'ui' or m.startswith(('ui.', 'PySide6')) for m in sys.modules))"
            % str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False"


def test_file_menu_actions_export_and_report_in_the_background(qtbot, reviewed_demo,
                                                               tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMainWindow

    from ui.export_dialogs import install_file_menu_actions

    db, _ = reviewed_demo
    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("File")
    actions = {a.text(): a for a in install_file_menu_actions(win, menu, lambda: db)}
    target = {"path": str(tmp_path / "menu.jsonl")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (target["path"], "")))
    actions["&JSONL (Isnad exchange)…"].trigger()
    qtbot.waitUntil(lambda: (tmp_path / "menu.jsonl").exists(), timeout=10000)
    target["path"] = str(tmp_path / "menu.pdf")
    actions["Re&port (PDF)…"].trigger()
    qtbot.waitUntil(lambda: "menu.pdf" in win.statusBar().currentMessage(), timeout=20000)
    assert "نيوز" in pdf_text(tmp_path / "menu.pdf")
