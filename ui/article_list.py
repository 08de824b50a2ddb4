"""Article list: a table model over ids with lazily fetched, stale-able rows.

Like Anki's browser table model: the model holds only the ordered ids; rows
are fetched a page at a time when first shown and dropped when they change.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QGridLayout, QHeaderView, QTableView,
    QVBoxLayout, QWidget,
)

from storage import queries, ui_queries
from storage.db import Database
from ui.accessibility import describe
from ui.bidi import cell_alignment, cell_text
from ui.table_model import TableModel

PAGE = 100
COLUMNS = ("outlet", "title", "date", "progress")
SORT_KEYS = {0: "outlet", 1: "title", 2: "date"}


class ArticleListModel(TableModel):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.ids: list[int] = []
        self._rows: dict[int, dict[str, Any]] = {}
        self.filters: dict[str, Any] = {}
        self.order, self.descending = "date", False

    # -- loading ---------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the ids for the current filters and order; forget cached rows."""
        with self.db.session() as s:
            ids = ui_queries.article_ids(s, order=self.order, descending=self.descending,
                                      **self.filters)
        self.beginResetModel()
        self.ids = ids
        self._rows.clear()
        self.endResetModel()

    def set_filters(self, **filters: Any) -> None:
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.reload()

    def invalidate(self, article_id: int) -> None:
        """The article's claims changed: drop its cached row and repaint it."""
        self._rows.pop(article_id, None)
        row = self.row_of(article_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, article_id: int) -> int:
        try:
            return self.ids.index(article_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> dict[str, Any] | None:
        aid = self.ids[row]
        if aid not in self._rows:
            start = (row // PAGE) * PAGE
            page = [i for i in self.ids[start:start + PAGE] if i not in self._rows]
            with self.db.session() as s:
                for r in queries.article_rows(s, page):
                    self._rows[r["id"]] = r
        return self._rows.get(aid)

    # -- Qt model interface ----------------------------------------------------------
    def row_count(self) -> int:
        return len(self.ids)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Outlet"), self.tr("Title"), self.tr("Date"), self.tr("Reviewed"))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        r = self._row(index.row())
        if r is None:
            return None
        text = self._text(r, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return cell_alignment(text)
        return cell_text(text) if index.column() < 2 else text

    def _text(self, r: dict[str, Any], col: str) -> str:
        if col == "progress":
            return f"{r['reviewed']}/{r['total']}"
        if col == "title":
            return r["title"] or r["source_file"] or self.tr("(untitled)")
        if col == "date":
            return r.get("date") or "—"  # no date in the file
        return r.get(col) or ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column, "id")
        self.order, self.descending = key, order == Qt.SortOrder.DescendingOrder
        if key == "date":  # queries' date order is newest first already
            self.descending = not self.descending
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self.ids[i.row()], i.column()) for i in old]
        with self.db.session() as s:
            self.ids = ui_queries.article_ids(s, order=self.order, descending=self.descending,
                                           **self.filters)
        where = {aid: row for row, aid in enumerate(self.ids)}
        self.changePersistentIndexList(old, [
            self.index(where[aid], col) if aid in where else QModelIndex()
            for aid, col in kept])
        self.layoutChanged.emit()


class FilterBar(QWidget):
    """Outlet, status and date filters for the article list."""

    changed = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.outlet = QComboBox()
        self.status = QComboBox()
        for label, value in ((self.tr("All claims"), None),
                             (self.tr("Unreviewed"), "unreviewed"),
                             (self.tr("Reviewed"), "reviewed"),
                             (self.tr("Has confirmed"), "confirmed"),
                             (self.tr("Has rejected"), "rejected"),
                             (self.tr("Has corrected"), "corrected")):
            self.status.addItem(label, value)
        self.date_from = self._date_edit(self.tr("From: any"))
        self.date_to = self._date_edit(self.tr("To: any"))
        describe(self.outlet, self.tr("Outlet filter"), self.tr("Show one outlet's articles"))
        describe(self.status, self.tr("Review filter"),
                 self.tr("Show articles by the state of their claims"))
        describe(self.date_from, self.tr("Earliest date"),
                 self.tr("Show articles published on or after this date"))
        describe(self.date_to, self.tr("Latest date"),
                 self.tr("Show articles published on or before this date"))
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.outlet, 0, 0)
        lay.addWidget(self.status, 0, 1)
        lay.addWidget(self.date_from, 1, 0)
        lay.addWidget(self.date_to, 1, 1)
        self.outlet.currentIndexChanged.connect(self._emit)
        self.status.currentIndexChanged.connect(self._emit)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)

    def _date_edit(self, none_text: str) -> QDateEdit:
        w = QDateEdit()
        w.setCalendarPopup(True)
        w.setDisplayFormat("yyyy-MM-dd")
        w.setMinimumDate(QDate(1900, 1, 1))
        w.setSpecialValueText(none_text)
        w.setDate(w.minimumDate())
        return w

    def set_outlets(self, outlets: list[tuple[int, str]]) -> None:
        self.outlet.blockSignals(True)
        self.outlet.clear()
        self.outlet.addItem(self.tr("All outlets"), None)
        for oid, name in outlets:
            self.outlet.addItem(name, oid)
        self.outlet.blockSignals(False)

    def _date(self, w: QDateEdit) -> dt.date | None:
        if w.date() == w.minimumDate():
            return None
        return w.date().toPython()

    def values(self) -> dict[str, Any]:
        return {"outlet_id": self.outlet.currentData(), "status": self.status.currentData(),
                "date_from": self._date(self.date_from), "date_to": self._date(self.date_to)}

    def _emit(self, *_args) -> None:
        self.changed.emit(self.values())


class ArticleList(QWidget):
    """Filter bar above the article table; emits the chosen article id."""

    article_chosen = Signal(int)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.model = ArticleListModel(db, self)
        self.filters = FilterBar()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)  # sorts (loads the ids) once, newest first
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setWordWrap(False)
        describe(self.view, self.tr("Articles"),
                 self.tr("The imported articles: outlet, title, date, claims reviewed"))
        head = self.view.horizontalHeader()
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(0, 80)
        head.resizeSection(2, 76)
        head.resizeSection(3, 54)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filters)
        lay.addWidget(self.view)
        self.filters.changed.connect(lambda f: self.model.set_filters(**f))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.article_chosen.emit(self.model.ids[current.row()])

    def select_article(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        idx = self.model.index(row, 1)
        if self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(idx)
        self.view.scrollTo(idx)
        return True

    def neighbour(self, article_id: int, step: int) -> int | None:
        """The article ``step`` rows away, wrapping around; None if the list is empty."""
        ids = self.model.ids
        if not ids:
            return None
        row = self.model.row_of(article_id)
        return ids[(row + step) % len(ids)] if row >= 0 else ids[0]
