"""Stories: articles grouped across outlets, and the claim matrix of a story
(no Qt here).

``assign_stories`` runs ``analysis.stories.group_stories`` over every article
(body, date, entities mentioned, numbers of its claims) and writes
``Article.story_id``: the smallest article id of the group, so an id does not
change when a later import adds an article to a story it already had.

``claim_rows`` builds the story matrix: one row per group of claims that
report the same thing (linked by confirmed or suggested links of relation
same/supports/contradicts), one column per outlet of the story's articles.  Links are taken best
first (confirmed, then by score) and a row takes at most one claim per
outlet, so that a chain of loose suggestions cannot melt a whole story into
one row.  Each cell says which of its values (numbers, places, the
speaker's title, or a date/negation a link reported) differ from the row's
other cells.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import Article, Claim, ClaimLink, Mention, Outlet

GROUPING_RELATIONS = ("same", "supports", "contradicts")
VALUE_KINDS = ("number", "place", "title")
LINK_KINDS = ("date", "negation")
NO_OUTLET = "—"


# -- stories -------------------------------------------------------------------

def story_inputs(s: Session) -> list[dict[str, Any]]:
    """What analysis.stories.group_stories needs for every article."""
    ents: dict[int, set[int]] = defaultdict(set)
    for aid, eid in s.execute(select(Mention.article_id, Mention.entity_id)):
        ents[aid].add(eid)
    nums: dict[int, list[float]] = defaultdict(list)
    for aid, details in s.execute(select(Claim.article_id, Claim.details)):
        for n in (details or {}).get("numbers", []):
            if isinstance(n, dict) and isinstance(n.get("value"), (int, float)):
                nums[aid].append(n["value"])
    rows = s.execute(select(Article.id, Article.published, Article.title, Article.body)
                     .order_by(Article.id))
    return [{"id": aid, "date": pub, "text": f"{title or ''}\n{body}",
             "entities": sorted(ents.get(aid, ())), "numbers": nums.get(aid, [])}
            for aid, pub, title, body in rows]


def assign_stories(s: Session) -> dict[int, int]:
    """Group all articles into stories and store ``story_id``; returns
    {article_id: story_id} for the articles whose story changed."""
    from analysis.stories import group_stories

    groups = group_stories(story_inputs(s))
    current = dict(s.execute(select(Article.id, Article.story_id)).all())
    changed: dict[int, int] = {}
    for group in groups:
        sid = min(group)
        for aid in group:
            if current.get(aid) != sid:
                changed[aid] = sid
    by_story: dict[int, list[int]] = defaultdict(list)
    for aid, sid in changed.items():
        by_story[sid].append(aid)
    for sid, aids in by_story.items():
        s.execute(update(Article).where(Article.id.in_(aids)).values(story_id=sid)
                  .execution_options(synchronize_session=False))
    s.flush()
    return changed


def stories(s: Session) -> list[dict[str, Any]]:
    """Stories with two or more articles: id, article count, outlets, a title."""
    rows = s.execute(select(Article.story_id, Article.id, Article.title, Outlet.name)
                     .outerjoin(Outlet, Outlet.id == Article.outlet_id)
                     .where(Article.story_id.is_not(None)).order_by(Article.id))
    by: dict[int, list] = defaultdict(list)
    for sid, aid, title, outlet in rows:
        by[sid].append((aid, title, outlet))
    out = []
    for sid, arts in by.items():
        if len(arts) < 2:
            continue
        first = next((a for a in arts if a[0] == sid), arts[0])
        out.append({"id": sid, "articles": len(arts), "title": first[1] or "",
                    "outlets": sorted({a[2] or NO_OUTLET for a in arts})})
    return sorted(out, key=lambda d: (-d["articles"], d["id"]))


# -- the story matrix ----------------------------------------------------------

class _Groups:
    """Union-find that keeps, per group, the outlets it already holds."""

    def __init__(self, outlet_of: dict[int, str]):
        self.parent: dict[int, int] = {}
        self.outlets: dict[int, set[str]] = {}
        self.outlet_of = outlet_of

    def find(self, x: int) -> int:
        if x not in self.parent:
            self.parent[x], self.outlets[x] = x, {self.outlet_of[x]}
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.outlets[ra] & self.outlets[rb]:
            return False  # one claim per outlet in a row
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.outlets[keep] |= self.outlets.pop(gone)
        return True


def _claims(s: Session, story_id: int | None) -> dict[int, dict[str, Any]]:
    q = (select(Claim.id, Claim.article_id, Claim.text, Claim.corrected_text, Claim.speaker,
                Claim.speaker_title, Claim.details, Claim.status, Outlet.name, Article.title,
                Article.story_id)
         .join(Article, Article.id == Claim.article_id)
         .outerjoin(Outlet, Outlet.id == Article.outlet_id)
         .where(Claim.status != "rejected"))
    if story_id is not None:
        q = q.where(Article.story_id == story_id)
    return {r[0]: {"id": r[0], "article_id": r[1], "text": r[2], "corrected_text": r[3],
                   "speaker": r[4], "speaker_title": r[5], "details": r[6] or {},
                   "status": r[7], "outlet": r[8] or NO_OUTLET, "article_title": r[9],
                   "story_id": r[10]} for r in s.execute(q)}


def claim_rows(s: Session, story_id: int | None = None) -> dict[str, Any]:
    """The matrix: ``{"outlets": [...], "rows": [{"cells": {outlet: claim},
    "relations": [...], "links": n}]}``; each claim dict carries ``differs``
    (the kinds of value in which it stands apart from the row)."""
    claims = _claims(s, story_id)
    links = s.scalars(select(ClaimLink).where(
        ClaimLink.status.in_(("confirmed", "suggested")),
        ClaimLink.relation.in_(GROUPING_RELATIONS))).all()
    links = [ln for ln in links if ln.claim_a_id in claims and ln.claim_b_id in claims]
    links.sort(key=lambda ln: (ln.status != "confirmed", -(ln.score or 0.0), ln.id))
    groups = _Groups({cid: c["outlet"] for cid, c in claims.items()})
    used: list[ClaimLink] = []
    for ln in links:
        if groups.join(ln.claim_a_id, ln.claim_b_id):
            used.append(ln)
    members: dict[int, list[int]] = defaultdict(list)
    for cid in groups.parent:
        members[groups.find(cid)].append(cid)
    row_links: dict[int, list[ClaimLink]] = defaultdict(list)
    for ln in used:
        row_links[groups.find(ln.claim_a_id)].append(ln)
    rows = []
    for root, cids in members.items():
        if len(cids) < 2:
            continue
        cells = {claims[c]["outlet"]: dict(claims[c]) for c in sorted(cids)}
        _mark_differences(cells, row_links[root], claims)
        rows.append({"cells": cells, "links": len(row_links[root]),
                     "relations": sorted({ln.relation for ln in row_links[root]}),
                     "first": min(cids)})
    rows.sort(key=lambda r: (-len(r["cells"]), r["first"]))
    return {"outlets": _outlets(s, story_id), "rows": rows}


def _outlets(s: Session, story_id: int | None) -> list[str]:
    """Every outlet with an article in scope: an empty column says that outlet
    reported none of the story's linked claims."""
    q = select(Outlet.name).select_from(Article).outerjoin(
        Outlet, Outlet.id == Article.outlet_id).distinct()
    if story_id is not None:
        q = q.where(Article.story_id == story_id)
    return sorted({name or NO_OUTLET for name in s.scalars(q)})


