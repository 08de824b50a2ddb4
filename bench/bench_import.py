"""Import benchmark (no extraction): the 20,329 SaudiNewsNet articles, and a
100,000-article corpus made by repeating them with varied text.

Each scenario runs in its own process so peak memory is its own.
Usage: python bench/bench_import.py [--scale N]   (N articles for the large run)
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from _common import ROOT, peak_rss_mb, shared_or_exit


def _child(db: str, paths: list[str]) -> None:
    from storage.db import Database
    from storage.importer import import_paths

    t0 = time.perf_counter()
    database = Database.open(db)
    t_open = time.perf_counter() - t0
    t1, c1 = time.perf_counter(), time.process_time()
    report = import_paths(database, paths, extract=False)
    dt, cpu = time.perf_counter() - t1, time.process_time() - c1
    print(json.dumps({"imported": report.imported, "duplicates": report.duplicates,
                      "failed": len(report.failed), "seconds": dt, "open_seconds": t_open,
                      "per_second": report.imported / dt if dt else 0,
                      "per_cpu_second": report.imported / cpu if cpu else 0,
                      "peak_rss_mb": peak_rss_mb()}))


def _varied_corpus(src: Path, n: int, out: Path) -> list[str]:
    """n articles: the real ones, then copies whose sentences are shuffled and numbered,
    in JSON files of 3,000 records (a SaudiNewsNet day): peak memory follows the
    largest single file, which is parsed whole."""
    base = []
    for z in sorted(src.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                base.extend(json.loads(zf.read(name)))
    rng = random.Random(7)
    files, chunk, k = [], [], 0
    for i in range(n):
        rec = dict(base[i % len(base)])
        if i >= len(base):
            parts = rec["content"].split(".")
            rng.shuffle(parts)
            rec["content"] = f"({i // len(base)}) " + ".".join(parts)
            rec["url"] = f"{rec.get('url')}#copy{i // len(base)}"
        chunk.append(rec)
        if len(chunk) == 3_000 or i == n - 1:  # the size of a SaudiNewsNet day
            f = out / f"part{k:03}.json"
            f.write_text(json.dumps(chunk, ensure_ascii=False), "utf-8")
            files.append(str(f))
            chunk, k = [], k + 1
    return files


def _run(db: Path, paths: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(db), *paths],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _show(label: str, r: dict) -> None:
    print(f"{label}: {r['imported']} articles in {r['seconds']:.1f} s = "
          f"{r['per_second']:.0f} articles/s ({r['per_cpu_second']:.0f} per CPU second), peak memory {r['peak_rss_mb']:.0f} MB, "
          f"new database ready in {r['open_seconds'] * 1000:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", nargs="+")
    ap.add_argument("--scale", type=int, default=100_000)
    args = ap.parse_args()
    if args.child:
        _child(args.child[0], args.child[1:])
        return
    src = shared_or_exit("datasets", "saudinewsnet")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        r = _run(tmp / "snn.db", [str(p) for p in sorted(src.glob("*.zip"))])
        _show("SaudiNewsNet ZIPs", r)
        files = _varied_corpus(src, args.scale, tmp)
        r = _run(tmp / "big.db", files)
        _show(f"{args.scale} varied articles", r)


if __name__ == "__main__":
    main()
