"""Entity manager support (no Qt): the mentions of an entity with the title
each outlet gave it, and alias editing.  Merge and split are
``storage.team.merge_entities`` / ``split_entity`` (lead only).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Article, Claim, Entity, Mention, Outlet
from storage.services import ServiceError, log, reviewer


def entity_rows(s: Session) -> list[dict[str, Any]]:
    """Every entity with its aliases, mention count and the distinct titles used."""
    from storage.queries import entities_json

    rows = entities_json(s)
    for r in rows:
        r["title_values"] = sorted({t["title"] for t in r["titles"]})
    return rows


def mentions(s: Session, entity_id: int) -> list[dict[str, Any]]:
    """The entity's mentions and the claims it speaks, each with the
    article's outlet and the title that outlet used."""
    out = []
    q = (select(Mention.id, Mention.article_id, Mention.text, Mention.title, Mention.role,
                Mention.start, Outlet.name, Article.title)
         .join(Article, Article.id == Mention.article_id)
         .outerjoin(Outlet, Outlet.id == Article.outlet_id)
         .where(Mention.entity_id == entity_id).order_by(Outlet.name, Mention.article_id,
                                                          Mention.start))
    for mid, aid, text, title, role, start, outlet, atitle in s.execute(q):
        out.append({"kind": "mention", "id": mid, "article_id": aid, "text": text,
                    "title": title, "role": role, "start": start, "outlet": outlet,
                    "article_title": atitle, "claim_id": None})
    q = (select(Claim.id, Claim.article_id, Claim.speaker, Claim.speaker_title, Claim.text,
                Claim.start, Outlet.name, Article.title)
         .join(Article, Article.id == Claim.article_id)
         .outerjoin(Outlet, Outlet.id == Article.outlet_id)
         .where(Claim.speaker_entity_id == entity_id).order_by(Outlet.name, Claim.article_id,
                                                               Claim.start))
    for cid, aid, speaker, title, text, start, outlet, atitle in s.execute(q):
        out.append({"kind": "speaker", "id": cid, "article_id": aid, "text": speaker or "",
                    "title": title, "role": text, "start": start, "outlet": outlet,
                    "article_title": atitle, "claim_id": cid})
    return out


def set_aliases(s: Session, entity_id: int, aliases: list[str], by: str | None) -> list[str]:
    """Replace an entity's aliases (its name always stays one); logged."""
    e = s.get(Entity, entity_id)
    if e is None:
        raise ServiceError(f"no entity with id {entity_id}")
    clean = list(dict.fromkeys(a.strip() for a in [e.name, *aliases] if a and a.strip()))
    before = {"name": e.name, "aliases": list(e.aliases or [])}
    e.aliases = clean
    s.flush()
    log(s, reviewer(s, by), "aliases", "entity", e.id, before,
        {"name": e.name, "aliases": clean})
    return clean
