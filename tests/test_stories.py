"""Stories stored on the articles, the story matrix, link undo (storage, no Qt)."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select, update

from models import Article, Claim, ClaimLink, ReviewEvent
from storage import link_ops, linking, services, stories
from storage.importer import import_paths


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from storage.db import Database
    from tests.conftest import DEMO

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database.open(path)
    import_paths(db, [DEMO])
    with db.session() as s:
        linking.suggest(s)
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path):
    from storage.db import Database

    path = tmp_path / "isnad.sqlite3"
    shutil.copyfile(demo_file, path)
    db = Database.open(path)
    yield db
    db.dispose()


def test_demo_articles_form_one_story_with_the_smallest_id(demo_db):
    with demo_db.session() as s:
        changed = stories.assign_stories(s)
    with demo_db.session() as s:
        ids = dict(s.execute(select(Article.id, Article.story_id)).all())
        listed = stories.stories(s)
    assert set(ids.values()) == {min(ids)}
    assert changed == {a: min(ids) for a in ids}
    assert listed[0]["articles"] == 5 and len(listed[0]["outlets"]) == 5
    with demo_db.session() as s:  # stable: a second run changes nothing
        assert stories.assign_stories(s) == {}


def test_an_unrelated_article_far_in_time_gets_its_own_story(demo_db):
    with demo_db.session() as s:
        s.execute(update(Article).values(published=dt.date(2020, 2, 10)))
        s.add(Article(title="وصفة كعك العيد", body="تخلط الطحين مع السمن والسكر ثم تخبز الكعكات "
                      "في فرن حار حتى تحمر. وصفة تقليدية من الموصل.", content_hash="x" * 64,
                      published=dt.date(2024, 4, 9), boilerplate=[]))
        s.flush()
        stories.assign_stories(s)
    with demo_db.session() as s:
        rows = s.execute(select(Article.id, Article.story_id).order_by(Article.id)).all()
    *demo, (cake, cake_story) = rows
    assert cake_story == cake
    assert {sid for _, sid in demo} == {demo[0][0]}


def test_story_matrix_rows_hold_one_claim_per_outlet_and_mark_differences(demo_db):
    with demo_db.session() as s:
        stories.assign_stories(s)
        sid = stories.stories(s)[0]["id"]
        m = stories.claim_rows(s, sid)
    assert len(m["outlets"]) == 5 and m["rows"]
    for row in m["rows"]:
        assert len(row["cells"]) >= 2
        assert all(c["outlet"] == o for o, c in row["cells"].items())
        assert set(row["relations"]) <= {"same", "supports", "contradicts"}
    flagged = [c for r in m["rows"] for c in r["cells"].values() if c["differs"]]
    assert flagged, "the demo story has outlets that disagree on places/titles/numbers"


def test_titles_that_differ_within_a_row_are_flagged():
    cells = {
        "A": {"id": 1, "text": "قال العميد يحيى رسول إن 3 آلاف مقاتل في كركوك",
              "speaker_title": "العميد", "details": {"numbers": [{"value": 3000, "kind": "count"}]}},
        "B": {"id": 2, "text": "قال اللواء يحيى رسول إن 3 آلاف مقاتل في كركوك",
              "speaker_title": "اللواء", "details": {"numbers": [{"value": 3000, "kind": "count"}]}},
        "C": {"id": 3, "text": "قال العميد يحيى رسول إن 5 آلاف مقاتل في كركوك",
              "speaker_title": "العميد", "details": {"numbers": [{"value": 5000, "kind": "count"}]}},
    }
    stories._mark_differences(cells, [], {})
    assert cells["B"]["differs"] == {"title": ["اللواء"]}
    assert cells["C"]["differs"] == {"number": ["5000"]}
    assert cells["A"]["differs"] == {}


def test_restore_link_undoes_a_decision_and_logs_it(demo_db):
    with demo_db.session() as s:
        ln = s.scalars(select(ClaimLink).where(ClaimLink.status == "suggested")).first()
        a, b, rel = ln.claim_a_id, ln.claim_b_id, ln.relation
        before = link_ops.pair_state(s, a, b)
        services.link_claims(s, a, b, "same", "ali", status="confirmed")
    with demo_db.session() as s:
        assert link_ops.pair_state(s, a, b)["status"] == "confirmed"
        link_ops.restore_link(s, a, b, before, "ali")
    with demo_db.session() as s:
        st = link_ops.pair_state(s, a, b)
        assert (st["status"], st["relation"]) == ("suggested", rel)
        actions = [e.action for e in s.scalars(select(ReviewEvent).where(
            ReviewEvent.target == "link").order_by(ReviewEvent.id))]
        assert actions == ["link", "restore"]
        m = link_ops.matches(s, a)
        assert m and all(x["this"]["id"] == a for x in m)
        # a link made by hand is removed again by its undo
        ids = list(s.scalars(select(Claim.id).order_by(Claim.id)))
        c, d = next((c, d) for c in ids for d in ids[::-1]
                    if c < d and link_ops.pair_state(s, c, d) is None)
        services.link_claims(s, c, d, "related", "ali")
        link_ops.restore_link(s, c, d, None, "ali")
        assert link_ops.pair_state(s, c, d) is None


def test_matching_job_stores_suggestions_then_stories_and_only_once(sqlite_db, demo_dir):
    from sqlalchemy import select

    from models import Article
    from storage import matching
    from storage.importer import import_paths

    import_paths(sqlite_db, [demo_dir])
    assert matching.links_missing(sqlite_db)
    seen = []
    assert matching.compute(sqlite_db, progress=lambda n, total: seen.append((n, total))) > 0
    assert seen and seen[0] == (0, 5)
    assert not matching.links_missing(sqlite_db)
    with sqlite_db.session() as s:
        stories = set(s.scalars(select(Article.story_id)))
    assert None not in stories  # every article is in a story (its own at least)
    assert matching.compute(sqlite_db) == 0  # nothing missing: nothing done
