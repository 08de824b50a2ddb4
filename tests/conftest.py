"""Shared fixtures: a fresh database per test, on SQLite and on a real
PostgreSQL server started for the run (never a mock)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.pgserver import PgServer, find_bindir  # noqa: E402

DEMO = ROOT / "resources" / "demo"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Tests never read or write the user's real data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("ISNAD_DB", raising=False)


@pytest.fixture(scope="session")
def pg_server():
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("ISNAD_REQUIRE_PG") == "1":
            pytest.fail("PostgreSQL is required (ISNAD_REQUIRE_PG=1) but initdb/pg_ctl "
                        "were not found")
        pytest.skip("PostgreSQL binaries not installed (make test installs them)")
    server = PgServer(bindir).start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "isnad.sqlite3")
    return request.getfixturevalue("pg_server").new_database()


@pytest.fixture
def db(db_url):
    from storage.db import Database

    database = Database.open(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path):
    from storage.db import Database

    database = Database.open(tmp_path / "isnad.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def demo_dir() -> Path:
    if not DEMO.exists() or not any(DEMO.glob("*.txt")):
        pytest.fail("resources/demo is missing the demo corpus")
    return DEMO
