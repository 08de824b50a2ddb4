"""Import with extraction, re-extraction that keeps decisions, stored link suggestions."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from cli.main import run
from models import Article, Claim, ClaimLink
from storage import linking, queries, services
from storage.extraction import reextract
from storage.importer import import_paths


@pytest.fixture
def demo_db(db, demo_dir):
    report = import_paths(db, [demo_dir])
    assert report.claims > 0
    return db


def test_every_claim_is_pinned_to_the_stored_text(demo_db):
    with demo_db.session() as s:
        bodies = dict(s.execute(select(Article.id, Article.body)).all())
        claims = queries.claims_json(s)
    assert claims
    for c in claims:
        assert bodies[c["article_id"]][c["start"]:c["end"]] == c["text"]
        assert c["kind"] in ("quote", "statement", "numeric", "event")
        assert 0.0 <= c["checkworthiness"] <= 1.0


def test_one_person_across_outlets_keeps_each_outlets_title(demo_db):
    with demo_db.session() as s:
        ents = queries.entities_json(s)
    titled = [e for e in ents if e["kind"] == "person"
              and len({t["title"] for t in e["titles"]}) > 1]
    assert titled, "some spokesman is given different ranks by different outlets"
    e = titled[0]
    assert e["discrepancies"][0]["kind"] == "title"
    assert len({t["article_id"] for t in e["titles"]}) > 1


def test_reextraction_keeps_every_reviewer_decision(demo_db):
    with demo_db.session() as s:
        first = s.scalars(select(Claim).order_by(Claim.id)).all()
        a, b = first[0].id, first[1].id
        services.review_claim(s, a, "huda", status="confirmed", verdict="true")
        services.review_claim(s, b, "huda", note="يحتاج مصدرا")
        manual = services.create_claim(s, first[0].article_id, 0, 5, "huda").id
        total = len(first)
    with demo_db.session() as s:
        reextract(s)
    with demo_db.session() as s:
        ca, cb, cm = s.get(Claim, a), s.get(Claim, b), s.get(Claim, manual)
        assert (ca.status, ca.verdict) == ("confirmed", "true")
        assert cb.note == "يحتاج مصدرا" and cm is not None
        after = s.scalars(select(Claim)).all()
        assert abs(len(after) - (total + 1)) <= 1  # same claims again, none doubled
        spans = [(c.article_id, c.start, c.end) for c in after]
        assert len(spans) == len(set(spans))


def test_suggestions_are_computed_once_and_never_override_a_reviewer(demo_db):
    assert linking.ensure_suggestions(demo_db) > 0
    with demo_db.session() as s:
        link = s.scalars(select(ClaimLink)).first()
        services.link_claims(s, link.claim_a_id, link.claim_b_id, "related", "huda",
                             status="rejected")
        n = len(s.scalars(select(ClaimLink)).all())
        arts = {c.article_id for c in (s.get(Claim, link.claim_a_id), s.get(Claim, link.claim_b_id))}
        assert len(arts) == 2  # suggestions are across articles
    assert linking.ensure_suggestions(demo_db) == 0  # nothing missing any more
    with demo_db.session() as s:
        linking.suggest(s)  # recomputing everything keeps the reviewer's rejection
        again = s.get(ClaimLink, link.id)
        assert (again.status, again.relation) == ("rejected", "related")
        assert len(s.scalars(select(ClaimLink)).all()) == n


def test_links_json_computes_missing_suggestions(capsys, tmp_path, demo_dir):
    db = tmp_path / "l.db"
    assert run(["--db", str(db), "import", str(demo_dir), "--json"]) == 0
    capsys.readouterr()
    assert run(["--db", str(db), "links", "--json"]) == 0
    links = json.loads(capsys.readouterr().out)
    assert links and set(links[0]) >= {"id", "claim_a", "claim_b", "relation", "score",
                                       "status", "discrepancies"}
    assert all(ln["status"] == "suggested" for ln in links)
    for ln in links:
        for d in ln["discrepancies"]:
            assert {"kind", "a", "b"} <= set(d)


def test_a_link_made_by_hand_in_either_order_is_never_suggested_again(demo_db):
    with demo_db.session() as s:
        linking.suggest(s)
        link = s.scalars(select(ClaimLink)).first()
        a, b = link.claim_a_id, link.claim_b_id
        s.delete(link)
        s.flush()
        services.link_claims(s, b, a, "same", "huda")  # stored as (b, a)
        n = len(s.scalars(select(ClaimLink)).all())
        linking.suggest(s)
        assert len(s.scalars(select(ClaimLink)).all()) == n
