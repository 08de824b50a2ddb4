"""The outlet table (``resources/outlets.json`` plus the user's own) and
outlet detection from an article's text when metadata is missing."""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from analysis.normalize import normalize

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "outlets.json"


@dataclass
class OutletInfo:
    name: str
    domain: str | None = None
    aliases: list[str] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)

    def spellings(self) -> list[str]:
        return [self.name, *self.aliases, *self.datelines]


def user_table_path() -> Path:
    return Path(platformdirs.user_data_dir("Isnad", appauthor=False)) / "outlets.json"


def load_table(extra: Path | None = None) -> list[OutletInfo]:
    """The shipped table, extended (and overridden by name) by the user's."""
    table: dict[str, OutletInfo] = {}
    for path in (RESOURCE, extra or user_table_path()):
        if not path.exists():
            continue
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))["outlets"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a broken user table must not stop imports
        for row in rows:
            if isinstance(row, dict) and row.get("name"):
                table[row["name"]] = OutletInfo(
                    row["name"], row.get("domain"), list(row.get("aliases") or []),
                    list(row.get("datelines") or []))
    return list(table.values())


class OutletDirectory:
    """Maps metadata values, URLs and texts to an outlet name."""

    def __init__(self, table: list[OutletInfo] | None = None):
        self.table = table if table is not None else load_table()
        self._by_key: dict[str, OutletInfo] = {}
        for o in self.table:
            for s in o.spellings():
                self._by_key.setdefault(_key(s), o)
        self._domains = {o.domain.lower(): o for o in self.table if o.domain}
        self._patterns = [(o, _patterns(o)) for o in self.table]

    def lookup(self, value: str | None) -> OutletInfo | None:
        if not value:
            return None
        return self._by_key.get(_key(value))

    def from_url(self, url: str | None) -> OutletInfo | None:
        if not url:
            return None
        m = re.match(r"^[a-z]+://([^/:?#]+)", url.strip(), re.I)
        if not m:
            return None
        host = m.group(1).lower()
        while host:
            if host in self._domains:
                return self._domains[host]
            if "." not in host:
                return None
            host = host.split(".", 1)[1]
        return None

    def canonical(self, value: str | None, url: str | None = None) -> str | None:
        """The outlet's table name for a metadata value (or the value itself)."""
        info = self.lookup(value) or self.from_url(url)
        if info:
            return info.name
        return value.strip() if value and value.strip() else None

    def detect(self, text: str) -> OutletInfo | None:
        """The outlet an article names itself by (dateline, "(X)", "لـX", ...)."""
        norm = normalize(text[:20_000])
        head = "\n".join(norm.split("\n")[:6])
        best, best_score = None, 0
        for info, (dateline, selfref) in self._patterns:
            score = 10 * len(dateline.findall(head)) + 3 * len(selfref.findall(norm))
            if score > best_score:
                best, best_score = info, score
        return best if best_score >= 3 else None


def _key(s: str) -> str:
    return " ".join(normalize(s).lower().split())


@functools.lru_cache(maxsize=512)
def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _patterns(o: OutletInfo) -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = tuple({normalize(s) for s in [o.name, *o.datelines] if s})
    alt = _alt(names)
    dateline = re.compile(
        rf"(?m)^\s*(?:{alt})(?:\s+من\s+\w+)?\s*(?:[/:–—-]|\s-\s)")
    selfref = re.compile(
        rf"\((?:{alt})\)|\"(?:{alt})\"|(?<!\w)لـ?(?:{alt})(?!\w)"
        rf"|(?:محتوي|موقع|سياسه|نشره|لموقع|صحيفه|جريده)\s+(?:{alt})(?!\w)")
    return dateline, selfref
