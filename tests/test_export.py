"""Publish and exchange: what a fact-checker gets out of Isnad, and back in."""
from __future__ import annotations

import csv
import filecmp
import json
from pathlib import Path

import pytest

from storage import services
from storage.db import Database
from storage.exchange import ExchangeError, export_to, import_exchange
from storage.importer import import_paths


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory) -> Path:
    """The demo corpus with a few reviews, exported once as JSONL (fast fixtures)."""
    from tests.conftest import DEMO

    folder = tmp_path_factory.mktemp("demo")
    db = Database.open(folder / "src.sqlite3")
    import_paths(db, [DEMO])
    reviewed(db)
    export_to(db, "jsonl", folder / "demo.jsonl")
    db.dispose()
    return folder / "demo.jsonl"


def reviewed(db: Database) -> dict[str, int]:
    """Reviews on two outlets' versions of one statement, linked as the same claim."""
    from sqlalchemy import select

    from models import Article, Claim

    with db.session() as s:
        arts = list(s.scalars(select(Article).order_by(Article.id)))
        a, b = arts[1], arts[3]
        ca = s.scalars(select(Claim).where(Claim.article_id == a.id).order_by(Claim.id)).all()
        cb = s.scalars(select(Claim).where(Claim.article_id == b.id).order_by(Claim.id)).all()
        x = next(c for c in ca if c.speaker_entity_id is not None)
        y = next(c for c in cb if c.speaker_entity_id is not None)
        services.review_claim(s, x.id, "Huda", status="confirmed", verdict="mostly_true",
                              note="أكده بيان رسمي\nسطر ثان")
        services.review_claim(s, y.id, "Huda", status="corrected", text="نص مصحح",
                              verdict="misleading")
        services.review_claim(s, ca[-1].id, "Huda", status="rejected")
        services.link_claims(s, x.id, y.id, "same", "Huda")
        return {"x": x.id, "y": y.id, "rejected": ca[-1].id}


def fresh(tmp_path: Path, name: str) -> Database:
    return Database.open(tmp_path / f"{name}.sqlite3")


