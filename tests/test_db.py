"""Opening, creating and upgrading databases."""
from __future__ import annotations

import sqlite3
import stat

from alembic import command
from sqlalchemy import create_engine, inspect, text

from storage.db import Database, alembic_config, head_revision, resolve_url


def test_new_database_is_created_stamped_and_private(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = Database.open(path)
    with db.engine.connect() as conn:
        rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        busy = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert rev == head_revision()
    assert mode == "wal" and fks == 1 and busy >= 5000
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    db.dispose()


def test_default_database_lives_in_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_url(None).startswith(f"sqlite:///{tmp_path / 'xdg'}")
    monkeypatch.setenv("ISNAD_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("postgresql://u@h/d") == "postgresql://u@h/d"


def test_reopening_is_a_no_op(db_url):
    Database.open(db_url).dispose()
    db = Database.open(db_url)
    assert db.migrate() == "current"
    db.dispose()


def _make_old_database(url: str) -> None:
    """A database as revision 0001 (before the search index) left it, with rows."""
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO outlets (id, name, aliases) VALUES (1, 'المدى', '[]')"))
        conn.execute(text(
            "INSERT INTO articles (id, outlet_id, title, body, content_hash, imported_at, "
            "boilerplate) VALUES (1, 1, 'عنوان', 'قال المتحدث إن إسرائيل ...', 'h1', "
            "CURRENT_TIMESTAMP, '[]')"))
        conn.execute(text(
            "INSERT INTO claims (id, article_id, start, \"end\", text, kind, chain, "
            "checkworthiness, details, status, origin, version, updated_at) VALUES "
            "(1, 1, 0, 4, 'قال ', 'quote', '[]', 0.5, '{}', 'confirmed', 'extractor', 1, "
            "CURRENT_TIMESTAMP)"))
    engine.dispose()


def test_old_database_is_backed_up_and_upgraded_without_losing_rows(db_url):
    from storage.search import search

    _make_old_database(db_url)
    db = Database.open(db_url)
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM articles")).scalar() == 1
        assert s.execute(text("SELECT status FROM claims WHERE id = 1")).scalar() == "confirmed"
        hits = search(s, "اسرائيل")  # the upgrade indexed the existing article
        assert [a.id for a in hits.articles] == [1]
    with db.engine.connect() as conn:
        assert inspect(conn).has_table("search_articles")
    if db.sqlite_path:
        backups = list((db.sqlite_path.parent / "backups").glob("*.sqlite3"))
        assert len(backups) == 1
        con = sqlite3.connect(backups[0])
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        con.close()
    db.dispose()


def test_review_log_is_append_only(db):
    import pytest
    from sqlalchemy.exc import DBAPIError

    from storage import services

    with db.session() as s:
        services.reviewer(s, "Huda")
        services.log(s, None, "test", "claim", 1, None, {"x": 1})
    for stmt in ("UPDATE review_events SET action = 'forged'", "DELETE FROM review_events"):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.session() as s:
                s.execute(text(stmt))
    with db.session() as s:
        assert s.execute(text("SELECT action FROM review_events")).scalars().all() == ["test"]
