"""QApplication set-up: translations, direction, the bundled font; ``main(argv)``."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from storage.db import Database, DatabaseError
from ui.settings import APPLICATION, ORGANIZATION, Settings

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONTS = RESOURCES / "fonts"
I18N = RESOURCES / "i18n"
SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_VIEWS = ("main", "links", "story", "entities")
ARTICLE_FONT_SIZE = 15

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="isnad", description="Isnad review desk")
    p.add_argument("--db", help="SQLAlchemy URL or SQLite file path")
    p.add_argument("--screenshot", metavar="PATH", help="save a PNG of the window and exit")
    p.add_argument("--article", type=int, help="open this article")
    p.add_argument("--screenshot-view", choices=SCREENSHOT_VIEWS, default="main",
                   help="with --screenshot: the main window (default), its Other outlets "
                        "tab, the story matrix or the entity manager")
    p.add_argument("--lang", choices=["ar", "en"], help="UI language for this run")
    p.add_argument("database", nargs="?", help="a database file to open (like --db)")
    args = p.parse_args(argv)
    if args.database:
        args.db = args.database
    return args


def application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("isnad")  # matches resources/isnad.desktop (taskbar icon)
    from ui.about import app_icon, version

    app.setApplicationVersion(version())
    app.setWindowIcon(app_icon())
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Isnad's own .qm and Qt's qtbase for Arabic; direction and locale follow."""
    translators: list[QTranslator] = []
    if language == "ar":
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq))
        for name, folder in (("qtbase_ar", QLibraryInfo.path(QLibraryInfo.LibraryPath
                                                            .TranslationsPath)),
                             ("isnad_ar", str(I18N))):
            tr = QTranslator(app)
            if tr.load(name, folder):
                app.installTranslator(tr)
                translators.append(tr)
            else:
                log.warning("translation %s not found in %s", name, folder)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return translators


def register_fonts() -> str | None:
    """Register the bundled Arabic font; returns its family name."""
    family = None
    for path in sorted(FONTS.glob("*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(fid)[0]
    return family


def article_font(family: str | None) -> QFont:
    font = QFont(family) if family else QFont()
    font.setPointSize(ARTICLE_FONT_SIZE)
    return font


def open_database(target: str | None, parent=None) -> Database:
    """Open (and migrate) the database; the daily backup waits for the worker.  A team
    server that wants a password libpq cannot find asks for it (kept in memory only)."""
    from storage.connection import open_team_database
    from ui.team import ask_password

    return open_team_database(target, prompt=lambda url: ask_password(parent, url),
                              daily_backup=False)


def backup_in_background(win) -> None:
    """The daily SQLite backup copies the whole file: never on the GUI thread."""
    try:
        from storage.backup import daily_backup
    except ImportError:
        return
    win.tasks.run(lambda _state: daily_backup(win.db),
                  on_error=lambda exc: log.warning("daily backup failed: %s", exc))


def build_window(db: Database, settings: Settings, family: str | None):
    from ui.main_window import MainWindow

    win = MainWindow(db, settings)
    win.pane.view.document().setDefaultFont(article_font(family))
    small = article_font(family)
    small.setPointSize(12)
    win.inspector.text.setFont(small)
    win.station.apply_settings()  # remembered zoom and contrast, now that fonts are set
    return win


def screenshot(win, path: str, article_id: int | None, view: str = "main") -> int:
    from storage import matching
    from ui import first_run

    if first_run.is_empty(win.db) and first_run.demo_files():
        first_run.import_now(win.db, first_run.demo_files())
        win.reload_articles()
    matching.compute(win.db)  # the suggestions an import would compute
    if article_id is None or not win.open_article(article_id):
        win.open_first()
    win.resize(*SCREENSHOT_SIZE)
    win.show()
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
    win.select_claim(win.claim_id)  # scroll to it now that the view has its real size
    app.processEvents()
    target = screenshot_target(win, view)
    target.repaint()
    ok = target.grab().save(path, "PNG")
    if not ok:
        print(f"isnad: could not write {path}", file=sys.stderr)
    return 0 if ok else 1


def screenshot_target(win, view: str):
    """The widget a --screenshot-view names, shown at the screenshot size and painted."""
    app = QApplication.instance()
    if view == "links":
        win.side_tabs.setCurrentWidget(win.crosssource)
        target = win
    elif view == "story":
        target = win.show_story()
    elif view == "entities":
        target = win.show_entities()
        target.select_title_clash()
    else:
        return win
    target.resize(*SCREENSHOT_SIZE)
    target.show()
    while getattr(target, "loading", False) or win.tasks.busy():
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    return target


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    app = application([])
    settings = Settings()
    language = args.lang or settings.ui_language()
    app._translators = install_translations(app, language)  # keep them alive
    welcome = None
    if not args.screenshot:
        welcome, language = first_welcome(app, settings, args, language)
    family = register_fonts()
    try:
        db = open_database(args.db)
    except DatabaseError as exc:
        print(f"isnad: {exc}", file=sys.stderr)
        return 1
    win = build_window(db, settings, family)
    try:
        if args.screenshot:
            return screenshot(win, args.screenshot, args.article, args.screenshot_view)
        return run_interactive(app, win, args.article, welcome)
    finally:
        for w in (win, *Reopener.windows):
            w.tasks.shutdown()
            w.db.dispose()


def first_welcome(app: QApplication, settings: Settings, args, language: str):
    """The first start's welcome (before the window, so its language choice applies now)."""
    from ui import first_run

    if not first_run.needs_welcome(settings):
        return None, language
    dlg = first_run.WelcomeDialog(settings, offer_demo=bool(first_run.demo_files()))
    dlg.exec()
    chosen = args.lang or settings.ui_language()
    if chosen != language:
        for tr in app._translators:
            app.removeTranslator(tr)
        app._translators = install_translations(app, chosen)
    return dlg, chosen


class Reopener:
    """File > Open database / Recent: a new window on the other database, then the old
    one closes (its database is disposed when the app ends)."""

    windows: list = []

    def __init__(self, family: str | None):
        self.family = family

    def attach(self, win) -> None:
        win.database_requested.connect(lambda target, w=win: self.reopen(w, target))

    def reopen(self, old, target: str):
        from PySide6.QtWidgets import QMessageBox

        try:
            db = open_database(target, parent=old)
        except DatabaseError as exc:
            QMessageBox.warning(old, QCoreApplication.translate("MainWindow",
                                                                "Cannot open the database"),
                                str(exc))
            return None
        win = build_window(db, old.settings, self.family)
        Reopener.windows.append(win)
        self.attach(win)
        win.setGeometry(old.geometry())
        win.show()
        win.open_first()
        win.load_entities()
        old.close()
        return win


def run_interactive(app: QApplication, win, article_id: int | None, welcome=None) -> int:
    geometry = win.settings.get("window/geometry")
    if geometry.isEmpty() or not win.restoreGeometry(geometry):
        win.resize(*SCREENSHOT_SIZE)
    win.show()
    if article_id is None or not win.open_article(article_id):
        win.open_first()
    win.load_entities()
    win.update_links()  # suggestions missing from an older database, on the worker
    backup_in_background(win)
    Reopener(win.pane.view.document().defaultFont().family()).attach(win)
    if welcome is None:
        QTimer.singleShot(0, win.offer_demo)
    elif welcome.wants_demo() and first_run_empty(win):
        QTimer.singleShot(0, win.load_demo)
    return app.exec()


def first_run_empty(win) -> bool:
    from ui import first_run

    return first_run.is_empty(win.db)
