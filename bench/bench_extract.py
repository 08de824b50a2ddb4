"""Extraction speed over the SaudiNewsNet articles in ../shared (one core).

    .venv/bin/python bench/bench_extract.py [--limit N]

Prints articles/s over all articles and over the first half (linearity), by wall
clock and by CPU time of this process (time.process_time: the machine is shared,
so CPU time is the steadier figure).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extract import analyze  # noqa: E402

DATA = ROOT.parent / "shared" / "datasets" / "saudinewsnet"


def load(limit: int | None = None) -> list[str]:
    texts: list[str] = []
    for zpath in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    texts.extend(a.get("content") or "" for a in json.loads(z.read(name)))
        if limit and len(texts) >= limit:
            return texts[:limit]
    return texts


def run(texts: list[str]) -> tuple[float, float, int, int]:
    """(wall s, CPU s of this process, claims, chars)."""
    t0 = time.perf_counter()
    c0 = time.process_time()
    claims = 0
    for t in texts:
        claims += len(analyze(t).claims)
    cpu = time.process_time() - c0
    dt = time.perf_counter() - t0
    return dt, cpu, claims, sum(len(t) for t in texts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"SaudiNewsNet not found at {DATA} (../shared is missing?); nothing to benchmark.")
        return 0
    texts = load(args.limit)
    analyze(texts[0] if texts else "")  # warm caches (gazetteer, regexes)
    half = texts[: len(texts) // 2]
    for label, batch in (("all", texts), ("half", half)):
        dt, cpu, claims, chars = run(batch)
        print(f"{label}: {len(batch)} articles, {chars / 1e6:.1f} M chars, {claims} claims, "
              f"wall {dt:.1f} s = {len(batch) / dt:.0f} articles/s ({chars / dt / 1e6:.2f} M chars/s), "
              f"CPU {cpu:.1f} s = {len(batch) / cpu:.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
