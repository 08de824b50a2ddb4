"""Team mode: roles enforced in the storage services, two reviewers on one
claim through two real connections, the change feed, double review and
PostgreSQL grants (on the real test server)."""
from __future__ import annotations

import json
import threading
import uuid

import pytest
from sqlalchemy import func, select, text

from models import Article, Claim, Entity, Mention, ReviewEvent
from models.team import DoubleReview
from storage import changes, services, team
from storage.db import Database
from storage.search import search
from storage.services import ConflictError, PermissionDenied, ServiceError

BODY = "قال المتحدث العسكري إن القوات استعادت السيطرة على ثلاث قرى. وأضاف أن العمل مستمر."


def _article(s, body=BODY, h=None) -> Article:
    a = Article(title="خبر", body=body, content_hash=h or uuid.uuid4().hex, boilerplate=[])
    s.add(a)
    s.flush()
    from storage.search import index_articles

    index_articles(s.connection(), [(a.id, a.title, a.body)])
    return a


@pytest.fixture
def claim_id(db):
    with db.session() as s:
        a = _article(s)
        team.set_role(s, "lead", "lead", by="lead")  # the first lead names themself
        return services.create_claim(s, a.id, BODY.index("القوات"), BODY.index("قرى") + 3,
                                     "lead").id


# -- roles -----------------------------------------------------------------------

def test_only_a_lead_reopens_a_decided_claim(db, claim_id):
    with db.session() as s:
        services.review_claim(s, claim_id, "huda", status="confirmed")
    with pytest.raises(PermissionDenied, match="only a lead"):
        with db.session() as s:
            services.review_claim(s, claim_id, "huda", status="pending")
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            team.reopen_claim(s, claim_id, "huda")
    with db.session() as s:
        assert s.get(Claim, claim_id).status == "confirmed"
        after = team.reopen_claim(s, claim_id, "lead", note="يحتاج مراجعة")
    assert after["status"] == "pending"
    with db.session() as s:
        assert [e.action for e in services.history(s, "claim", claim_id)] == [
            "create", "review", "reopen"]
        # a pending claim stays editable by anyone; a lead may also use review_claim
        services.review_claim(s, claim_id, "huda", status="rejected")
        services.review_claim(s, claim_id, "lead", status="pending")


def test_roles_are_given_by_a_lead_only(db):
    with db.session() as s:
        team.set_role(s, "boss", "lead", by="boss")  # first lead: bootstrap
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            team.set_role(s, "mallory", "lead", by="mallory")
    with db.session() as s:
        team.set_role(s, "omar", "lead", by="boss")
        assert team.require_role(s, "omar", "lead").role == "lead"
        assert s.scalar(select(func.count()).select_from(ReviewEvent)
                        .where(ReviewEvent.action == "set_role")) == 2


def test_delete_article_is_lead_only_and_leaves_the_search_index(db, claim_id):
    with db.session() as s:
        aid = s.get(Claim, claim_id).article_id
        assert [a.id for a in search(s, "استعادت").articles] == [aid]
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            team.delete_article(s, aid, "huda")
    with db.session() as s:
        team.delete_article(s, aid, "lead")
    with db.session() as s:
        assert s.get(Article, aid) is None and s.get(Claim, claim_id) is None
        res = search(s, "استعادت")
        assert res.articles == [] and res.claims == []
        ev = services.history(s, "article", aid)[-1]
        assert ev.action == "delete" and ev.before["claims"] == [claim_id]


