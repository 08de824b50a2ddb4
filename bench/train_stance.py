"""Train the small stance model behind analysis.compare on the ANS TRAIN split.

Multinomial logistic regression (pure Python, L2, class-balanced) over the
hand-built pair features of ``analysis.compare.pair_features`` plus the
words that differ between the two texts (kept when seen in >= MIN_DF train
pairs).  Writes resources/stance_model.json.  The dev split is never read here.

    .venv/bin/python bench/train_stance.py [--ans DIR] [--out PATH]
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.compare import MODEL_PATH, pair_features  # noqa: E402

CLASSES = ["agree", "disagree", "other"]
MIN_DF = 3


def read_pairs(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [(r["s1"], r["s2"], r["stance"].strip()) for r in csv.DictReader(fh)
                if r.get("stance", "").strip() in CLASSES]


def featurize(pairs):
    return [pair_features(a, b)[0] for a, b, _ in pairs]


def train(X: list[dict], y: list[int], *, epochs=60, lr=0.1, l2=1e-3, l2_words=3e-3, seed=0):
    k = len(CLASSES)
    df = Counter(f for x in X for f in x if f.startswith(("w:", "r:")))
    keep = {f for f, c in df.items() if c >= MIN_DF}
    dense = sorted({f for x in X for f in x if not f.startswith(("w:", "r:"))})
    mean = {f: sum(x.get(f, 0.0) for x in X) / len(X) for f in dense}
    std = {f: math.sqrt(sum((x.get(f, 0.0) - mean[f]) ** 2 for x in X) / len(X)) or 1.0 for f in dense}
    rows = []
    for x in X:
        r = {f: (x.get(f, 0.0) - mean[f]) / std[f] for f in dense}
        r.update({f: v for f, v in x.items() if f in keep})
        rows.append(r)
    counts = Counter(y)
    cw = {c: len(y) / (k * counts[c]) for c in counts}
    W = {f: [0.0] * k for f in list(dense) + sorted(keep)}
    b = [0.0] * k
    rng = random.Random(seed)
    idx = list(range(len(rows)))
    for ep in range(epochs):
        rng.shuffle(idx)
        step = lr / (1 + ep * 0.05)
        for i in idx:
            r, t = rows[i], y[i]
            z = list(b)
            for f, v in r.items():
                w = W[f]
                for c in range(k):
                    z[c] += w[c] * v
            mx = max(z)
            e = [math.exp(v - mx) for v in z]
            s = sum(e)
            g = [(e[c] / s - (1.0 if c == t else 0.0)) * cw[t] for c in range(k)]
            for c in range(k):
                b[c] -= step * g[c]
            for f, v in r.items():
                w = W[f]
                reg = l2_words if f.startswith(("w:", "r:")) else l2
                for c in range(k):
                    w[c] -= step * (g[c] * v + reg * w[c])
    W = {f: [round(v, 4) for v in w] for f, w in W.items() if any(abs(v) > 1e-3 for v in w)}
    return {"classes": CLASSES, "bias": [round(v, 4) for v in b], "weights": W,
            "mean": {f: round(mean[f], 6) for f in dense}, "std": {f: round(std[f], 6) for f in dense}}


def cross_validate(pairs, X, y, k) -> int:
    from analysis.compare import predict_proba
    order = list(range(len(X)))
    random.Random(1).shuffle(order)
    pred = [None] * len(X)
    for fold in range(k):
        test = set(order[fold::k])
        tr = [i for i in order if i not in test]
        m = train([X[i] for i in tr], [y[i] for i in tr])
        for i in test:
            pr = predict_proba(m, X[i])
            pred[i] = CLASSES.index(max(pr, key=pr.get))
    f1s = []
    for c in range(len(CLASSES)):
        tp = sum(p == c and t == c for p, t in zip(pred, y))
        fp = sum(p == c and t != c for p, t in zip(pred, y))
        fn = sum(p != c and t == c for p, t in zip(pred, y))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    print(f"{k}-fold CV on train: F1 " + " ".join(f"{c} {f:.3f}" for c, f in zip(CLASSES, f1s))
          + f"  macro {sum(f1s) / len(f1s):.3f}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ans", default=str(ROOT.parent / "shared" / "datasets" / "ans"))
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on TRAIN only, no write")
    args = ap.parse_args(argv)
    path = Path(args.ans) / "stance_train.csv"
    if not path.exists():
        print(f"ANS train split not found at {path}; nothing trained.")
        return 0
    t0 = time.time()
    pairs = read_pairs(path)
    X = featurize(pairs)
    y = [CLASSES.index(l) for _, _, l in pairs]
    if args.cv:
        return cross_validate(pairs, X, y, args.cv)
    model = train(X, y)
    model["about"] = ("Stance model for analysis.compare: multinomial logistic regression trained by "
                      "bench/train_stance.py on the ANS stance TRAIN split (J. Khouja, FEVER 2020, "
                      "Apache-2.0). Features: similarity, discrepancy flags, differing words.")
    model["train_pairs"] = len(pairs)
    out = Path(args.out)
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    # training-set fit, for information only
    from analysis.compare import predict_proba
    pred = [max(predict_proba(model, x).items(), key=lambda kv: kv[1])[0] for x in X]
    acc = sum(p == l for p, (_, _, l) in zip(pred, pairs)) / len(pairs)
    print(f"trained on {len(pairs)} pairs in {time.time() - t0:.1f}s; {len(model['weights'])} weights; "
          f"train accuracy {acc:.3f}; wrote {out} ({out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
