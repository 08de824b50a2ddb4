"""Read-side queries: the lists the app shows and the JSON the CLI prints
(shapes from docs/cli.md)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models import Article, Claim, ClaimLink, Entity, Mention, Outlet
from storage.services import STATUSES

def article_ids(s: Session, *, order: str = "id", descending: bool = False,
                outlet_id: int | None = None, status: str | None = None,
                date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[int]:
    """Ids of the articles matching the filters, in display order.

    ``status``: 'unreviewed' (some claim pending), 'reviewed' (none pending),
    or a claim status (has at least one claim with it).  Runs on Core rows (no ORM objects) and orders by indexed columns, so a
    100,000-article list comes back in tens of milliseconds: 'date' is newest
    first; 'id' sorts in Python rather than walking the wide table."""
    q = select(Article.id)
    if order == "outlet":
        q = q.outerjoin(Outlet, Article.outlet_id == Outlet.id)
    if outlet_id is not None:
        q = q.where(Article.outlet_id == outlet_id)
    if date_from is not None:
        q = q.where(Article.published >= date_from)
    if date_to is not None:
        q = q.where(Article.published <= date_to)
    if status:
        q = q.where(_status_filter(status))
    cols = {"date": (Article.published.desc(), Article.id), "title": (Article.title, Article.id),
            "outlet": (Outlet.name, Article.id)}.get(order)
    if cols is None:
        ids = sorted(r[0] for r in s.connection().execute(q))
        return ids[::-1] if descending else ids
    if descending:
        cols = tuple(c.desc() if hasattr(c, "desc") else c for c in cols)
    return [r[0] for r in s.connection().execute(q.order_by(*cols))]


def _status_filter(status: str):
    pending = select(Claim.id).where(Claim.article_id == Article.id,
                                     Claim.status == "pending").exists()
    if status == "unreviewed":
        return pending
    if status == "reviewed":
        return ~pending
    return select(Claim.id).where(Claim.article_id == Article.id, Claim.status == status).exists()


def claim_counts(s: Session, ids: list[int] | None = None) -> dict[int, dict[str, int]]:
    q = select(Claim.article_id, Claim.status, func.count()).group_by(
        Claim.article_id, Claim.status)
    if ids is not None:
        q = q.where(Claim.article_id.in_(ids))
    out: dict[int, dict[str, int]] = defaultdict(lambda: {st: 0 for st in STATUSES})
    for aid, st, n in s.execute(q):
        out[aid][st] = n
    return out


def article_rows(s: Session, ids: list[int]) -> list[dict[str, Any]]:
    """Display rows for these article ids (in the given order)."""
    if not ids:
        return []
    q = (select(Article.id, Article.title, Outlet.name, Article.published, Article.url,
                Article.source_file, Article.author)
         .outerjoin(Outlet, Article.outlet_id == Outlet.id).where(Article.id.in_(ids)))
    rows = {r[0]: r for r in s.execute(q)}
    counts = claim_counts(s, ids)
    out = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            continue
        c = dict(counts.get(i) or {st: 0 for st in STATUSES})
        out.append({"id": r[0], "title": r[1], "outlet": r[2],
                    "date": r[3].isoformat() if r[3] else None, "url": r[4],
                    "source_file": r[5], "author": r[6], "claims": c,
                    "total": sum(c.values()), "reviewed": sum(c.values()) - c["pending"]})
    return out


def articles_json(s: Session, with_text: bool = False) -> list[dict[str, Any]]:
    ids = article_ids(s)
    rows = article_rows(s, ids)
    if with_text:
        bodies = dict(s.execute(select(Article.id, Article.body)).all())
        for r in rows:
            r["text"] = bodies[r["id"]]
    for r in rows:
        r.pop("total"), r.pop("reviewed")
    return rows


def claim_json(c: Claim, art: dict[str, Any]) -> dict[str, Any]:
    ent = c.speaker_entity
    return {
        "id": c.id, "article_id": c.article_id, "article": art,
        "start": c.start, "end": c.end, "text": c.text, "speaker": c.speaker,
        "speaker_entity": {"id": ent.id, "name": ent.name} if ent else None,
        "speaker_title": c.speaker_title, "verb": c.verb, "kind": c.kind,
        "checkworthiness": round(float(c.checkworthiness), 4), "status": c.status,
        "verdict": c.verdict, "corrected_text": c.corrected_text, "note": c.note,
        "chain": c.chain, "reasons": (c.details or {}).get("reasons", []),
    }


def claims_json(s: Session, *, article_id: int | None = None,
                status: str | None = None) -> list[dict[str, Any]]:
    q = select(Claim).order_by(Claim.article_id, Claim.start, Claim.id)
    if article_id is not None:
        q = q.where(Claim.article_id == article_id)
    if status is not None:
        q = q.where(Claim.status == status)
    claims = s.scalars(q).all()
    arts = {}
    aids = {c.article_id for c in claims}
    if aids:
        for a_id, sf, url, outlet, title in s.execute(
                select(Article.id, Article.source_file, Article.url, Outlet.name, Article.title)
                .outerjoin(Outlet, Article.outlet_id == Outlet.id)
                .where(Article.id.in_(aids))):
            arts[a_id] = {"source_file": sf, "url": url, "outlet": outlet, "title": title}
    return [claim_json(c, arts[c.article_id]) for c in claims]


def claims_for_article(s: Session, article_id: int) -> list[Claim]:
    return list(s.scalars(select(Claim).where(Claim.article_id == article_id)
                          .order_by(Claim.start, Claim.id)))


def entities_json(s: Session) -> list[dict[str, Any]]:
    ents = s.scalars(select(Entity).order_by(Entity.id)).all()
    mentions: dict[int, list[tuple[int, str | None]]] = defaultdict(list)
    for eid, aid, title in s.execute(select(Mention.entity_id, Mention.article_id, Mention.title)):
        mentions[eid].append((aid, title))
    for eid, aid, title in s.execute(
            select(Claim.speaker_entity_id, Claim.article_id, Claim.speaker_title)
            .where(Claim.speaker_entity_id.is_not(None))):
        mentions[eid].append((aid, title))
    out = []
    for e in ents:
        ms = mentions.get(e.id, [])
        titles, seen = [], set()
        for aid, t in ms:
            if t and (aid, t) not in seen:
                seen.add((aid, t))
                titles.append({"article_id": aid, "title": t})
        distinct = sorted({t["title"] for t in titles})
        disc = [{"kind": "title", "values": distinct}] if len(distinct) > 1 else []
        out.append({"id": e.id, "name": e.name, "kind": e.kind, "aliases": list(e.aliases or []),
                    "mentions": len(ms), "titles": titles, "discrepancies": disc})
    return out


def links_json(s: Session) -> list[dict[str, Any]]:
    rank = case((ClaimLink.status == "confirmed", 0), (ClaimLink.status == "suggested", 1),
                else_=2)
    links = s.scalars(select(ClaimLink).order_by(
        ClaimLink.claim_a_id, rank, ClaimLink.score.desc(), ClaimLink.id)).all()
    return [{"id": ln.id, "claim_a": ln.claim_a_id, "claim_b": ln.claim_b_id,
             "relation": ln.relation, "score": round(float(ln.score), 4), "status": ln.status,
             "discrepancies": ln.discrepancies or [], "reasons": ln.reasons or []}
            for ln in links]


def outlets(s: Session) -> list[tuple[int, str]]:
    return list(s.execute(select(Outlet.id, Outlet.name).order_by(Outlet.name)).all())
