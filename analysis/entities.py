"""Cross-article entity resolution (pure Python).

Names are compared in normalized form with titles removed and the article
``ال`` dropped from each word, so "رسول", "يحيى رسول" and "العميد يحيى رسول"
share a key, and "الياور" matches the surname of "جبار ياور".  A short name
matches a longer one when its words are the longer name's surname (or a
contiguous run of its words) and only one known entity of that kind fits.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from analysis.normalize import normalize

__all__ = ["canonical_name", "name_key", "EntityResolver", "strip_titles"]

_WORD = re.compile(r"\w+")
_JOIN_PREFIXES = ("عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ام", "ذو")


def _fold_word(w: str) -> str:
    if w.startswith("ال") and len(w) >= 5:
        return w[2:]
    return w


def strip_titles(name: str) -> str:
    """The name without leading ranks/titles from the gazetteer."""
    from analysis.lexicon import gazetteer

    words = normalize(name).replace('"', " ").split()
    gz = gazetteer()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in (3, 2, 1):
            if len(words) > n and " ".join(words[:n]) in gz.title_set:
                words = words[n:]
                changed = True
                break
    return " ".join(words)


@lru_cache(maxsize=8192)
def name_key(name: str) -> tuple[str, ...]:
    """Comparison words of a name: normalized, no titles, no ال, عبد joined."""
    words = _WORD.findall(strip_titles(name))
    out: list[str] = []
    for w in words:
        if out and out[-1] in _JOIN_PREFIXES:
            out[-1] = out[-1] + w if out[-1] == "عبد" else out[-1] + " " + w
            continue
        out.append(w)
    return tuple(_fold_word(w) for w in out)


def canonical_name(name: str) -> str:
    """Normalized key of a name (titles and ال removed)."""
    return " ".join(name_key(name))


def _contained(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is a contiguous run of ``long`` ending at its last word, or
    any contiguous run when it has two words or more."""
    n = len(short)
    if n == 0 or n > len(long):
        return False
    if long[-n:] == short:
        return True
    if n >= 2:
        return any(long[i:i + n] == short for i in range(len(long) - n + 1))
    return False


class EntityResolver:
    """Resolves names to known entities: exact key, alias key, then an
    unambiguous partial match (surname / contiguous run of the full name)."""

    def __init__(self, entities: Iterable = ()):
        self._exact: dict[tuple[str, str], int] = {}
        self._keys: dict[int, set[tuple[str, ...]]] = {}
        self._kind: dict[int, str] = {}
        self._name: dict[int, str] = {}
        for ent in entities:
            self.add(*ent)

    def add(self, id: int, name: str, kind: str, aliases: list[str] | None = None) -> None:
        keys = self._keys.setdefault(id, set())
        self._kind[id] = kind
        if id not in self._name or len(name_key(name)) > len(name_key(self._name[id])):
            self._name[id] = name
        for n in [name, *(aliases or [])]:
            k = name_key(n)
            if k:
                keys.add(k)
                self._exact.setdefault((kind, " ".join(k)), id)

    def name(self, id: int) -> str | None:
        return self._name.get(id)

    def resolve(self, name: str, kind: str) -> int | None:
        key = name_key(name)
        if not key:
            return None
        hit = self._exact.get((kind, " ".join(key)))
        if hit is not None:
            return hit
        cands = set()
        for id, keys in self._keys.items():
            if self._kind[id] != kind:
                continue
            if any(_contained(key, k) or _contained(k, key) for k in keys):
                cands.add(id)
        if len(cands) == 1:
            return cands.pop()
        return None

    def fullest(self, name: str, kind: str) -> str:
        """The fullest known name of the entity ``name`` resolves to (or name)."""
        id = self.resolve(name, kind)
        return self._name[id] if id is not None else name


# ------------------------------------------------------ within one article
_SYNONYM_HEADS = {"ناطق": "متحدث", "ناطقه": "متحدث", "متحدثه": "متحدث"}


def _role_key(role: str) -> list[str]:
    words = [_fold_word(w) for w in _WORD.findall(normalize(role))]
    return [_SYNONYM_HEADS.get(w, w) for w in words]


def resolve_backref(people, role: str):
    """The person most recently introduced with a role like ``role``
    ("المتحدث العسكري" → the spokesman named earlier), or None."""
    key = _role_key(role)
    if not key:
        return None
    for who in reversed(people):
        if not who.role or not who.name:
            continue
        pk = _role_key(who.role)
        if pk and (pk[0] == key[0] or set(key) <= set(pk)):
            if len(key) == 1 or set(key[1:]) & set(pk[1:]) or len(key) <= 2:
                return who
    return None


def fullest_name(name: str, names) -> str:
    """The fullest form of ``name`` among ``names`` of the same article,
    when they all agree (one contains the others)."""
    key = name_key(name)
    if not key:
        return name
    cands = [n for n in names if _contained(key, name_key(n))]
    if not cands:
        return name
    best = max(cands, key=lambda n: len(name_key(n)))
    bk = name_key(best)
    if all(_contained(name_key(c), bk) or name_key(c) == bk for c in cands):
        return best if len(bk) > len(key) else name
    return name


def _role_regex():
    from functools import lru_cache  # noqa: F401  (kept local: cheap)
    from analysis.lexicon import gazetteer

    from analysis.lexicon import _alt

    gz = gazetteer()
    if not hasattr(gz, "_role_re"):
        alt = _alt(gz.role_heads)
        gz._role_re = re.compile(r"(?<!\w)[وفبل]?(" + alt + r")(?!\w)")
    return gz._role_re


def find_mentions(text: str, nt, people) -> list[dict]:
    """People (title/role + name patterns, speakers), organisations and places."""
    from analysis.lexicon import gazetteer
    from analysis.speakers import parse_named

    gz = gazetteer()
    norm = nt.text
    out: dict[tuple[int, int], dict] = {}

    def person(sp):
        if sp is None or sp.kind != "person" or sp.name is None:
            return
        s, e = nt.to_original(*sp.name)
        name = text[s:e].strip(' "«»“”')
        ts = nt.to_original(*(sp.title or sp.name))[0]
        title = text[slice(*nt.to_original(*sp.title))] if sp.title else None
        role = text[slice(*nt.to_original(*sp.role))] if sp.role else None
        out[(ts, e)] = {"start": ts, "end": e, "text": text[ts:e], "name": name, "kind": "person",
                        "title": title, "role": role}

    for rx in (gz.title_re, _role_regex()):
        for m in rx.finditer(norm):
            person(parse_named(norm, m.start(1), min(len(norm), m.start(1) + 160)))
    for who in people:
        if who.span and who.name:
            s, e = who.span
            out.setdefault((s, e), {"start": s, "end": e, "text": text[s:e], "name": who.name,
                                    "kind": "person", "title": who.title, "role": who.role})
    if gz.entity_re is not None:
        for m in gz.entity_re.finditer(norm):
            s, e = nt.to_original(m.start(1), m.end(1))
            kind = gz.kind_of.get(m.group(1), "place")
            out.setdefault((s, e), {"start": s, "end": e, "text": text[s:e], "name": text[s:e],
                                    "kind": kind, "title": None, "role": None})
    return sorted(out.values(), key=lambda d: (d["start"], d["end"]))
