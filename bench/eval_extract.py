"""Score the claim extractor against the shared development gold.

Matching rule (from the gold's "about"): a system claim matches a gold claim
when it is in the same article, its span contains most (>50%) of the key's
words after Arabic normalization, and its speaker resolves to the same entity
as the gold speaker (analysis.entities).  Titles are checked separately.

    .venv/bin/python bench/eval_extract.py [--verbose] [--gold PATH]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.entities import EntityResolver, canonical_name  # noqa: E402
from analysis.extract import analyze  # noqa: E402
from analysis.normalize import tokens  # noqa: E402

SHARED = ROOT.parent / "shared"


def _covers(claim_text: str, key: str) -> float:
    key_words = tokens(key)
    have = set(tokens(claim_text))
    return sum(1 for w in key_words if w in have) / max(1, len(key_words))


def _same_speaker(claim, gold_speaker: str) -> bool:
    if not claim.speaker_name and not claim.speaker:
        return False
    res = EntityResolver([(1, gold_speaker, "x", [])])
    for name in (claim.speaker_name, claim.speaker):
        if name and (canonical_name(name) == canonical_name(gold_speaker) or res.resolve(name, "x") == 1):
            return True
    return False


def _title_ok(claim, gold_title: str) -> bool:
    from analysis.normalize import normalize

    return bool(claim.speaker_title) and normalize(gold_title) in normalize(claim.speaker_title)


def evaluate(gold_path: Path, seeds: Path, verbose: bool = False) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    analyses = {}
    for aid, fname in gold["articles"].items():
        text = (seeds / fname).read_text(encoding="utf-8")
        analyses[aid] = analyze(text)
    hits = titled = title_ok = 0
    for g in gold["claims"]:
        claims = analyses[g["a"]].claims
        best = None
        for c in claims:
            if _covers(c.text, g["key"]) > 0.5 and _same_speaker(c, g["speaker"]):
                best = c
                break
        hits += best is not None
        if g.get("title"):
            titled += 1
            title_ok += bool(best and _title_ok(best, g["title"]))
        if verbose:
            cand = max(claims, key=lambda c: _covers(c.text, g["key"]), default=None)
            print(("OK  " if best else "MISS"), g["id"], g["speaker"], "|",
                  (best or cand).speaker_name if (best or cand) else None,
                  "| title:", (best.speaker_title if best else None), "gold:", g.get("title"))
    n_claims = sum(len(a.claims) for a in analyses.values())
    return {
        "gold": len(gold["claims"]),
        "recall_right_speaker": round(hits / len(gold["claims"]), 3),
        "title_accuracy": round(title_ok / titled, 3) if titled else None,
        "claims_per_article": round(n_claims / len(analyses), 2),
        "claims_per_gold": round(n_claims / len(gold["claims"]), 2),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "dev_gold.json")
    ap.add_argument("--seeds", type=Path, default=None)
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"gold file not found: {args.gold} (../shared is missing?); nothing to score.")
        return 0
    seeds = args.seeds or (args.gold.parent.parent / "corpus" / "seeds")
    if not seeds.exists():
        seeds = ROOT / "resources" / "demo"
    result = evaluate(args.gold, seeds, args.verbose)
    for k, v in result.items():
        print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