# -- round trips ------------------------------------------------------------------------
def test_jsonl_round_trip_gives_identical_files(db, demo_export, tmp_path):
    rep = import_exchange(db, demo_export)
    assert rep.imported == 5 and rep.claims > 50 and rep.links > 0
    export_to(db, "jsonl", tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_bytes() == demo_export.read_bytes()


def test_brat_round_trip_restores_reviews_and_gives_identical_files(db, demo_export,
                                                                   tmp_path):
    src = fresh(tmp_path, "src")
    import_exchange(src, demo_export)
    export_to(src, "brat", tmp_path / "brat1")
    rep = import_exchange(db, tmp_path / "brat1")
    assert rep.imported == 5
    export_to(db, "brat", tmp_path / "brat2")
    cmp = filecmp.dircmp(tmp_path / "brat1", tmp_path / "brat2")
    assert cmp.diff_files == [] and cmp.left_only == [] and cmp.right_only == []
    export_to(db, "jsonl", tmp_path / "from_brat.jsonl")
    by_type = _records(tmp_path / "from_brat.jsonl")
    statuses = {c["status"] for c in by_type["claim"]}
    assert {"confirmed", "corrected", "rejected", "pending"} <= statuses
    corrected = next(c for c in by_type["claim"] if c["status"] == "corrected")
    assert corrected["verdict"] == "misleading" and corrected["corrected_text"] == "نص مصحح"
    assert any(ln["relation"] == "same" and ln["status"] == "confirmed"
               for ln in by_type["link"])
    src.dispose()


def _records(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for line in path.read_text("utf-8").splitlines()[1:]:
        r = json.loads(line)
        out.setdefault(r.pop("type"), []).append(r)
    return out


def test_brat_files_match_the_stored_text(sqlite_db, demo_export, tmp_path):
    import_exchange(sqlite_db, demo_export)
    export_to(sqlite_db, "brat", tmp_path / "b")
    folder = tmp_path / "b"
    assert (folder / "annotation.conf").exists() and (folder / "visual.conf").exists()
    conf = (folder / "annotation.conf").read_text("utf-8")
    assert "SaidBy\tArg1:Claim, Arg2:Speaker" in conf and "Verdict\tArg:Claim" in conf
    recs = _records(demo_export)
    for a in recs["article"]:
        body = (folder / f"{a['id']}.txt").read_bytes().decode("utf-8")
        assert body == a["text"]
        ann = (folder / f"{a['id']}.ann").read_text("utf-8").splitlines()
        for line in ann:
            if line.startswith("T"):
                tid, mid, text = line.split("\t")
                frags = [tuple(map(int, f.split())) for f in mid.split(" ", 1)[1].split(";")]
                assert text == " ".join(body[s:e] for s, e in frags)
        assert any(line.startswith("R") and "SaidBy" in line for line in ann) or not ann
    notes = [ln for p in folder.glob("*.ann") for ln in p.read_text("utf-8").splitlines()
             if ln.startswith("#")]
    assert any("AnnotatorNotes" in n and "أكده بيان رسمي\\nسطر ثان" in n for n in notes)
    links = (folder / "links.tsv").read_text("utf-8").splitlines()
    assert links[0].startswith("id\tdoc_a\tclaim_a")


def test_import_command_routes_brat_and_jsonl(sqlite_db, demo_export, tmp_path):
    rep = import_paths(sqlite_db, [demo_export])
    assert rep.failed == [] and rep.imported == 5 and rep.claims > 50
    again = import_paths(sqlite_db, [demo_export])
    assert again.imported == 0 and again.duplicates == 5 and again.claims == 0


# -- bad input ------------------------------------------------------------------------------
def _brat_copy(sqlite_db, demo_export, tmp_path) -> Path:
    import_exchange(sqlite_db, demo_export)
    export_to(sqlite_db, "brat", tmp_path / "b")
    return tmp_path / "b"


@pytest.mark.parametrize("damage,expect", [
    (lambda line: line.replace("\tClaim ", "\tClaim 9", 1), "outside the text"),
    (lambda line: line[:-3] + "XYZ", "is not the text at"),
])
def test_bad_brat_span_is_rejected_with_line_and_nothing_imported(
        sqlite_db, demo_export, tmp_path, damage, expect):
    folder = _brat_copy(sqlite_db, demo_export, tmp_path)
    ann = folder / "2.ann"
    lines = ann.read_text("utf-8").splitlines()
    n = next(i for i, ln in enumerate(lines) if ln.startswith("T") and "\tClaim " in ln)
    lines[n] = damage(lines[n])
    ann.write_text("\n".join(lines) + "\n", "utf-8")
    target = fresh(tmp_path, "target")
    with pytest.raises(ExchangeError, match=rf"2\.ann:{n + 1}: .*{expect}"):
        import_exchange(target, folder)
    rep = import_paths(target, [folder])
    assert rep.imported == 0 and "2.ann" in rep.failed[0].error
    from storage.queries import articles_json

    with target.session() as s:
        assert articles_json(s) == []
    target.dispose()


def test_brat_unknown_annotation_id_is_rejected(sqlite_db, demo_export, tmp_path):
    folder = _brat_copy(sqlite_db, demo_export, tmp_path)
    ann = folder / "1.ann"
    ann.write_text(ann.read_text("utf-8") + "A999\tVerdict T999 false\n", "utf-8")
    n = len(ann.read_text("utf-8").splitlines())
    with pytest.raises(ExchangeError, match=rf"1\.ann:{n}: refers to unknown annotation T999"):
        import_exchange(fresh(tmp_path, "t"), folder)


def test_bad_jsonl_lines_are_rejected_with_line_numbers(demo_export, tmp_path):
    lines = demo_export.read_text("utf-8").splitlines()
    n = next(i for i, ln in enumerate(lines) if '"type": "claim"' in ln)
    rec = json.loads(lines[n])
    rec["start"] += 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines[:n] + [json.dumps(rec, ensure_ascii=False)]
                             + lines[n + 1:]) + "\n", "utf-8")
    target = fresh(tmp_path, "t")
    with pytest.raises(ExchangeError, match=rf"bad\.jsonl:{n + 1}: claim text .* is not the text"):
        import_exchange(target, bad)
    rec = json.loads(lines[-1])  # a link
    rec["claim_b"] = 99999
    bad.write_text("\n".join(lines[:-1] + [json.dumps(rec)]) + "\n", "utf-8")
    with pytest.raises(ExchangeError, match=rf":{len(lines)}: link refers to unknown claim 99999"):
        import_exchange(target, bad)
    with target.session() as s:
        from storage.queries import claims_json

        assert claims_json(s) == []


