"""Cross-source matching as one job: the missing link suggestions, in
committed batches (other writers get the database between them), then the
stories.  Run on the app's worker after an import and by `links`."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from storage import linking, stories
from storage.db import Database

BATCH = 100  # articles per transaction


def links_missing(db: Database) -> bool:
    with db.session() as s:
        return bool(linking.missing(s))


def compute(db: Database, article_ids: Sequence[int] | None = None, *,
            progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> int:
    """Suggestions for these articles (the ones missing them when None), then the
    stories; returns the number of suggestions added."""
    cancel = cancel or (lambda: False)
    with db.session() as s:
        todo = linking.missing(s) if article_ids is None else list(article_ids)
    if not todo:
        return 0
    with db.session() as s:
        suggester = linking.Suggester(s)  # the index is built once for every batch
    added = 0
    for n in range(0, len(todo), BATCH):
        if cancel():
            break
        if progress:
            progress(n, len(todo))
        with db.session() as s:
            added += suggester.run(s, todo[n:n + BATCH], cancel=cancel)
    with db.session() as s:
        stories.assign_stories(s)
    return added


def run_in_child(url: str, article_ids: Sequence[int] | None, messages, cancel) -> None:
    """The matching job in a process of its own (the app's GUI thread never waits for
    it on the GIL).  ``messages`` (a multiprocessing queue) receives
    ("progress", n, total), then ("done", added) or ("error", text); ``cancel`` is a
    multiprocessing event.  Killing the process mid-batch loses only that batch's
    uncommitted suggestions."""
    try:
        db = Database.open(url, migrate=False, daily_backup=False)
        try:
            added = compute(db, article_ids,
                            progress=lambda n, total: messages.put(("progress", n, total)),
                            cancel=cancel.is_set)
        finally:
            db.dispose()
        messages.put(("done", added))
    except Exception as exc:  # reported in the app's status bar
        messages.put(("error", f"{type(exc).__name__}: {exc}"))
