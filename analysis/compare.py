"""How two claim texts relate: same / supports / contradicts / related / unrelated.

``compare(a, b)`` combines
- similarity (content-stem overlap, character 3-gram overlap, rapidfuzz ratios),
- the discrepancy finders of ``analysis.discrepancy`` (numbers, places, ranks,
  dates, negation and antonyms), each naming both values,
- a small multinomial logistic regression over those features
  (``resources/stance_model.json``, trained by ``bench/train_stance.py`` on the
  ANS train split).  Without the file, hand-set rules decide.
"""
from __future__ import annotations

import json
import math
from difflib import SequenceMatcher
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from analysis.discrepancy import (
    antonym_discrepancies, content_stems, date_discrepancies, negation_discrepancies,
    number_discrepancies, place_discrepancies, places_in, title_discrepancies,
)
from analysis.normalize import normalize, tokens
from analysis.numbers import find_numbers

__all__ = ["Comparison", "compare", "pair_features", "load_model", "MODEL_PATH"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "resources" / "stance_model.json"
RELATIONS = ("same", "supports", "contradicts", "related", "unrelated")


@dataclass
class Comparison:
    relation: str  # same | supports | contradicts | related | unrelated
    score: float  # 0..1: similarity for same/supports/related, confidence for contradicts
    discrepancies: list[dict] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    probs: dict[str, float] = field(default_factory=dict)  # agree/disagree/other when a model is loaded


# ------------------------------------------------------------------ features
def _char_ngrams(text: str, n: int = 3) -> set[str]:
    s = " ".join(tokens(text))
    return {s[i:i + n] for i in range(max(0, len(s) - n + 1))}


def _jaccard(x: set, y: set) -> float:
    return len(x & y) / len(x | y) if x or y else 0.0


def similarity_parts(a: str, b: str) -> dict[str, float]:
    sa, sb = set(content_stems(a)), set(content_stems(b))
    inter = len(sa & sb)
    ca, cb = _char_ngrams(a), _char_ngrams(b)
    na, nb = " ".join(tokens(a)), " ".join(tokens(b))
    return {
        "stem_jaccard": _jaccard(sa, sb),
        "stem_containment": inter / min(len(sa), len(sb)) if sa and sb else 0.0,
        "char3_jaccard": _jaccard(ca, cb),
        "char3_containment": len(ca & cb) / min(len(ca), len(cb)) if ca and cb else 0.0,
        "token_set_ratio": fuzz.token_set_ratio(na, nb) / 100.0,
        "ratio": fuzz.ratio(na, nb) / 100.0,
        "partial_ratio": fuzz.partial_ratio(na, nb) / 100.0 if min(len(na), len(nb)) >= 1 else 0.0,
        "unmatched_a": len(sa - sb) / max(1, len(sa)),
        "unmatched_b": len(sb - sa) / max(1, len(sb)),
        "len_ratio": min(len(na), len(nb)) / max(1, max(len(na), len(nb))),
    }


def similarity(a: str, b: str, parts: dict | None = None) -> float:
    p = parts or similarity_parts(a, b)
    return max(0.0, min(1.0, 0.35 * p["stem_jaccard"] + 0.2 * p["stem_containment"]
                        + 0.25 * p["char3_jaccard"] + 0.2 * p["token_set_ratio"]))


def pair_features(a: str, b: str, *, speaker_a=None, speaker_b=None, title_a=None, title_b=None,
                  with_words: bool = True):
    """(features dict, discrepancies list) for the pair."""
    parts = similarity_parts(a, b)
    f: dict[str, float] = dict(parts)
    ma, mb = find_numbers(a), find_numbers(b)
    num = number_discrepancies(a, b, ma, mb)
    plc = place_discrepancies(a, b)
    ttl = title_discrepancies(a, b, speaker_a=speaker_a, speaker_b=speaker_b,
                              title_a=title_a, title_b=title_b)
    dat = date_discrepancies(a, b, ma, mb)
    ant = antonym_discrepancies(a, b)
    neg = negation_discrepancies(a, b)
    disc = num + plc + ttl + dat + ant + neg
    f["d_number"] = float(bool(num))
    f["d_place"] = float(bool(plc))
    f["d_title"] = float(bool(ttl))
    f["d_date"] = float(bool(dat))
    f["d_antonym"] = float(bool(ant))
    f["d_antonym_n"] = float(len(ant))
    f["d_negation"] = float(bool(neg))
    f["d_any"] = float(bool(disc))
    vals_a = {m.value for m in ma if m.kind == "count"}
    vals_b = {m.value for m in mb if m.kind == "count"}
    f["num_shared"] = float(bool(vals_a & vals_b))
    f["num_one_side"] = float(bool(vals_a) != bool(vals_b))
    pa, pb = set(places_in(a)), set(places_in(b))
    f["place_shared"] = float(bool(pa & pb))
    f["place_only_one"] = float(bool(pa ^ pb))
    f["question"] = float(("?" in normalize(a)) != ("?" in normalize(b)))
    f["sim_x_disc"] = similarity(a, b, parts) * f["d_any"]
    f["bias_sim"] = similarity(a, b, parts)
    f.update(_alignment_features(a, b, with_words))
    if with_words:
        sa, sb = set(content_stems(a)), set(content_stems(b))
        for w in sa ^ sb:
            f["w:" + w] = 1.0
    return f, disc, parts


def _alignment_features(a: str, b: str, with_words: bool) -> dict[str, float]:
    """In-order alignment of the content stems: a contradiction is often the
    same sentence with one word swapped, a paraphrase reorders and rewords."""
    xa, xb = content_stems(a), content_stems(b)
    sm = SequenceMatcher(None, xa, xb, autojunk=False)
    reps = ins = 0
    dissimilar = 0
    f: dict[str, float] = {}
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "replace":
            reps += 1
            wa, wb = " ".join(xa[i1:i2]), " ".join(xb[j1:j2])
            if fuzz.ratio(wa, wb) < 50:
                dissimilar += 1
            if with_words and i2 - i1 == 1 and j2 - j1 == 1:
                f["r:" + "|".join(sorted((wa, wb)))] = 1.0
        elif op in ("insert", "delete"):
            ins += 1
    f["al_ratio"] = sm.ratio()
    f["al_replace"] = float(reps)
    f["al_replace_dissimilar"] = float(dissimilar)
    f["al_indel"] = float(ins)
    f["al_single_sub"] = float(reps == 1 and ins == 0)
    f["al_single_sub_dissim"] = float(reps == 1 and dissimilar == 1 and ins <= 1)
    return f


# ------------------------------------------------------------------ model
@lru_cache(maxsize=4)
def load_model(path: str | None = None):
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    try:
        m = json.loads(p.read_text(encoding="utf-8"))
        return {"classes": m["classes"], "bias": m["bias"], "weights": m["weights"],
                "mean": m.get("mean", {}), "std": m.get("std", {})}
    except (OSError, ValueError, KeyError):
        return None


def predict_proba(model, feats: dict[str, float]) -> dict[str, float]:
    classes = model["classes"]
    z = list(model["bias"])
    W, mean, std = model["weights"], model["mean"], model["std"]
    for k, v in feats.items():
        w = W.get(k)
        if w is None:
            continue
        x = (v - mean.get(k, 0.0)) / std.get(k, 1.0)
        for c in range(len(classes)):
            z[c] += w[c] * x
    mx = max(z)
    e = [math.exp(v - mx) for v in z]
    s = sum(e)
    return {c: e[i] / s for i, c in enumerate(classes)}


# ------------------------------------------------------------------ compare
# kinds that make an otherwise agreeing pair a contradiction (a rank
# difference is about the speaker, not the claim: it is listed, not decisive)
_STRONG = ("number", "place", "date", "negation")


def compare(a: str, b: str, *, speaker_a: str | None = None, speaker_b: str | None = None,
            title_a: str | None = None, title_b: str | None = None,
            model_path: str | None = None) -> Comparison:
    feats, disc, parts = pair_features(a, b, speaker_a=speaker_a, speaker_b=speaker_b,
                                       title_a=title_a, title_b=title_b)
    sim = similarity(a, b, parts)
    same_speaker = _same_speaker(speaker_a, speaker_b)
    reasons = [f"similarity {sim:.2f}"]
    if same_speaker:
        reasons.append("same speaker")
    for d in disc:
        reasons.append(f"{d['kind']}: {d['a']} ≠ {d['b']}")
    model = load_model(model_path)
    probs: dict[str, float] = {}
    if model is not None:
        probs = predict_proba(model, feats)
        label = max(probs, key=probs.get)
        reasons.append("model " + ", ".join(f"{k} {v:.2f}" for k, v in probs.items()))
    else:
        label = _rule_label(sim, disc, parts)
    topical = sim >= 0.12 or parts["stem_containment"] >= 0.25 or same_speaker
    if label == "disagree" and _only_disjoint_places(disc) and sim < 0.45:
        # two different place lists (not one place swapped for another) with
        # nothing in common, in otherwise different sentences: about
        # different things, not a contradiction
        label = "other"
        reasons.append("place lists share nothing and the wording differs: related, not contradicting")
    if label == "disagree" and topical:
        rel, score = "contradicts", probs.get("disagree", min(1.0, 0.5 + sim))
    elif label == "agree" and topical:
        strict = [d for d in disc if d["kind"] in _STRONG]
        if strict:
            rel, score = "contradicts", max(0.5, sim)
        elif sim >= 0.6 and all(d["kind"] == "title" for d in disc):
            rel, score = "same", sim
        else:
            rel, score = "supports", sim
    elif topical and (sim >= 0.2 or same_speaker or disc):
        rel, score = "related", sim
    else:
        rel, score = "unrelated", sim
    return Comparison(rel, round(float(score), 4), disc, reasons, probs)


def _only_disjoint_places(disc: list[dict]) -> bool:
    kinds = {d["kind"] for d in disc}
    return kinds == {"place"} and all(
        not d.get("shared") and max(d["a"].count("،"), d["b"].count("،")) >= 1 for d in disc)


def _rule_label(sim: float, disc: list[dict], parts: dict) -> str:
    if sim < 0.12 and parts["stem_containment"] < 0.25:
        return "other"
    if disc:
        return "disagree"
    return "agree" if sim >= 0.3 or parts["stem_containment"] >= 0.5 else "other"


def _same_speaker(x, y) -> bool:
    if not x or not y:
        return False
    tx, ty = set(tokens(x)), set(tokens(y))
    strip = lambda s: {t[2:] if t.startswith("ال") else t for t in s}
    return bool(strip(tx) & strip(ty))
