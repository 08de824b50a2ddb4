"""Cross-source matching on the worker (storage.matching), with a progress bar
in the status bar; the cross-source panel refreshes when it is done."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar

from storage import matching
from ui.bidi import fmt


class LinkJob:
    """Suggestions and stories on the worker; progress in the status bar."""

    def __init__(self, win, article_ids: list[int] | None = None):
        self.win = win
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setRange(0, 0)
        self.bar.setFormat(QCoreApplication.translate("Links", "matching %v/%m"))
        win.statusBar().addPermanentWidget(self.bar)
        win.statusBar().showMessage(
            QCoreApplication.translate("Links", "Finding the same claims in other outlets…"))
        self.state = win.tasks.run(
            lambda st: matching.compute(win.db, article_ids,
                                        progress=lambda n, total: st.progress(n, str(total)),
                                        cancel=st.is_cancelled),
            on_done=self._done, on_error=self._error, on_progress=self._progress)

    def _progress(self, n: int, total: str) -> None:
        self.bar.setRange(0, max(1, int(total)))
        self.bar.setValue(n)

    def _finish(self) -> None:
        self.win.statusBar().removeWidget(self.bar)
        self.bar.deleteLater()
        if getattr(self.win, "link_job", None) is self:
            self.win.link_job = None

    def _done(self, added: int) -> None:
        self._finish()
        self.win.statusBar().showMessage(fmt(QCoreApplication.translate(
            "Links", "%1 new cross-source matches"), added), 8000)
        self.win.crosssource.refresh()

    def _error(self, exc: BaseException) -> None:
        self._finish()
        self.win.statusBar().showMessage(fmt(QCoreApplication.translate(
            "Links", "Cross-source matching failed: %1"), str(exc)), 10000)
