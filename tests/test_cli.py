"""The headless command line as docs/cli.md specifies it."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli.main import run

ROOT = Path(__file__).resolve().parent.parent


def cli(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_summary_and_articles(capsys, tmp_path, demo_dir):
    db = tmp_path / "c.db"
    (tmp_path / "bad.json").write_text("{", "utf-8")
    code, out, _ = cli(capsys, "--db", db, "import", demo_dir, tmp_path / "bad.json",
                       "--no-extract", "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["imported"] == 5 and summary["duplicates"] == 0 and summary["claims"] == 0
    assert summary["failed"][0]["path"].endswith("bad.json")
    code, out, _ = cli(capsys, "--db", db, "articles", "--json", "--text")
    arts = json.loads(out)
    assert {a["outlet"] for a in arts} == {"المدى", "شفق نيوز", "ديارنا", "الحل نت", "إيلاف"}
    assert set(arts[0]) >= {"id", "title", "outlet", "url", "source_file", "date", "author",
                            "claims", "text"}
    code, out, _ = cli(capsys, "--db", db, "stats", "--json")
    assert json.loads(out)["articles"] == 5
    code, out, _ = cli(capsys, "--db", db, "search", "البيشمركة", "--json")
    res = json.loads(out)
    assert len(res["articles"]) >= 4 and "snippet" in res["articles"][0]


def test_usage_and_failure_exit_codes(capsys, tmp_path):
    db = tmp_path / "c.db"
    assert cli(capsys, "--db", db, "frobnicate")[0] == 2
    assert cli(capsys, "--db", db, "review", "1")[0] == 2  # --status missing
    code, _, err = cli(capsys, "--db", db, "review", "99", "--status", "confirmed")
    assert code == 1 and "no claim with id 99" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli(capsys, "--db", db, "report", "out.pdf")
    assert code == 2 and "not available" in err


def test_review_records_a_decision(capsys, tmp_path):
    from storage import services
    from storage.db import Database

    db = tmp_path / "c.db"
    (tmp_path / "a.txt").write_text("قال الوزير إن الطريق سيفتتح غدا.", "utf-8")
    cli(capsys, "--db", db, "import", tmp_path / "a.txt", "--no-extract")
    d = Database.open(db)
    with d.session() as s:
        cid = services.create_claim(s, 1, 11, 31, "cli").id
    d.dispose()
    code, out, _ = cli(capsys, "--db", db, "review", cid, "--status", "corrected", "--text",
                       "الطريق سيفتتح بعد غد", "--verdict", "false", "--reviewer", "Huda")
    assert code == 0 and json.loads(out)["verdict"] == "false"
    code, out, _ = cli(capsys, "--db", db, "claims", "--json", "--status", "corrected")
    claims = json.loads(out)
    assert [c["id"] for c in claims] == [cid]
    c = claims[0]
    assert c["article"]["source_file"] == "a.txt"
    assert c["corrected_text"] == "الطريق سيفتتح بعد غد"


def test_terminal_output_reshapes_only_when_asked(capsys, tmp_path):
    db = tmp_path / "c.db"
    (tmp_path / "a.txt").write_text("خبر عن الاقتصاد", "utf-8")
    cli(capsys, "--db", db, "import", tmp_path / "a.txt", "--no-extract")
    _, plain, _ = cli(capsys, "--db", db, "--no-bidi", "articles")
    _, shaped, _ = cli(capsys, "--db", db, "--bidi", "articles")
    assert "خبر عن الاقتصاد" in plain
    assert "خبر عن الاقتصاد" not in shaped and "ﺧ" in shaped  # presentation forms, visual order
    _, js, _ = cli(capsys, "--db", db, "--bidi", "articles", "--json")
    assert json.loads(js)[0]["title"] == "خبر عن الاقتصاد"  # JSON never reshaped


@pytest.mark.slow
def test_sigkill_mid_import_leaves_a_consistent_database_and_rerun_completes(tmp_path):
    import sqlite3

    folder = tmp_path / "many"
    folder.mkdir()
    records = [{"content": f"خبر رقم {i} عن الاقتصاد والأسعار " * 40, "title": f"خبر {i}",
                "url": f"http://example.org/{i}"} for i in range(6000)]
    for k in range(6):
        (folder / f"part{k}.json").write_text(
            json.dumps(records[k * 1000:(k + 1) * 1000], ensure_ascii=False), "utf-8")
    db = tmp_path / "k.db"
    cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", str(folder),
           "--no-extract", "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=os.environ | {"PYTHONUNBUFFERED": "1"})
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until some batches have committed
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=1)
                n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                con.close()
            except sqlite3.Error:
                n = 0
            if n >= 500:
                break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    n_indexed = con.execute("SELECT count(*) FROM search_articles_docsize").fetchone()[0]
    con.close()
    assert 0 < n_articles < 6000 and n_articles % 500 == 0 and n_indexed == n_articles
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    summary = json.loads(done.stdout)
    assert summary["imported"] + summary["duplicates"] == 6000
    assert summary["duplicates"] == n_articles
