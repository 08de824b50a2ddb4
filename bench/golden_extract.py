"""Golden output of the claim extractor, to prove a refactor changes nothing.

    .venv/bin/python bench/golden_extract.py OUT.jsonl [--limit 2000]
    .venv/bin/python bench/golden_extract.py NEW.jsonl --compare OLD.jsonl

Runs ``analyze()`` over the demo articles in resources/demo and the first
``--limit`` SaudiNewsNet articles (with their publication date and source as
outlet, so dates resolve), and ``numbers.find_numbers`` over each whole
article (its API is shared with compare/discrepancy/candidates).  Writes one
compact JSON line per article with every claim (all fields), mention,
boilerplate span, the dateline, and every number mention (all fields), then
prints the SHA-256 of the file.  ``--compare`` reports the first differing
articles and field by field what changed.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as _dt
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import numbers  # noqa: E402
from analysis.extract import analyze  # noqa: E402

DATA = ROOT.parent / "shared" / "datasets" / "saudinewsnet"
DEMO = ROOT / "resources" / "demo"


def articles(limit: int):
    for p in sorted(DEMO.glob("*.txt")):
        yield f"demo/{p.name}", p.read_text(encoding="utf-8"), _dt.date(2016, 3, 16), None
    if not DATA.exists():
        return
    import zipfile

    n = 0
    for zpath in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if not name.endswith(".json"):
                    continue
                for k, a in enumerate(json.loads(z.read(name))):
                    if n >= limit:
                        return
                    pub = None
                    try:
                        pub = _dt.date.fromisoformat((a.get("date_extracted") or "")[:10])
                    except ValueError:
                        pass
                    yield f"{zpath.stem}/{k}", a.get("content") or "", pub, a.get("source")
                    n += 1


def digest(text: str, pub, outlet) -> dict:
    res = analyze(text, published=pub, outlet=outlet)
    return {
        "claims": [dataclasses.asdict(c) for c in res.claims],
        "mentions": [dataclasses.asdict(m) for m in res.mentions],
        "boilerplate": [[b.start, b.end, b.kind] for b in res.boilerplate],
        "dateline": [res.dateline_outlet, res.dateline_place],
        "numbers": [[n.start, n.end, n.text, n.value, n.unit, n.kind, n.group, n.role]
                    for n in numbers.find_numbers(text)],
    }


def write(out: Path, limit: int) -> str:
    h = hashlib.sha256()
    with open(out, "w", encoding="utf-8") as fh:
        for key, text, pub, outlet in articles(limit):
            line = json.dumps({"id": key, **digest(text, pub, outlet)}, ensure_ascii=False,
                              separators=(",", ":"), sort_keys=True) + "\n"
            fh.write(line)
            h.update(line.encode())
    return h.hexdigest()


def compare(new: Path, old: Path, show: int = 10) -> int:
    a = old.read_text(encoding="utf-8").splitlines()
    b = new.read_text(encoding="utf-8").splitlines()
    if len(a) != len(b):
        print(f"different article counts: {len(a)} vs {len(b)}")
    bad = 0
    for la, lb in zip(a, b):
        if la == lb:
            continue
        bad += 1
        if bad > show:
            continue
        ja, jb = json.loads(la), json.loads(lb)
        print(f"--- {ja['id']}")
        for field in ("claims", "mentions", "boilerplate", "dateline", "numbers"):
            if ja[field] != jb[field]:
                xa, xb = ja[field], jb[field]
                if isinstance(xa, list) and isinstance(xb, list) and field != "dateline":
                    for i in range(max(len(xa), len(xb))):
                        ea = xa[i] if i < len(xa) else None
                        eb = xb[i] if i < len(xb) else None
                        if ea != eb:
                            print(f"  {field}[{i}]\n    old: {json.dumps(ea, ensure_ascii=False)[:400]}"
                                  f"\n    new: {json.dumps(eb, ensure_ascii=False)[:400]}")
                else:
                    print(f"  {field}: {xa} -> {xb}")
    print(f"{bad} of {min(len(a), len(b))} articles differ")
    return 1 if bad or len(a) != len(b) else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--compare", type=Path, default=None, help="golden file to compare OUT with")
    ap.add_argument("--no-run", action="store_true", help="only compare existing files")
    args = ap.parse_args(argv)
    if not args.no_run:
        print(f"sha256 {write(args.out, args.limit)}  {args.out}")
    if args.compare:
        return compare(args.out, args.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
