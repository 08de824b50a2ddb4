"""The current article's claims: a table model, a sort/filter proxy and the view."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSortFilterProxyModel,
    Qt, Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout,
    QWidget,
)

from ui.accessibility import describe, marked
from ui.article_view import STATUS_COLOURS, kind_label
from ui.bidi import cell_alignment, cell_text, fmt
from ui.table_model import TableModel

COLUMNS = ("position", "text", "speaker", "title", "kind", "checkworthiness", "status",
           "verdict")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole


STATUS_TEXT = {
    "pending": QT_TRANSLATE_NOOP("Claims", "pending"),
    "confirmed": QT_TRANSLATE_NOOP("Claims", "confirmed"),
    "rejected": QT_TRANSLATE_NOOP("Claims", "rejected"),
    "corrected": QT_TRANSLATE_NOOP("Claims", "corrected"),
}
VERDICT_TEXT = {  # the ClaimReview scale, in key order 1-5
    "true": QT_TRANSLATE_NOOP("Claims", "True"),
    "mostly_true": QT_TRANSLATE_NOOP("Claims", "Mostly true"),
    "misleading": QT_TRANSLATE_NOOP("Claims", "Misleading"),
    "false": QT_TRANSLATE_NOOP("Claims", "False"),
    "unverifiable": QT_TRANSLATE_NOOP("Claims", "Unverifiable"),
}


def status_label(status: str | None) -> str:
    text = STATUS_TEXT.get(status or "")
    return QCoreApplication.translate("Claims", text) if text else (status or "")


def verdict_labels() -> list[tuple[str, str]]:
    """The verdict scale in key order (1-5), with labels in the UI language."""
    return [(v, QCoreApplication.translate("Claims", t)) for v, t in VERDICT_TEXT.items()]


def verdict_label(verdict: str | None) -> str:
    return dict(verdict_labels()).get(verdict or "", "")


class ClaimsModel(TableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.claims: list[dict[str, Any]] = []
        self.flagged: set[int] = set()  # my double review (ui/team.py)

    def set_flagged(self, ids: set[int]) -> None:
        self.flagged = set(ids)
        if self.claims:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.claims) - 1, 0))

    def set_claims(self, claims: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.claims = list(claims)
        self.endResetModel()

    def update_claim(self, claim: dict[str, Any]) -> None:
        row = self.row_of(claim["id"])
        if row >= 0:
            self.claims[row] = claim
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, claim_id: int) -> int:
        return next((i for i, c in enumerate(self.claims) if c["id"] == claim_id), -1)

    def row_count(self) -> int:
        return len(self.claims)

    def headers(self) -> tuple[str, ...]:
        return ("#", self.tr("Claim"), self.tr("Speaker"), self.tr("Title"), self.tr("Kind"),
                self.tr("Worth"), self.tr("Status"), self.tr("Verdict"))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.claims):
            return None
        c = self.claims[index.row()]
        col = COLUMNS[index.column()]
        if role == ID_ROLE:
            return c["id"]
        if role == SORT_ROLE:
            return self._sort_key(c, col, index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._display(c, col, index.row())
            return cell_text(text) if col in ("text", "speaker", "title") else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return cell_alignment(self._display(c, col, index.row()))
        if role == Qt.ItemDataRole.BackgroundRole and col == "status":
            return QColor(STATUS_COLOURS.get(c["status"], "#ffffff"))
        return None

    def _display(self, c: dict[str, Any], col: str, row: int) -> str:
        if col == "position":
            return f"⚑ {row + 1}" if c["id"] in self.flagged else str(row + 1)
        if col == "text":
            return c.get("corrected_text") or c["text"]
        if col == "speaker":
            return c.get("speaker_display") or ""
        if col == "title":
            return c.get("speaker_title") or ""
        if col == "kind":
            return kind_label(c.get("kind"))
        if col == "checkworthiness":
            return f"{c['checkworthiness']:.2f}"
        if col == "status":  # the mark, not only the colour, tells the status
            return marked(c["status"], status_label(c["status"]))
        return verdict_label(c.get("verdict"))

    def _sort_key(self, c: dict[str, Any], col: str, row: int) -> Any:
        if col == "position":
            return row
        if col == "checkworthiness":
            return c["checkworthiness"]
        return self._display(c, col, row)


class ClaimsProxy(QSortFilterProxyModel):
    """Sort by any column (position by default); filter by status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if self.status is None:
            return True
        return self.sourceModel().claims[row]["status"] == self.status


class ClaimsTable(QWidget):
    claim_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ClaimsModel(self)
        self.proxy = ClaimsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for st in ("pending", "confirmed", "rejected", "corrected"):
            self.status.addItem(marked(st, status_label(st)), st)
        self.status.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status.currentData()))
        describe(self.status, self.tr("Status filter"), self.tr("Show claims with this status"))
        self.summary = QLabel()
        self.view = QTableView()
        describe(self.view, self.tr("Claims"),
                 self.tr("The article's claims; ✓ confirmed, ✗ rejected, ✎ corrected, "
                         "• pending"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._size_columns()
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.status)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    def _size_columns(self) -> None:
        head = self.view.horizontalHeader()
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 32), (2, 130), (3, 70), (4, 70), (5, 60), (6, 70), (7, 90)):
            head.resizeSection(col, width)

    def set_claims(self, claims: list[dict[str, Any]]) -> None:
        self.model.set_claims(claims)
        self._update_summary()

    def update_claim(self, claim: dict[str, Any]) -> None:
        self.model.update_claim(claim)
        self._update_summary()

    def set_flagged(self, ids: set[int]) -> None:
        """⚑ beside the claims waiting for my independent (double) review."""
        self.model.set_flagged(ids)

    def _update_summary(self) -> None:
        claims = self.model.claims
        done = sum(1 for c in claims if c["status"] != "pending")
        self.summary.setText(fmt(self.tr("%1 claims, %2 reviewed"), len(claims), done))

    def order(self) -> list[int]:
        """Claim ids in the order shown (sort and filter applied)."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def select_claim(self, claim_id: int | None) -> None:
        row = self.model.row_of(claim_id) if claim_id is not None else -1
        if row < 0:
            self.view.clearSelection()
            return
        idx = self.proxy.mapFromSource(self.model.index(row, 1))
        if idx.isValid() and self.view.currentIndex().row() != idx.row():
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(idx)
            self.view.selectionModel().blockSignals(False)
            self.view.viewport().update()
        if idx.isValid():
            self.view.scrollTo(idx)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.claim_chosen.emit(current.data(ID_ROLE))
