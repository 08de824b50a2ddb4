"""Qt fixtures for the review desk tests: offscreen, temp database, temp settings.

Any Qt warning fails a test here (pytest-qt's qt_log_level_fail, applied to
every test in this folder), except the offscreen platform's own notices.
"""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

HERE = Path(__file__).resolve().parent
OFFSCREEN_NOISE = "This plugin does not support"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


BODY = ("قال وزير التخطيط 😀 إن الاقتصاد العراقي سينمو بنسبة 5 بالمئة هذا العام.\n"
        "وأضاف الوزير أن البطالة انخفضت إلى 12 بالمئة.\n"
        "The ministry said in English that exports rose.\n"
        "وأكد المتحدث باسم الحكومة أن عشرة مصانع افتتحت في البصرة.")
CLAIMS = ("الاقتصاد العراقي سينمو بنسبة 5 بالمئة هذا العام",
          "البطالة انخفضت إلى 12 بالمئة",
          "exports rose",
          "عشرة مصانع افتتحت في البصرة")
SECOND_BODY = "تقرير ثان عن الزراعة في نينوى.\nقال المزارعون إن محصول القمح تضاعف هذا الموسم."


@pytest.fixture
def ui_db(tmp_path):
    from storage.db import Database

    db = Database.open(tmp_path / "isnad-test.sqlite3")
    yield db
    db.dispose()


@pytest.fixture
def ui_settings(tmp_path):
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.reviewer = "tester"
    return s


def add_article(db, body: str, claims: tuple[str, ...], title: str, outlet: str | None = None):
    """An article with claims at known code point offsets; returns (article_id, claim_ids)."""
    from models import Article, Claim, Outlet
    from storage import search
    from storage.importer import content_hash

    with db.session() as s:
        out = None
        if outlet:
            out = Outlet(name=outlet, aliases=[])
            s.add(out)
            s.flush()
        art = Article(title=title, body=body, content_hash=content_hash(body),
                      outlet_id=out.id if out else None, boilerplate=[])
        s.add(art)
        s.flush()
        search.index_articles(s.connection(), [(art.id, title, body)])
        ids = []
        sp = body.find("وزير التخطيط")
        for n, text in enumerate(claims):
            start = body.index(text)
            c = Claim(article_id=art.id, start=start, end=start + len(text), text=text,
                      kind="statement", checkworthiness=0.9 - n / 10, chain=[], details={},
                      speaker="وزير التخطيط" if n == 0 and sp >= 0 else None,
                      speaker_start=sp if n == 0 and sp >= 0 else None,
                      speaker_end=sp + 12 if n == 0 and sp >= 0 else None)
            s.add(c)
            s.flush()
            ids.append(c.id)
        search.index_claims(s.connection(), [(i, t) for i, t in zip(ids, claims)])
        return art.id, ids


@pytest.fixture
def sample(ui_db):
    first = add_article(ui_db, BODY, CLAIMS, "الاقتصاد ينمو", outlet="المدى")
    second = add_article(ui_db, SECOND_BODY, ("محصول القمح تضاعف هذا الموسم",),
                         "تقرير الزراعة", outlet="شفق نيوز")
    return first, second


def shown_window(qtbot, db, settings):
    """A main window on ``db``, shown at the screenshot size."""
    from ui.main_window import MainWindow

    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, ui_db, ui_settings):
    win = shown_window(qtbot, ui_db, ui_settings)
    yield win
    win.tasks.shutdown()
