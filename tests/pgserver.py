"""A throwaway PostgreSQL cluster for the test run: initdb in a temp folder,
listening only on a Unix socket in that folder, stopped at the end.

When run as root (CI), the server runs as the ``postgres`` system user that
Debian's package creates, since PostgreSQL refuses to run as root.
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def find_bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and Path(found).resolve().with_name("initdb").exists():
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    return Path(versions[-1]) if versions else None


class PgServer:
    def __init__(self, bindir: Path, password: str | None = None):
        """``password``: require it (scram-sha-256) instead of trusting local users."""
        self.bindir = bindir
        self.password = password
        self.root = Path(tempfile.mkdtemp(prefix="isnad-pg-"))
        self.data = self.root / "data"
        self.sock = self.root
        self.user = "isnad"
        self._as = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres")
        self._n = 0

    def _run(self, *cmd: str) -> None:
        subprocess.run([*self._as, *cmd], check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> PgServer:
        auth = ["-A", "trust"]
        if self.password:
            pwfile = self.root / "pw"
            pwfile.write_text(self.password + "\n")
            if self._as:
                shutil.chown(pwfile, "postgres")
            auth = ["-A", "scram-sha-256", f"--pwfile={pwfile}"]
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.user,
                  *auth, "-E", "UTF8", "--locale=C.UTF-8")
        self._ctl("start")
        return self

    def _ctl(self, what: str) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "log"), "-w", "-t", "60", "-o",
                  f"-k {self.sock} -c listen_addresses='' -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off", what)

    def restart(self, mode: str = "fast") -> None:
        """Stop (``fast``: disconnect every client) and start again."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")
        self._ctl("start")

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@/{dbname}?host={self.sock}"

    def new_database(self) -> str:
        import psycopg

        self._n += 1
        name = f"isnad_test_{os.getpid()}_{self._n}_{int(time.time() * 1000) % 100000}"
        with psycopg.connect(host=str(self.sock), user=self.user, dbname="postgres",
                             password=self.password, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
