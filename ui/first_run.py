"""First start on an empty database: offer the demo corpus; imports with progress."""
from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QMessageBox, QProgressDialog, QVBoxLayout, QWidget,
)

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


class WelcomeDialog(QDialog):
    """The first start: the reviewer's name, the interface language, the demo corpus,
    and the three keys that matter."""

    def __init__(self, settings, offer_demo: bool, parent: QWidget | None = None):
        from ui.accessibility import describe

        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Welcome to Isnad"))
        intro = QLabel(self.tr("Isnad shows each article beside the claims found in it; you "
                               "confirm, correct or reject each one."))
        intro.setWordWrap(True)
        self.name = QLineEdit(settings.reviewer)
        self.name.setPlaceholderText(self.tr("Your name"))
        describe(self.name, self.tr("Your name"),
                 self.tr("Recorded with each decision you make"))
        self.language = QComboBox()
        for code, text in (("system", self.tr("Follow the system")), ("ar", "العربية"),
                           ("en", "English")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        describe(self.language, self.tr("Interface language"),
                 self.tr("The language of menus and buttons"))
        self.demo = QCheckBox(self.tr("Load the &demo corpus (five Arabic news articles)"))
        self.demo.setChecked(offer_demo)
        self.demo.setVisible(offer_demo)
        describe(self.demo, self.tr("Load the demo corpus"),
                 self.tr("Five Arabic news articles to try the review desk on"))
        keys = QLabel(self.tr("<p>Three keys do most of the work:</p><table cellpadding='3'>"
                              "<tr><td><b>A</b></td><td>confirm the claim</td></tr>"
                              "<tr><td><b>X</b></td><td>reject it</td></tr>"
                              "<tr><td><b>J</b></td><td>go to the next claim</td></tr>"
                              "</table><p>F1 lists every shortcut.</p>"))
        keys.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("&Start"))
        start.setToolTip(self.tr("Save these choices and open the review desk"))
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.demo)
        lay.addWidget(keys)
        lay.addWidget(buttons)

    def accept(self) -> None:
        if self.name.text().strip():
            self.settings.reviewer = self.name.text()
        self.settings.language = self.language.currentData()
        self.settings.set("welcomed", 1)
        super().accept()

    def wants_demo(self) -> bool:
        return not self.demo.isHidden() and self.demo.isChecked()


def needs_welcome(settings) -> bool:
    return not settings.get("welcomed")


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
