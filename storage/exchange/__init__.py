"""Publish and exchange: ClaimReview, brat, WebAnno TSV, JSONL and CSV.

``export_to(db, fmt, out)`` writes one format; ``import_exchange(db, path)``
reads a brat folder or an Isnad JSONL export back in one transaction.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storage.db import Database
from storage.exchange.bundle import Bundle, ExchangeError, RestoreReport, collect, restore

FORMATS = ("claimreview", "jsonl", "csv", "brat", "webanno-tsv")
FOLDER_FORMATS = ("brat", "webanno-tsv")

__all__ = ["FORMATS", "FOLDER_FORMATS", "Bundle", "ExchangeError", "RestoreReport",
           "export_to", "import_exchange", "is_exchange_path", "collect", "restore"]


def export_to(db: Database, fmt: str, out: str | Path, *, story: int | None = None,
              article_ids: list[int] | None = None, org: str = "", org_url: str = "",
              lang: str = "ar", progress: Callable[[int, str], None] | None = None) -> int:
    """Write ``fmt`` to ``out``; returns the number of claims (or reviews) written."""
    from storage.exchange import brat, claimreview, tabular, webanno

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
    out = Path(out)
    if fmt not in FOLDER_FORMATS and out.is_dir():
        raise ExchangeError(f"{out} is a folder; {fmt} writes a file")
    if fmt in FOLDER_FORMATS and out.exists() and not out.is_dir():
        raise ExchangeError(f"{out} is a file; {fmt} writes a folder")
    if progress:
        progress(0, "reading")
    with db.session() as s:
        b = collect(s, article_ids, story=story)
        if progress:
            progress(50, "writing")
        if fmt == "claimreview":
            pub = claimreview.Publisher(org, org_url, lang)
            n = claimreview.write_claimreview(s, b, out, pub)
        elif fmt == "jsonl":
            n = tabular.write_jsonl(b, out)
        elif fmt == "csv":
            n = tabular.write_csv(b, out)
        elif fmt == "brat":
            n = brat.write_brat(b, out)
        else:
            n = webanno.write_webanno(b, out)
    if progress:
        progress(100, "done")
    return n


def is_exchange_path(path: str | Path) -> bool:
    """A brat folder or an Isnad JSONL export (not ordinary article records)."""
    from storage.exchange import brat, tabular

    path = Path(path)
    if path.is_dir():
        return brat.is_brat_folder(path)
    return path.suffix.lower() == ".jsonl" and tabular.is_isnad_jsonl(path)


def read_exchange(path: str | Path) -> Bundle:
    from storage.exchange import brat, tabular

    path = Path(path)
    return brat.read_brat(path) if path.is_dir() else tabular.read_jsonl(path)


def import_exchange(db: Database, path: str | Path) -> RestoreReport:
    """Import a brat folder or JSONL export; all of it or (ExchangeError) none of it."""
    bundle = read_exchange(path)
    with db.session() as s:
        return restore(s, bundle)
