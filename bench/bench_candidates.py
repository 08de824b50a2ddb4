"""Candidate-index scaling on SaudiNewsNet sentences.

1. Query latency with N claims indexed (default 1,000,000): claims are the
   corpus sentences, then varied copies (words dropped, order rotated, a
   number changed) until N is reached, spread over synthetic articles.
2. All-suggestions cost: index M real sentences and query every one of them
   (top 5, own article excluded), for M and 2M, to show how the total grows.

Exits 0 with a message when ../shared is missing.

    .venv/bin/python bench/bench_candidates.py [--n 1000000] [--m 20000] [--queries 200]
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import re
import resource
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.candidates import CandidateIndex  # noqa: E402

DATA = ROOT.parent / "shared" / "datasets" / "saudinewsnet"
_SENT = re.compile(r"[^.!?؟\n]{40,400}")


def load_sentences(limit: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    art = 0
    for z in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    art += 1
                    for m in _SENT.finditer(rec.get("content") or ""):
                        out.append((art, m.group().strip()))
                        if len(out) >= limit:
                            return out
    return out


def vary(text: str, rng: random.Random) -> str:
    w = text.split()
    if len(w) > 6:
        for _ in range(rng.randint(1, 3)):
            w.pop(rng.randrange(len(w)))
        r = rng.randrange(len(w))
        w = w[r:] + w[:r] if rng.random() < 0.3 else w
    if rng.random() < 0.3:
        w.insert(rng.randrange(len(w) + 1), str(rng.randint(3, 999)))
    return " ".join(w)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def latency(n: int, queries: int, rng: random.Random) -> None:
    base = load_sentences(n)
    print(f"latency: {len(base)} real sentences loaded")
    idx = CandidateIndex()
    t0 = time.perf_counter()
    cid = 0
    art_offset = 10 ** 6
    while cid < n:
        for art, s in base:
            if cid >= n:
                break
            text = s if cid < len(base) else vary(s, rng)
            article = art if cid < len(base) else art_offset + cid // 20
            idx.add(cid, article, text, speaker_entity=rng.randrange(5000) if rng.random() < 0.4 else None)
            cid += 1
            if cid % 200000 == 0:
                print(f"  {cid} indexed, {time.perf_counter() - t0:.0f}s, max RSS {rss_mb():.0f} MB", flush=True)
    build = time.perf_counter() - t0
    print(f"built index of {len(idx)} claims in {build:.0f}s ({1e6 * build / len(idx):.0f} µs/claim), "
          f"max RSS {rss_mb():.0f} MB")
    lat, cpu = [], []
    found = 0
    for _ in range(queries):
        art, s = rng.choice(base)
        q = vary(s, rng)
        t, c = time.perf_counter(), time.process_time()
        res = idx.query(q, article_id=-1, k=5)
        cpu.append(time.process_time() - c)
        lat.append(time.perf_counter() - t)
        found += bool(res)
    for name, xs in (("wall", lat), ("CPU", cpu)):
        xs.sort()
        q = lambda p: 1000 * xs[min(len(xs) - 1, int(len(xs) * p))]
        print(f"query {name} time over {queries} queries at {len(idx)} claims: median {q(0.5):.1f} ms, "
              f"p95 {q(0.95):.1f} ms, p99 {q(0.99):.1f} ms, max {1000 * xs[-1]:.1f} ms")
    print(f"{found}/{queries} returned suggestions (goal < 50 ms)")
    del idx
    gc.collect()


def all_suggestions(m: int) -> tuple[float, float]:
    """(total CPU seconds, query CPU ms per claim)."""
    sents = load_sentences(m)
    gc.collect()
    gc.freeze()  # the loaded sentences are not the index's garbage to scan
    t0, c0 = time.perf_counter(), time.process_time()
    idx = CandidateIndex()
    for i, (art, s) in enumerate(sents):
        idx.add(i, art, s)
    tb, cb = time.perf_counter() - t0, time.process_time() - c0
    for i, (art, s) in enumerate(sents):
        idx.query(s, article_id=art, k=5, exclude=i)
    total = time.perf_counter() - t0
    ctotal = time.process_time() - c0
    per_q = 1000 * (ctotal - cb) / len(sents)
    print(f"all suggestions for {len(sents)} sentences: build {tb:.1f}s wall {cb:.1f}s CPU, total {total:.1f}s wall, "
          f"{ctotal:.1f}s CPU ({per_q:.2f} ms CPU/query)")
    del idx
    gc.unfreeze()
    return ctotal, per_q


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--m", type=int, default=20_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--skip-latency", action="store_true")
    ap.add_argument("--skip-scaling", action="store_true")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} not found; skipping.")
        return 0
    rng = random.Random(0)
    if not args.skip_scaling:
        (t1, q1), (t2, q2) = all_suggestions(args.m), all_suggestions(2 * args.m)
        print(f"doubling the corpus multiplies the all-suggestions CPU time by {t2 / t1:.2f} (2.0 = linear); "
              f"the CPU per query by {q2 / q1:.2f} (1.0 = flat)")
    if not args.skip_latency:
        latency(args.n, args.queries, rng)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
