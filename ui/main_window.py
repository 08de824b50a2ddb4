"""The review desk: article list, article text, claims table, inspector."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog, QInputDialog, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget,
)

from storage import matching, queries, services, ui_queries
from storage.db import Database
from ui import crosssource, first_run, workstation
from ui.article_list import ArticleList
from ui.article_view import ArticlePane
from ui.bidi import fmt, isolate
from ui.claims_table import ClaimsTable, verdict_labels
from ui.commands import AdjustSpanCommand, CreateClaimCommand, ReviewCommand, ReviewContext
from ui.export_dialogs import install_file_menu_actions
from ui.inspector import Inspector
from ui.link_job import LinkJob
from ui.search import SearchPanel
from ui.settings import Settings
from ui.tasks import TaskManager
from ui.team import TeamDesk

MAX_EMPTY_ARTICLES = 50  # J/K skip at most this many claim-less articles
_WORD = re.compile(r"\w+")


class MainWindow(QMainWindow):
    database_requested = Signal(str)  # File > Open database / Recent: the app reopens

    def __init__(self, db: Database, settings: Settings, tasks: TaskManager | None = None):
        super().__init__()
        self.db, self.settings = db, settings
        self.tasks = tasks or TaskManager(self)
        self.undo = QUndoStack(self)
        self.ctx = ReviewContext(db, self.reviewer_name, self._changed, self._failed)
        self.article_id: int | None = None
        self.claim_id: int | None = None
        self.import_job: first_run.ImportJob | None = None
        self._build()
        self.crosssource = crosssource.install(self)  # "Other outlets" tab by the inspector
        self.team = TeamDesk(self)  # live refresh, conflicts, role, double review
        self.story_window = self.entity_window = None
        self.link_job: LinkJob | None = None
        self._actions()
        self.station = workstation.Workstation(self)  # title, icon, View/Help, F6, zoom
        self._view_actions(self.station.view_menu)
        self.team.install_menus()
        self._load_outlets()  # the article list loaded its ids when it sorted

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.articles = ArticleList(self.db)
        self.search = SearchPanel(self.db, self.tasks)
        self.pane = ArticlePane()
        self.claims = ClaimsTable()
        self.inspector = Inspector()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.articles)
        left.addWidget(self.search)
        self.desk = QSplitter(Qt.Orientation.Vertical)
        self.desk.addWidget(self.pane)
        self.desk.addWidget(self.claims)
        self.desk.setStretchFactor(0, 3)
        self.desk.setStretchFactor(1, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        for w in (left, self.desk, self.inspector):
            self.split.addWidget(w)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([400, 660, 320])
        self.desk.setSizes([560, 240])
        central = QWidget()
        QVBoxLayout(central).addWidget(self.split)
        central.layout().setContentsMargins(4, 4, 4, 4)
        self.setCentralWidget(central)
        tb = self.addToolBar(self.tr("Search"))
        tb.setObjectName("search-toolbar")
        tb.setMovable(False)
        tb.addWidget(self.search.box)
        self.articles.article_chosen.connect(self._article_chosen)
        self.claims.claim_chosen.connect(self.select_claim)
        self.pane.view.claim_clicked.connect(self.select_claim)
        self.search.jump.connect(self.jump_to)
        self.inspector.apply_requested.connect(self._apply_inspector)
        self.inspector.evidence_requested.connect(self._add_evidence)
        self.inspector.editing_done.connect(self.pane.view.setFocus)

    # -- actions ------------------------------------------------------------------------
    def _desk_action(self, text: str, keys, slot, menu) -> QAction:
        """A review key: active while the article text or claims table has focus."""
        act = QAction(text, self.desk)
        act.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, list) else [keys])])
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.desk.addAction(act)
        menu.addAction(act)
        return act

    def _actions(self) -> None:
        mb = self.menuBar()
        file = mb.addMenu(self.tr("&File"))
        file.addAction(self.tr("&Import files…"), QKeySequence.StandardKey.Open,
                       self.import_files)
        file.addAction(self.tr("Load the &demo corpus"), self.load_demo)
        self.file_menu = file
        file.addSeparator()
        install_file_menu_actions(self, file, lambda: self.db, tasks=self.tasks)
        file.addSeparator()
        file.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit = mb.addMenu(self.tr("&Edit"))
        undo = self.undo.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addAction(self.tr("&Find"), QKeySequence.StandardKey.Find, self._focus_search)
        self._review_actions(mb.addMenu(self.tr("&Review")))
        self.crosssource.install_menu(mb.addMenu(self.tr("&Links")))
        self._settings_menu(mb.addMenu(self.tr("&Settings")))

    def _review_actions(self, m) -> None:
        a = self._desk_action
        a(self.tr("Confirm"), ["A", "Return", "Enter"], lambda: self.decide("confirmed"), m)
        a(self.tr("Reject"), "X", lambda: self.decide("rejected"), m)
        a(self.tr("Edit text"), "E", self.inspector.edit_text, m)
        a(self.tr("Edit speaker"), "S", self.inspector.edit_speaker, m)
        a(self.tr("Skip"), "Space", lambda: self.step_claim(1), m)
        a(self.tr("Next claim"), "J", lambda: self.step_claim(1), m)
        a(self.tr("Previous claim"), "K", lambda: self.step_claim(-1), m)
        m.addSeparator()
        for n, (value, label) in enumerate(verdict_labels(), 1):
            a(fmt(self.tr("Verdict: %1"), label), str(n),
              lambda _c=False, v=value: self.set_verdict(v), m)
        m.addSeparator()
        a(self.tr("New claim from selection"), "N", self.new_claim, m)
        a(self.tr("Set claim to selection"), "B", self.span_to_selection, m)
        fwd, back = (("Left", "Right") if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                     else ("Right", "Left"))
        a(self.tr("Extend claim by a word"), f"Shift+Alt+{fwd}", lambda: self.nudge_end(1), m)
        a(self.tr("Shrink claim by a word"), f"Shift+Alt+{back}", lambda: self.nudge_end(-1), m)

    def _settings_menu(self, m) -> None:
        m.addAction(self.tr("Reviewer &name…"), self.ask_reviewer)
        lang = m.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("system", self.tr("&Follow the system")), ("ar", "&العربية"),
                            ("en", "&English")):
            act = lang.addAction(label)
            act.setCheckable(True)
            act.setChecked(self.settings.language == code)
            act.triggered.connect(lambda _c=False, c=code: self._set_language(c))
            group.addAction(act)

    def _set_language(self, code: str) -> None:
        self.settings.language = code
        self.statusBar().showMessage(self.tr("The language changes when Isnad restarts."), 8000)

    def _focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    # -- reviewer -------------------------------------------------------------------------
    def reviewer_name(self) -> str:
        return self.settings.reviewer or "reviewer"

    def ask_reviewer(self) -> bool:
        name, ok = QInputDialog.getText(self, self.tr("Reviewer"),
                                        self.tr("Your name, recorded with each decision:"),
                                        text=self.settings.reviewer)
        if ok and name.strip():
            self.settings.reviewer = name
            self.team.refresh_role()
            self.team.refresh_assignments()
            return True
        return False

    def _ensure_reviewer(self) -> bool:
        return bool(self.settings.reviewer) or self.ask_reviewer()

    # -- articles ---------------------------------------------------------------------------
    def reload_articles(self) -> None:
        self._load_outlets()
        self.articles.model.reload()

    def _load_outlets(self) -> None:
        with self.db.session() as s:
            self.articles.filters.set_outlets(queries.outlets(s))

    def open_first(self) -> None:
        if self.articles.model.ids:
            self.open_article(self.articles.model.ids[0])

    def _article_chosen(self, article_id: int) -> None:
        if article_id != self.article_id:
            self.open_article(article_id)

    def open_article(self, article_id: int, claim_id: int | None = None,
                     last: bool = False) -> bool:
        with self.db.session() as s:
            art = ui_queries.article_view(s, article_id)
            claims = ui_queries.claim_rows(s, article_id) if art else []
        if art is None:
            return False
        self.article_id, self.claim_id = article_id, None
        self.pane.set_article(art, claims)
        self.claims.set_claims(claims)
        self.articles.select_article(article_id)
        order = self.claims.order()
        if claim_id is None and order:
            claim_id = order[-1] if last else order[0]
        self.select_claim(claim_id)
        return True

    def select_claim(self, claim_id: int | None) -> None:
        self.claim_id = claim_id
        self.pane.view.select_claim(claim_id)
        self.claims.select_claim(claim_id)
        self._refresh_inspector()
        self._status_message()

    def _refresh_inspector(self) -> None:
        claim = self.current_claim()
        self.crosssource.set_claim(claim)
        if claim is None:
            self.inspector.set_claim(None)
            return
        with self.db.session() as s:
            ev = ui_queries.evidence_rows(s, claim["id"])
            hist = ui_queries.history_rows(s, claim["id"])
        self.inspector.set_claim(claim, ev, self.team.visible_history(hist))
        self.team.claim_shown(claim)

    def current_claim(self) -> dict[str, Any] | None:
        return self.pane.view.claim(self.claim_id)

    def _status_message(self) -> None:
        order = self.claims.order()
        if self.claim_id in order:
            self.statusBar().showMessage(fmt(self.tr("Claim %1 of %2"),
                isolate(order.index(self.claim_id) + 1), isolate(len(order))))
        else:
            self.statusBar().clearMessage()

    def step_claim(self, step: int) -> None:
        """Next/previous claim, wrapping into the neighbouring article."""
        order = self.claims.order()
        if self.claim_id in order:
            i = order.index(self.claim_id) + step
            if 0 <= i < len(order):
                self.select_claim(order[i])
                return
        aid = self.article_id
        for _ in range(min(MAX_EMPTY_ARTICLES, len(self.articles.model.ids))):
            aid = self.articles.neighbour(aid, step)
            if aid is None:
                return
            self.open_article(aid, last=step < 0)
            if self.claims.order():
                return

    def jump_to(self, article_id: int, claim_id: int | None, start: int, end: int) -> None:
        if article_id != self.article_id:
            self.open_article(article_id, claim_id)
        elif claim_id is not None:
            self.select_claim(claim_id)
        if claim_id is None:
            self.pane.view.show_span(start, end)
        self.pane.view.setFocus()

    # -- decisions ----------------------------------------------------------------------
    def _push(self, cmd) -> None:
        if self._ensure_reviewer() and not self.team.intercept(cmd):  # double review: apart
            self.undo.push(cmd)

    def decide(self, status: str) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        label = self.tr("Confirm claim") if status == "confirmed" else self.tr("Reject claim")
        self._push(ReviewCommand(self.ctx, claim, label, status=status))
        self.step_claim(1)

    def set_verdict(self, verdict: str) -> None:
        claim = self.current_claim()
        if claim is not None:
            self._push(ReviewCommand(self.ctx, claim, self.tr("Set verdict"), verdict=verdict))

    def _apply_inspector(self, changes: dict) -> None:
        claim = self.inspector.claim  # the version the edits were made on (stale: conflict)
        if claim is not None and claim["id"] == self.claim_id:
            self._push(ReviewCommand(self.ctx, claim, self.tr("Edit claim"), **changes))

    def _add_evidence(self, url: str, note: str) -> None:
        if self.claim_id is None or not self._ensure_reviewer():
            return
        try:
            with self.db.session() as s:
                services.add_evidence(s, self.claim_id, self.reviewer_name(), url=url,
                                      note=note or None)
        except services.ServiceError as exc:
            self._failed(str(exc))
        self._refresh_inspector()

    def new_claim(self) -> None:
        span = self.pane.view.selection_span()
        if self.article_id is None or span is None:
            self.statusBar().showMessage(self.tr("Select the claim's text first."), 5000)
            return
        cmd = CreateClaimCommand(self.ctx, self.article_id, *span)
        self._push(cmd)
        if cmd.claim_id is not None:
            self.select_claim(cmd.claim_id)

    def span_to_selection(self) -> None:
        claim, span = self.current_claim(), self.pane.view.selection_span()
        if claim is not None and span is not None:
            self._push(AdjustSpanCommand(self.ctx, claim, *span))

    def nudge_end(self, words: int) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        body = self.pane.view.body
        ends = [m.end() for m in _WORD.finditer(body)]
        if words > 0:
            end = next((e for e in ends if e > claim["end"]), claim["end"])
        else:
            end = next((e for e in reversed(ends) if e < claim["end"]), claim["end"])
        if end > claim["start"] and end != claim["end"]:
            self._push(AdjustSpanCommand(self.ctx, claim, claim["start"], end))

    # -- after a change -------------------------------------------------------------------
    def _changed(self, article_id: int, claim_id: int | None) -> None:
        self.articles.model.invalidate(article_id)
        if article_id != self.article_id:
            return
        with self.db.session() as s:
            claims = ui_queries.claim_rows(s, article_id)
        self.pane.view.set_claims(claims)
        self.claims.set_claims(claims)
        keep = self.claim_id if self.pane.view.claim(self.claim_id) else None
        self.select_claim(keep)

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    # -- importing ------------------------------------------------------------------------
    def offer_demo(self) -> None:
        """First start: an empty database and demo files to offer."""
        if first_run.demo_files() and first_run.is_empty(self.db):
            if first_run.ask_load_demo(self):
                self.load_demo()

    def load_demo(self) -> None:
        self.run_import(first_run.demo_files())

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import"), "",
            self.tr("News files (*.txt *.html *.htm *.json *.jsonl *.csv *.zip)"))
        if paths:
            self.run_import([Path(p) for p in paths])

    def run_import(self, paths: list[Path]) -> None:
        self.import_job = first_run.ImportJob(self, self.db, self.tasks, paths,
                                              self._imported)

    def _imported(self, report) -> None:
        self.import_job = None
        if report.article_ids:
            self.update_links(report.article_ids)
        self.reload_articles()
        first = report.article_ids[0] if report.article_ids else None
        if first is None or not self.open_article(first):
            self.open_first()
        self.statusBar().showMessage(fmt(
            self.tr("Imported %1 articles (%2 duplicates), %3 claims"),
            report.imported, report.duplicates, report.claims), 10000)

    # -- cross-source views -----------------------------------------------------------------
    def _view_actions(self, m) -> None:
        m.addSeparator()
        m.addAction(self.tr("&Story across outlets"), QKeySequence("Ctrl+Shift+T"),
                    self.show_story)
        m.addAction(self.tr("&Entities"), QKeySequence("Ctrl+Shift+E"), self.show_entities)

    def update_links(self, article_ids: list[int] | None = None) -> None:
        """Suggestions (for these articles, else the missing ones) and stories, on the worker."""
        if article_ids is None and not matching.links_missing(self.db):
            return
        self.link_job = LinkJob(self, article_ids)

    def show_story(self):
        from ui.story_view import StoryWindow

        if self.story_window is None:
            self.story_window = StoryWindow(self.db, self.tasks, self)
            self.story_window.open_claim.connect(self.jump_to_claim)
        self.story_window.reload()
        self.story_window.show()
        self.story_window.raise_()
        return self.story_window

    def show_entities(self):
        from ui.entity_manager import EntityManager

        if self.entity_window is None:
            self.entity_window = EntityManager(self.db, self.reviewer_name, self)
            self.entity_window.changed.connect(self._entities_changed)
            self.entity_window.open_article.connect(self.open_article)
        self.entity_window.reload()
        self.entity_window.show()
        self.entity_window.raise_()
        return self.entity_window

    def jump_to_claim(self, article_id: int, claim_id: int) -> None:
        self.open_article(article_id, claim_id)
        self.raise_()
        self.activateWindow()

    def _entities_changed(self) -> None:
        if self.article_id is not None:
            self.open_article(self.article_id, self.claim_id)
        self.load_entities()

    def load_entities(self) -> None:
        """Speaker names for the completer, fetched on the worker."""
        def fetch(_state):
            with self.db.session() as s:
                return ui_queries.entity_names(s)
        self.tasks.run(fetch, on_done=self.inspector.set_entities)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.team.live.stop()
        if self.link_job is not None:
            self.link_job.stop()
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        super().closeEvent(event)