# -- CSV, WebAnno ---------------------------------------------------------------------------
def test_csv_opens_in_excel(sqlite_db, demo_export, tmp_path):
    import_exchange(sqlite_db, demo_export)
    export_to(sqlite_db, "csv", tmp_path / "claims.csv")
    raw = (tmp_path / "claims.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(tmp_path / "claims.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {"id", "outlet", "text", "speaker", "status", "verdict"} <= set(rows[0])
    assert any(r["verdict"] == "misleading" and r["corrected_text"] == "نص مصحح" for r in rows)
    with open(tmp_path / "claims_links.csv", encoding="utf-8-sig", newline="") as fh:
        links = list(csv.DictReader(fh))
    assert any(r["relation"] == "same" and r["status"] == "confirmed" for r in links)


def test_webanno_tsv_uses_utf16_offsets_and_declares_layers(sqlite_db, tmp_path):
    from storage.exchange.webanno import document

    body = "قال 😀 الوزير: «الطريق سيفتتح غدا»"
    start = body.index("الطريق")
    end = body.index("»")
    claims = [{"id": 1, "article_id": 1, "start": start, "end": end, "text": body[start:end],
               "kind": "quote", "status": "confirmed", "verdict": "false",
               "speaker": "الوزير", "speaker_entity": None,
               "speaker_start": body.index("الوزير"), "speaker_end": body.index(":")}]
    tsv = document(body, claims)
    head = tsv.split("\n")
    assert head[0] == "#FORMAT=WebAnno TSV 3.3"
    assert head[1] == "#T_SP=webanno.custom.Claim|kind|speaker|status|verdict"
    assert head[3] == head[4] == "" and head[5].startswith("#Text=قال")
    rows = [ln.split("\t") for ln in head if ln[:1].isdigit()]
    tok = {r[2]: r for r in rows}
    u16 = len(body[:start].encode("utf-16-le")) // 2
    assert tok["الطريق"][1] == f"{u16}-{u16 + len('الطريق')}" and u16 == start + 1  # emoji = 2
    assert tok["الطريق"][3].startswith("quote[") and tok["غدا"][6].startswith("false[")
    assert tok["الوزير"][7] == "الوزير" and tok["قال"][3] == "_"


# -- ClaimReview ----------------------------------------------------------------------------
def _check_claimreview(r: dict) -> None:
    """Google's fact-check markup: required and recommended properties, typed."""
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    assert isinstance(r["claimReviewed"], str) and r["claimReviewed"]
    assert isinstance(r["url"], str) and r["url"].startswith("https://")
    rating = r["reviewRating"]
    assert rating["@type"] == "Rating" and isinstance(rating["alternateName"], str)
    assert rating["bestRating"] == 5 and rating["worstRating"] == 1
    assert isinstance(rating["ratingValue"], int) and 1 <= rating["ratingValue"] <= 5
    assert r["author"]["@type"] == "Organization" and r["author"]["name"]
    assert r["datePublished"][:2] == "20" and len(r["datePublished"]) == 10
    item = r["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
    assert item["appearance"] and all(w["@type"] == "CreativeWork" and (w.get("url") or w.get(
        "name")) for w in item["appearance"])
    assert item["firstAppearance"]["@type"] == "CreativeWork"


def test_claimreview_has_googles_fields_and_appearances(sqlite_db, demo_export, tmp_path,
                                                        monkeypatch):
    import_exchange(sqlite_db, demo_export)
    monkeypatch.setenv("ISNAD_ORG", "مسبار")
    export_to(sqlite_db, "claimreview", tmp_path / "cr.json", org_url="https://misbar.example")
    reviews = json.loads((tmp_path / "cr.json").read_text("utf-8"))
    assert len(reviews) == 2  # only claims with a verdict
    for r in reviews:
        _check_claimreview(r)
        assert r["author"] == {"@type": "Organization", "name": "مسبار",
                               "url": "https://misbar.example"}
        # linked as the same claim: both outlets are appearances of each
        assert len(r["itemReviewed"]["appearance"]) == 2
    labels = {r["reviewRating"]["alternateName"] for r in reviews}
    assert labels == {"صحيح غالبا", "مضلل"}
    values = sorted(r["reviewRating"]["ratingValue"] for r in reviews)
    assert values == [2, 4]
    export_to(sqlite_db, "claimreview", tmp_path / "en.json", lang="en", org="Misbar")
    en = json.loads((tmp_path / "en.json").read_text("utf-8"))
    assert {r["reviewRating"]["alternateName"] for r in en} == {"Mostly true", "Misleading"}
    assert en[0]["author"]["name"] == "Misbar"


def test_export_cli(capsys, tmp_path, demo_export):
    from cli.main import run

    db = tmp_path / "c.db"
    assert run(["--db", str(db), "import", str(demo_export), "--json"]) == 0
    capsys.readouterr()
    for fmt, out in (("jsonl", "x.jsonl"), ("csv", "x.csv"), ("brat", "brat"),
                     ("webanno-tsv", "tsv"), ("claimreview", "cr.json")):
        code = run(["--db", str(db), "export", "--format", fmt, str(tmp_path / out),
                    "--json"])
        assert code == 0, capsys.readouterr().err
        assert json.loads(capsys.readouterr().out)["format"] == fmt
    assert (tmp_path / "x.jsonl").read_bytes() == demo_export.read_bytes()
    assert sorted(p.name for p in (tmp_path / "tsv").iterdir()) == [f"{i}.tsv" for i in
                                                                    range(1, 6)]
    code = run(["--db", str(db), "export", "--format", "brat", str(tmp_path / "x.csv")])
    err = capsys.readouterr().err
    assert code == 1 and "writes a folder" in err and len(err.strip().splitlines()) == 1
