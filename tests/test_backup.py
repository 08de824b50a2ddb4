"""Rolling backups of the SQLite database and the restore command."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import stat

import pytest

from cli.main import run
from models import Article
from storage import backup, services
from storage.db import Database, DatabaseError


def _db_with(path, n: int) -> None:
    d = Database.open(path)
    with d.session() as s:
        for i in range(n):
            s.add(Article(title=f"خبر {i}", body=f"نص {i}", content_hash=f"{path.name}{i}",
                          boilerplate=[]))
    d.dispose()


def test_daily_backup_on_open_once_a_day_private_and_rotated(tmp_path):
    path = tmp_path / "isnad.sqlite3"
    _db_with(path, 2)  # created: nothing to back up yet
    assert backup.list_backups(path) == []
    Database.open(path).dispose()
    Database.open(path).dispose()
    found = backup.list_backups(path)
    assert [b.reason for b in found] == ["daily"]  # at most one a day
    assert stat.S_IMODE(found[0].path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    d = Database.open(path, daily_backup=False)
    start = dt.date(2030, 1, 1)
    for k in range(8):
        assert backup.daily_backup(d, keep=3, today=start + dt.timedelta(days=k)) is not None
    d.dispose()
    kept = backup.list_backups(path)
    assert len(kept) == 3
    for b in kept:
        assert stat.S_IMODE(b.path.stat().st_mode) == 0o600
        con = sqlite3.connect(b.path)
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
        con.close()


def test_pre_upgrade_backup_is_private(tmp_path):
    from tests.test_db import _make_old_database

    path = tmp_path / "old.sqlite3"
    _make_old_database(str(path))
    Database.open(path).dispose()
    (b,) = backup.list_backups(path)
    assert b.reason == "pre-upgrade-0001" and stat.S_IMODE(b.path.stat().st_mode) == 0o600


def test_restore_from_the_cli_brings_back_the_old_rows(tmp_path, capsys):
    path = tmp_path / "isnad.sqlite3"
    _db_with(path, 3)
    Database.open(path).dispose()  # daily backup with 3 articles
    assert run(["--db", str(path), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["reason"] for b in listed] == ["daily"]
    d = Database.open(path)
    with d.session() as s:
        a = s.get(Article, 1)
        s.delete(a)
    d.dispose()
    assert run(["--db", str(path), "restore", listed[0]["path"], "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["database"] == str(path) and done["previous_saved_as"]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    con.close()
    prev = sqlite3.connect(done["previous_saved_as"])  # the replaced state was kept
    assert prev.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    prev.close()
    d = Database.open(path)
    with d.session() as s:
        assert services.stats(s)["articles"] == 3
    d.dispose()


def test_restore_refuses_a_damaged_or_foreign_file(tmp_path, capsys):
    path = tmp_path / "isnad.sqlite3"
    _db_with(path, 1)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    for bad in (junk, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(DatabaseError):
            backup.restore(bad, path)
        code = run(["--db", str(path), "restore", str(bad)])
        err = capsys.readouterr().err
        assert code == 1 and len(err.strip().splitlines()) == 1
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    con.close()
