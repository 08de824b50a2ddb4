"""Run the claim extractor over stored articles and keep its results.

Re-extraction replaces only the extractor's own untouched claims: every claim
a reviewer has decided on (any status but pending, any verdict, note or
correction) and every claim made by hand is kept as it is, and new
extractor claims that overlap a kept claim are not added again.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import Article, Claim, ClaimLink, Entity, Mention, Outlet
from storage import search


def _analysis():
    from analysis import entities, extract

    return extract, entities


class EntityCache:
    """The database's entities behind an analysis.entities.EntityResolver."""

    def __init__(self, s: Session):
        _, entities = _analysis()
        self.s = s
        self.resolver = entities.EntityResolver(
            (e.id, e.name, e.kind, list(e.aliases or [])) for e in s.scalars(select(Entity)))
        self._canonical = entities.canonical_name

    def entity_for(self, name: str, kind: str) -> int:
        eid = self.resolver.resolve(name, kind)
        if eid is not None:
            ent = self.s.get(Entity, eid)
            if ent is not None:
                aliases = list(ent.aliases or [])
                if name not in aliases and name != ent.name:
                    ent.aliases = aliases + [name]
                    if len(name) > len(ent.name) and kind == "person":
                        ent.aliases = ent.aliases + [ent.name]
                        ent.name, ent.key = name, self._canonical(name)
                    self.resolver.add(ent.id, ent.name, ent.kind, list(ent.aliases))
                return eid
        ent = Entity(name=name, kind=kind if kind in ("person", "organization", "place")
                     else "organization", aliases=[name], key=self._canonical(name))
        self.s.add(ent)
        self.s.flush()
        self.resolver.add(ent.id, ent.name, ent.kind, [name])
        return ent.id


def _is_kept(c: Claim) -> bool:
    return (c.origin != "extractor" or c.status != "pending" or c.verdict is not None
            or c.note is not None or c.corrected_text is not None)


def extract_articles(s: Session, article_ids: Sequence[int], *,
                     cache: EntityCache | None = None) -> int:
    """Extract claims for these articles; returns the number of claims added."""
    extract, _ = _analysis()
    cache = cache or EntityCache(s)
    added = 0
    articles = s.scalars(select(Article).where(Article.id.in_(list(article_ids)))).all()
    outlet_names = dict(s.execute(select(Outlet.id, Outlet.name)).all())
    for art in articles:
        outlet = outlet_names.get(art.outlet_id)
        result = extract.analyze(art.body, published=art.published, outlet=outlet)
        kept = _clear_previous(s, art.id)
        art.boilerplate = [[b.start, b.end, b.kind] for b in result.boilerplate]
        art.dateline_place = result.dateline_place
        art.extractor_version = extract.EXTRACTOR_VERSION
        if outlet is None and result.dateline_outlet:
            art.outlet_id = _outlet_id(s, result.dateline_outlet, outlet_names)
        _store_mentions(s, art.id, result.mentions, cache)
        fresh = [c for c in result.claims
                 if not any(c.start < k_end and k_start < c.end for k_start, k_end in kept)]
        rows = [_claim_row(art.id, c, cache, extract.EXTRACTOR_VERSION) for c in fresh]
        s.add_all(rows)
        s.flush()
        search.index_claims(s.connection(), [(c.id, c.text) for c in rows])
        added += len(rows)
    return added


def _outlet_id(s: Session, name: str, known: dict[int, str]) -> int:
    for oid, n in known.items():
        if n == name:
            return oid
    o = Outlet(name=name, aliases=[])
    s.add(o)
    s.flush()
    known[o.id] = name
    return o.id


def _clear_previous(s: Session, article_id: int) -> list[tuple[int, int]]:
    """Drop the extractor's untouched claims; return the spans of kept ones."""
    claims = s.scalars(select(Claim).where(Claim.article_id == article_id)).all()
    gone = [c for c in claims if not _is_kept(c)]
    if gone:
        ids = [c.id for c in gone]
        search.unindex_claims(s.connection(), [(c.id, c.text) for c in gone])
        s.execute(delete(ClaimLink).where(
            (ClaimLink.status == "suggested")
            & (ClaimLink.claim_a_id.in_(ids) | ClaimLink.claim_b_id.in_(ids))))
        s.execute(delete(Claim).where(Claim.id.in_(ids)), execution_options={
            "synchronize_session": False})
        for c in gone:
            s.expunge(c)
    s.execute(delete(Mention).where(Mention.article_id == article_id))
    return [(c.start, c.end) for c in claims if _is_kept(c)]


def _store_mentions(s: Session, article_id: int, mentions: Iterable, cache: EntityCache) -> None:
    for m in mentions:
        if not m.name:
            continue
        s.add(Mention(entity_id=cache.entity_for(m.name, m.kind), article_id=article_id,
                      start=m.start, end=m.end, text=m.text, title=m.title, role=m.role))


def _claim_row(article_id: int, c, cache: EntityCache, version: str) -> Claim:
    entity_id = None
    if c.speaker_name and c.speaker_kind in ("person", "organization"):
        entity_id = cache.entity_for(c.speaker_name, c.speaker_kind)
    span = c.speaker_span or (None, None)
    return Claim(
        article_id=article_id, start=c.start, end=c.end, text=c.text, kind=c.kind,
        speaker=c.speaker, speaker_entity_id=entity_id, speaker_title=c.speaker_title,
        speaker_start=span[0], speaker_end=span[1], verb=c.verb, chain=list(c.chain),
        checkworthiness=float(c.checkworthiness),
        details={"reasons": list(c.reasons), "numbers": list(c.numbers),
                 "dates": list(c.dates), "speaker_kind": c.speaker_kind,
                 "speaker_role": c.speaker_role},
        status="pending", origin="extractor", extractor_version=version)


def reextract(s: Session, article_ids: Sequence[int] | None = None) -> int:
    if article_ids is None:
        article_ids = list(s.scalars(select(Article.id)))
    cache = EntityCache(s)
    total = 0
    for i in range(0, len(article_ids), 200):
        total += extract_articles(s, article_ids[i:i + 200], cache=cache)
    return total
