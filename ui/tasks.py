"""One worker executor for long work; results and progress come back by signal.

Modelled on Anki's ``aqt/taskman.py`` (one executor, closures posted back to
the main thread) and Orange's ``TaskState`` (progress, cancel).  Worker code
gets a ``TaskState`` and must never touch widgets.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task that noticed it was cancelled."""


class TaskState:
    """What a running task may use: report progress, notice cancellation."""

    def __init__(self, manager: TaskManager, on_progress: Callable[[int, str], None] | None):
        self._manager = manager
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, n: int, text: str = "") -> None:
        if self._on_progress is not None:
            cb = self._on_progress
            self._manager.run_on_main(lambda: cb(n, text))


class TaskManager(QObject):
    _post = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="isnad-worker")
        self._running = 0
        self._post.connect(self._on_post, Qt.ConnectionType.QueuedConnection)

    def run(self, task: Callable[[TaskState], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, str], None] | None = None) -> TaskState:
        """Run ``task(state)`` on the worker; ``on_done(result)`` on the main thread."""
        state = TaskState(self, on_progress)
        self._running += 1
        fut = self._pool.submit(task, state)
        fut.add_done_callback(lambda f: self.run_on_main(
            lambda: self._finish(f, state, on_done, on_error)))
        return state

    def _finish(self, fut: Future, state: TaskState, on_done, on_error) -> None:
        self._running -= 1
        state.done = True
        try:
            result = fut.result()
        except BaseException as exc:  # noqa: BLE001 - reported to the caller
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)
            return
        if on_done is not None:
            on_done(result)

    def busy(self) -> bool:
        return self._running > 0

    def run_on_main(self, fn: Callable[[], None]) -> None:
        """Safe from any thread: ``fn`` runs on the thread that owns the manager."""
        self._post.emit(fn)

    @Slot(object)
    def _on_post(self, fn: Callable[[], None]) -> None:
        fn()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
