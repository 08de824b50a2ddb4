"""Double review for leads, and how far independent reviewers agree.

Review > Double review…: a lead picks a sample size and two reviewers
(``storage.team.assign_double_review``).  Review > Agreement…: Cohen's kappa
and Krippendorff's alpha on status and verdict, overall, per reviewer pair
and per outlet (``storage.team.agreement_report``, computed on the worker),
as a table model.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QSpinBox, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy import func, select

from storage import services, team
from storage.db import DatabaseError
from ui.accessibility import describe
from ui.bidi import cell_alignment, cell_text, fmt, isolate, ui_mark
from ui.table_model import TableModel

KIND_TEXT = {
    "overall": QT_TRANSLATE_NOOP("Agreement", "All reviewers"),
    "pair": QT_TRANSLATE_NOOP("Agreement", "Pair"),
    "outlet": QT_TRANSLATE_NOOP("Agreement", "Outlet"),
}
FIELD_TEXT = {
    "status": QT_TRANSLATE_NOOP("Agreement", "Status"),
    "verdict": QT_TRANSLATE_NOOP("Agreement", "Verdict"),
}
COLUMNS = ("kind", "group", "field", "n", "observed", "kappa", "alpha")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Agreement", text)


def report_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per group and field: overall, each reviewer pair, each outlet."""
    rows: list[dict[str, Any]] = []
    groups: list[tuple[str, str, dict[str, Any]]] = []
    if report.get("claims"):
        groups.append(("overall", "", report["overall"]))
    groups += [("pair", " · ".join(p["reviewers"]), p) for p in report.get("pairs", [])]
    groups += [("outlet", o["outlet"] or _tr("(no outlet)"), o)
               for o in report.get("outlets", [])]
    for kind, name, g in groups:
        for field in ("status", "verdict"):
            stats = g[field]
            rows.append({"kind": kind, "group": name, "field": field, "n": stats["n"],
                         "observed": stats["observed"], "kappa": stats["kappa"],
                         "alpha": stats["alpha"]})
    return rows


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class AgreementModel(TableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_report(self, report: dict[str, Any]) -> None:
        self.beginResetModel()
        self.rows = report_rows(report)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Compared"), self.tr("Reviewers or outlet"), self.tr("On"),
                self.tr("Claims"), self.tr("Agreed"), self.tr("Cohen's κ"),
                self.tr("Krippendorff's α"))

    def header_tip(self, section: int) -> str | None:
        return (None, None, None, self.tr("Claims judged by both (at least two) reviewers"),
                self.tr("Share of claims on which the reviewers gave the same answer"),
                self.tr("Agreement beyond chance for a pair (1 = perfect, 0 = chance); "
                        "— where undefined"),
                self.tr("Agreement beyond chance for any number of reviewers, nominal; "
                        "— where undefined"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in ("n", "observed", "kappa", "alpha"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return cell_alignment(self._text(row, col))
        if role == Qt.ItemDataRole.UserRole:
            return row.get(col)
        return None

    def _text(self, row: dict[str, Any], col: str) -> str:
        if col == "kind":
            return _tr(KIND_TEXT[row["kind"]])
        if col == "group":
            return cell_text(row["group"])
        if col == "field":
            return _tr(FIELD_TEXT[row["field"]])
        if col == "n":
            return str(row["n"])
        if col == "observed":
            return "—" if row["observed"] is None else f"{round(row['observed'] * 100)}%"
        return number(row[col])


class AgreementDialog(QDialog):
    """The agreement table, computed on the worker (``loading`` until it arrives)."""

    def __init__(self, db, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.tasks = db, tasks
        self.setWindowTitle(self.tr("Agreement between independent reviews"))
        self.resize(860, 420)
        self.summary = QLabel(self.tr("Computing…"))
        self.summary.setWordWrap(True)
        self.model = AgreementModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        head = self.view.horizontalHeader()
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 110), (2, 70), (3, 70), (4, 80), (5, 100), (6, 140)):
            head.resizeSection(col, width)
        describe(self.view, self.tr("Agreement"),
                 self.tr("Cohen's kappa and Krippendorff's alpha, on status and on verdict"))
        note = QLabel(ui_mark() + self.tr("κ and α: 1 is perfect agreement, 0 is what chance alone gives, "
                              "below 0 is worse than chance. — means too few claims or every "
                              "answer the same."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.view, 1)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.loading = True
        self.report: dict[str, Any] | None = None
        db_ = db

        def work(_state):
            with db_.session() as s:
                return team.agreement_report(s)

        tasks.run(work, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, report: dict[str, Any]) -> None:
        self.loading = False
        self.report = report
        self.model.set_report(report)
        if not report["claims"]:
            self.summary.setText(self.tr("No claim has two independent judgements yet."))
        else:
            self.summary.setText(fmt(self.tr("%1 claims judged independently by two or more "
                                             "reviewers (%2 judgements)."),
                                     report["claims"], report["ratings"]))

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.summary.setText(fmt(self.tr("Cannot compute the agreement: %1"), isolate(exc)))


class DoubleReviewDialog(QDialog):
    """A lead asks two reviewers to judge a random sample independently."""

    assigned = Signal(list)  # the claim ids

    def __init__(self, db, lead: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lead = db, lead
        self.setWindowTitle(self.tr("Double review"))
        self.setMinimumWidth(480)
        from models import Claim, Reviewer

        with db.session() as s:
            names = list(s.scalars(select(Reviewer.name).order_by(Reviewer.name)))
            total = s.scalar(select(func.count()).select_from(Claim)) or 0
            role = s.scalar(select(Reviewer.role).where(Reviewer.name == lead))
        self.size = QSpinBox()
        self.size.setRange(1, max(1, total))
        self.size.setValue(min(20, max(1, total)))
        self.first, self.second = QComboBox(), QComboBox()
        for box in (self.first, self.second):
            box.setEditable(True)
            box.addItems([n for n in names if n != lead] or names)
        if self.second.count() > 1:
            self.second.setCurrentIndex(1)
        describe(self.size, self.tr("Sample size"), self.tr("How many claims, drawn at random"))
        describe(self.first, self.tr("First reviewer"))
        describe(self.second, self.tr("Second reviewer"))
        form = QFormLayout()
        form.addRow(self.tr("Sample size"), self.size)
        form.addRow(self.tr("First reviewer"), self.first)
        form.addRow(self.tr("Second reviewer"), self.second)
        intro = QLabel(fmt(self.tr("%1 claims in the database. Each reviewer judges the sample "
                                   "without seeing the other's decisions; the claims "
                                   "themselves do not change."), total))
        intro.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000;")
        if role != "lead":
            self.error.setText(self.tr("Only a lead can assign double review."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Assign"))
        self.ok.setEnabled(role == "lead" and total > 0)
        buttons.accepted.connect(self.assign)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def assign(self) -> list[int] | None:
        names = [self.first.currentText().strip(), self.second.currentText().strip()]
        try:
            with self.db.session() as s:
                ids = team.assign_double_review(s, self.lead, sample_size=self.size.value(),
                                                reviewers=names)
        except (services.ServiceError, DatabaseError) as exc:
            self.error.setText(str(exc))
            return None
        self.assigned.emit(ids)
        self.accept()
        return ids
