"""Team mode: roles, lead-only operations, double review and agreement.

Roles are ``reviewer`` and ``lead``.  A lead may merge and split entities,
reopen a decided claim (set it back to pending), delete articles, assign
double review and change roles.  The checks live here, in the storage
services, so the UI and the CLI cannot bypass them; on PostgreSQL
``pg_setup_roles`` adds database grants as a second fence.

Every operation runs in the caller's session and writes a ReviewEvent.
"""
from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.orm import Session

from models import Article, Claim, ClaimStatus, Entity, Mention, Outlet, Reviewer
from models.team import DoubleReview
from storage import search
from storage.services import (
    STATUSES, PermissionDenied, ServiceError, _check_version, claim_state, get_claim, log,
    normalize_verdict, reviewer,
)

ROLES = ("reviewer", "lead")
DECIDED = (ClaimStatus.confirmed.value, ClaimStatus.rejected.value, ClaimStatus.corrected.value)

__all__ = [
    "ROLES", "PermissionDenied", "require_role", "set_role", "reopen_claim", "delete_article",
    "merge_entities", "split_entity", "assign_double_review", "record_independent",
    "agreement_report", "pg_setup_roles", "pg_grant",
]


# -- roles ---------------------------------------------------------------------

def _who(s: Session, who: str | Reviewer | None) -> Reviewer:
    return who if isinstance(who, Reviewer) else reviewer(s, who)


def require_role(s: Session, who: str | Reviewer | None, role: str = "lead") -> Reviewer:
    """The reviewer, if their role allows ``role`` work (a lead can do anything)."""
    if role not in ROLES:
        raise ServiceError(f"unknown role {role!r}; one of: {', '.join(ROLES)}")
    r = _who(s, who)
    if role == "lead" and r.role != "lead":
        raise PermissionDenied(f"{r.name} is a {r.role}; this needs a lead")
    return r


def set_role(s: Session, name: str, role: str, by: str | Reviewer | None) -> Reviewer:
    """Give ``name`` a role.  Only a lead may, except that the first lead of a
    database can be named by anyone (someone has to be first)."""
    if role not in ROLES:
        raise ServiceError(f"unknown role {role!r}; one of: {', '.join(ROLES)}")
    has_lead = s.scalar(select(Reviewer.id).where(Reviewer.role == "lead").limit(1))
    actor = require_role(s, by, "lead") if has_lead else _who(s, by)
    target = reviewer(s, name)
    before = {"name": target.name, "role": target.role}
    target.role = role
    s.flush()
    log(s, actor, "set_role", "reviewer", target.id, before, {"name": target.name, "role": role})
    return target


# -- lead-only operations ------------------------------------------------------

def reopen_claim(s: Session, claim_id: int, by: str | Reviewer | None, *,
                 expected_version: int | None = None, note: str | None = None) -> dict[str, Any]:
    """Set a confirmed, rejected or corrected claim back to pending (lead only)."""
    actor = require_role(s, by, "lead")
    c = get_claim(s, claim_id)
    _check_version(c, expected_version)
    if c.status not in DECIDED:
        raise ServiceError(f"claim {claim_id} is {c.status}, nothing to reopen")
    before = claim_state(c)
    c.status = ClaimStatus.pending.value
    if note is not None:
        c.note = note or None
    from storage.services import _flush_claim

    _flush_claim(s, c, expected_version)
    after = claim_state(c)
    log(s, actor, "reopen", "claim", c.id, before, after)
    return after


def delete_article(s: Session, article_id: int, by: str | Reviewer | None) -> dict[str, Any]:
    """Delete an article, its claims, mentions and links, and unindex it (lead only)."""
    actor = require_role(s, by, "lead")
    art = s.get(Article, article_id)
    if art is None:
        raise ServiceError(f"no article with id {article_id}")
    claims = s.execute(select(Claim.id, Claim.text).where(Claim.article_id == article_id)).all()
    conn = s.connection()
    search.unindex_claims(conn, [(i, t) for i, t in claims])
    search.unindex_article(conn, art.id, art.title, art.body)
    before = {"title": art.title, "url": art.url, "source_file": art.source_file,
              "content_hash": art.content_hash, "claims": [i for i, _ in claims]}
    s.expunge(art)
    s.execute(delete(Claim).where(Claim.article_id == article_id))
    s.execute(delete(Mention).where(Mention.article_id == article_id))
    s.execute(delete(Article).where(Article.id == article_id))
    log(s, actor, "delete", "article", article_id, before, None)
    return before


def _entity_state(e: Entity) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "kind": e.kind, "aliases": list(e.aliases or [])}


def _bump_claims(s: Session, claim_ids: list[int], **values: Any) -> None:
    # version+1 so that anyone holding the old state gets a ConflictError
    if claim_ids:
        s.execute(update(Claim).where(Claim.id.in_(claim_ids))
                  .values(version=Claim.version + 1, **values)
                  .execution_options(synchronize_session=False))
        for c in s.identity_map.values():
            if isinstance(c, Claim) and c.id in claim_ids:
                s.expire(c)


