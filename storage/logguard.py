"""The review event log is append-only in the database itself: triggers
refuse UPDATE and DELETE on ``review_events`` (SQLite and PostgreSQL)."""
from __future__ import annotations

from sqlalchemy import Connection

MESSAGE = "review_events is append-only"


def create(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for op in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS review_events_no_{op.lower()} "
                f"BEFORE {op} ON review_events "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
        return
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION review_events_append_only() RETURNS trigger "
        f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$")
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS review_events_append_only ON review_events")
    conn.exec_driver_sql(
        "CREATE TRIGGER review_events_append_only BEFORE UPDATE OR DELETE ON review_events "
        "FOR EACH ROW EXECUTE FUNCTION review_events_append_only()")


def drop(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS review_events_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS review_events_no_delete")
        return
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS review_events_append_only ON review_events")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS review_events_append_only()")
