"""The exchange bundle: articles, entities, claims and links as plain dicts.

Every export format is written from a bundle and every import format is
read into one, so validation and the database writes live here once.
``collect`` reads a bundle out of the database; ``restore`` checks a bundle
against its own texts and writes it in the caller's transaction (a bad
record raises ExchangeError before anything is written, and the caller's
rollback covers the rest).

Records read from a file carry ``_where`` ("file:line") so that an error
names the line.  Into an empty database the exported ids are kept (claim
URLs in published ClaimReview stay valid); otherwise the database assigns
new ones and the references are mapped.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from models import (
    CLAIM_KINDS, ENTITY_KINDS, LINK_STATUSES, RELATIONS, Article, Claim, ClaimLink, Entity,
    Outlet, ReviewEvent, utcnow,
)
from storage import search
from storage.services import STATUSES, VERDICTS

ARTICLE_KEYS = ("id", "title", "outlet", "url", "source_file", "date", "author", "language",
                "story_id", "links_computed", "text")
CLAIM_KEYS = ("id", "article_id", "start", "end", "text", "speaker", "speaker_entity",
              "speaker_title", "speaker_start", "speaker_end", "verb", "kind",
              "checkworthiness", "status", "verdict", "corrected_text", "note", "origin",
              "chain", "details")
LINK_KEYS = ("id", "claim_a", "claim_b", "relation", "score", "status", "discrepancies",
             "reasons")


class ExchangeError(ValueError):
    """An import file that does not match its text; the message names the line."""


@dataclass
class Bundle:
    articles: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class RestoreReport:
    imported: int = 0
    duplicates: int = 0
    claims: int = 0
    links: int = 0
    article_ids: list[int] = field(default_factory=list)


# -- reading the database -------------------------------------------------------
def select_articles(s: Session, *, story: int | None = None,
                    article_ids: list[int] | None = None) -> list[int]:
    q = select(Article.id).order_by(Article.id)
    if story is not None:
        q = q.where(Article.story_id == story)
    if article_ids is not None:
        q = q.where(Article.id.in_(list(article_ids)))
    return list(s.scalars(q))


def collect(s: Session, article_ids: list[int] | None = None, *,
            story: int | None = None) -> Bundle:
    ids = select_articles(s, story=story, article_ids=article_ids)
    b = Bundle()
    if not ids:
        return b
    outlets = dict(s.execute(select(Outlet.id, Outlet.name)).all())
    for a in s.scalars(select(Article).where(Article.id.in_(ids)).order_by(Article.id)):
        b.articles.append({
            "id": a.id, "title": a.title, "outlet": outlets.get(a.outlet_id), "url": a.url,
            "source_file": a.source_file, "date": a.published.isoformat() if a.published else None,
            "author": a.author, "language": a.language, "story_id": a.story_id,
            "links_computed": a.links_computed_at is not None, "text": a.body})
    claims = s.scalars(select(Claim).where(Claim.article_id.in_(ids))
                       .order_by(Claim.article_id, Claim.start, Claim.end, Claim.id)).all()
    ent_ids = set()
    for c in claims:
        ent = c.speaker_entity
        if ent is not None:
            ent_ids.add(ent.id)
        b.claims.append({
            "id": c.id, "article_id": c.article_id, "start": c.start, "end": c.end,
            "text": c.text, "speaker": c.speaker,
            "speaker_entity": {"id": ent.id, "name": ent.name} if ent else None,
            "speaker_title": c.speaker_title, "speaker_start": c.speaker_start,
            "speaker_end": c.speaker_end, "verb": c.verb, "kind": c.kind,
            "checkworthiness": round(float(c.checkworthiness), 4), "status": c.status,
            "verdict": c.verdict, "corrected_text": c.corrected_text, "note": c.note,
            "origin": c.origin, "chain": list(c.chain or []), "details": dict(c.details or {})})
    if ent_ids:
        for e in s.scalars(select(Entity).where(Entity.id.in_(ent_ids)).order_by(Entity.id)):
            b.entities.append({"id": e.id, "name": e.name, "kind": e.kind,
                               "aliases": list(e.aliases or [])})
    cids = [c["id"] for c in b.claims]
    if cids:
        inside = set(cids)
        for ln in s.scalars(select(ClaimLink).where(
                or_(ClaimLink.claim_a_id.in_(cids), ClaimLink.claim_b_id.in_(cids)))
                .order_by(ClaimLink.id)):
            if ln.claim_a_id in inside and ln.claim_b_id in inside:
                b.links.append({
                    "id": ln.id, "claim_a": ln.claim_a_id, "claim_b": ln.claim_b_id,
                    "relation": ln.relation, "score": round(float(ln.score), 4),
                    "status": ln.status, "discrepancies": list(ln.discrepancies or []),
                    "reasons": list(ln.reasons or [])})
    return b


# -- checking a bundle ------------------------------------------------------------
def _fail(rec: dict[str, Any], reason: str) -> None:
    where = rec.get("_where")
    raise ExchangeError(f"{where}: {reason}" if where else reason)


def _int(rec: dict[str, Any], key: str, *, optional: bool = False) -> int | None:
    v = rec.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, int) or isinstance(v, bool):
        _fail(rec, f"{key} must be an integer, not {v!r}")
    return v


def validate(b: Bundle) -> None:
    """Raise ExchangeError at the first record that does not fit its text."""
    bodies: dict[int, str] = {}
    for a in b.articles:
        aid = _int(a, "id")
        if aid in bodies:
            _fail(a, f"article id {aid} appears twice")
        if not isinstance(a.get("text"), str) or not a["text"]:
            _fail(a, "article has no text")
        if a.get("date"):
            try:
                dt.date.fromisoformat(a["date"])
            except (TypeError, ValueError):
                _fail(a, f"date {a['date']!r} is not YYYY-MM-DD")
        bodies[aid] = a["text"]
    ents = set()
    for e in b.entities:
        ents.add(_int(e, "id"))
        if e.get("kind") not in ENTITY_KINDS:
            _fail(e, f"unknown entity kind {e.get('kind')!r}")
        if not isinstance(e.get("name"), str) or not e["name"].strip():
            _fail(e, "entity has no name")
    claim_ids = set()
    for c in b.claims:
        _check_claim(c, bodies, ents, claim_ids)
    pairs = set()
    for ln in b.links:
        a, z = _int(ln, "claim_a"), _int(ln, "claim_b")
        for cid in (a, z):
            if cid not in claim_ids:
                _fail(ln, f"link refers to unknown claim {cid}")
        if a == z:
            _fail(ln, "a claim cannot be linked to itself")
        if frozenset((a, z)) in pairs:
            _fail(ln, f"claims {a} and {z} are linked twice")
        pairs.add(frozenset((a, z)))
        if ln.get("relation") not in RELATIONS:
            _fail(ln, f"unknown relation {ln.get('relation')!r}")
        if ln.get("status", "suggested") not in LINK_STATUSES:
            _fail(ln, f"unknown link status {ln.get('status')!r}")


def _check_claim(c: dict[str, Any], bodies: dict[int, str], ents: set[int],
                 seen: set[int]) -> None:
    cid, aid = _int(c, "id"), _int(c, "article_id")
    if cid in seen:
        _fail(c, f"claim id {cid} appears twice")
    seen.add(cid)
    if aid not in bodies:
        _fail(c, f"claim {cid} refers to unknown article {aid}")
    body = bodies[aid]
    start, end = _int(c, "start"), _int(c, "end")
    if not 0 <= start < end <= len(body):
        _fail(c, f"span {start}-{end} is outside the text (0-{len(body)})")
    if c.get("text") != body[start:end]:
        _fail(c, f"claim text {_short(c.get('text'))!r} is not the text at {start}-{end} "
                 f"({_short(body[start:end])!r})")
    ss, se = _int(c, "speaker_start", optional=True), _int(c, "speaker_end", optional=True)
    if (ss is None) != (se is None) or (ss is not None and not 0 <= ss < se <= len(body)):
        _fail(c, f"speaker span {ss}-{se} is outside the text (0-{len(body)})")
    if c.get("status", "pending") not in STATUSES:
        _fail(c, f"unknown status {c.get('status')!r}")
    if c.get("verdict") is not None and c["verdict"] not in VERDICTS:
        _fail(c, f"unknown verdict {c.get('verdict')!r}")
    if c.get("kind", "statement") not in CLAIM_KINDS:
        _fail(c, f"unknown kind {c.get('kind')!r}")
    ent = c.get("speaker_entity")
    if ent is not None and (not isinstance(ent, dict) or ent.get("id") not in ents):
        _fail(c, f"claim {cid} refers to unknown speaker entity {ent!r}")


def _short(t: Any, n: int = 40) -> Any:
    return t[:n] + "…" if isinstance(t, str) and len(t) > n else t


# -- writing a bundle -------------------------------------------------------------
def _is_empty(s: Session) -> bool:
    return not any(s.scalar(select(func.count()).select_from(m)) for m in (Article, Claim, Entity))


def restore(s: Session, b: Bundle) -> RestoreReport:
    """Check the bundle, then write it into the caller's transaction."""
    from analysis.entities import canonical_name
    from storage.importer import content_hash
    from storage.outlets import OutletDirectory

    validate(b)
    keep_ids = _is_empty(s)
    rep = RestoreReport()
    outlets = _Outlets(s, OutletDirectory())
    art_map: dict[int, int] = {}
    existing_claims: dict[int, dict[tuple[int, int], int]] = {}
    fresh_articles = []
    for a in b.articles:
        h = content_hash(a["text"])
        old = s.scalar(select(Article.id).where(Article.content_hash == h))
        if old is not None:
            art_map[a["id"]] = old
            rep.duplicates += 1
            existing_claims[old] = {(st, en): cid for cid, st, en in s.execute(
                select(Claim.id, Claim.start, Claim.end).where(Claim.article_id == old))}
            continue
        row = Article(
            title=a.get("title"), url=a.get("url"), author=a.get("author"),
            published=dt.date.fromisoformat(a["date"]) if a.get("date") else None,
            body=a["text"], content_hash=h, source_file=a.get("source_file"),
            language=a.get("language"), story_id=a.get("story_id"), boilerplate=[],
            outlet_id=outlets.id_for(a.get("outlet")),
            links_computed_at=utcnow() if a.get("links_computed") else None)
        if keep_ids:
            row.id = a["id"]
        s.add(row)
        s.flush()
        art_map[a["id"]] = row.id
        fresh_articles.append(row)
    search.index_articles(s.connection(), [(r.id, r.title, r.body) for r in fresh_articles])
    rep.imported = len(fresh_articles)
    rep.article_ids = [r.id for r in fresh_articles]

    ent_map = _restore_entities(s, b.entities, keep_ids, canonical_name)
    claim_map: dict[int, int] = {}
    new_claims = []
    for c in sorted(b.claims, key=lambda c: c["id"]):
        aid = art_map[c["article_id"]]
        known = existing_claims.get(aid)
        if known is not None and (c["start"], c["end"]) in known:
            claim_map[c["id"]] = known[(c["start"], c["end"])]
            continue
        ent = c.get("speaker_entity")
        row = Claim(
            article_id=aid, start=c["start"], end=c["end"], text=c["text"],
            kind=c.get("kind") or "statement", speaker=c.get("speaker"),
            speaker_entity_id=ent_map[ent["id"]] if ent else None,
            speaker_title=c.get("speaker_title"), speaker_start=c.get("speaker_start"),
            speaker_end=c.get("speaker_end"), verb=c.get("verb"), chain=c.get("chain") or [],
            checkworthiness=float(c.get("checkworthiness") or 0.0),
            details=c.get("details") or {}, status=c.get("status") or "pending",
            verdict=c.get("verdict"), corrected_text=c.get("corrected_text"),
            note=c.get("note"), origin=c.get("origin") or "import")
        if keep_ids:
            row.id = c["id"]
        s.add(row)
        s.flush()
        claim_map[c["id"]] = row.id
        new_claims.append(row)
    search.index_claims(s.connection(), [(r.id, r.text) for r in new_claims])
    for r in new_claims:
        s.add(ReviewEvent(reviewer_id=None, action="import", target="claim", target_id=r.id,
                          before=None, after={"status": r.status, "verdict": r.verdict}))
    rep.claims = len(new_claims)
    rep.links = _restore_links(s, b.links, claim_map, keep_ids)
    s.flush()
    if keep_ids and s.bind.dialect.name == "postgresql":
        for table in ("articles", "claims", "entities", "claim_links"):
            s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"))
    return rep