def test_merge_and_split_entities(db, claim_id):
    with db.session() as s:
        a = s.get(Claim, claim_id).article_id
        e1 = Entity(name="يحيى رسول", kind="person", key="يحيى رسول", aliases=["يحيى رسول"])
        e2 = Entity(name="اللواء يحيى رسول", kind="person", key="x", aliases=["رسول"])
        s.add_all([e1, e2])
        s.flush()
        m = Mention(entity_id=e2.id, article_id=a, start=0, end=3, text="قال")
        s.add(m)
        s.flush()
        ids = (e1.id, e2.id, m.id)
        services.review_claim(s, claim_id, "huda", speaker_entity_id=e2.id)
        v = s.get(Claim, claim_id).version
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            team.merge_entities(s, ids[0], [ids[1]], "huda")
    with db.session() as s:
        keep = team.merge_entities(s, ids[0], [ids[1]], "lead")
        assert keep.aliases == ["يحيى رسول", "اللواء يحيى رسول", "رسول"]
    with db.session() as s:
        assert s.get(Entity, ids[1]) is None
        assert s.get(Mention, ids[2]).entity_id == ids[0]
        c = s.get(Claim, claim_id)
        assert c.speaker_entity_id == ids[0] and c.version == v + 1  # stale editors conflict
        new = team.split_entity(s, ids[0], "lead", name="رسول", mention_ids=[ids[2]],
                                aliases=["رسول"], claim_ids=[claim_id])
    with db.session() as s:
        assert s.get(Mention, ids[2]).entity_id == new.id
        assert s.get(Claim, claim_id).speaker_entity_id == new.id
        assert "رسول" not in s.get(Entity, ids[0]).aliases
        assert [e.action for e in services.history(s, "entity", ids[0])] == ["merge", "split"]
        with pytest.raises(ServiceError, match="not this entity"):
            team.split_entity(s, ids[0], "lead", name="x", mention_ids=[ids[2]])


# -- two reviewers, two real connections ---------------------------------------

def test_two_connections_second_save_is_refused_with_the_first_state(db_url, claim_id):
    a, b = Database.open(db_url), Database.open(db_url)
    try:
        with a.session() as sa_, b.session() as sb:
            va = sa_.get(Claim, claim_id).version
            vb = sb.get(Claim, claim_id).version
        assert va == vb
        with a.session() as s:
            services.review_claim(s, claim_id, "huda", status="confirmed", note="من هدى",
                                  expected_version=va)
        with pytest.raises(ConflictError) as err:
            with b.session() as s:
                services.review_claim(s, claim_id, "omar", status="rejected", note="من عمر",
                                      expected_version=vb)
        assert err.value.current["status"] == "confirmed"
        assert err.value.current["note"] == "من هدى"
        assert err.value.current["version"] == va + 1
        with b.session() as s:
            c = s.get(Claim, claim_id)
            assert (c.status, c.note) == ("confirmed", "من هدى")
            assert [e.action for e in services.history(s, "claim", claim_id)] == [
                "create", "review"]
    finally:
        a.dispose()
        b.dispose()


def test_two_connections_both_holding_version_v_the_later_save_loses_cleanly(db_url, claim_id):
    """Both sessions have the claim loaded (version v) when the first commits:
    the versioned UPDATE of the second matches no row and becomes a conflict."""
    a, b = Database.open(db_url), Database.open(db_url)
    try:
        sb = b.new_session()
        v = sb.get(Claim, claim_id).version
        with a.session() as s:
            services.review_claim(s, claim_id, "huda", status="confirmed", note="أولا",
                                  expected_version=v)
        with pytest.raises(ConflictError) as err:
            services.review_claim(sb, claim_id, "omar", status="rejected", note="ثانيا",
                                  expected_version=v)
        sb.close()
        assert (err.value.current["status"], err.value.current["note"]) == ("confirmed", "أولا")
        with b.session() as s:
            assert s.get(Claim, claim_id).note == "أولا"
            assert len(services.history(s, "claim", claim_id)) == 2
    finally:
        a.dispose()
        b.dispose()


