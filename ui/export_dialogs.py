"""File > Export and File > Report: self-contained actions for the main window.

``install_file_menu_actions(window, menu, db_getter, tasks=None, selection=None)``
adds "Export…" (one entry per format) and "Report (PDF)…" to ``menu``.  The
work runs on the app's one worker executor (ui.tasks.TaskManager; a private
one if none is given) behind a QProgressDialog; widgets are only touched on
the GUI thread, from the task's callbacks.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from storage.db import Database
from ui.tasks import TaskManager, TaskState

translate = QCoreApplication.translate

FORMATS = [  # (format, menu label, file filter or None for a folder, default name)
    ("claimreview", QT_TRANSLATE_NOOP("ExportDialogs", "&ClaimReview JSON-LD…"),
     "JSON-LD (*.json)", "claimreview.json"),
    ("jsonl", QT_TRANSLATE_NOOP("ExportDialogs", "&JSONL (Isnad exchange)…"),
     "JSON Lines (*.jsonl)", "isnad.jsonl"),
    ("csv", QT_TRANSLATE_NOOP("ExportDialogs", "C&SV for spreadsheets…"), "CSV (*.csv)",
     "claims.csv"),
    ("brat", QT_TRANSLATE_NOOP("ExportDialogs", "&brat standoff folder…"), None, "brat"),
    ("webanno-tsv", QT_TRANSLATE_NOOP("ExportDialogs", "&WebAnno TSV 3.3 folder…"), None,
     "webanno"),
]


def install_file_menu_actions(window: QWidget, menu: QMenu, db_getter: Callable[[], Database],
                              tasks: TaskManager | None = None,
                              selection: Callable[[], list[int] | None] | None = None
                              ) -> list[QAction]:
    """Add the export and report actions to ``menu``; returns them."""
    runner = _Runner(window, db_getter, tasks, selection)
    window._isnad_export_runner = runner  # keep it alive with the window
    sub = menu.addMenu(translate("ExportDialogs", "&Export"))
    actions = []
    for fmt, label, filt, default in FORMATS:
        act = sub.addAction(translate("ExportDialogs", label))
        act.triggered.connect(lambda _=False, f=fmt, fl=filt, d=default: runner.export(f, fl, d))
        actions.append(act)
    report = menu.addAction(translate("ExportDialogs", "Re&port (PDF)…"))
    report.triggered.connect(lambda _=False: runner.report())
    actions.append(report)
    return actions


class _Runner:
    def __init__(self, window, db_getter, tasks, selection):
        self.window, self.db_getter, self.selection = window, db_getter, selection
        self.tasks = tasks or TaskManager(window)

    def _ask(self, filt: str | None, default: str) -> str:
        if filt is None:
            title = translate("ExportDialogs", "Export to folder")
            return QFileDialog.getExistingDirectory(self.window, title, str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self.window, translate("ExportDialogs", "Export"),
                                              str(Path.home() / default), filt)
        return path

    def export(self, fmt: str, filt: str | None, default: str) -> None:
        out = self._ask(filt, default)
        if not out:
            return
        if filt is None:
            out = str(Path(out) / default)
        ids = self.selection() if self.selection else None

        def work(state: TaskState) -> int:
            from storage.exchange import export_to

            return export_to(self.db_getter(), fmt, out, article_ids=ids,
                             progress=lambda n, text: state.progress(n, text))

        done = translate("ExportDialogs", "Wrote {n} items to {out}")
        self._run(work, translate("ExportDialogs", "Exporting…"),
                  lambda n: done.format(n=n, out=out))

    def report(self) -> None:
        out, _ = QFileDialog.getSaveFileName(self.window, translate("ExportDialogs", "Report"),
                                             str(Path.home() / "report.pdf"), "PDF (*.pdf)")
        if not out:
            return
        ids = self.selection() if self.selection else None
        lang = "ar" if self.window.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"

        def work(state: TaskState) -> int:
            from ui.report import write_report

            return write_report(self.db_getter(), out, article_ids=ids, lang=lang,
                                progress=lambda n, text: state.progress(n, text))

        done = translate("ExportDialogs", "Report on {n} articles written to {out}")
        self._run(work, translate("ExportDialogs", "Writing the report…"),
                  lambda n: done.format(n=n, out=out))

    def _run(self, work, title: str, done_text: Callable[[int], str]) -> None:
        dialog = QProgressDialog(title, translate("ExportDialogs", "Cancel"), 0, 100, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(True)
        dialog.setValue(0)

        def progress(n: int, _text: str) -> None:
            dialog.setValue(n)

        def finished(n: int) -> None:
            dialog.setValue(100)
            dialog.close()
            status = getattr(self.window, "statusBar", None)
            if callable(status):
                status().showMessage(done_text(n), 8000)

        def failed(exc: BaseException) -> None:
            dialog.close()
            QMessageBox.warning(self.window, translate("ExportDialogs", "Export failed"), str(exc))

        state = self.tasks.run(work, on_done=finished, on_error=failed, on_progress=progress)
        dialog.canceled.connect(state.cancel)
        self.last_state = state
