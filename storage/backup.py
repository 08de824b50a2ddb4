"""Rolling backups of a SQLite database, and restoring one.

Backups live in ``backups/`` beside the database file, named
``<stem>.<UTC stamp>.<reason>.sqlite3`` and readable by their owner only.
They are made with SQLite's online backup API, so a backup taken while
another Isnad is writing is still a consistent snapshot:

- ``daily``: when the database is opened and no backup of it was made today
  (UTC), at most one a day (``storage.db.Database.open`` calls ``daily_backup``);
- ``pre-upgrade-<rev>``: before every migration (``Database.migrate``);
- ``pre-restore``: of the current file, before a restore replaces it;
- the last ``KEEP`` backups are kept, older ones deleted.

PostgreSQL databases are backed up with the server's own tools (pg_dump);
these functions do nothing for them.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from storage.db import Database, DatabaseError, resolve_url

KEEP = 5  # as Database.backup keeps before a migration
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{6}\d*Z)\.(?P<reason>[\w.-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int

    def as_json(self) -> dict:
        return {"path": str(self.path), "created": self.created.isoformat(),
                "reason": self.reason, "size": self.size}


def folder_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This database's backups, oldest first."""
    folder = folder_for(db_path)
    out = []
    if not folder.is_dir():
        return out
    for p in folder.glob(f"{db_path.stem}.*.sqlite3"):
        m = _NAME.match(p.name)
        if not m or m["stem"] != db_path.stem:
            continue
        stamp = m["stamp"]
        created = dt.datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S").replace(
            tzinfo=dt.timezone.utc)
        out.append(BackupInfo(p, created, m["reason"], p.stat().st_size))
    return sorted(out, key=lambda b: b.path.name)


def prune(db_path: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns what was deleted."""
    old = list_backups(db_path)[:-keep] if keep > 0 else []
    for b in old:
        b.path.unlink(missing_ok=True)
    return [b.path for b in old]


def daily_backup(db: Database, keep: int = KEEP,
                 today: dt.date | None = None) -> Path | None:
    """Back up ``db`` unless a backup of it was already made today (UTC)."""
    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    today = today or dt.datetime.now(dt.timezone.utc).date()
    if any(b.created.date() == today for b in list_backups(path)):
        return None
    try:
        made = db.backup(reason="daily", keep=max(keep, 1) + 1000)  # we prune ourselves
    except (OSError, sqlite3.Error):
        return None  # a read-only folder or a full disk must not stop the app opening
    prune(path, keep)
    return made


def check_backup(backup_file: Path) -> str | None:
    """The Alembic revision of a usable backup; raises DatabaseError otherwise."""
    if not backup_file.is_file():
        raise DatabaseError(f"no backup file {backup_file}")
    try:
        con = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()
            if ok != ("ok",):
                raise DatabaseError(f"{backup_file} is damaged ({ok[0] if ok else '?'})")
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            con.execute("SELECT count(*) FROM articles").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{backup_file} is not an Isnad database: {exc}") from None
    return rev[0] if rev else None


def restore(backup_file: str | os.PathLike[str], target: str | os.PathLike[str] | None = None,
            keep: int = KEEP) -> dict:
    """Replace the database at ``target`` (a path or SQLite URL; default: the
    default database) with ``backup_file``.  The current file is backed up
    first (reason ``pre-restore``).  Uses the SQLite backup API into the live
    file, so it waits for other writers rather than corrupting them; the next
    open upgrades the restored schema if it is older."""
    src = Path(backup_file).expanduser().absolute()
    revision = check_backup(src)
    url = resolve_url(target)
    if not url.startswith("sqlite:///"):
        raise DatabaseError("restore works on SQLite files; for PostgreSQL use pg_restore")
    dest = Path(url[len("sqlite:///"):])
    saved = None
    if dest.exists():
        saved = Database.open(dest, migrate=False).backup(reason="pre-restore", keep=10_000)
    else:
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(dest, os.O_CREAT | os.O_WRONLY, 0o600))
    s_con = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    d_con = sqlite3.connect(dest, timeout=10)
    try:
        s_con.backup(d_con)
    except sqlite3.OperationalError as exc:
        raise DatabaseError(f"cannot restore into {dest}: {exc}") from None
    finally:
        d_con.close()
        s_con.close()
    os.chmod(dest, 0o600)
    prune(dest, keep)
    return {"restored": str(src), "database": str(dest), "revision": revision,
            "previous_saved_as": str(saved) if saved else None}
