"""One search box over articles and claims; a hit jumps to its spot."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget, QLabel

from storage import search as storage_search
from storage.db import Database
from ui.accessibility import describe
from ui.bidi import cell_alignment, cell_text, fmt, isolate
from ui.tasks import TaskManager


@dataclass(frozen=True)
class Hit:
    article_id: int
    claim_id: int | None
    label: str
    start: int
    end: int


def run_search(db: Database, query: str) -> list[Hit]:
    """Worker side: a fresh session, plain results."""
    with db.session() as s:
        res = storage_search.search(s, query)
    hits = [Hit(c.article_id, c.id, c.text, c.start, c.end) for c in res.claims]
    hits += [Hit(a.id, None, f"{a.title or ''} — {a.snippet}", a.start, a.end)
             for a in res.articles]
    return hits


class HitsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        h = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            kind = self.tr("claim") if h.claim_id is not None else self.tr("article")
            return f"{cell_text(kind)}: {cell_text(h.label)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return cell_alignment(h.label)
        return None


class SearchPanel(QWidget):
    """The box lives in the tool bar; the results list in the side pane."""

    jump = Signal(int, object, int, int)  # article_id, claim_id|None, start, end

    def __init__(self, db: Database, tasks: TaskManager, parent=None):
        super().__init__(parent)
        self.db, self.tasks = db, tasks
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search articles and claims…"))
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(320)
        self.model = HitsModel(self)
        self.count = QLabel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        describe(self.box, self.tr("Search"),
                 self.tr("Search articles and claims (Ctrl+F); Arabic spelling variants match"))
        describe(self.view, self.tr("Search results"),
                 self.tr("Claims and articles that match; Enter opens one"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.count)
        lay.addWidget(self.view)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._enter)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self._generation = 0
        self.hide()

    def run(self) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        self._generation += 1
        if not query:
            self.model.set_hits([])
            self.hide()
            return
        gen = self._generation
        self.tasks.run(lambda _state: run_search(self.db, query),
                       on_done=lambda hits: self._show(gen, hits))

    def _show(self, generation: int, hits: list[Hit]) -> None:
        if generation != self._generation:
            return  # an older query finished after a newer one started
        self.model.set_hits(hits)
        self.count.setText(fmt(self.tr("%1 results"), len(hits)) if hits
                           else fmt(self.tr("No results for %1"), isolate(self.box.text())))
        self.show()

    def _enter(self) -> None:
        if self._timer.isActive() or not self.model.hits:
            self.run()
        else:
            self._activated(self.model.index(0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            h = self.model.hits[index.row()]
            self.jump.emit(h.article_id, h.claim_id, h.start, h.end)