def cell_values(claim: dict[str, Any]) -> dict[str, frozenset]:
    """The values compared across a row: numbers, places, the speaker's title."""
    from analysis.discrepancy import places_in

    nums = frozenset(n.get("value") for n in claim["details"].get("numbers", [])
                     if isinstance(n, dict) and n.get("kind") == "count"
                     and isinstance(n.get("value"), (int, float)))
    title = frozenset([claim["speaker_title"]]) if claim.get("speaker_title") else frozenset()
    return {"number": nums, "place": frozenset(places_in(claim["text"])), "title": title}


def _mark_differences(cells: dict[str, dict], links: list[ClaimLink],
                      claims: dict[int, dict]) -> None:
    values = {o: cell_values(c) for o, c in cells.items()}
    for c in cells.values():
        c["differs"] = {}
    for kind in VALUE_KINDS:
        having = {o: v[kind] for o, v in values.items() if v[kind]}
        if len(having) < 2 or len(set(having.values())) < 2:
            continue
        common, n = Counter(having.values()).most_common(1)[0]
        alone = n == 1  # no majority: every cell differs from the others
        for o, v in having.items():
            if alone or v != common:
                cells[o]["differs"][kind] = sorted(str(x) for x in v)
    for ln in links:
        for d in ln.discrepancies or []:
            if d.get("kind") not in LINK_KINDS:
                continue
            for cid, side in ((ln.claim_a_id, "a"), (ln.claim_b_id, "b")):
                cell = cells.get(claims[cid]["outlet"])
                if cell is not None and cell["id"] == cid and d.get(side):
                    cell["differs"].setdefault(d["kind"], [])
                    if d[side] not in cell["differs"][d["kind"]]:
                        cell["differs"][d["kind"]].append(d[side])
