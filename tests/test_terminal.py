"""Human-readable stats, claims and links: aligned, Arabic reshaped only when asked."""
from __future__ import annotations

import json

import pytest

from cli.main import run

LRM = "\u200e"


@pytest.fixture
def demo_db(tmp_path, demo_dir) -> str:
    from storage.db import Database
    from storage.importer import import_paths
    from tests.test_export import reviewed

    path = str(tmp_path / "t.db")
    db = Database.open(path)
    import_paths(db, [demo_dir])
    reviewed(db)
    db.dispose()
    return path


def lines(capsys, *args) -> list[str]:
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return [ln.replace(LRM, "") for ln in out.splitlines()]


def test_claims_table_is_aligned_and_logical_without_bidi(capsys, demo_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "140")
    capsys.readouterr()
    rows = lines(capsys, "--db", demo_db, "--no-bidi", "claims")
    head, rule = rows[0], rows[1]
    assert head.split() == ["id", "status", "verdict", "outlet", "speaker", "claim"]
    assert set(rule.replace(" ", "")) == {"─"}
    from cli.commands import _width

    assert all(_width(r, False) <= 140 for r in rows)  # display width: marks take none
    col = head.index("status")
    body = [r for r in rows[2:-1]]
    assert all(r[col - 2:col] == "  " and r[col] != " " for r in body)  # column in line
    assert any("شفق نيوز" in r for r in body)  # stored text, logical order
    assert rows[-1].endswith("claims")


def test_bidi_reshapes_for_terminals_without_it(capsys, demo_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "140")
    capsys.readouterr()
    shaped = lines(capsys, "--db", demo_db, "--bidi", "claims")
    assert not any("شفق نيوز" in r for r in shaped)
    assert any("ﺯﻮﻴﻧ ﻖﻔﺷ" in r for r in shaped)  # presentation forms, visual order
    plain = lines(capsys, "--db", demo_db, "--no-bidi", "claims")
    assert len(shaped) == len(plain) and shaped[0] == plain[0]
    js = lines(capsys, "--db", demo_db, "--bidi", "claims", "--json")
    assert json.loads(js[0])[0]["article"]["outlet"] in {"المدى", "شفق نيوز", "ديارنا",
                                                          "الحل نت", "إيلاف"}


def test_stats_and_links_views(capsys, demo_db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    capsys.readouterr()
    stats = lines(capsys, "--db", demo_db, "--no-bidi", "stats")
    text = "\n".join(stats)
    assert "articles" in text and "confirmed" in text and "same" in text
    assert any(r.split()[:2] == ["شفق", "نيوز"] for r in stats)  # claims by outlet
    shaped = lines(capsys, "--db", demo_db, "--bidi", "stats")
    assert len(shaped) == len(stats)
    links = lines(capsys, "--db", demo_db, "--no-bidi", "links")
    assert links[0].split()[:4] == ["id", "relation", "score", "status"]
    assert any("same" in r and "confirmed" in r for r in links)