def test_many_writers_with_retry_lose_no_update(db_url, claim_id):
    n_threads, each = 6, 4
    dbs = [Database.open(db_url) for _ in range(n_threads)]
    conflicts = [0] * n_threads
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for j in range(each):
                while True:
                    try:
                        with dbs[k].session() as s:
                            c = s.get(Claim, claim_id)
                            services.review_claim(
                                s, claim_id, f"r{k}", note=(c.note or "") + f"[{k}.{j}]",
                                expected_version=c.version)
                        break
                    except ConflictError:
                        conflicts[k] += 1
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for d in dbs:
        d.dispose()
    assert not errors, errors
    d = Database.open(db_url)
    with d.session() as s:
        c = s.get(Claim, claim_id)
        tokens = [f"[{k}.{j}]" for k in range(n_threads) for j in range(each)]
        assert all(c.note.count(t) == 1 for t in tokens)
        assert len(c.note) == sum(map(len, tokens))
        events = [e for e in services.history(s, "claim", claim_id) if e.action == "review"]
        assert len(events) == n_threads * each
        # the log is a chain: each save started from the state the previous one left
        for prev, nxt in zip(events, events[1:]):
            assert nxt.before["version"] == prev.after["version"]
            assert nxt.before["note"] == prev.after["note"]
        assert c.version == events[-1].after["version"]
    d.dispose()
    print(f"conflicts retried: {sum(conflicts)}")


def test_changes_since_shows_other_peoples_decisions(db_url, claim_id):
    a, b = Database.open(db_url), Database.open(db_url)
    try:
        with b.session() as s:
            start = changes.latest_event_id(s)
            feed = changes.ChangeFeed(start)
            assert changes.changes_since(s, start) == [] and feed.poll(s) == []
        with a.session() as s:
            services.review_claim(s, claim_id, "huda", status="confirmed")
            services.review_claim(s, claim_id, "huda", verdict="false")
        with b.session() as s:
            got = changes.changes_since(s, start)
            assert [(e.action, e.target_id, e.reviewer.name) for e in got] == [
                ("review", claim_id, "huda")] * 2
            assert [e.id for e in feed.poll(s)] == [e.id for e in got]
            assert feed.poll(s) == []
    finally:
        a.dispose()
        b.dispose()


def test_postgres_notifies_each_committed_event_and_not_rolled_back_ones(pg_server):
    url = pg_server.new_database()
    d = Database.open(url)
    listener = changes.EventListener(url)
    try:
        with d.session() as s:
            a = _article(s)
            cid = services.create_claim(s, a.id, 0, 3, "huda").id
        with pytest.raises(RuntimeError):
            with d.session() as s:
                services.review_claim(s, cid, "huda", status="rejected")
                raise RuntimeError("rolled back")
        with d.session() as s:
            services.review_claim(s, cid, "huda", status="confirmed")
            ids = [e.id for e in services.history(s, "claim", cid)]
        heard: list[int] = []
        for _ in range(20):
            heard += listener.wait(0.2)
            if len(heard) >= len(ids):
                break
        assert heard == ids  # create and confirm; the rolled-back rejection never heard
    finally:
        listener.close()
        d.dispose()


# -- double review and agreement -------------------------------------------------

def test_double_review_sample_and_agreement_in_stats(tmp_path, capsys):
    from cli.main import run

    path = tmp_path / "team.sqlite3"
    d = Database.open(path)
    with d.session() as s:
        team.set_role(s, "lead", "lead", by="lead")
        ids = []
        for i in range(10):
            a = _article(s, body=f"{BODY} {i}")
            ids.append(services.create_claim(s, a.id, 0, 3, "lead").id)
    with pytest.raises(PermissionDenied):
        with d.session() as s:
            team.assign_double_review(s, "huda", sample_size=4, reviewers=["huda", "omar"])
    with d.session() as s:
        picked = team.assign_double_review(s, "lead", sample_size=6,
                                           reviewers=["huda", "omar"], seed=7)
        again = team.assign_double_review(s, "lead", sample_size=6,
                                          reviewers=["huda", "omar"], seed=7)
        assert picked == again and len(picked) == 6  # reproducible, no duplicate rows
        assert s.scalar(select(func.count()).select_from(DoubleReview)) == 12
        assert team.assignments(s, "huda") == picked
    huda = ["confirmed", "confirmed", "rejected", "rejected", "confirmed", "corrected"]
    omar = ["confirmed", "rejected", "rejected", "rejected", "confirmed", "corrected"]
    with d.session() as s:
        for cid, x, y in zip(picked, huda, omar):
            team.record_independent(s, cid, "huda", x, "false" if x == "rejected" else "true")
            team.record_independent(s, cid, "omar", y, "false" if y == "rejected" else "true")
        with pytest.raises(PermissionDenied):
            team.record_independent(s, picked[0], "zaid", "confirmed")
        unpicked = next(i for i in ids if i not in picked)
        with pytest.raises(PermissionDenied):
            team.record_independent(s, unpicked, "huda", "confirmed")
        # independent: the claims themselves were not changed
        assert set(s.scalars(select(Claim.status))) == {"pending"}
    d.dispose()
    assert run(["--db", str(path), "stats", "--json"]) == 0
    ag = json.loads(capsys.readouterr().out)["agreement"]
    assert ag["claims"] == 6 and ag["ratings"] == 12
    pair = ag["pairs"][0]
    assert pair["reviewers"] == ["huda", "omar"]
    assert pair["status"]["observed"] == round(5 / 6, 4)
    assert 0 < pair["status"]["kappa"] < 1 and 0 < pair["status"]["alpha"] < 1
    assert ag["outlets"][0]["outlet"] is None and ag["outlets"][0]["claims"] == 6


