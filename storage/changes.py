"""Other people's decisions, without restarting: a cheap poll over the
append-only review log, and on PostgreSQL a NOTIFY for each logged event.

Poll: ``changes_since(s, last_event_id)`` returns the events logged after the
one you last saw, oldest first; keep the largest id and ask again (the UI
does this on a QTimer).  One indexed range query on the primary key: cheap
enough to run every second or two.

On PostgreSQL ids come from a sequence, so a transaction that took id 41 can
commit after one that took id 42: a poll that has seen 42 would never see 41.
``ChangeFeed`` handles that by looking back a window of ids and remembering
which it has already returned.  SQLite serializes writers, so ids appear in
commit order there.

NOTIFY: a trigger (migration 0004, or ``create`` for a new database) calls
``pg_notify('isnad_events', id)`` in the same transaction as each INSERT into
review_events, so listeners hear of an event exactly when it commits and never
of one that rolled back.  ``EventListener`` wraps LISTEN for a worker thread.
"""
from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from models import ReviewEvent

CHANNEL = "isnad_events"


def create(conn: Connection) -> None:
    """Install the NOTIFY trigger (PostgreSQL only; idempotent)."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION isnad_notify_event() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN PERFORM pg_notify('{CHANNEL}', NEW.id::text); RETURN NEW; END $$")
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS review_events_notify ON review_events")
    conn.exec_driver_sql(
        "CREATE TRIGGER review_events_notify AFTER INSERT ON review_events "
        "FOR EACH ROW EXECUTE FUNCTION isnad_notify_event()")


def drop(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS review_events_notify ON review_events")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS isnad_notify_event()")


def latest_event_id(s: Session) -> int:
    """The id to start polling from (0 for an empty log)."""
    return s.scalar(select(func.max(ReviewEvent.id))) or 0


def changes_since(s: Session, last_event_id: int, limit: int = 500) -> list[ReviewEvent]:
    """Events logged after ``last_event_id``, oldest first (at most ``limit``)."""
    return list(s.scalars(select(ReviewEvent).where(ReviewEvent.id > last_event_id)
                          .order_by(ReviewEvent.id).limit(limit)))


class ChangeFeed:
    """Poll state for one window: returns each event exactly once, including
    events whose transaction committed after a later id's (PostgreSQL): it
    looks back ``lookback`` ids below the highest seen and skips those it has
    already returned.  Events at or below ``start_after`` are never returned."""

    def __init__(self, start_after: int = 0, lookback: int = 200):
        self.start = self.high = start_after
        self.lookback = lookback
        self._seen: set[int] = set()

    def poll(self, s: Session, limit: int = 500) -> list[ReviewEvent]:
        low = max(self.start, self.high - self.lookback)
        fresh = [e for e in changes_since(s, low, limit + len(self._seen))
                 if e.id not in self._seen][:limit]
        for e in fresh:
            self._seen.add(e.id)
            self.high = max(self.high, e.id)
        floor = self.high - self.lookback
        self._seen = {i for i in self._seen if i > floor}
        return fresh


class EventListener:
    """LISTEN isnad_events on its own psycopg connection (PostgreSQL only).

    ``wait(timeout)`` blocks up to ``timeout`` seconds and returns the event ids
    notified so far (possibly empty).  Use it from a worker thread, then poll
    ``changes_since`` / ``ChangeFeed`` for the rows themselves.
    """

    def __init__(self, url: str):
        import psycopg
        from sqlalchemy.engine import make_url

        u = make_url(url)
        params = {k: v for k, v in {
            "host": u.query.get("host") or u.host, "port": u.port, "user": u.username,
            "password": u.password, "dbname": u.database}.items() if v}
        self.conn = psycopg.connect(**params, autocommit=True)
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float = 1.0) -> list[int]:
        return [int(n.payload) for n in self._notifies(timeout)]

    def _notifies(self, timeout: float) -> Iterator:
        return self.conn.notifies(timeout=timeout, stop_after=None)

    def close(self) -> None:
        self.conn.close()
