"""Import files into the database, in committed batches.

Duplicates (same decoded body, whatever the file name or encoding) are
skipped and counted, so re-running an interrupted import completes it.  A bad
file is reported and the batch goes on.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models import Article, Outlet, utcnow
from storage import search
from storage.db import Database
from storage.outlets import OutletDirectory
from storage.readers import Failure, Record, discover, read_path

BATCH = 500
Progress = Callable[[int, str], None]  # (records seen, current path)


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    failed: list[Failure] = field(default_factory=list)
    claims: int = 0
    article_ids: list[int] = field(default_factory=list)
    cancelled: bool = False

    def as_json(self) -> dict:
        return {"imported": self.imported, "duplicates": self.duplicates,
                "failed": [{"path": f.path, "error": f.error} for f in self.failed],
                "claims": self.claims}


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    for rx, order in ((_ISO, (0, 1, 2)), (_DMY, (2, 1, 0))):
        m = rx.search(value)
        if m:
            g = m.groups()
            try:
                return dt.date(int(g[order[0]]), int(g[order[1]]), int(g[order[2]]))
            except ValueError:
                return None
    return None


class Importer:
    def __init__(self, db: Database, *, extract: bool = True, batch: int = BATCH,
                 progress: Progress | None = None, cancel: Callable[[], bool] | None = None):
        self.db = db
        self.extract = extract
        self.batch = batch
        self.progress = progress
        self.cancel = cancel or (lambda: False)
        self.outlets = OutletDirectory()
        self._outlet_ids: dict[str, int] = {}
        self.report = ImportReport()

    def run(self, paths: Iterable[str | Path]) -> ImportReport:
        paths = self._exchange(paths)
        pending: list[Record] = []
        seen, where = 0, ""
        for kind, item in _records(paths):
            if kind == "fail":
                self.report.failed.append(item)
                continue
            if kind == "file":
                where = item
                continue
            pending.append(item)
            seen += 1
            if len(pending) >= self.batch:
                self._flush(pending)
                pending = []
                if self.progress:
                    self.progress(seen, where)
                if self.cancel():
                    self.report.cancelled = True
                    return self.report
        if pending:
            self._flush(pending)
        if self.progress:
            self.progress(seen, "")
        return self.report

    def _exchange(self, paths: Iterable[str | Path]) -> list[str | Path]:
        """Import brat folders and Isnad JSONL exports whole; return the other paths."""
        from storage import exchange

        rest = []
        for p in paths:
            if not exchange.is_exchange_path(p):
                rest.append(p)
                continue
            try:
                r = exchange.import_exchange(self.db, p)
            except exchange.ExchangeError as exc:
                self.report.failed.append(Failure(str(p), str(exc)))
                continue
            self.report.imported += r.imported
            self.report.duplicates += r.duplicates
            self.report.claims += r.claims
            self.report.article_ids.extend(r.article_ids)
        return rest

    # -- one committed batch ---------------------------------------------------
    def _flush(self, records: list[Record]) -> None:
        with self.db.session() as s:
            fresh = self._dedupe(s, records)
            if fresh:
                ids = self._insert(s, fresh)
                self.report.imported += len(ids)
                self.report.article_ids.extend(ids)
                if self.extract:
                    from storage.extraction import extract_articles

                    self.report.claims += extract_articles(s, ids)

    def _dedupe(self, s: Session, records: list[Record]) -> list[tuple[str, Record]]:
        hashed: dict[str, Record] = {}
        for r in records:
            h = content_hash(r.body)
            if h in hashed:
                self.report.duplicates += 1
            else:
                hashed[h] = r
        existing = set(s.scalars(select(Article.content_hash).where(
            Article.content_hash.in_(list(hashed)))))
        self.report.duplicates += len(existing)
        return [(h, r) for h, r in hashed.items() if h not in existing]

    def _insert(self, s: Session, fresh: list[tuple[str, Record]]) -> list[int]:
        now = utcnow()
        rows = []
        for h, r in fresh:
            outlet = self.outlets.canonical(r.outlet, r.url)
            if outlet is None:
                found = self.outlets.detect(r.body)
                outlet = found.name if found else None
            rows.append({
                "outlet_id": self._outlet_id(s, outlet) if outlet else None,
                "title": r.title, "url": r.url, "author": r.author,
                "published": parse_date(r.date), "body": r.body, "content_hash": h,
                "source_file": r.source_file, "imported_at": now, "boilerplate": [],
            })
        conn = s.connection()
        table = Article.__table__
        result = conn.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
        ids = [row[0] for row in result]
        search.index_articles(conn, [(i, r.title, r.body) for i, (_, r) in zip(ids, fresh)])
        return ids

    def _outlet_id(self, s: Session, name: str) -> int:
        if name in self._outlet_ids:
            return self._outlet_ids[name]
        oid = s.scalar(select(Outlet.id).where(Outlet.name == name))
        if oid is None:
            info = self.outlets.lookup(name)
            outlet = Outlet(name=name, domain=info.domain if info else None,
                            aliases=list(info.aliases) if info else [])
            s.add(outlet)
            s.flush()
            oid = outlet.id
        self._outlet_ids[name] = oid
        return oid


def _records(paths: list[str | Path]):
    """("rec", Record), ("fail", Failure) and ("file", path) in reading order.

    (Reading on a helper thread while SQLite writes was tried: json.loads and
    normalizing hold the GIL for long stretches, so the two barely overlapped and
    the import was no faster.)"""
    for item in discover(paths):
        if isinstance(item, Failure):
            yield "fail", item
            continue
        yield "file", str(item)
        for rec in read_path(item):
            yield ("rec", rec) if isinstance(rec, Record) else ("fail", rec)


def import_paths(db: Database, paths: Iterable[str | Path], **kw) -> ImportReport:
    return Importer(db, **kw).run(paths)
