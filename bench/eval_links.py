"""Cross-source link suggestions on the dev gold (eval/dev_gold.json).

For every gold link (x, y) the claim x is queried against an index of every
claim of the five seed articles (the other claims are the noise); recall@5 is
the share of link directions whose partner is among the top 5 suggestions.
Relation accuracy is compare(x, y).relation against the gold relation, with
the retrieval prior storage.linking applies to the candidates it stores.

Two runs:
1. "sentence" - each gold claim's key is located in its article and the
   enclosing sentence is the claim text; the other sentences of all five
   articles are indexed as noise claims;
2. "extracted" - (when analysis.extract exists) the claims analyze() finds in
   all five seed articles; a gold claim maps to the system claim in its
   article whose span contains most of the key's normalized words.

Exits 0 with a message when ../shared is missing.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.candidates import CandidateIndex  # noqa: E402
from analysis.compare import compare  # noqa: E402
from analysis.normalize import normalize, tokens  # noqa: E402
from analysis.numbers import find_numbers  # noqa: E402
from storage.linking import retrieval_prior  # noqa: E402  (judged as storage.linking judges them)

SHARED = ROOT.parent / "shared"
_SENT = re.compile(r"[^.!?؟\n]+[.!?؟]?")


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENT.finditer(text) if len(m.group().strip()) > 15]


def speaker_key(name: str | None) -> str | None:
    if not name:
        return None
    toks = tokens(name)
    if not toks:
        return None
    last = toks[-1]
    return last[2:] if last.startswith("ال") and len(last) > 4 else last


def key_span(text: str, key: str) -> tuple[int, int] | None:
    i = text.find(key)
    if i >= 0:
        return i, i + len(key)
    nk = normalize(key)
    from analysis.normalize import normalize_with_map
    nt = normalize_with_map(text)
    j = nt.text.find(nk)
    return nt.to_original(j, j + len(nk)) if j >= 0 else None


def covers(span_text: str, key: str) -> float:
    kw = set(tokens(key))
    return len(kw & set(tokens(span_text))) / max(1, len(kw))


def run(name, claims, gold_map, gold, speakers_ids):
    """claims: list of dicts id, article, text, speaker, title."""
    idx = CandidateIndex()
    by_id = {c["id"]: c for c in claims}
    for c in claims:
        idx.add(c["id"], c["article"], c["text"], speaker_entity=speakers_ids.get(speaker_key(c["speaker"])),
                numbers=[m.value for m in find_numbers(c["text"]) if m.kind == "count"])
    hits = total = correct = 0
    lat = []
    rows = []
    for link in gold["links"]:
        x, y = link["pair"]
        if x not in gold_map or y not in gold_map:
            rows.append(f"  {x} ~ {y}: gold claim not found by the system")
            total += 2
            continue
        cx, cy = by_id[gold_map[x]], by_id[gold_map[y]]
        for q, t in ((cx, cy), (cy, cx)):
            t0 = time.perf_counter()
            res = idx.query(q["text"], article_id=q["article"],
                            speaker_entity=speakers_ids.get(speaker_key(q["speaker"])),
                            numbers=[m.value for m in find_numbers(q["text"]) if m.kind == "count"], k=5)
            lat.append(time.perf_counter() - t0)
            ids = [cid for cid, _ in res]
            total += 1
            hits += t["id"] in ids
        cmp = compare(cx["text"], cy["text"], speaker_a=cx["speaker"], speaker_b=cy["speaker"],
                      title_a=cx.get("title"), title_b=cy.get("title"),
                      prior=retrieval_prior(cx["speaker"], cy["speaker"]))
        correct += cmp.relation == link["rel"]
        rows.append(f"  {x} ~ {y}: gold {link['rel']:11s} got {cmp.relation:11s} score {cmp.score:.2f} "
                    + "; ".join(f"{d['kind']}: {d['a']} | {d['b']}" for d in cmp.discrepancies))
    n_links = len(gold["links"])
    print(f"[{name}] {len(claims)} claims indexed; link recall@5 {hits}/{total} = {hits / max(1, total):.2f}; "
          f"relation accuracy {correct}/{n_links} = {correct / max(1, n_links):.2f}; "
          f"query {1000 * sum(lat) / max(1, len(lat)):.1f} ms avg")
    print("\n".join(rows))
    return hits / max(1, total), correct / max(1, n_links)


def main() -> int:
    gpath = SHARED / "eval" / "dev_gold.json"
    seeds = SHARED / "corpus" / "seeds"
    if not gpath.exists() or not seeds.exists():
        print(f"{gpath} or {seeds} not found; skipping.")
        return 0
    gold = json.loads(gpath.read_text(encoding="utf-8"))
    files = sorted(seeds.glob("*.txt"))
    texts = {f.name: f.read_text(encoding="utf-8") for f in files}
    art_of = {f.name: i for i, f in enumerate(files)}
    gclaims = {g["id"]: g for g in gold["claims"]}
    speakers_ids: dict[str, int] = {}
    for g in gold["claims"]:
        speakers_ids.setdefault(speaker_key(g["speaker"]), len(speakers_ids) + 1)

    # 1. sentence mode
    claims, gmap, cid = [], {}, 0
    taken: dict[tuple[str, int], int] = {}
    for g in gold["claims"]:
        fname = gold["articles"][g["a"]]
        sp = key_span(texts[fname], g["key"])
        if sp is None:
            continue
        for s, e in sentences(texts[fname]):
            if s <= sp[0] < e:
                if (fname, s) not in taken:
                    cid += 1
                    taken[(fname, s)] = cid
                    claims.append({"id": cid, "article": art_of[fname], "text": texts[fname][s:e],
                                   "speaker": g["speaker"], "title": g.get("title")})
                gmap[g["id"]] = taken[(fname, s)]
                break
    for fname, text in texts.items():
        for s, e in sentences(text):
            if (fname, s) not in taken:
                cid += 1
                claims.append({"id": cid, "article": art_of[fname], "text": text[s:e], "speaker": None})
    run("sentence", claims, gmap, gold, speakers_ids)

    # 2. extracted mode
    try:
        from analysis.extract import analyze
    except ImportError:
        print("[extracted] analysis.extract not available yet; skipped.")
        return 0
    claims, gmap, cid = [], {}, 0
    for fname, text in texts.items():
        for c in analyze(text).claims:
            cid += 1
            claims.append({"id": cid, "article": art_of[fname], "text": c.text, "speaker": c.speaker_name,
                           "title": c.speaker_title, "fname": fname})
    for g in gold["claims"]:
        fname = gold["articles"][g["a"]]
        best = max((c for c in claims if c["fname"] == fname), key=lambda c: covers(c["text"], g["key"]),
                   default=None)
        if best is not None and covers(best["text"], g["key"]) > 0.5:
            gmap[g["id"]] = best["id"]
    run("extracted", claims, gmap, gold, speakers_ids)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