# -- PostgreSQL grants -----------------------------------------------------------

def test_postgres_group_roles_refuse_what_the_role_may_not_do(pg_server):
    from sqlalchemy.exc import ProgrammingError

    url = pg_server.new_database()
    d = Database.open(url)
    with d.session() as s:
        a = _article(s)
        cid = services.create_claim(s, a.id, 0, 3, "huda").id
    login_r, login_l = f"rev_{uuid.uuid4().hex[:8]}", f"lead_{uuid.uuid4().hex[:8]}"
    with d.engine.begin() as conn:
        team.pg_setup_roles(conn)
        team.pg_setup_roles(conn)  # idempotent
        for name, role in ((login_r, "reviewer"), (login_l, "lead")):
            conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
            team.pg_grant(conn, name, role)

    def as_role(name: str, stmt: str, params: dict | None = None):
        with d.engine.begin() as conn:
            conn.exec_driver_sql(f'SET LOCAL ROLE "{name}"')  # for this transaction only
            return conn.execute(text(stmt), params or {}).rowcount

    # a reviewer reads, reviews and logs
    as_role(login_r, "UPDATE claims SET status = 'confirmed', version = version + 1 "
                     "WHERE id = :i", {"i": cid})
    as_role(login_r, "INSERT INTO review_events (action, target, target_id) "
                     "VALUES ('review', 'claim', :i)", {"i": cid})
    for stmt in ("DELETE FROM articles", "DELETE FROM entities", "DELETE FROM review_events",
                 "UPDATE review_events SET action = 'forged'"):
        with pytest.raises(ProgrammingError, match="permission denied"):
            as_role(login_r, stmt)
    assert as_role(login_l, "DELETE FROM articles WHERE id = :i", {"i": a.id}) == 1
    with pytest.raises(ProgrammingError, match="permission denied"):
        as_role(login_l, "DELETE FROM review_events")
    with d.session() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 0
        assert s.scalar(select(func.count()).select_from(ReviewEvent)) == 2
    d.dispose()


# -- connection URLs -----------------------------------------------------------

@pytest.mark.parametrize("url, saved", [
    ("postgresql://huda:s3cr%40t@db.example:5433/isnad", "postgresql://huda@db.example:5433/isnad"),
    ("postgresql+psycopg://u:p@/isnad?host=/run/pg&password=x&sslmode=require",
     "postgresql+psycopg://u@/isnad?host=%2Frun%2Fpg&sslmode=require"),
    ("postgresql://huda@db/isnad", "postgresql://huda@db/isnad"),
    ("/home/huda/isnad.sqlite3", "/home/huda/isnad.sqlite3"),
])
def test_urls_are_saved_without_their_password(url, saved):
    from sqlalchemy.engine import make_url

    from storage.connection import has_password, strip_password, url_for_settings

    assert url_for_settings(url) == saved
    assert not has_password(saved) and "s3cr" not in saved and "password" not in saved
    if "://" in url:
        a, b = make_url(url), make_url(saved)
        assert (a.username, a.host, a.port, a.database) == (b.username, b.host, b.port,
                                                            b.database)
