"""Storage services: every reviewer decision goes through here.

Each call runs inside the caller's session; the caller commits (one
decision, one transaction).  Every change to a claim, link or entity writes
a ReviewEvent with the state before and after.  Claims carry a version
counter: a save with a stale ``expected_version`` raises ConflictError and
changes nothing.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import (
    LINK_STATUSES, RELATIONS, Article, Claim, ClaimLink, ClaimStatus, Entity, Evidence,
    Outlet, Reviewer, ReviewEvent, Verdict,
)
from storage import search

VERDICTS = [v.value for v in Verdict]
STATUSES = [s.value for s in ClaimStatus]
VERDICT_ALIASES = {
    "true": "true", "صحيح": "true",
    "mostly true": "mostly_true", "mostly_true": "mostly_true", "صحيح غالبا": "mostly_true",
    "misleading": "misleading", "مضلل": "misleading",
    "false": "false", "خطأ": "false", "كاذب": "false",
    "unverifiable": "unverifiable", "لا يمكن التحقق": "unverifiable",
}
CLAIM_FIELDS = ("status", "verdict", "corrected_text", "note", "speaker", "speaker_entity_id",
                "speaker_title", "start", "end", "text", "kind")


class ServiceError(ValueError):
    """A request the storage layer refuses; the message is for the user."""


class ConflictError(ServiceError):
    """The claim changed since it was read (someone else saved first)."""

    def __init__(self, claim_id: int, expected: int, current: dict[str, Any]):
        super().__init__(f"claim {claim_id} was changed by someone else "
                         f"(version {current['version']}, you had {expected})")
        self.claim_id = claim_id
        self.current = current


class PermissionDenied(ServiceError):
    """The reviewer's role does not allow this (storage/team.py has the roles)."""


