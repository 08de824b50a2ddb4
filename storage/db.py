"""Opening Isnad's database: URL resolution, engine set-up, migrations.

A plain file path means SQLite.  The default database lives in the user's
data directory (platformdirs); ``ISNAD_DB`` overrides it.  A new database is
created from the models and stamped at the newest Alembic revision; an older
one is backed up (SQLite backup API) and upgraded on open.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from models import Base
from storage import changes, logguard, search

log = logging.getLogger(__name__)

APP_NAME = "Isnad"
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """A database could not be opened or upgraded; the message says why."""


class DatabaseBusy(DatabaseError):
    """Another program held the database locked for longer than we wait."""


def translate_error(exc: Exception, url: object = None) -> DatabaseError | None:
    """A human message for the database failures a user can meet, or None.

    Whatever was being written in that transaction was not saved."""
    if not isinstance(exc, DBAPIError):
        return None
    msg = str(exc.orig or exc).lower()
    where = f" ({url})" if url else ""
    if "database is locked" in msg or "database table is locked" in msg:
        return DatabaseBusy(
            f"the database{where} is busy: another program (or another Isnad) kept it locked "
            f"for more than {BUSY_TIMEOUT_MS // 1000} s; the change was not saved, try again")
    if "readonly database" in msg or "read-only file system" in msg or (
            "unable to open database file" in msg and _read_only(url)):
        return DatabaseError(f"the database{where} is read-only; the change was not saved")
    if "disk is full" in msg or "disk full" in msg or "no space left" in msg:
        return DatabaseError(f"the disk holding the database{where} is full; "
                             "the change was not saved and the database is unchanged")
    if exc.connection_invalidated or "server closed the connection" in msg \
            or "terminating connection" in msg or "connection failed" in msg:
        return DatabaseError(f"lost the connection to the database server{where}; "
                             "the change was not saved, try again")
    return None


def _read_only(url: object) -> bool:
    """Whether a SQLite URL's file or folder cannot be written."""
    text = str(url or "")
    if not text.startswith("sqlite:///"):
        return False
    path = Path(text[len("sqlite:///"):])
    return not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def default_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "isnad.sqlite3"


def resolve_url(target: str | os.PathLike[str] | None = None) -> str:
    """``--db`` value (URL or file path) → SQLAlchemy URL; None → ISNAD_DB or default."""
    if target is None:
        target = os.environ.get("ISNAD_DB") or None
    if target is None:
        path = default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    target = os.fspath(target)
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().absolute()}"


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


class Database:
    """One database: an engine, a session factory and its dialect."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.url = engine.url
        self.dialect = engine.dialect.name
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, *, migrate: bool = True,
             daily_backup: bool = True) -> Database:
        url = resolve_url(target)
        engine = make_engine(url)
        db = cls(engine)
        if migrate:
            try:
                done = db.migrate()
            except DBAPIError as exc:
                engine.dispose()
                raise translate_error(exc, db.url.render_as_string(hide_password=True)) or \
                    DatabaseError(f"cannot open {db.url.render_as_string(hide_password=True)}: "
                                  f"{str(exc.orig or exc).strip().splitlines()[0]}") from exc
            if daily_backup and done == "current":
                from storage.backup import daily_backup as _daily

                _daily(db)
        return db

    def migrate(self) -> str:
        """Create, stamp or upgrade; returns what was done."""
        with self.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            has_tables = inspect(conn).has_table("articles")
        head = head_revision()
        if current == head:
            return "current"
        if current is None and not has_tables:
            with self._schema_transaction() as conn:
                Base.metadata.create_all(conn)
                search.create(conn)
                logguard.create(conn)
                changes.create(conn)
                self._run_alembic("stamp", conn, head)
            return "created"
        if current is None:
            raise DatabaseError(
                f"{self.url.render_as_string(hide_password=True)} has Isnad tables "
                "but no migration stamp; refusing to guess its schema")
        backup = self.backup(reason=f"pre-upgrade-{current}")
        log.info("upgrading %s from %s to %s (backup %s)", self.url, current, head, backup)
        with self._schema_transaction() as conn:
            self._run_alembic("upgrade", conn, head)
        return "upgraded"

    @contextlib.contextmanager
    def _schema_transaction(self) -> Iterator:
        """One transaction around a whole schema change, all or nothing.

        pysqlite (Python < 3.12) runs DDL outside any transaction, committing
        each CREATE/ALTER on its own: a migration killed halfway would leave a
        schema no revision describes.  On SQLite we take the driver's implicit
        transaction handling off for this connection and wrap the work in
        BEGIN IMMEDIATE ... COMMIT ourselves."""
        if self.dialect != "sqlite":
            with self.engine.begin() as conn:
                yield conn
            return
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            saved = raw.isolation_level
            raw.isolation_level = None
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.rollback()
                    raise
                conn.commit()
            finally:
                if raw.in_transaction:
                    raw.rollback()
                raw.isolation_level = saved

    def _run_alembic(self, what: str, conn, revision: str) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        getattr(command, what)(cfg, revision)

    # -- sessions ----------------------------------------------------------
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back on error."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException as exc:
                s.rollback()
                friendly = translate_error(exc, self.url.render_as_string(hide_password=True))
                if friendly is not None:
                    raise friendly from exc
                raise

    def new_session(self) -> Session:
        return self._sessions()

    # -- files ---------------------------------------------------------------
    @property
    def sqlite_path(self) -> Path | None:
        if self.dialect != "sqlite" or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def backup(self, reason: str = "manual", keep: int = 5) -> Path | None:
        """Copy the SQLite file with the online backup API; keep the last ``keep``."""
        path = self.sqlite_path
        if path is None or not path.exists():
            return None
        folder = path.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{path.stem}.{stamp}.{reason}.sqlite3"
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))  # private from the start
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(target)
            try:
                with dst:
                    src.backup(dst)
            finally:
                dst.close()
        except BaseException:
            target.unlink(missing_ok=True)  # no half-written backup (full disk, kill)
            raise
        finally:
            src.close()
        os.chmod(target, 0o600)
        old = sorted(folder.glob(f"{path.stem}.*.sqlite3"))
        for stale in old[:-keep]:
            stale.unlink(missing_ok=True)
        return target

    def dispose(self) -> None:
        self.engine.dispose()


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            path = Path(u.database)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                # new database files are readable by their owner only
                fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(fd)
        engine = create_engine(u, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if u.get_backend_name() == "postgresql" and u.get_driver_name() in ("", "psycopg2"):
        u = u.set(drivername="postgresql+psycopg")
    return create_engine(u, pool_pre_ping=True)
