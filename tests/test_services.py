"""Reviewer decisions through the storage services: logged, versioned, undoable."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from models import Article, Claim
from storage import services
from storage.services import ConflictError, ServiceError

BODY = "😀 قال المتحدث العسكري إن \"القوات استعادت السيطرة على 3 قرى\". وأضاف أن العمل مستمر."


@pytest.fixture
def claim_id(db):
    with db.session() as s:
        a = Article(title="خبر", body=BODY, content_hash="x", boilerplate=[])
        s.add(a)
        s.flush()
        start = BODY.index("القوات")
        c = services.create_claim(s, a.id, start, BODY.index("قرى") + 3, "huda")
        return c.id


def test_created_claim_matches_the_stored_text(db, claim_id):
    with db.session() as s:
        c = s.get(Claim, claim_id)
        body = s.scalar(select(Article.body))
        assert body[c.start:c.end] == c.text == "القوات استعادت السيطرة على 3 قرى"
        assert c.origin == "manual"


def test_decision_is_logged_with_before_and_after(db, claim_id):
    with db.session() as s:
        services.review_claim(s, claim_id, "huda", status="confirmed", verdict="Mostly true",
                              speaker="العميد يحيى رسول", note="راجعت البيان")
    with db.session() as s:
        c = s.get(Claim, claim_id)
        assert (c.status, c.verdict, c.note) == ("confirmed", "mostly_true", "راجعت البيان")
        assert c.speaker_entity.name == "العميد يحيى رسول"
        events = services.history(s, "claim", claim_id)
        assert [e.action for e in events] == ["create", "review"]
        assert events[1].before["status"] == "pending"
        assert events[1].after["status"] == "confirmed"
        assert events[1].reviewer.name == "huda"


def test_stale_version_is_refused_and_changes_nothing(db, claim_id):
    with db.session() as s:
        v = s.get(Claim, claim_id).version
        services.review_claim(s, claim_id, "huda", status="confirmed", expected_version=v)
    with pytest.raises(ConflictError) as err:
        with db.session() as s:
            services.review_claim(s, claim_id, "omar", status="rejected", expected_version=v)
    assert err.value.current["status"] == "confirmed"
    with db.session() as s:
        assert s.get(Claim, claim_id).status == "confirmed"


def test_restore_undoes_a_decision(db, claim_id):
    with db.session() as s:
        before = services.claim_state(s.get(Claim, claim_id))
        services.review_claim(s, claim_id, "huda", text="القوات استعادت 4 قرى")
    with db.session() as s:
        c = s.get(Claim, claim_id)
        assert (c.status, c.corrected_text) == ("corrected", "القوات استعادت 4 قرى")
        services.restore_claim(s, claim_id, "huda", before)
    with db.session() as s:
        c = s.get(Claim, claim_id)
        assert (c.status, c.corrected_text) == ("pending", None)


def test_bad_values_are_refused(db, claim_id):
    with db.session() as s:
        with pytest.raises(ServiceError, match="unknown verdict"):
            services.review_claim(s, claim_id, "huda", verdict="maybe")
        with pytest.raises(ServiceError, match="unknown status"):
            services.review_claim(s, claim_id, "huda", status="done")
        with pytest.raises(ServiceError, match="no claim"):
            services.review_claim(s, 9999, "huda", status="confirmed")
        with pytest.raises(ServiceError, match="outside"):
            services.create_claim(s, 1, 5, 10_000, "huda")


def test_adjusting_a_span_keeps_text_in_step(db, claim_id):
    with db.session() as s:
        start = BODY.index("استعادت")
        after = services.adjust_claim(s, claim_id, start, start + len("استعادت"), "huda")
        assert after["text"] == "استعادت"
    from storage.search import search

    with db.session() as s:
        assert [c.id for c in search(s, "استعادت").claims] == [claim_id]
        assert search(s, "قرى").claims == []


def test_links_and_stats(db, claim_id):
    with db.session() as s:
        other = services.create_claim(s, 1, 2, 20, "huda").id
        services.link_claims(s, claim_id, other, "contradicts", "huda")
        with pytest.raises(ServiceError):
            services.link_claims(s, claim_id, claim_id, "same", "huda")
        st = services.stats(s)
    assert st["claims"]["total"] == 2 and st["links"]["contradicts"] == 1
    assert st["reviewers"] == 1 and st["articles"] == 1
