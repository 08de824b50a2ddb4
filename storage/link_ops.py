"""Cross-source links for the review desk: the matches of a claim, undo of a
link decision, and claims to link by hand (no Qt here).

A decision itself goes through ``storage.services.link_claims`` (it logs the
event); ``restore_link`` puts a pair back to the state it had before, and
logs that too, so undo is a decision like any other.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Article, Claim, ClaimLink, Outlet
from storage import search
from storage.services import ServiceError, _link_state, log, reviewer

SHOWN = ("confirmed", "suggested")


def _pair(s: Session, a: int, b: int) -> ClaimLink | None:
    return s.scalar(select(ClaimLink).where(
        ((ClaimLink.claim_a_id == a) & (ClaimLink.claim_b_id == b))
        | ((ClaimLink.claim_a_id == b) & (ClaimLink.claim_b_id == a))))


def pair_state(s: Session, a: int, b: int) -> dict[str, Any] | None:
    """The link between two claims as ``_link_state`` gives it, or None."""
    link = _pair(s, a, b)
    return _link_state(link) if link is not None else None


def restore_link(s: Session, a: int, b: int, state: dict[str, Any] | None,
                 who: str | None) -> dict[str, Any] | None:
    """Put the link between ``a`` and ``b`` back to ``state`` (None: no link)."""
    link = _pair(s, a, b)
    before = _link_state(link) if link is not None else None
    if state is None:
        if link is None:
            return None
        link_id = link.id
        s.delete(link)
        s.flush()
        log(s, reviewer(s, who), "restore", "link", link_id, before, None)
        return None
    if link is None:
        raise ServiceError(f"claims {a} and {b} are no longer linked")
    link.relation, link.status = state["relation"], state["status"]
    s.flush()
    after = _link_state(link)
    log(s, reviewer(s, who), "restore", "link", link.id, before, after)
    return after


def _claim_info(s: Session, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    q = (select(Claim.id, Claim.article_id, Claim.text, Claim.corrected_text, Claim.speaker,
                Claim.speaker_title, Claim.status, Article.title, Outlet.name)
         .join(Article, Article.id == Claim.article_id)
         .outerjoin(Outlet, Outlet.id == Article.outlet_id)
         .where(Claim.id.in_(list(ids))))
    return {r[0]: {"id": r[0], "article_id": r[1], "text": r[2], "corrected_text": r[3],
                   "speaker": r[4], "speaker_title": r[5], "status": r[6],
                   "article_title": r[7], "outlet": r[8]} for r in s.execute(q)}


def oriented(discrepancies: list[dict], flip: bool) -> list[dict]:
    """Discrepancies with ``a`` the selected claim's value and ``b`` the other's."""
    if not flip:
        return [dict(d) for d in discrepancies or []]
    return [dict(d) | {"a": d.get("b"), "b": d.get("a")} for d in discrepancies or []]


def matches(s: Session, claim_id: int, statuses: tuple[str, ...] = SHOWN) -> list[dict[str, Any]]:
    """The claim's confirmed and suggested links, best first, each with both
    claims (outlet, article title, speaker, title, text) and the discrepancies
    oriented so that ``a`` is this claim's value."""
    from storage.linking import links_for_claim

    links = [ln for ln in links_for_claim(s, claim_id) if ln.status in statuses]
    info = _claim_info(s, {claim_id} | {ln.claim_a_id for ln in links}
                       | {ln.claim_b_id for ln in links})
    this = info.get(claim_id)
    out = []
    for ln in links:
        flip = ln.claim_b_id == claim_id
        other = info.get(ln.claim_a_id if flip else ln.claim_b_id)
        if this is None or other is None:
            continue
        out.append({"link_id": ln.id, "status": ln.status, "relation": ln.relation,
                    "score": float(ln.score or 0.0), "reasons": list(ln.reasons or []),
                    "discrepancies": oriented(ln.discrepancies, flip),
                    "this": this, "other": other})
    return out


def find_claims(s: Session, query: str, *, exclude_article: int | None = None,
                limit: int = 30) -> list[dict[str, Any]]:
    """Claims matching a search, from other articles, to link by hand."""
    hits = search.search(s, query, limit=limit * 2).claims
    info = _claim_info(s, {h.id for h in hits})
    out = [info[h.id] for h in hits if h.id in info and info[h.id]["article_id"] != exclude_article]
    return out[:limit]
