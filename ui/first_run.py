"""First start on an empty database: offer the demo corpus; imports with progress."""
from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from storage import ui_queries
from storage.db import Database
from storage.importer import ImportReport, import_paths
from ui.bidi import fmt
from ui.tasks import TaskManager, TaskState

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"


def demo_files() -> list[Path]:
    return sorted(DEMO_DIR.glob("*.txt")) if DEMO_DIR.is_dir() else []


def can_extract() -> bool:
    """The claim extractor is optional until analysis.extract exists."""
    return importlib.util.find_spec("analysis.extract") is not None


def is_empty(db: Database) -> bool:
    with db.session() as s:
        return ui_queries.article_count(s) == 0


def import_now(db: Database, paths: list[Path], state: TaskState | None = None) -> ImportReport:
    """Runs on the worker (or directly, headless)."""
    kw = {}
    if state is not None:
        kw = {"progress": state.progress, "cancel": state.is_cancelled}
    return import_paths(db, paths, extract=can_extract(), **kw)


def ask_load_demo(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("FirstRun", "Welcome to Isnad"),
        QCoreApplication.translate(
            "FirstRun", "The database is empty. Load the demo corpus (five Arabic news "
                        "articles) to try the review desk?"))
    return answer == QMessageBox.StandardButton.Yes


class ImportJob:
    """An import on the worker with a progress dialog that can cancel it."""

    def __init__(self, parent: QWidget, db: Database, tasks: TaskManager, paths: list[Path],
                 on_done: Callable[[ImportReport], None]):
        self.dialog = QProgressDialog(
            QCoreApplication.translate("FirstRun", "Importing…"),
            QCoreApplication.translate("FirstRun", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(QCoreApplication.translate("FirstRun", "Import"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self._on_done = on_done
        self.state = tasks.run(lambda st: import_now(db, paths, st), on_done=self._done,
                               on_error=self._error, on_progress=self._progress)
        self.dialog.canceled.connect(self.state.cancel)

    def _progress(self, n: int, path: str) -> None:
        self.dialog.setLabelText(
            fmt(QCoreApplication.translate("FirstRun", "Imported %1 records…"), n))

    def _done(self, report: ImportReport) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self._on_done(report)

    def _error(self, exc: BaseException) -> None:
        self.dialog.reset()
        self.dialog.hide()
        QMessageBox.warning(self.dialog.parentWidget(),
                            QCoreApplication.translate("FirstRun", "Import failed"), str(exc))
