"""schema.org ClaimReview (JSON-LD) for every claim with a verdict.

Google's fact-check markup requires ``claimReviewed``, ``reviewRating``
(with ``alternateName``) and ``url``, and recommends ``author``,
``datePublished``, ``itemReviewed`` (a ``Claim`` with ``author``,
``appearance``, ``firstAppearance``, ``datePublished``) and the rating's
``ratingValue``/``bestRating``/``worstRating``.  All are written.

Rating scale 1-5 (models.Verdict): false 1, misleading 2, mostly_true 4,
true 5.  ``unverifiable`` is not a point on that scale, so its Rating has
the label but no ``ratingValue`` (schema.org and Google allow that).

A claim appears in its own article and in the articles of every claim joined
to it by confirmed ``same``/``supports`` links (followed transitively).
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import ReviewEvent
from storage.exchange.bundle import Bundle

RATING = {"false": 1, "misleading": 2, "unverifiable": None, "mostly_true": 4, "true": 5}
LABELS = {
    "ar": {"true": "صحيح", "mostly_true": "صحيح غالبا", "misleading": "مضلل",
           "false": "خطأ", "unverifiable": "لا يمكن التحقق"},
    "en": {"true": "True", "mostly_true": "Mostly true", "misleading": "Misleading",
           "false": "False", "unverifiable": "Unverifiable"},
}
PLACEHOLDER_URL = "https://isnad.invalid/"


@dataclass
class Publisher:
    """The reviewing organisation (``--org``/``--org-url``, ISNAD_ORG/ISNAD_ORG_URL)."""

    name: str = ""
    url: str = ""
    lang: str = "ar"

    def __post_init__(self) -> None:
        self.name = self.name or os.environ.get("ISNAD_ORG") or "Isnad"
        self.url = self.url or os.environ.get("ISNAD_ORG_URL") or PLACEHOLDER_URL
        if self.lang not in LABELS:
            raise ValueError(f"unknown language {self.lang!r}; one of: {', '.join(LABELS)}")

    def review_url(self, claim_id: int) -> str:
        return f"{self.url.rstrip('/')}/claims/{claim_id}"


def review_dates(s: Session, claim_ids: list[int]) -> dict[int, dt.datetime]:
    """When each claim was last reviewed (the publication date of its review)."""
    if not claim_ids:
        return {}
    q = (select(ReviewEvent.target_id, func.max(ReviewEvent.at))
         .where(ReviewEvent.target == "claim", ReviewEvent.target_id.in_(claim_ids))
         .group_by(ReviewEvent.target_id))
    return {cid: at for cid, at in s.execute(q)}


def appearances_groups(b: Bundle) -> dict[int, set[int]]:
    """claim id → ids of the claims it is confirmed to be the same as (incl. itself)."""
    parent = {c["id"]: c["id"] for c in b.claims}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for ln in b.links:
        if ln["status"] == "confirmed" and ln["relation"] in ("same", "supports"):
            parent[find(ln["claim_a"])] = find(ln["claim_b"])
    groups: dict[int, set[int]] = defaultdict(set)
    for cid in parent:
        groups[find(cid)].add(cid)
    return {cid: groups[find(cid)] for cid in parent}


def reviews(b: Bundle, publisher: Publisher,
            dates: dict[int, dt.datetime] | None = None) -> list[dict[str, Any]]:
    dates = dates or {}
    arts = {a["id"]: a for a in b.articles}
    claims = {c["id"]: c for c in b.claims}
    kinds = {e["id"]: e["kind"] for e in b.entities}
    groups = appearances_groups(b)
    out = []
    for c in b.claims:
        if not c.get("verdict"):
            continue
        out.append(_review(c, arts, claims, kinds, groups[c["id"]], publisher,
                           dates.get(c["id"])))
    return out


def _review(c, arts, claims, kinds, group, pub: Publisher, reviewed: dt.datetime | None):
    rating = {"@type": "Rating", "alternateName": LABELS[pub.lang][c["verdict"]],
              "bestRating": 5, "worstRating": 1}
    if RATING[c["verdict"]] is not None:
        rating["ratingValue"] = RATING[c["verdict"]]
    own = arts[c["article_id"]]
    item: dict[str, Any] = {"@type": "Claim"}
    author = _claim_author(c, kinds)
    if author:
        item["author"] = author
    if own.get("date"):
        item["datePublished"] = own["date"]
    seen, works = set(), []
    order = [c["article_id"]] + sorted({claims[o]["article_id"] for o in group} - {c["article_id"]})
    for aid in order:
        work = _work(arts[aid])
        key = json.dumps(work, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            works.append((arts[aid].get("date") or "9999", work))
    item["appearance"] = [w for _, w in works]
    item["firstAppearance"] = min(works, key=lambda dw: dw[0])[1]
    review: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "ClaimReview",
        "url": pub.review_url(c["id"]),
        "claimReviewed": c["text"],
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": pub.name, "url": pub.url},
        "reviewRating": rating,
        "inLanguage": pub.lang,
    }
    if reviewed is not None:
        review["datePublished"] = reviewed.date().isoformat()
    if c.get("note") or c.get("corrected_text"):
        review["reviewBody"] = " — ".join(x for x in (c.get("corrected_text"), c.get("note")) if x)
    return review


def _claim_author(c, kinds) -> dict[str, Any] | None:
    ent = c.get("speaker_entity")
    name = (ent or {}).get("name") or c.get("speaker")
    if not name:
        return None
    kind = kinds.get(ent["id"]) if ent else (c.get("details") or {}).get("speaker_kind")
    author = {"@type": "Organization" if kind == "organization" else "Person", "name": name}
    if author["@type"] == "Person" and c.get("speaker_title"):
        author["jobTitle"] = c["speaker_title"]
    return author


def _work(a: dict[str, Any]) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if a.get("url"):
        work["url"] = a["url"]
    else:
        work["name"] = a.get("outlet") or a.get("title") or a.get("source_file") or "?"
    if a.get("title"):
        work["headline"] = a["title"]
    if a.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": a["outlet"]}
    if a.get("date"):
        work["datePublished"] = a["date"]
    return work


def write_claimreview(s: Session, b: Bundle, out: Path, publisher: Publisher) -> int:
    items = reviews(b, publisher, review_dates(s, [c["id"] for c in b.claims]))
    Path(out).write_text(json.dumps(items, ensure_ascii=False, indent=2) + "\n",
                         encoding="utf-8")
    return len(items)