def merge_entities(s: Session, keep_id: int, merge_ids: Iterable[int],
                   by: str | Reviewer | None) -> Entity:
    """Fold ``merge_ids`` into ``keep_id``: mentions, claims' speakers and
    aliases move over, the merged entities are deleted (lead only)."""
    actor = require_role(s, by, "lead")
    merge_ids = sorted({int(i) for i in merge_ids} - {keep_id})
    keep = s.get(Entity, keep_id)
    if keep is None:
        raise ServiceError(f"no entity with id {keep_id}")
    others = [s.get(Entity, i) for i in merge_ids]
    if not merge_ids or any(o is None for o in others):
        missing = [i for i, o in zip(merge_ids, others) if o is None]
        raise ServiceError(f"no entity with id {missing[0]}" if missing else "nothing to merge")
    before = {"keep": _entity_state(keep), "merged": [_entity_state(o) for o in others]}
    mention_ids = list(s.scalars(select(Mention.id).where(Mention.entity_id.in_(merge_ids))))
    claim_ids = list(s.scalars(select(Claim.id).where(Claim.speaker_entity_id.in_(merge_ids))))
    s.execute(update(Mention).where(Mention.entity_id.in_(merge_ids)).values(entity_id=keep_id)
              .execution_options(synchronize_session=False))
    _bump_claims(s, claim_ids, speaker_entity_id=keep_id)
    aliases = list(keep.aliases or [])
    for o in others:
        for a in [o.name, *(o.aliases or [])]:
            if a not in aliases:
                aliases.append(a)
    keep.aliases = aliases
    for o in others:
        s.delete(o)
    s.flush()
    log(s, actor, "merge", "entity", keep_id, before,
        _entity_state(keep) | {"mentions_moved": mention_ids, "claims_moved": claim_ids})
    return keep


def split_entity(s: Session, entity_id: int, by: str | Reviewer | None, *, name: str,
                 mention_ids: Sequence[int] = (), aliases: Sequence[str] = (),
                 claim_ids: Sequence[int] = ()) -> Entity:
    """Move the given mentions, aliases and claims (as speaker) of an entity
    to a new entity called ``name`` (lead only)."""
    from analysis.normalize import normalize

    actor = require_role(s, by, "lead")
    src = s.get(Entity, entity_id)
    if src is None:
        raise ServiceError(f"no entity with id {entity_id}")
    if not name.strip():
        raise ServiceError("the new entity needs a name")
    mention_ids, claim_ids = list(mention_ids), list(claim_ids)
    bad_m = set(mention_ids) - set(s.scalars(select(Mention.id).where(
        Mention.entity_id == entity_id, Mention.id.in_(mention_ids))))
    bad_c = set(claim_ids) - set(s.scalars(select(Claim.id).where(
        Claim.speaker_entity_id == entity_id, Claim.id.in_(claim_ids))))
    if bad_m or bad_c:
        raise ServiceError(f"not this entity's: mentions {sorted(bad_m)}, claims {sorted(bad_c)}")
    before = _entity_state(src)
    new = Entity(name=name.strip(), kind=src.kind, key=" ".join(normalize(name).split()),
                 aliases=list(dict.fromkeys([name.strip(), *aliases])))
    s.add(new)
    s.flush()
    src.aliases = [a for a in (src.aliases or []) if a not in set(aliases)]
    if mention_ids:
        s.execute(update(Mention).where(Mention.id.in_(mention_ids)).values(entity_id=new.id)
                  .execution_options(synchronize_session=False))
    _bump_claims(s, claim_ids, speaker_entity_id=new.id)
    s.flush()
    log(s, actor, "split", "entity", entity_id, before,
        {"source": _entity_state(src), "new": _entity_state(new),
         "mentions_moved": mention_ids, "claims_moved": claim_ids})
    return new


# -- double review -------------------------------------------------------------

def assign_double_review(s: Session, lead: str | Reviewer | None, *,
                         claim_ids: Sequence[int] | None = None, sample_size: int | None = None,
                         reviewers: Sequence[str], seed: int | None = None) -> list[int]:
    """Ask ``reviewers`` (two or more) to review claims independently: the given
    ``claim_ids``, or a random sample of ``sample_size`` claims (reproducible
    with ``seed``).  Returns the claim ids assigned (lead only)."""
    actor = require_role(s, lead, "lead")
    names = list(dict.fromkeys(r.strip() for r in reviewers if r and r.strip()))
    if len(names) < 2:
        raise ServiceError("double review needs two different reviewers")
    if (claim_ids is None) == (sample_size is None):
        raise ServiceError("give either claim ids or a sample size")
    if claim_ids is None:
        pool = list(s.scalars(select(Claim.id).order_by(Claim.id)))
        if sample_size <= 0 or sample_size > len(pool):
            raise ServiceError(f"sample size must be 1-{len(pool)}")
        claim_ids = sorted(random.Random(seed).sample(pool, sample_size))
    else:
        claim_ids = list(dict.fromkeys(claim_ids))
        for cid in claim_ids:
            get_claim(s, cid)
    people = [reviewer(s, n) for n in names]
    existing = set(s.execute(select(DoubleReview.claim_id, DoubleReview.reviewer_id).where(
        DoubleReview.claim_id.in_(claim_ids))).all())
    for cid in claim_ids:
        for p in people:
            if (cid, p.id) not in existing:
                s.add(DoubleReview(claim_id=cid, reviewer_id=p.id, assigned_by_id=actor.id))
        log(s, actor, "assign_double", "claim", cid, None, {"reviewers": names})
    s.flush()
    return claim_ids