def _restore_entities(s: Session, entities: list[dict[str, Any]], keep_ids: bool,
                      canonical_name) -> dict[int, int]:
    out = {}
    for e in entities:
        key = canonical_name(e["name"])
        found = None if keep_ids else s.scalar(
            select(Entity.id).where(Entity.key == key, Entity.kind == e["kind"]))
        if found is None:
            row = Entity(name=e["name"], kind=e["kind"], key=key,
                         aliases=list(e.get("aliases") or [e["name"]]))
            if keep_ids:
                row.id = e["id"]
            s.add(row)
            s.flush()
            found = row.id
        out[e["id"]] = found
    return out


def _restore_links(s: Session, links: list[dict[str, Any]], claim_map: dict[int, int],
                   keep_ids: bool) -> int:
    have = {frozenset(p) for p in s.execute(select(ClaimLink.claim_a_id, ClaimLink.claim_b_id))}
    n = 0
    for ln in sorted(links, key=lambda ln: ln.get("id") or 0):
        a, z = claim_map[ln["claim_a"]], claim_map[ln["claim_b"]]
        if frozenset((a, z)) in have:
            continue
        row = ClaimLink(claim_a_id=a, claim_b_id=z, relation=ln["relation"],
                        score=float(ln.get("score") or 0.0),
                        status=ln.get("status") or "suggested",
                        discrepancies=ln.get("discrepancies") or [],
                        reasons=ln.get("reasons") or [])
        if keep_ids and isinstance(ln.get("id"), int):
            row.id = ln["id"]
        s.add(row)
        have.add(frozenset((a, z)))
        n += 1
    return n


class _Outlets:
    def __init__(self, s: Session, directory):
        self.s, self.directory, self.cache = s, directory, {}

    def id_for(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self.cache:
            oid = self.s.scalar(select(Outlet.id).where(Outlet.name == name))
            if oid is None:
                info = self.directory.lookup(name)
                o = Outlet(name=name, domain=info.domain if info else None,
                           aliases=list(info.aliases) if info else [])
                self.s.add(o)
                self.s.flush()
                oid = o.id
            self.cache[name] = oid
        return self.cache[name]
