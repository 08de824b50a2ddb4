"""Train the two small models behind analysis.compare on the ANS TRAIN split.

* stance: binary logistic regression, agree (0) vs disagree (1), on the
  agree/disagree pairs, over the dense pair features of
  ``analysis.compare.pair_features`` (standardized) plus its sparse 0/1
  features (aligned substitutions ``r:``, pairs of one-side-only stems
  ``x:``, character 2-4-grams of the one-side-only stems ``c:``), each
  kept when seen in >= MIN_DF training pairs.
  Plus a substitution lexicon: for every ``r:``/``x:`` substitution, the smoothed log-odds of disagree vs agree among the training
  pairs that have it; the sum/max/min over a pair's features are dense
  features (``lo_*``), computed leaving the pair itself out while training.
* the match ("same statement") gate is set by hand in analysis.compare (ANS
  headline pairs cannot teach what separates two statements of one story);
  the cross-validation below applies it, so 'other' is predicted as
  compare() would.

scikit-learn is used for fitting only; the weights are written as compact
JSON (resources/stance_model.json, format v2) and read without it.  The dev
split is never read here: ``--cv K`` reports K-fold cross-validation on train
(folds grouped by first headline; end to end, with the same decision rule
as compare()), for model selection.  Selected by grouped 5-fold CV of the
stance model alone (2-class macro-F1): C=0.1 (0.03: 0.777, 0.3: 0.762),
without single one-side stems as features (0.782 against 0.777 with them;
0.753 without the character n-grams; 0.738 with no sparse feature at all).
End to end with the match gate (``--cv 5``): 2-class 0.776, 3-class 0.715.

    .venv/bin/python bench/train_stance.py [--ans DIR] [--out PATH] [--cv 5] [--C 0.3]
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

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.compare import (  # noqa: E402
    LEXICON_GROUPS, LONG_STEMS, MODEL_PATH, decide, lexicon_features, match_proba, pair_features, predict_proba)
from analysis.discrepancy import content_stems  # noqa: E402

CLASSES = ["agree", "disagree", "other"]
MIN_DF = 2
SPARSE = ("w:", "r:", "x:", "c:")


def read_pairs(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [(r["s1"], r["s2"], r["stance"].strip()) for r in csv.DictReader(fh)
                if r.get("stance", "").strip() in CLASSES]


def featurize(pairs):
    return [pair_features(a, b) for a, b, _ in pairs]


def fit_binary(X: list[dict], y: list[int], *, C: float, sparse_ok=True, dense_only=None,
               class_weight="balanced", sparse_scale=1.0) -> dict:
    """Logistic regression over dict features -> {bias, weights, mean, std}."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    if dense_only is not None:
        dense = list(dense_only)
        keep = []
    else:
        dense = sorted({f for x in X for f in x if not f.startswith(SPARSE)})
        df = Counter(f for x in X for f in x if f.startswith(SPARSE))
        keep = sorted(f for f, c in df.items() if c >= MIN_DF) if sparse_ok else []
    cols = {f: i for i, f in enumerate(dense + keep)}
    D = np.array([[x.get(f, 0.0) for f in dense] for x in X], dtype=float)
    mean = D.mean(axis=0)
    std = D.std(axis=0)
    std[std == 0] = 1.0
    D = (D - mean) / std
    rows, colsi, vals = [], [], []
    for i, x in enumerate(X):
        for j in range(len(dense)):
            rows.append(i); colsi.append(j); vals.append(D[i, j])
        for f in x:
            c = cols.get(f)
            if c is not None and c >= len(dense):
                rows.append(i); colsi.append(c); vals.append(sparse_scale)
    M = csr_matrix((vals, (rows, colsi)), shape=(len(X), len(cols)))
    clf = LogisticRegression(C=C, class_weight=class_weight, max_iter=3000, solver="liblinear")
    clf.fit(M, np.array(y))
    w = clf.coef_[0]
    weights = {}
    for f, c in cols.items():
        v = float(w[c]) * (sparse_scale if c >= len(dense) else 1.0)
        if abs(v) >= 5e-3:
            weights[f] = round(v, 3)
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": weights,
            "mean": {f: round(float(mean[i]), 5) for i, f in enumerate(dense)},
            "std": {f: round(float(std[i]), 5) for i, f in enumerate(dense)}}


ALPHA = 1.0  # add-alpha smoothing of the lexicon counts


def _lexicon_counts(pairs, F, idx):
    cnt = {f: [0, 0] for i in idx for f in F[i][0] if f.startswith(("r:", "x:", "w:"))}
    for i in idx:
        d = int(pairs[i][2] == "disagree")
        for f in F[i][0]:
            c = cnt.get(f)
            if c is not None:
                c[d] += 1
    return cnt


