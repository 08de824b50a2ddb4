"""Review desk at scale: 100,000 articles and 1,000,000 claims.

Builds a synthetic SQLite database once (cached under /tmp), then measures in
a fresh process: time to a usable window (process start to the first article
painted), time to switch article (load, highlight, paint), and memory (RSS).
Goals: < 2 s, < 100 ms, < 500 MB.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui.py
"""
from __future__ import annotations

import time

T0 = time.perf_counter()

import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLES, CLAIMS_PER_ARTICLE, OUTLETS = 100_000, 10, 25
CACHE = Path(os.environ.get("ISNAD_BENCH_UI_DIR", "/tmp"))
GOALS = {"usable_window_s": 2.0, "switch_article_ms": 100.0, "rss_mb": 500.0}
WORDS = ("قال وزير الداخلية إن القوات الأمنية اعتقلت عشرة متهمين في بغداد وأضاف أن العملية "
         "جاءت بعد معلومات استخبارية دقيقة وأكد المتحدث باسم الحكومة أن الرواتب ستصرف الأسبوع "
         "المقبل بنسبة 5 بالمئة وكشف مصدر مطلع عن اجتماع مرتقب في أربيل").split()
STATUSES = ("pending",) * 6 + ("confirmed", "rejected", "corrected")


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


def article_body(rng: random.Random) -> str:
    paras = [" ".join(sentence(rng, rng.randint(8, 16)) for _ in range(3)) for _ in range(5)]
    return "\n\n".join(paras)


def build(path: Path) -> None:
    from storage.db import Database

    t = time.perf_counter()
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    Database.open(tmp).dispose()  # schema, search tables, migration stamp
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    rng = random.Random(4)
    con.executemany("INSERT INTO outlets(id, name, aliases) VALUES (?, ?, '[]')",
                    [(i, f"وكالة الأنباء {i}") for i in range(1, OUTLETS + 1)])
    now = "2024-01-01 00:00:00.000000"
    for start in range(0, ARTICLES, 10_000):
        arts, claims = [], []
        for aid in range(start + 1, start + 10_001):
            body = article_body(rng)
            day = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            arts.append((aid, rng.randint(1, OUTLETS), sentence(rng, 8), body,
                         hashlib.sha256(str(aid).encode()).hexdigest(), day, now))
            step = len(body) // CLAIMS_PER_ARTICLE
            for k in range(CLAIMS_PER_ARTICLE):
                s = k * step + rng.randint(0, step // 3)
                e = min(len(body), s + rng.randint(20, step - step // 3))
                claims.append((aid, s, e, body[s:e], rng.choice(("quote", "statement")),
                               "وزير الداخلية", rng.random(), rng.choice(STATUSES), now))
        con.executemany(
            "INSERT INTO articles(id, outlet_id, title, body, content_hash, published, "
            "imported_at, boilerplate) VALUES (?, ?, ?, ?, ?, ?, ?, '[]')", arts)
        con.executemany(
            'INSERT INTO claims(article_id, start, "end", text, kind, speaker, checkworthiness,'
            " status, updated_at, chain, details, origin, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', '{}', 'extractor', 1)", claims)
        con.commit()
    con.execute("ANALYZE")
    con.commit()
    con.close()
    tmp.rename(path)
    print(f"built {path} ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.1f} s",
          flush=True)


def rss_mb() -> tuple[float, float]:
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
                  if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def measure() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTemporaryDir
    from PySide6.QtWidgets import QApplication

    from ui import app as ui_app
    from ui.settings import Settings

    qapp = ui_app.application([])
    tmp = QTemporaryDir()
    settings = Settings(QSettings(f"{tmp.path()}/bench.ini", QSettings.Format.IniFormat))
    ui_app.install_translations(qapp, "ar")
    family = ui_app.register_fonts()
    db = ui_app.open_database(str(DB))
    win = ui_app.build_window(db, settings, family)
    win.resize(1400, 900)
    win.show()
    win.open_first()
    qapp.processEvents()
    win.pane.view.viewport().repaint()
    usable = time.perf_counter() - T0
    rng = random.Random(7)
    ids = rng.sample(win.articles.model.ids, 60)
    times = []
    for aid in ids:
        t = time.perf_counter()
        win.open_article(aid)
        qapp.processEvents()
        win.pane.view.viewport().repaint()
        times.append((time.perf_counter() - t) * 1000)
    nav = []
    for _ in range(30):  # J through claims, crossing into the next article
        t = time.perf_counter()
        win.step_claim(1)
        qapp.processEvents()
        nav.append((time.perf_counter() - t) * 1000)
    rss, peak = rss_mb()
    win.tasks.shutdown()
    QApplication.instance().processEvents()
    return {"articles": len(win.articles.model.ids), "usable_window_s": round(usable, 3),
            "switch_article_ms": {"median": round(statistics.median(times), 1),
                                  "p95": round(sorted(times)[int(len(times) * 0.95)], 1),
                                  "max": round(max(times), 1)},
            "next_claim_ms_max": round(max(nav), 1),
            "rss_mb": round(rss, 1), "peak_rss_mb": round(peak, 1)}


def cached_db() -> Path:
    """One cached database per schema revision (a new migration rebuilds it)."""
    from storage.db import head_revision

    return CACHE / f"isnad-bench-ui-{head_revision()}.sqlite3"


def main() -> int:
    global DB
    DB = cached_db()
    if "--measure" in sys.argv:
        print(json.dumps(measure()))
        return 0
    if not DB.exists():
        build(DB)
    t = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--measure"], capture_output=True, text=True,
                         env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    wall = time.perf_counter() - t
    if out.returncode:
        print(out.stderr, file=sys.stderr)
        return 1
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["process_wall_s"] = round(wall, 3)
    print(json.dumps(res, ensure_ascii=False, indent=1))
    ok = (res["usable_window_s"] < GOALS["usable_window_s"]
          and res["switch_article_ms"]["p95"] < GOALS["switch_article_ms"]
          and res["peak_rss_mb"] < GOALS["rss_mb"])
    print(("OK" if ok else "MISSED") + f": goals {GOALS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
