"""How two claim texts relate: same / supports / contradicts / related / unrelated.

``compare(a, b)`` answers two questions, in this order:

1. *Is this the same (or the same kind of) statement?*  A small "match"
   logistic regression over similarity and alignment features (content-stem
   overlap, character 3-grams, rapidfuzz ratios, in-order alignment of the
   stems, how many words each side adds), adjusted for the speakers when both
   are known.  Its probability is ``Comparison.score``: how likely the pair is a
   real cross-source match.
2. *If so, do they agree?*  Only when the match probability reaches
   ``STANCE_MIN`` is a stance asserted (same / supports / contradicts), from a
   binary agree/disagree logistic regression over the discrepancy finders of
   ``analysis.discrepancy`` (numbers, places, ranks, dates, negation and
   antonyms), the words each side alone has, the aligned word substitutions
   and character n-grams of those words.  Below it the pair is ``related``
   (same topic or speaker, low score) or ``unrelated``.

Both models are in ``resources/stance_model.json`` (trained by
``bench/train_stance.py`` on the ANS train split); without the file, hand-set
rules decide.
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
    NEGATIONS, antonym_discrepancies, content_stems, date_discrepancies, negation_discrepancies,
    number_discrepancies, place_discrepancies, places_in, title_discrepancies,
)
from analysis.normalize import normalize, tokens
from analysis.numbers import find_numbers

__all__ = ["Comparison", "compare", "pair_features", "load_model", "predict_proba", "match_proba",
           "MODEL_PATH", "STANCE_MIN", "RELATED_MIN"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "resources" / "stance_model.json"
RELATIONS = ("same", "supports", "contradicts", "related", "unrelated")
# match probability from which a stance (same/supports/contradicts) is asserted
STANCE_MIN = 0.5
# below this a pair is "unrelated" (not stored as a suggestion)
RELATED_MIN = 0.3


@dataclass
class Comparison:
    relation: str  # same | supports | contradicts | related | unrelated
    score: float  # 0..1: how likely the two are the same (or the same kind of) statement
    discrepancies: list[dict] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    probs: dict[str, float] = field(default_factory=dict)  # agree/disagree/other


# ------------------------------------------------------------------ per-text preparation
class _Prep:
    __slots__ = ("norm", "stems", "stem_set", "char3", "nums", "neg")

    def __init__(self, text: str):
        toks = tokens(text)
        self.norm = " ".join(toks)
        self.stems = content_stems(text)
        self.stem_set = frozenset(self.stems)
        s = self.norm
        self.char3 = frozenset(s[i:i + 3] for i in range(max(0, len(s) - 2)))
        self.nums = find_numbers(text)
        self.neg = sum(1 for t in toks if t in NEGATIONS)


@lru_cache(maxsize=20_000)
def _prep(text: str) -> _Prep:
    return _Prep(text)


# ------------------------------------------------------------------ features
def _char_ngrams(text: str, n: int = 3) -> set[str]:
    s = " ".join(tokens(text))
    return {s[i:i + n] for i in range(max(0, len(s) - n + 1))}


def _jaccard(x: set, y: set) -> float:
    return len(x & y) / len(x | y) if x or y else 0.0


def similarity_parts(a: str, b: str) -> dict[str, float]:
    pa, pb = _prep(a), _prep(b)
    sa, sb = pa.stem_set, pb.stem_set
    inter = len(sa & sb)
    ca, cb = pa.char3, pb.char3
    na, nb = pa.norm, pb.norm
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


def _grams(w: str, lo: int = 2, hi: int = 4):
    s = "<" + w + ">"
    for n in range(lo, hi + 1):
        for i in range(len(s) - n + 1):
            yield s[i:i + n]


def pair_features(a: str, b: str, *, speaker_a=None, speaker_b=None, title_a=None, title_b=None,
                  with_words: bool = True):
    """(features dict, discrepancies list, similarity parts) for the pair.

    Dense features have plain names; sparse ones a prefix: ``r:`` an aligned
    one-for-one substitution, ``x:`` a pair of one-side-only stems (when each
    side has at most 3), ``c:`` a character 2-4-gram of the one-side-only
    stems."""
    pa, pb = _prep(a), _prep(b)
    parts = similarity_parts(a, b)
    f: dict[str, float] = dict(parts)
    ma, mb = pa.nums, pb.nums
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
    f["d_place_shared"] = float(any(d.get("shared") for d in plc))
    f["d_title"] = float(bool(ttl))
    f["d_date"] = float(bool(dat))
    f["d_antonym"] = float(bool(ant))
    f["d_antonym_n"] = float(len(ant))
    f["d_negation"] = float(bool(neg))
    f["d_any"] = float(bool(disc))
    f["neg_diff"] = float(abs(pa.neg - pb.neg))
    vals_a = {m.value for m in ma if m.kind == "count"}
    vals_b = {m.value for m in mb if m.kind == "count"}
    f["num_shared"] = float(bool(vals_a & vals_b))
    f["num_one_side"] = float(bool(vals_a) != bool(vals_b))
    f["num_both_differ"] = float(bool(vals_a) and bool(vals_b) and not vals_a & vals_b)
    pla, plb = set(places_in(a)), set(places_in(b))
    f["place_shared"] = float(bool(pla & plb))
    f["place_only_one"] = float(bool(pla ^ plb))
    f["question"] = float(("?" in pa.norm) != ("?" in pb.norm))
    sim = similarity(a, b, parts)
    f["sim_x_disc"] = sim * f["d_any"]
    f["bias_sim"] = sim
    sa, sb = pa.stem_set, pb.stem_set
    only_a, only_b = sa - sb, sb - sa
    f["n_shared"] = float(len(sa & sb))
    f["log_only_max"] = math.log1p(max(len(only_a), len(only_b)))
    f["log_only_min"] = math.log1p(min(len(only_a), len(only_b)))
    f["log_len_max"] = math.log1p(max(len(sa), len(sb)))
    f["n_stems_min"] = float(min(len(sa), len(sb)))
    f.update(_alignment_features(pa.stems, pb.stems, with_words))
    if with_words:
        for w in only_a | only_b:
            for g in _grams(w):
                f["c:" + g] = 1.0
        if 0 < len(only_a) <= 3 and 0 < len(only_b) <= 3:
            for x in only_a:
                for y in only_b:
                    f["x:" + "|".join(sorted((x, y)))] = 1.0
    return f, disc, parts


def _alignment_features(xa: list[str], xb: list[str], with_words: bool) -> dict[str, float]:
    """In-order alignment of the content stems: a contradiction is often the
    same sentence with one word swapped, a paraphrase reorders and rewords."""
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


# ------------------------------------------------------------------ models
@lru_cache(maxsize=4)
def load_model(path: str | None = None):
    """The stance model file, or None.  Format v2: ``stance`` (binary
    agree/disagree logistic regression) and ``match`` (binary
    match/non-match), each {bias, weights, mean, std}; weights are scalars
    for the positive class.  Sparse features have no mean/std (used as 0/1)."""
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    try:
        m = json.loads(p.read_text(encoding="utf-8"))
        if m.get("version") == 2:
            return {"version": 2, "stance": m["stance"], "match": m.get("match")}
        return {"classes": m["classes"], "bias": m["bias"], "weights": m["weights"],
                "mean": m.get("mean", {}), "std": m.get("std", {})}
    except (OSError, ValueError, KeyError):
        return None


LEXICON_GROUPS = {"sub": ("r:", "x:")}


def lexicon_features(feats: dict[str, float], lexicon: dict[str, dict[str, float]],
                     exclude=None) -> dict[str, float]:
    """Sum, max and min of the learned log-odds (disagree vs agree) of the
    pair's substitutions (``sub``: aligned ``r:`` and one-side-only pairs ``x:``).
    ``exclude(feature) -> log-odds or None`` overrides the lookup (training
    uses it to leave the pair itself out)."""
    out = {}
    for g, pre in LEXICON_GROUPS.items():
        table = lexicon.get(g, {})
        vals = []
        for f in feats:
            if f.startswith(pre):
                v = exclude(f) if exclude is not None else table.get(f)
                if v is not None:
                    vals.append(v)
        out["lo_" + g + "_sum"] = sum(vals)
        out["lo_" + g + "_max"] = max(vals, default=0.0)
        out["lo_" + g + "_min"] = min(vals, default=0.0)
    return out


def _logit(part: dict, feats: dict[str, float]) -> float:
    z = part["bias"]
    W, mean, std = part["weights"], part.get("mean", {}), part.get("std", {})
    for k, v in feats.items():
        w = W.get(k)
        if w is not None:
            z += w * ((v - mean.get(k, 0.0)) / std.get(k, 1.0))
    return z


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def predict_proba(model, feats: dict[str, float]) -> dict[str, float]:
    """Stance probabilities: {agree, disagree} (v2) or the classes of a v1 file."""
    if model.get("version") == 2:
        lex = model["stance"].get("lexicon")
        if lex:
            feats = {**feats, **lexicon_features(feats, lex)}
        pd = _sigmoid(_logit(model["stance"], feats))
        return {"agree": 1.0 - pd, "disagree": pd}
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


# in logit units: a known shared speaker makes "the same statement" likelier,
# two known different speakers less likely (ANS headlines have no speakers,
# so these are set by hand, not learned)
SAME_SPEAKER_LOGIT = 0.8
OTHER_SPEAKER_LOGIT = -0.8


# The match ("same statement") logit, set by hand from general rules, not
# learned: ANS pairs are all short headlines about one story, so they cannot
# teach what separates two different statements of a long news story.
#   similarity above MATCH_SIM0 (MATCH_SIM0_LONG for long texts) counts
#   for, below against;
#   many content words on one side that the other lacks count against (two
#   long sentences sharing a few topical words are different statements);
#   a place list that differs but shares a place, or a shared number, is a
#   sign the two describe the same thing.
MATCH_SIM0 = 0.2  # headline-length texts (selected by grouped CV on ANS train)
MATCH_SIM0_LONG = 0.27  # texts of more than LONG_STEMS content stems: chance overlap grows with length
MATCH_SIM_W = 12.0
MATCH_EXTRA_FREE = 1.8  # log(1 + one-side-only stems) allowed before a penalty
MATCH_EXTRA_W = 1.2


MATCH_SHORT_STEMS = 3  # a side with fewer content stems matches too much by chance
MATCH_SHORT_W = 1.5


def match_logit(feats: dict[str, float]) -> float:
    long = feats["log_len_max"] > math.log1p(LONG_STEMS)
    return (MATCH_SIM_W * (feats["bias_sim"] - (MATCH_SIM0_LONG if long else MATCH_SIM0))
            - MATCH_EXTRA_W * max(0.0, feats["log_only_max"] - MATCH_EXTRA_FREE)
            - MATCH_SHORT_W * (feats.get("n_stems_min", MATCH_SHORT_STEMS) < MATCH_SHORT_STEMS)
            + 0.6 * feats.get("d_place_shared", 0.0) + 0.4 * feats.get("num_shared", 0.0))


def match_proba(feats: dict[str, float], model=None, *, speakers: int = 0, prior: float = 0.0) -> float:
    """How likely the pair is the same (or the same kind of) statement.
    ``speakers``: +1 same known speaker, -1 two different known speakers;
    ``prior``: log-odds added for where the pair comes from (see compare)."""
    part = model.get("match") if model and model.get("version") == 2 else None
    z = (_logit(part, feats) if part else match_logit(feats)) + prior
    if speakers > 0:
        z += SAME_SPEAKER_LOGIT
    elif speakers < 0:
        z += OTHER_SPEAKER_LOGIT
    return _sigmoid(z)


# ------------------------------------------------------------------ compare
# kinds that make an otherwise agreeing pair a contradiction when the model
# is uncertain (a rank difference is about the speaker, not the claim)
_STRONG = ("number", "place", "date", "negation")
# kinds worth showing on a pair that is only related: concrete values that
# differ (a negation/antonym of two different sentences means nothing)
_RELATED_KINDS = ("number", "place", "title", "date")
# disagree probability from which a strong discrepancy makes the pair "contradicts"
STRICT_MIN = 0.3
# ... and from which two texts longer than LONG_STEMS content words, with no
# named discrepancy, are "contradicts": never (above 1).  The stance model
# learned on headlines; on two long sentences a contradiction a reviewer
# cannot see (no number, place, date, negation or antonym differs) was wrong
# on the sample corpus, so such pairs are "related" (stance unclear)
LONG_BARE_MIN = 1.01
LONG_STEMS = 12


def compare(a: str, b: str, *, speaker_a: str | None = None, speaker_b: str | None = None,
            title_a: str | None = None, title_b: str | None = None,
            model_path: str | None = None, prior: float = 0.0) -> Comparison:
    """How ``a`` and ``b`` relate.  ``prior``: log-odds added to the match
    logit for the base rate of same-statement pairs where the pair comes
    from: 0 for a pair a reviewer chose (or a stance corpus), negative for
    candidates retrieved from a corpus by shared words (see
    ``storage.linking.RETRIEVAL_PRIOR``)."""
    feats, disc, parts = pair_features(a, b, speaker_a=speaker_a, speaker_b=speaker_b,
                                       title_a=title_a, title_b=title_b)
    sim = feats["bias_sim"]
    spk = _speaker_relation(speaker_a, speaker_b)
    model = load_model(model_path)
    if model is not None and model.get("version") != 2:
        model = None  # a v1 file (3 classes) has no match model: rules decide
    match = match_proba(feats, model, speakers=spk, prior=prior)
    reasons = [f"similarity {sim:.2f}", f"match {match:.2f}"]
    if spk > 0:
        reasons.append("same speaker")
    elif spk < 0:
        reasons.append("different speakers")
    if model is not None:
        stance = predict_proba(model, feats)
    else:
        stance = _rule_stance(disc)
    pdis = stance["disagree"]
    probs = {"agree": round(match * (1 - pdis), 4), "disagree": round(match * pdis, 4),
             "other": round(1 - match, 4)}
    long = max(len(_prep(a).stem_set), len(_prep(b).stem_set)) > LONG_STEMS
    rel, disc, why = decide(match, pdis, sim, disc, long=long)
    reasons += why
    for d in disc:
        reasons.append(f"{d['kind']}: {d['a']} ≠ {d['b']}")
    return Comparison(rel, round(float(match), 4), disc, reasons, probs)


def decide(match: float, pdis: float, sim: float, disc: list[dict], *,
           long: bool = False) -> tuple[str, list[dict], list[str]]:
    """(relation, discrepancies to show, reasons) from the match probability
    and the disagree probability.  ``long``: texts longer than a headline
    (the stance model learned on headlines), where a contradiction that names
    no differing value needs a surer model."""
    why = []
    if match >= STANCE_MIN:
        why.append(f"stance: disagree {pdis:.2f}")
        strict = [d for d in disc if d["kind"] in _STRONG]
        named = [d for d in disc if d["kind"] != "title"]
        if pdis >= (0.5 if named or not long else LONG_BARE_MIN):
            rel = "contradicts"
        elif long and not named and pdis >= 0.5:
            rel = "related"
            why.append("leans to disagree but names no differing value: stance unclear")
        elif strict and pdis >= STRICT_MIN:
            rel = "contradicts"
            why.append("a number, place, date or negation differs")
        elif sim >= 0.6 and all(d["kind"] == "title" for d in disc):
            rel = "same"
        else:
            rel = "supports"
        return rel, disc, why
    disc = [d for d in disc if d["kind"] in _RELATED_KINDS]
    if match >= RELATED_MIN:
        why.append("not close enough to be the same statement: no stance")
        return "related", disc, why
    return "unrelated", disc, why


def _rule_stance(disc: list[dict]) -> dict[str, float]:
    p = 0.8 if any(d["kind"] in _STRONG for d in disc) else 0.2
    return {"agree": 1 - p, "disagree": p}


def _speaker_relation(x, y) -> int:
    """+1 same speaker, -1 two known different speakers, 0 unknown."""
    if not x or not y:
        return 0
    return 1 if _same_speaker(x, y) else -1


def _same_speaker(x, y) -> bool:
    if not x or not y:
        return False
    tx, ty = set(tokens(x)), set(tokens(y))
    strip = lambda s: {t[2:] if t.startswith("ال") else t for t in s}
    return bool(strip(tx) & strip(ty))