def _lo(na: int, nd: int) -> float | None:
    return math.log((nd + ALPHA) / (na + ALPHA)) if na + nd > 0 else None


def train(pairs, F, idx, *, C=0.1, seed=0) -> dict:
    st = [i for i in idx if pairs[i][2] != "other"]
    cnt = _lexicon_counts(pairs, F, st)
    X = []
    for i in st:
        x = F[i][0]
        d = int(pairs[i][2] == "disagree")

        def loo(f, d=d):
            na, nd = cnt[f]
            return _lo(na - (1 - d), nd - d)
        X.append({**x, **lexicon_features(x, {}, exclude=loo)})
    stance = fit_binary(X, [int(pairs[i][2] == "disagree") for i in st], C=C)
    lexicon = {g: {} for g in LEXICON_GROUPS}
    for f, (na, nd) in cnt.items():
        g = next(g for g, pre in LEXICON_GROUPS.items() if f.startswith(pre))
        lexicon[g][f] = round(_lo(na, nd), 2)
    stance["lexicon"] = lexicon
    return {"version": 2, "stance": stance, "match": None}


def predict(model, feats, disc) -> str:
    m = match_proba(feats, model)
    pd = predict_proba(model, feats)["disagree"]
    long = feats["log_len_max"] > math.log1p(LONG_STEMS)
    rel, _, _ = decide(m, pd, feats["bias_sim"], disc, long=long)
    return {"same": "agree", "supports": "agree", "contradicts": "disagree"}.get(rel, "other")


def f1s(gold, pred, labels):
    out = []
    for l in labels:
        tp = sum(g == l and p == l for g, p in zip(gold, pred))
        fp = sum(g != l and p == l for g, p in zip(gold, pred))
        fn = sum(g == l and p != l for g, p in zip(gold, pred))
        out.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return out


def cross_validate(pairs, F, k, **kw) -> tuple[float, float]:
    # folds grouped by the first headline: ANS pairs several second headlines
    # with one first headline, and a split that puts the same story on both
    # sides of a fold learns the story's words, not stance (it overstates CV)
    groups = sorted({p[0] for p in pairs})
    random.Random(1).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    order = list(range(len(pairs)))
    pred = [None] * len(pairs)
    for fold in range(k):
        test = {i for i in order if fold_of[pairs[i][0]] == fold}
        tr = [i for i in order if i not in test]
        m = train(pairs, F, tr, **kw)
        for i in test:
            pred[i] = predict(m, F[i][0], F[i][1])
    gold = [p[2] for p in pairs]
    f3 = f1s(gold, pred, CLASSES)
    two = [(g, p) for g, p in zip(gold, pred) if g != "other"]
    f2 = f1s([g for g, _ in two], [p for _, p in two], CLASSES[:2])
    m3, m2 = sum(f3) / 3, sum(f2) / 2
    print(f"{k}-fold CV on train {kw}: F1 " + " ".join(f"{c} {f:.3f}" for c, f in zip(CLASSES, f3))
          + f"  3-class macro {m3:.3f}  2-class macro {m2:.3f}  other predicted {pred.count('other')}",
          flush=True)
    return m2, m3


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ans", default=str(ROOT.parent / "shared" / "datasets" / "ans"))
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on TRAIN only, no write")
    ap.add_argument("--C", type=float, nargs="*", default=[0.1], help="stance L2 inverse strength(s)")
    args = ap.parse_args(argv)
    path = Path(args.ans) / "stance_train.csv"
    if not path.exists():
        print(f"ANS train split not found at {path}; nothing trained.")
        return 0
    t0, c0 = time.time(), time.process_time()
    pairs = read_pairs(path)
    F = featurize(pairs)
    if args.cv:
        for C in args.C:
            cross_validate(pairs, F, args.cv, C=C)
        return 0
    model = train(pairs, F, list(range(len(pairs))), C=args.C[0])
    model["about"] = ("Models for analysis.compare trained by bench/train_stance.py on the ANS stance "
                      "TRAIN split (J. Khouja, FEVER 2020, Apache-2.0): 'stance' (agree vs disagree) over "
                      "similarity, discrepancy flags, one-side-only stems, substitutions, their "
                      "character n-grams, and a substitution lexicon (log-odds of disagree vs agree "
                      "per stem pair / stem, counted on the train split).")
    model["train_pairs"] = len(pairs)
    model["C"] = args.C[0]
    out = Path(args.out)
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"trained on {len(pairs)} pairs in {time.time() - t0:.1f}s wall, {time.process_time() - c0:.1f}s CPU; "
          f"{len(model['stance']['weights'])} stance weights; wrote {out} ({out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
