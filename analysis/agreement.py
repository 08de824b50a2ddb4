"""Agreement between independent reviewers (pure: no database).

Cohen's kappa for each pair of reviewers on the claims both judged;
Krippendorff's alpha, nominal, which
takes any number of reviewers and missing judgements, for each pair, each
outlet and overall.  Measured separately on the status (confirmed / rejected
/ corrected) and on the verdict (a missing verdict is a missing value).

Both come from NLTK's ``nltk.metrics.agreement.AnnotationTask`` (Apache-2.0).

A coefficient is ``None`` where it is undefined: fewer than two claims, or
every judgement the same (chance agreement is then 1 and kappa is 0/0).
``observed`` (the share of claims on which both agreed) is always given.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

FIELDS = ("status", "verdict")


@dataclass(frozen=True)
class Rating:
    claim_id: int
    reviewer: str
    outlet: str | None
    status: str | None
    verdict: str | None


def _clean(x: float) -> float | None:
    return None if x is None or math.isnan(x) else round(float(x), 4)


def _task(rows: list[tuple[str, str, str]]):
    from nltk.metrics.agreement import AnnotationTask

    return AnnotationTask(data=rows)


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's kappa of two raters' labels for the same items (None: undefined)."""
    if len(a) != len(b):
        raise ValueError("both raters must label the same items")
    if len(a) < 2 or len(set(a) | set(b)) < 2:
        return None
    rows = [("a", str(i), x) for i, x in enumerate(a)] + [("b", str(i), y) for i, y in enumerate(b)]
    try:
        return _clean(_task(rows).kappa())
    except ZeroDivisionError:  # chance agreement is 1
        return None


def krippendorff_alpha(units: Sequence[Sequence[str | None]]) -> float | None:
    """Nominal Krippendorff's alpha; ``units[i]`` holds each rater's label for
    item i (None: that rater did not label it)."""
    values = sorted({v for u in units for v in u if v is not None})
    pairable = [u for u in units if sum(v is not None for v in u) >= 2]
    if len(values) < 2 or len(pairable) < 1:
        return None
    rows = [(str(i), str(j), v) for j, u in enumerate(pairable) for i, v in enumerate(u)
            if v is not None]
    try:
        return _clean(_task(rows).alpha())
    except ZeroDivisionError:
        return None


def _by_claim(ratings: Iterable[Rating]) -> dict[int, dict[str, Rating]]:
    out: dict[int, dict[str, Rating]] = defaultdict(dict)
    for r in ratings:
        out[r.claim_id][r.reviewer] = r
    return out


def _pair_stats(pairs: list[tuple[str | None, str | None]]) -> dict[str, Any]:
    both = [(x, y) for x, y in pairs if x is not None and y is not None]
    return {"n": len(both),
            "observed": round(sum(x == y for x, y in both) / len(both), 4) if both else None,
            "kappa": cohen_kappa([x for x, _ in both], [y for _, y in both]),
            "alpha": krippendorff_alpha([[x, y] for x, y in pairs])}


def _group_stats(claims: dict[int, dict[str, Rating]], field: str) -> dict[str, Any]:
    units, agree, n = [], 0, 0
    for by in claims.values():
        vals = [getattr(r, field) for _, r in sorted(by.items())]
        units.append(vals)
        present = [v for v in vals if v is not None]
        if len(present) >= 2:
            n += 1
            agree += len(set(present)) == 1
    firsts = [(u[0], u[1]) for u in units if len(u) >= 2]
    return {"n": n, "observed": round(agree / n, 4) if n else None,
            "kappa": _pair_stats(firsts)["kappa"] if firsts else None,
            "alpha": krippendorff_alpha(units) if units else None}


def report(ratings: Iterable[Rating]) -> dict[str, Any]:
    """Agreement overall, per reviewer pair and per outlet, on status and verdict.

    Only claims judged by at least two reviewers count.  Per outlet, kappa is
    over each claim's first two judgements (reviewers in name order), since the
    pair of reviewers may change from claim to claim; alpha needs no pairing."""
    claims = {cid: by for cid, by in _by_claim(ratings).items() if len(by) >= 2}
    out: dict[str, Any] = {"claims": len(claims),
                           "ratings": sum(len(by) for by in claims.values()),
                           "overall": {f: _group_stats(claims, f) for f in FIELDS},
                           "pairs": [], "outlets": []}
    if not claims:
        return out
    people = sorted({name for by in claims.values() for name in by})
    for a, b in combinations(people, 2):
        shared = [by for by in claims.values() if a in by and b in by]
        if not shared:
            continue
        entry: dict[str, Any] = {"reviewers": [a, b], "claims": len(shared)}
        for f in FIELDS:
            entry[f] = _pair_stats([(getattr(by[a], f), getattr(by[b], f)) for by in shared])
        out["pairs"].append(entry)
    outlets: dict[str | None, dict[int, dict[str, Rating]]] = defaultdict(dict)
    for cid, by in claims.items():
        outlets[next(iter(by.values())).outlet][cid] = by
    for name in sorted(outlets, key=lambda o: (o is None, o or "")):
        group = outlets[name]
        out["outlets"].append({"outlet": name, "claims": len(group)}
                              | {f: _group_stats(group, f) for f in FIELDS})
    return out
