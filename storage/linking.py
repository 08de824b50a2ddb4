"""Cross-source link suggestions, computed and stored.

Candidates come from analysis.candidates.CandidateIndex (blocking by speaker,
entities, numbers and n-grams: never all pairs); each candidate pair is
judged by analysis.compare and stored as a ``suggested`` ClaimLink with its
relation, score (how likely the two are the same statement), discrepancies
and reasons.  Pairs compare() finds unrelated are not stored, and candidates
the index itself scores below ``MIN_CANDIDATE_SCORE`` are not compared at all
(on the sample corpus none of those was more than loosely related).  A
reviewer's confirmed or rejected link is never overwritten.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from models import Article, Claim, ClaimLink, Entity, utcnow
from storage.db import Database

TOP_K = 5
# index score (IDF-weighted overlap + fuzzy ratio) below which a candidate is
# not worth a compare(): saves most of the work on a large corpus
MIN_CANDIDATE_SCORE = 0.2
# log-odds added to compare()'s match logit for retrieved candidates: most
# pairs that share words in a news corpus are different statements, far more
# than among pairs a reviewer picks; not applied when both claims have the
# same speaker (that restores the base rate of a pair chosen on purpose)
RETRIEVAL_PRIOR = -1.0


def retrieval_prior(speaker_a: str | None, speaker_b: str | None) -> float:
    from analysis.compare import _same_speaker

    return 0.0 if _same_speaker(speaker_a, speaker_b) else RETRIEVAL_PRIOR


def build_index(s: Session):
    from analysis.candidates import CandidateIndex

    index = CandidateIndex()
    rows = s.execute(select(Claim.id, Claim.article_id, Claim.text, Claim.speaker_entity_id,
                            Claim.details).where(Claim.status != "rejected"))
    info = {}
    for cid, aid, text, ent, details in rows:
        nums = [n.get("value") for n in (details or {}).get("numbers", [])
                if isinstance(n, dict) and isinstance(n.get("value"), (int, float))]
        index.add(cid, aid, text, speaker_entity=ent, numbers=nums)
        info[cid] = (aid, text, ent, nums)
    return index, info


class Suggester:
    """What suggesting needs from the whole database (the candidate index, every
    claim's speaker, the pairs already linked), read once and reused for many
    batches of articles: each batch then costs only its own claims."""

    def __init__(self, s: Session):
        self.index, self.info = build_index(s)
        self.existing = {(min(a, b), max(a, b)) for a, b in s.execute(
            select(ClaimLink.claim_a_id, ClaimLink.claim_b_id))}  # either order in the table
        self.by_id = {c.id: c for c in s.execute(
            select(Claim.id, Claim.speaker, Claim.speaker_title))}
        self.names = {eid: name for eid, name in s.execute(select(Entity.id, Entity.name))}

    def run(self, s: Session, article_ids: Sequence[int] | None = None, *,
            progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> int:
        """Compute and store suggestions for the claims of these articles (all if None)."""
        wanted = set(article_ids) if article_ids is not None else None
        q = (select(Claim.id, Claim.article_id, Claim.text, Claim.speaker_entity_id,
                    Claim.speaker, Claim.speaker_title)
             .where(Claim.status != "rejected").order_by(Claim.id))
        if wanted is not None:
            q = q.where(Claim.article_id.in_(list(wanted)))
        claims = s.execute(q).all()
        added = 0
        for n, c in enumerate(claims):
            if cancel and cancel():
                break
            added += self._one(s, c)
            if progress and n % 50 == 0:
                progress(n, len(claims))
        done = wanted if wanted is not None else {c.article_id for c in claims}
        if done:
            s.execute(update(Article).where(Article.id.in_(list(done)))
                      .values(links_computed_at=utcnow()))
        s.flush()
        return added

    def _one(self, s: Session, c) -> int:
        from analysis.compare import compare

        added = 0
        _, _, ent, nums = self.info.get(c.id, (None, None, None, []))
        for other, cand_score in self.index.query(c.text, article_id=c.article_id,
                                                  speaker_entity=ent, numbers=nums, k=TOP_K):
            pair = (min(c.id, other), max(c.id, other))
            if cand_score < MIN_CANDIDATE_SCORE or pair in self.existing \
                    or other not in self.by_id:
                continue
            o = self.by_id[other]
            spk_a, spk_b = _speakers(c.speaker, o.speaker, self.names.get(ent),
                                     self.names.get(self.info[other][2]))
            res = compare(c.text, self.info[other][1], speaker_a=spk_a, speaker_b=spk_b,
                          title_a=c.speaker_title, title_b=o.speaker_title,
                          prior=retrieval_prior(spk_a, spk_b))
            self.existing.add(pair)
            if res.relation == "unrelated":
                continue
            relation, reasons = res.relation, list(res.reasons)
            if relation == "contradicts" and not any(d["kind"] != "title"
                                                     for d in res.discrepancies):
                # a suggested contradiction must show the reviewer what differs
                relation = "related"
                reasons.append("the model leans to a contradiction but no value differs: "
                               "shown as related")
            s.add(ClaimLink(claim_a_id=pair[0], claim_b_id=pair[1], relation=relation,
                            score=float(res.score), status="suggested",
                            discrepancies=res.discrepancies, reasons=reasons))
            added += 1
        return added


def suggest(s: Session, article_ids: Sequence[int] | None = None, *,
            progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> int:
    """Compute and store suggestions for the claims of these articles (all if None)."""
    return Suggester(s).run(s, article_ids, progress=progress, cancel=cancel)


def _speakers(raw_a, raw_b, entity_a, entity_b):
    """The speaker names compare() should see: the canonical entity names
    when both claims resolved their speaker (a title alone, or a surname in
    one outlet and the full name in another, then compare right), else the
    names as written."""
    if entity_a and entity_b:
        return entity_a, entity_b
    return raw_a, raw_b


def missing(s: Session) -> list[int]:
    """Articles with claims whose suggestions were never computed."""
    return list(s.scalars(select(Article.id).where(
        Article.links_computed_at.is_(None),
        select(Claim.id).where(Claim.article_id == Article.id).exists())))


def ensure_suggestions(db: Database) -> int:
    with db.session() as s:
        todo = missing(s)
        if not todo:
            return 0
        return suggest(s, todo)


def links_for_claim(s: Session, claim_id: int) -> list[ClaimLink]:
    """Links touching a claim, best first (confirmed, then suggested by score)."""
    links = s.scalars(select(ClaimLink).where(
        or_(ClaimLink.claim_a_id == claim_id, ClaimLink.claim_b_id == claim_id))).all()
    order = {"confirmed": 0, "suggested": 1, "rejected": 2}
    return sorted(links, key=lambda ln: (order.get(ln.status, 3), -ln.score, ln.id))
