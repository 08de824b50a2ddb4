"""Cross-source matching (storage.matching) in a child process, with a progress
bar in the status bar; the cross-source panel refreshes when it is done.

A process rather than the worker thread: matching is pure-Python work for
minutes on a large database, and on a thread it would hold the GIL against the
GUI (switching articles slowed from ~50 ms to over a second while it ran)."""
from __future__ import annotations

import multiprocessing
import queue

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QProgressBar

from storage import matching
from ui.bidi import fmt

POLL_MS = 200


class LinkJob:
    """Suggestions and stories in a child process; progress in the status bar."""

    def __init__(self, win, article_ids: list[int] | None = None):
        self.win = win
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setRange(0, 0)
        self.bar.setFormat(QCoreApplication.translate("Links", "matching %v/%m"))
        win.statusBar().addPermanentWidget(self.bar)
        win.statusBar().showMessage(
            QCoreApplication.translate("Links", "Finding the same claims in other outlets…"))
        ctx = multiprocessing.get_context("spawn")
        self.messages = ctx.Queue()
        self.cancel = ctx.Event()
        url = win.db.url.render_as_string(hide_password=False)  # in memory only, to the child
        self.proc = ctx.Process(target=matching.run_in_child, daemon=True,
                                args=(url, list(article_ids) if article_ids else None,
                                      self.messages, self.cancel), name="isnad-matching")
        self.proc.start()
        self.timer = QTimer(win)
        self.timer.timeout.connect(self._poll)
        self.timer.start(POLL_MS)

    def _poll(self) -> None:
        while True:
            try:
                msg = self.messages.get_nowait()
            except queue.Empty:
                break
            if msg[0] == "progress":
                self.bar.setRange(0, max(1, msg[2]))
                self.bar.setValue(msg[1])
            elif msg[0] == "done":
                return self._done(msg[1])
            else:
                return self._error(msg[1])
        if not self.proc.is_alive() and self.messages.empty():
            self._error(QCoreApplication.translate("Links", "the matching process stopped"))

    def stop(self, wait: float = 3.0) -> None:
        """Ask the job to stop (the app is closing); it commits per batch."""
        self.cancel.set()
        self.proc.join(wait)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(1)
        self._finish()

    def _finish(self) -> None:
        self.timer.stop()
        if self.bar is not None:
            self.win.statusBar().removeWidget(self.bar)
            self.bar.deleteLater()
            self.bar = None
        if getattr(self.win, "link_job", None) is self:
            self.win.link_job = None

    def _done(self, added: int) -> None:
        self._finish()
        self.proc.join(1)
        self.win.statusBar().showMessage(fmt(QCoreApplication.translate(
            "Links", "%1 new cross-source matches"), added), 8000)
        self.win.crosssource.refresh()

    def _error(self, text: str) -> None:
        self._finish()
        self.win.statusBar().showMessage(fmt(QCoreApplication.translate(
            "Links", "Cross-source matching failed: %1"), text), 10000)
