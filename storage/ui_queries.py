"""Read-side queries shaped for the review desk (no Qt here)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Article, Claim, Entity, Evidence, Outlet, Reviewer, ReviewEvent
from storage.queries import article_ids  # noqa: F401  (re-exported for the UI)


def article_count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(Article)) or 0


def article_view(s: Session, article_id: int) -> dict[str, Any] | None:
    """What the article pane shows: body, header fields and boilerplate spans."""
    row = s.execute(
        select(Article.id, Article.title, Article.body, Article.url, Article.published,
               Article.boilerplate, Article.language, Outlet.name)
        .outerjoin(Outlet, Article.outlet_id == Outlet.id)
        .where(Article.id == article_id)).first()
    if row is None:
        return None
    return {"id": row[0], "title": row[1], "body": row[2], "url": row[3],
            "date": row[4].isoformat() if row[4] else None,
            "boilerplate": list(row[5] or []), "language": row[6], "outlet": row[7]}


CLAIM_COLUMNS = (
    Claim.id, Claim.article_id, Claim.start, Claim.end, Claim.text, Claim.corrected_text,
    Claim.kind, Claim.speaker, Claim.speaker_entity_id, Claim.speaker_title,
    Claim.speaker_start, Claim.speaker_end, Claim.verb, Claim.chain, Claim.checkworthiness,
    Claim.status, Claim.verdict, Claim.note, Claim.origin, Claim.version, Entity.name,
)


def claim_rows(s: Session, article_id: int) -> list[dict[str, Any]]:
    """The article's claims in text order, as plain dicts."""
    q = (select(*CLAIM_COLUMNS).outerjoin(Entity, Claim.speaker_entity_id == Entity.id)
         .where(Claim.article_id == article_id).order_by(Claim.start, Claim.id))
    return [_claim_dict(r) for r in s.execute(q)]


def claim_row(s: Session, claim_id: int) -> dict[str, Any] | None:
    q = (select(*CLAIM_COLUMNS).outerjoin(Entity, Claim.speaker_entity_id == Entity.id)
         .where(Claim.id == claim_id))
    r = s.execute(q).first()
    return _claim_dict(r) if r is not None else None


def _claim_dict(r) -> dict[str, Any]:
    keys = [c.key for c in CLAIM_COLUMNS[:-1]] + ["entity_name"]
    d = dict(zip(keys, r))
    d["speaker_display"] = d["entity_name"] or d["speaker"]
    d["chain"] = list(d["chain"] or [])
    d["checkworthiness"] = float(d["checkworthiness"] or 0.0)
    return d


def entity_names(s: Session, limit: int = 50_000) -> list[tuple[int, str]]:
    """People first, for the speaker picker."""
    order = (Entity.kind != "person", Entity.name)
    return list(s.execute(select(Entity.id, Entity.name).order_by(*order).limit(limit)).all())


def evidence_rows(s: Session, claim_id: int) -> list[dict[str, Any]]:
    q = (select(Evidence.id, Evidence.url, Evidence.article_id, Evidence.note,
                Evidence.added_by, Evidence.created_at, Article.title)
         .outerjoin(Article, Evidence.article_id == Article.id)
         .where(Evidence.claim_id == claim_id).order_by(Evidence.id))
    return [{"id": r[0], "url": r[1], "article_id": r[2], "note": r[3], "added_by": r[4],
             "at": r[5], "article_title": r[6]} for r in s.execute(q)]


def history_rows(s: Session, claim_id: int) -> list[dict[str, Any]]:
    """The claim's review log, oldest first."""
    q = (select(ReviewEvent.at, ReviewEvent.action, ReviewEvent.before, ReviewEvent.after,
                Reviewer.name)
         .outerjoin(Reviewer, ReviewEvent.reviewer_id == Reviewer.id)
         .where(ReviewEvent.target == "claim", ReviewEvent.target_id == claim_id)
         .order_by(ReviewEvent.id))
    return [{"at": r[0], "action": r[1], "before": r[2], "after": r[3], "who": r[4]}
            for r in s.execute(q)]
