"""Macro-F1 of analysis.compare on the ANS stance DEV split.

Relation mapping: same/supports -> agree, contradicts -> disagree,
related/unrelated -> other.  Reports the 3-class macro-F1 (the published BERT
baseline, 0.767, is on these three classes) and the agree/disagree 2-class
view.  Exits 0 with a message when ../shared is missing.

    .venv/bin/python bench/eval_ans.py [--ans DIR] [--split dev] [--no-model]
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.compare import compare  # noqa: E402

MAP = {"same": "agree", "supports": "agree", "contradicts": "disagree",
       "related": "other", "unrelated": "other"}


def f1_table(gold, pred, labels):
    out = {}
    for l in labels:
        tp = sum(g == l and p == l for g, p in zip(gold, pred))
        fp = sum(g != l and p == l for g, p in zip(gold, pred))
        fn = sum(g == l and p != l for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[l] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ans", default=str(ROOT.parent / "shared" / "datasets" / "ans"))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--no-model", action="store_true", help="rules only (no stance_model.json)")
    args = ap.parse_args(argv)
    path = Path(args.ans) / f"stance_{args.split}.csv"
    if not path.exists():
        print(f"ANS split not found at {path}; skipping.")
        return 0
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("stance")]
    kw = {"model_path": "/nonexistent"} if args.no_model else {}
    t0, c0 = time.time(), time.process_time()
    pred = [MAP[compare(r["s1"], r["s2"], **kw).relation] for r in rows]
    dt, dc = time.time() - t0, time.process_time() - c0
    gold = [r["stance"].strip() for r in rows]
    labels = ["agree", "disagree", "other"]
    t3 = f1_table(gold, pred, labels)
    macro3 = sum(v[2] for v in t3.values()) / 3
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    print(f"ANS stance {args.split}: {len(rows)} pairs, {dt * 1000 / len(rows):.2f} ms/pair wall, "
          f"{dc * 1000 / len(rows):.2f} ms/pair CPU"
          f"{' (rules only)' if args.no_model else ''}")
    print(f"  gold {dict(Counter(gold))}  predicted {dict(Counter(pred))}")
    for l, (p, r, f) in t3.items():
        print(f"  {l:9s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  3-class macro-F1 {macro3:.3f}  (published BERT 0.767)   accuracy {acc:.3f}")
    two = [(g, p) for g, p in zip(gold, pred) if g != "other"]
    t2 = f1_table([g for g, _ in two], [p for _, p in two], ["agree", "disagree"])
    print(f"  2-class (agree/disagree pairs only) macro-F1 {sum(v[2] for v in t2.values()) / 2:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
