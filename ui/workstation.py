"""What the main window gets on a reviewer's workstation: name and version in the
title, the icon, File > Open database / Recent, the View menu (zoom, high contrast,
pane cycling) and the Help menu (shortcuts, guide, About).

Kept apart from ui/main_window.py, which only creates a ``Workstation(self)``.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from ui import about, help as helpui, recent
from ui.accessibility import Contrast, PaneCycler, Zoom, _first_focusable
from ui.bidi import fmt

_CONTRAST: Contrast | None = None


def contrast() -> Contrast:
    """One per application: it remembers the normal palette to go back to."""
    global _CONTRAST
    if _CONTRAST is None or _CONTRAST.app is not QApplication.instance():
        _CONTRAST = Contrast()
    return _CONTRAST


def database_label(db) -> str:
    path = getattr(db, "sqlite_path", None)
    if path is not None:
        return path.name
    return db.url.render_as_string(hide_password=True)


def database_target(db) -> str:
    path = getattr(db, "sqlite_path", None)
    return str(path) if path is not None else db.url.render_as_string(hide_password=False)


class Workstation(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.settings = win.settings
        self.recent = recent.RecentDatabases(win.settings)
        self.zoom: Zoom | None = None
        self.cycler = PaneCycler(win)
        win.setWindowTitle(fmt(self.tr("Isnad %1 — %2"), about.version(),
                               database_label(win.db)))
        win.setWindowIcon(about.app_icon())
        self._file_menu()
        self._view_menu()
        self._help_menu()
        self._panes()
        if win.db.dialect != "sqlite" or win.db.sqlite_path is not None:
            self.recent.add(database_target(win.db))

    # -- menus -------------------------------------------------------------------------
    def _file_menu(self) -> None:
        file = self.win.file_menu
        before = file.actions()[-2]  # the separator above Quit
        open_db = QAction(self.tr("&Open database…"), self.win)
        open_db.setShortcut(QKeySequence("Ctrl+Shift+O"))
        open_db.triggered.connect(self.open_database)
        file.insertAction(before, open_db)
        self.recent_menu = recent.RecentMenu(self.recent, file)
        self.recent_menu.chosen.connect(self.win.database_requested.emit)
        file.insertMenu(before, self.recent_menu)

    def _action(self, menu: QMenu, text: str, keys: list[str] | str | None, slot) -> QAction:
        act = QAction(text, self.win)
        if keys:
            act.setShortcuts([QKeySequence(k) for k in ([keys] if isinstance(keys, str)
                                                        else keys)])
        act.triggered.connect(slot)
        menu.addAction(act)
        self.win.addAction(act)  # active while the menu bar is hidden too
        return act

    def _view_menu(self) -> None:
        mb = self.win.menuBar()
        view = QMenu(self.tr("&View"), mb)
        settings_menu = mb.actions()[-1]
        mb.insertMenu(settings_menu, view)
        a = self._action
        a(view, self.tr("Zoom &in"), ["Ctrl++", "Ctrl+="], self.zoom_in)
        a(view, self.tr("Zoom &out"), "Ctrl+-", self.zoom_out)
        a(view, self.tr("&Reset zoom"), "Ctrl+0", self.zoom_reset)
        view.addSeparator()
        self.contrast_action = a(view, self.tr("&High contrast"), None, self.set_high_contrast)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(bool(self.settings.get("view/high_contrast")))
        view.addSeparator()
        a(view, self.tr("Next &pane"), "F6", lambda: self.cycler.step(1))
        a(view, self.tr("Previous p&ane"), "Shift+F6", lambda: self.cycler.step(-1))
        self.view_menu = view

    def _help_menu(self) -> None:
        help_menu = self.win.menuBar().addMenu(self.tr("&Help"))
        a = self._action
        a(help_menu, self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)
        self.guide_action = a(help_menu, self.tr("User &guide"), None, self.show_guide)
        self.guide_action.setVisible(helpui.guide_path("en") is not None)
        help_menu.addSeparator()
        a(help_menu, self.tr("&About Isnad"), None, self.show_about)
        self.help_menu = help_menu

    # -- panes -------------------------------------------------------------------------
    def _panes(self) -> None:
        w = self.win
        self.cycler.add(w.articles.view)
        self.cycler.add(lambda: w.search.view if w.search.isVisible() else None)
        self.cycler.add(w.pane.view)
        self.cycler.add(w.claims.view)
        self.cycler.add(lambda: _first_focusable(w.inspector))
        for name in ("crosssource", "story_view", "entity_manager", "cross_source", "story",
                     "entities_panel"):
            pane = getattr(w, name, None)
            if pane is not None and hasattr(pane, "isVisible"):
                self.cycler.add(lambda p=pane: _first_focusable(p) or p)

    # -- zoom and contrast ----------------------------------------------------------------
    def _zoom(self) -> Zoom:
        if self.zoom is None:  # after build_window set the article fonts
            self.zoom = Zoom()
            self.zoom.track_document(self.win.pane.view.document())
            self.zoom.track_widget(self.win.inspector.text)
        return self.zoom

    def apply_settings(self) -> None:
        """The remembered zoom and contrast (the app calls this once fonts are set)."""
        self._zoom().set_level(self.settings.get("view/zoom"))
        contrast().set(bool(self.settings.get("view/high_contrast")))

    def _zoomed(self, level: int) -> None:
        self.settings.set("view/zoom", level)
        self.win.statusBar().showMessage(fmt(self.tr("Text size %1%"),
                                             round(self._zoom().factor() * 100)), 3000)

    def zoom_in(self) -> None:
        self._zoomed(self._zoom().zoom_in())

    def zoom_out(self) -> None:
        self._zoomed(self._zoom().zoom_out())

    def zoom_reset(self) -> None:
        self._zoomed(self._zoom().reset())

    def set_high_contrast(self, on: bool) -> None:
        self.settings.set("view/high_contrast", int(bool(on)))
        contrast().set(bool(on))

    # -- dialogs -----------------------------------------------------------------------------
    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.win, self.tr("Open database"), "",
            self.tr("Isnad databases (*.sqlite3 *.sqlite *.db *.isnad);;All files (*)"))
        if path:
            self.win.database_requested.emit(path)

    def show_shortcuts(self) -> helpui.ShortcutsDialog:
        dlg = helpui.ShortcutsDialog(self.win.menuBar(), self.win)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def show_guide(self):
        lang = "ar" if QApplication.layoutDirection().name == "RightToLeft" else "en"
        path = helpui.guide_path(lang)
        if path is None:
            return None
        dlg = helpui.GuideDialog(path, self.win)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def show_about(self) -> about.AboutDialog:
        dlg = about.AboutDialog(self.win)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg
