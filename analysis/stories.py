"""Group articles that report the same story across outlets.

Blocking, not all pairs: every article is keyed by its rarest content stems,
its entities and its distinctive numbers; only articles sharing a key (and
dated within ``window_days`` of each other) are compared, and the pairs that
share enough rare material are joined with union-find.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date, datetime
from typing import Iterable

from analysis.discrepancy import content_stems

__all__ = ["group_stories"]


def _day(d) -> int | None:
    if d is None:
        return None
    if isinstance(d, datetime):
        return d.date().toordinal()
    if isinstance(d, date):
        return d.toordinal()
    try:
        return date.fromisoformat(str(d)[:10]).toordinal()
    except ValueError:
        return None


class _UF:
    def __init__(self, n):
        self.p = list(range(n))

    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def group_stories(articles: list[dict], *, window_days: int = 3, keys_per_article: int = 12,
                  max_block: int = 50, threshold: float = 0.18) -> list[list[int]]:
    """Lists of article ids, one per story with at least two articles... and
    singletons for the rest, biggest groups first.

    Each dict: ``id``, ``date`` (date/datetime/ISO string/None), ``text`` or
    ``tokens``, optional ``entities`` (ids or names) and ``numbers``."""
    n = len(articles)
    if n == 0:
        return []
    stems: list[set[str]] = []
    for a in articles:
        if a.get("tokens") is not None:
            from analysis.discrepancy import stem
            st = {stem(t) for t in a["tokens"]}
        else:
            st = set(content_stems(a.get("text") or ""))
        st = {s for s in st if len(s) >= 3}
        stems.append(st)
    df = Counter(s for st in stems for s in st)
    ents = [set(_as_keys(a.get("entities", ()), "e")) for a in articles]
    nums = [set(_as_keys((x for x in a.get("numbers", ()) if _distinct(x)), "n")) for a in articles]
    edf = Counter(k for e in ents for k in e)
    ndf = Counter(k for e in nums for k in e)
    days = [_day(a.get("date")) for a in articles]

    def idf(k):
        c = df.get(k) or edf.get(k) or ndf.get(k) or 1
        return math.log(1 + n / c)

    # blocking keys: the rarest stems (seen in >= 2 articles), entities, numbers
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in range(n):
        cand = [s for s in stems[i] if df[s] >= 2]
        cand.sort(key=lambda s: df[s])
        keys = cand[:keys_per_article] + [k for k in ents[i] if edf[k] >= 2] + \
            [k for k in nums[i] if ndf[k] >= 2]
        for k in keys:
            blocks[k].append(i)
    pair_keys: dict[tuple[int, int], int] = Counter()
    for k, members in blocks.items():
        if len(members) > max_block:
            continue  # too common to be evidence of one story
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pair_keys[(members[x], members[y])] += 1
    # keys seen in one article only can't tie it to another: left out of the
    # denominators so long articles are not penalised for their unique words
    shared_vocab = [{k for k in stems[i] | ents[i] | nums[i]
                     if (df.get(k) or edf.get(k) or ndf.get(k) or 0) >= 2} for i in range(n)]
    uf = _UF(n)
    for (i, j), shared_keys in pair_keys.items():
        if shared_keys < 2:
            continue
        if days[i] is not None and days[j] is not None and abs(days[i] - days[j]) > window_days:
            continue
        a_keys = shared_vocab[i]
        b_keys = shared_vocab[j]
        inter = a_keys & b_keys
        if not inter:
            continue
        w = sum(idf(k) for k in inter)
        wa = sum(idf(k) for k in a_keys) or 1.0
        wb = sum(idf(k) for k in b_keys) or 1.0
        if w / math.sqrt(wa * wb) >= threshold:
            uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(articles[i]["id"])
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _as_keys(values: Iterable, prefix: str) -> list[str]:
    return [f"{prefix}:{v}" for v in values]


def _distinct(x) -> bool:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return False
    return v not in (0, 1, 2, 3, 4, 5, 10, 100) and not (1900 <= v <= 2100)
