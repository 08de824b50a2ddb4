"""JSONL (lossless, imports back) and CSV (for spreadsheets) of claims and links.

JSONL: one JSON object a line.  The first line is a header
``{"type": "isnad-export", "version": 1}`` that tells the importer this is an
Isnad export (not a file of article records); then ``article``, ``entity``,
``claim`` and ``link`` records in that order, each with ``"type"``.  Claims
and links have the shapes of ``claims --json`` / ``links --json``
(docs/cli.md) plus what a faithful restore needs (speaker span, origin,
details).

CSV: ``claims.csv``-style file (UTF-8 with BOM, CRLF, csv-module quoting, so
Excel opens Arabic correctly) and a sibling ``<name>_links.csv``.  Cells that
a spreadsheet would run as a formula (starting ``= + - @``) get a leading
apostrophe.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from storage.exchange.bundle import (
    ARTICLE_KEYS, CLAIM_KEYS, LINK_KEYS, Bundle, ExchangeError,
)

HEADER = {"type": "isnad-export", "version": 1}
KEYS = {"article": ARTICLE_KEYS, "entity": ("id", "name", "kind", "aliases"),
        "claim": CLAIM_KEYS, "link": LINK_KEYS}


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


def write_jsonl(b: Bundle, out: Path) -> int:
    lines = [_dumps(HEADER)]
    for kind, records in (("article", b.articles), ("entity", b.entities),
                          ("claim", b.claims), ("link", b.links)):
        for r in records:
            lines.append(_dumps({"type": kind} | {k: r.get(k) for k in KEYS[kind]}))
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return len(b.claims)


def is_isnad_jsonl(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            first = fh.readline()
        head = json.loads(first)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(head, dict) and head.get("type") == HEADER["type"]


def read_jsonl(path: Path) -> Bundle:
    b = Bundle()
    name = Path(path).name
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExchangeError(f"{name}: cannot read: {exc}") from None
    targets = {"article": b.articles, "entity": b.entities, "claim": b.claims, "link": b.links}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise ExchangeError(f"{where}: not JSON ({exc.msg})") from None
        except RecursionError:
            raise ExchangeError(f"{where}: JSON nested too deeply") from None
        if not isinstance(rec, dict):
            raise ExchangeError(f"{where}: a line must be a JSON object")
        kind = rec.pop("type", None)
        if n == 1:
            if kind != HEADER["type"]:
                raise ExchangeError(f"{where}: not an Isnad export (no header line)")
            if rec.get("version") != HEADER["version"]:
                raise ExchangeError(f"{where}: unsupported export version {rec.get('version')!r}")
            continue
        if kind not in targets:
            raise ExchangeError(f"{where}: unknown record type {kind!r}")
        rec["_where"] = where
        targets[kind].append(rec)
    return b


# -- CSV ------------------------------------------------------------------------------
CLAIM_COLUMNS = ("id", "article_id", "outlet", "source_file", "url", "title", "start", "end",
                 "text", "speaker", "speaker_entity", "speaker_title", "verb", "kind",
                 "checkworthiness", "status", "verdict", "corrected_text", "note")
LINK_COLUMNS = ("id", "claim_a", "claim_b", "relation", "score", "status", "discrepancies",
                "text_a", "text_b")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, str) and v.startswith(_FORMULA):
        return "'" + v
    return v


def links_path(out: Path) -> Path:
    out = Path(out)
    return out.with_name(f"{out.stem}_links{out.suffix or '.csv'}")


def write_csv(b: Bundle, out: Path) -> int:
    arts = {a["id"]: a for a in b.articles}
    texts = {c["id"]: c["text"] for c in b.claims}
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(CLAIM_COLUMNS)
        for c in b.claims:
            a = arts[c["article_id"]]
            ent = c.get("speaker_entity")
            row = {**c, "outlet": a.get("outlet"), "source_file": a.get("source_file"),
                   "url": a.get("url"), "title": a.get("title"),
                   "speaker_entity": ent["name"] if ent else None}
            w.writerow([_cell(row.get(k)) for k in CLAIM_COLUMNS])
    with open(links_path(out), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(LINK_COLUMNS)
        for ln in b.links:
            disc = "; ".join(f"{d.get('kind')}: {d.get('a')} ≠ {d.get('b')}"
                             for d in ln.get("discrepancies") or [])
            row = {**ln, "discrepancies": disc, "text_a": texts.get(ln["claim_a"]),
                   "text_b": texts.get(ln["claim_b"])}
            w.writerow([_cell(row.get(k)) for k in LINK_COLUMNS])
    return len(b.claims)