def normalize_verdict(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    v = VERDICT_ALIASES.get(value.strip().lower(), value.strip().lower())
    if v not in VERDICTS:
        raise ServiceError(f"unknown verdict {value!r}; one of: {', '.join(VERDICTS)}")
    return v


def reviewer(s: Session, name: str | None) -> Reviewer:
    name = (name or "").strip() or "reviewer"
    r = s.scalar(select(Reviewer).where(Reviewer.name == name))
    if r is None:
        r = Reviewer(name=name)
        s.add(r)
        s.flush()
    return r


def log(s: Session, who: Reviewer | None, action: str, target: str, target_id: int,
        before: dict | None, after: dict | None) -> None:
    s.add(ReviewEvent(reviewer_id=who.id if who else None, action=action, target=target,
                      target_id=target_id, before=before, after=after))


def claim_state(c: Claim) -> dict[str, Any]:
    return {f: getattr(c, f) for f in CLAIM_FIELDS} | {"version": c.version}


def get_claim(s: Session, claim_id: int) -> Claim:
    c = s.get(Claim, claim_id)
    if c is None:
        raise ServiceError(f"no claim with id {claim_id}")
    return c


def _check_version(c: Claim, expected: int | None) -> None:
    if expected is not None and c.version != expected:
        raise ConflictError(c.id, expected, claim_state(c))


def _flush_claim(s: Session, c: Claim, expected: int | None) -> None:
    """Flush; a concurrent save that won the race (the versioned UPDATE matched
    no row) becomes a ConflictError carrying the winner's state."""
    claim_id, had = c.id, c.version if expected is None else expected
    try:
        s.flush()
    except StaleDataError:
        s.rollback()
        raise ConflictError(claim_id, had, claim_state(get_claim(s, claim_id))) from None


def review_claim(s: Session, claim_id: int, who: str | None, *, status: str | None = None,
                 text: str | None = None, speaker: str | None = None,
                 speaker_entity_id: int | None = None, verdict: str | None = None,
                 note: str | None = None, expected_version: int | None = None,
                 clear: tuple[str, ...] = ()) -> dict[str, Any]:
    """Record a decision on a claim; returns its state after."""
    c = get_claim(s, claim_id)
    _check_version(c, expected_version)
    before = claim_state(c)
    if text is not None and status is None:
        status = ClaimStatus.corrected.value
    if status is not None:
        if status not in STATUSES:
            raise ServiceError(f"unknown status {status!r}; one of: {', '.join(STATUSES)}")
        if status == ClaimStatus.pending.value and c.status != status \
                and reviewer(s, who).role != "lead":
            raise PermissionDenied(f"only a lead can reopen a {c.status} claim")
        c.status = status
    if text is not None:
        c.corrected_text = text if text != c.text else None
    if verdict is not None:
        c.verdict = normalize_verdict(verdict)
    if note is not None:
        c.note = note or None
    if speaker_entity_id is not None:
        ent = s.get(Entity, speaker_entity_id)
        if ent is None:
            raise ServiceError(f"no entity with id {speaker_entity_id}")
        c.speaker_entity_id = ent.id
    elif speaker is not None:
        c.speaker_entity_id = entity_by_name(s, speaker, create=True).id
    for f in clear:
        if f in ("verdict", "note", "corrected_text", "speaker_entity_id"):
            setattr(c, f, None)
    _flush_claim(s, c, expected_version)
    after = claim_state(c)
    log(s, reviewer(s, who), "review", "claim", c.id, before, after)
    return after


def restore_claim(s: Session, claim_id: int, who: str | None, state: dict[str, Any],
                  expected_version: int | None = None) -> dict[str, Any]:
    """Put a claim back to an earlier state (undo/redo)."""
    c = get_claim(s, claim_id)
    _check_version(c, expected_version)
    before = claim_state(c)
    for f in ("status", "verdict", "corrected_text", "note", "speaker_entity_id",
              "start", "end", "text"):
        if f in state:
            setattr(c, f, state[f])
    _flush_claim(s, c, expected_version)
    if before["text"] != c.text:
        search.unindex_claims(s.connection(), [(c.id, before["text"])])
        search.index_claims(s.connection(), [(c.id, c.text)])
    after = claim_state(c)
    log(s, reviewer(s, who), "restore", "claim", c.id, before, after)
    return after


def entity_by_name(s: Session, name: str, *, kind: str = "person", create: bool = False) -> Entity:
    from analysis.normalize import normalize

    name = name.strip()
    if not name:
        raise ServiceError("empty speaker name")
    key = " ".join(normalize(name).split())
    ent = s.scalar(select(Entity).where(Entity.key == key))
    if ent is None:
        for e in s.scalars(select(Entity).where(Entity.kind == kind)):
            if name in (e.aliases or []):
                return e
    if ent is None:
        if not create:
            raise ServiceError(f"no entity named {name!r}")
        ent = Entity(name=name, kind=kind, aliases=[name], key=key)
        s.add(ent)
        s.flush()
    return ent


def create_claim(s: Session, article_id: int, start: int, end: int, who: str | None,
                 kind: str = "statement") -> Claim:
    """A claim made by hand on a span of the stored text."""
    art = s.get(Article, article_id)
    if art is None:
        raise ServiceError(f"no article with id {article_id}")
    if not (0 <= start < end <= len(art.body)):
        raise ServiceError(f"span {start}-{end} is outside the article (0-{len(art.body)})")
    c = Claim(article_id=article_id, start=start, end=end, text=art.body[start:end], kind=kind,
              origin="manual", chain=[], details={"reasons": ["made by hand"]},
              checkworthiness=0.5, status=ClaimStatus.pending.value)
    s.add(c)
    s.flush()
    search.index_claims(s.connection(), [(c.id, c.text)])
    log(s, reviewer(s, who), "create", "claim", c.id, None, claim_state(c))
    return c


def adjust_claim(s: Session, claim_id: int, start: int, end: int, who: str | None,
                 expected_version: int | None = None) -> dict[str, Any]:
    c = get_claim(s, claim_id)
    _check_version(c, expected_version)
    body = s.scalar(select(Article.body).where(Article.id == c.article_id))
    if not (0 <= start < end <= len(body)):
        raise ServiceError(f"span {start}-{end} is outside the article (0-{len(body)})")
    return restore_claim(s, claim_id, who, {"start": start, "end": end,
                                            "text": body[start:end]})


def delete_claim(s: Session, claim_id: int, who: str | None) -> None:
    c = get_claim(s, claim_id)
    before = claim_state(c)
    search.unindex_claims(s.connection(), [(c.id, c.text)])
    s.delete(c)
    s.flush()
    log(s, reviewer(s, who), "delete", "claim", claim_id, before, None)


def link_claims(s: Session, a: int, b: int, relation: str, who: str | None, *,
                status: str = "confirmed", score: float = 1.0,
                discrepancies: list | None = None) -> ClaimLink:
    if relation not in RELATIONS:
        raise ServiceError(f"unknown relation {relation!r}; one of: {', '.join(RELATIONS)}")
    if status not in LINK_STATUSES:
        raise ServiceError(f"unknown link status {status!r}")
    if a == b:
        raise ServiceError("a claim cannot be linked to itself")
    ca, cb = get_claim(s, a), get_claim(s, b)
    link = s.scalar(select(ClaimLink).where(
        ((ClaimLink.claim_a_id == a) & (ClaimLink.claim_b_id == b))
        | ((ClaimLink.claim_a_id == b) & (ClaimLink.claim_b_id == a))))
    before = _link_state(link) if link else None
    if link is None:
        if discrepancies is None:
            discrepancies = _discrepancies(ca, cb)
        link = ClaimLink(claim_a_id=a, claim_b_id=b, relation=relation, score=score,
                         status=status, discrepancies=discrepancies or [], reasons=[])
        s.add(link)
    else:
        link.relation, link.status = relation, status
    s.flush()
    log(s, reviewer(s, who), "link", "link", link.id, before, _link_state(link))
    return link


def _discrepancies(a: Claim, b: Claim) -> list:
    try:
        from analysis.compare import compare
    except ImportError:
        return []
    return compare(a.text, b.text, title_a=a.speaker_title, title_b=b.speaker_title).discrepancies


def _link_state(link: ClaimLink) -> dict[str, Any]:
    return {"claim_a": link.claim_a_id, "claim_b": link.claim_b_id, "relation": link.relation,
            "status": link.status, "score": link.score}


def add_evidence(s: Session, claim_id: int, who: str | None, *, url: str | None = None,
                 article_id: int | None = None, note: str | None = None) -> Evidence:
    get_claim(s, claim_id)
    if not (url or article_id):
        raise ServiceError("evidence needs a URL or an article")
    ev = Evidence(claim_id=claim_id, url=url, article_id=article_id, note=note, added_by=who)
    s.add(ev)
    s.flush()
    log(s, reviewer(s, who), "evidence", "claim", claim_id, None,
        {"evidence_id": ev.id, "url": url, "article_id": article_id, "note": note})
    return ev


def history(s: Session, target: str, target_id: int) -> list[ReviewEvent]:
    return list(s.scalars(select(ReviewEvent).where(
        ReviewEvent.target == target, ReviewEvent.target_id == target_id)
        .order_by(ReviewEvent.id)))


def stats(s: Session) -> dict[str, Any]:
    by_status = dict(s.execute(select(Claim.status, func.count()).group_by(Claim.status)).all())
    by_relation = dict(s.execute(
        select(ClaimLink.relation, func.count()).group_by(ClaimLink.relation)).all())
    return {
        "articles": s.scalar(select(func.count()).select_from(Article)),
        "outlets": s.scalar(select(func.count()).select_from(Outlet)),
        "claims": {st: by_status.get(st, 0) for st in STATUSES}
        | {"total": sum(by_status.values())},
        "links": {r: by_relation.get(r, 0) for r in RELATIONS}
        | {"total": sum(by_relation.values())},
        "entities": s.scalar(select(func.count()).select_from(Entity)),
        "reviewers": s.scalar(select(func.count()).select_from(Reviewer)),
    }