def assignments(s: Session, who: str) -> list[int]:
    """Claim ids waiting for ``who``'s independent review."""
    r = reviewer(s, who)
    return list(s.scalars(select(DoubleReview.claim_id).where(
        DoubleReview.reviewer_id == r.id, DoubleReview.status.is_(None))
        .order_by(DoubleReview.claim_id)))


def record_independent(s: Session, claim_id: int, who: str | Reviewer | None, status: str,
                       verdict: str | None = None) -> DoubleReview:
    """Record ``who``'s independent judgement of a claim assigned to them.
    The claim itself is not changed."""
    r = _who(s, who)
    row = s.scalar(select(DoubleReview).where(DoubleReview.claim_id == claim_id,
                                              DoubleReview.reviewer_id == r.id))
    if row is None:
        raise PermissionDenied(f"claim {claim_id} is not assigned to {r.name} for double review")
    if status not in STATUSES or status == ClaimStatus.pending.value:
        raise ServiceError(f"unknown status {status!r}; one of: {', '.join(DECIDED)}")
    before = {"status": row.status, "verdict": row.verdict}
    from models import utcnow

    row.status, row.verdict, row.recorded_at = status, normalize_verdict(verdict), utcnow()
    s.flush()
    log(s, r, "independent", "claim", claim_id, before,
        {"status": row.status, "verdict": row.verdict, "double_review_id": row.id})
    return row


def agreement_report(s: Session) -> dict[str, Any]:
    """Agreement between independent reviews, per reviewer pair and per outlet."""
    from analysis.agreement import Rating, report

    q = (select(DoubleReview.claim_id, Reviewer.name, Outlet.name, DoubleReview.status,
                DoubleReview.verdict)
         .join(Reviewer, Reviewer.id == DoubleReview.reviewer_id)
         .join(Claim, Claim.id == DoubleReview.claim_id)
         .join(Article, Article.id == Claim.article_id)
         .outerjoin(Outlet, Outlet.id == Article.outlet_id)
         .where(DoubleReview.status.is_not(None)))
    return report([Rating(*row) for row in s.execute(q)])


# -- PostgreSQL grants ---------------------------------------------------------

GROUP_REVIEWER, GROUP_LEAD = "isnad_reviewer", "isnad_lead"
_READ_WRITE = ("outlets", "articles", "entities", "mentions", "claims", "claim_links",
               "evidence", "reviewers", "double_reviews", "search_articles", "search_claims")
_REVIEWER_DELETE = ("claims", "claim_links", "evidence", "search_claims", "double_reviews")


def pg_setup_roles(conn: Connection) -> None:
    """Create the NOLOGIN group roles and grant them this database's tables.

    ``isnad_reviewer``: SELECT/INSERT/UPDATE on the data tables, DELETE only on
    claims, links, evidence (a reviewer may drop a wrong claim), INSERT and
    SELECT on review_events (never UPDATE/DELETE), no DELETE on articles,
    entities or mentions.  ``isnad_lead``: a reviewer who may also delete
    articles, entities and mentions.  Run once per database by its owner;
    then ``pg_grant(conn, login, role)`` for each person's login role."""
    if conn.dialect.name != "postgresql":
        raise ServiceError("database roles exist only on PostgreSQL")
    for role in (GROUP_REVIEWER, GROUP_LEAD):
        conn.exec_driver_sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {GROUP_REVIEWER}")
    conn.exec_driver_sql(f"GRANT {GROUP_REVIEWER} TO {GROUP_LEAD}")
    conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE ON {', '.join(_READ_WRITE)} "
                         f"TO {GROUP_REVIEWER}")
    conn.exec_driver_sql(f"GRANT DELETE ON {', '.join(_REVIEWER_DELETE)} TO {GROUP_REVIEWER}")
    conn.exec_driver_sql(f"GRANT SELECT, INSERT ON review_events TO {GROUP_REVIEWER}")
    conn.exec_driver_sql(f"GRANT SELECT ON alembic_version TO {GROUP_REVIEWER}")
    conn.exec_driver_sql(
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {GROUP_REVIEWER}")
    conn.exec_driver_sql(f"GRANT DELETE ON articles, entities, mentions, search_articles "
                         f"TO {GROUP_LEAD}")


def pg_grant(conn: Connection, login: str, role: str) -> None:
    """Make the login role ``login`` a member of the group for ``role``."""
    if role not in ROLES:
        raise ServiceError(f"unknown role {role!r}; one of: {', '.join(ROLES)}")
    quoted = conn.dialect.identifier_preparer.quote(login)
    conn.exec_driver_sql(f"GRANT {GROUP_LEAD if role == 'lead' else GROUP_REVIEWER} TO {quoted}")
