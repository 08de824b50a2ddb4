"""brat standoff: a folder that opens in brat and INCEpTION, and imports back.

Per article ``<id>.txt`` (the stored text, byte for byte) and ``<id>.ann``:

* ``T`` lines: ``Claim`` and ``Speaker`` spans.  Offsets are code points, as
  in brat itself (and in Isnad).  A span that crosses a line break is
  written as fragments (``0 5;6 12``), since an ``.ann`` line cannot hold one.
* ``A`` lines: ``Status``, ``Verdict`` and ``Kind`` of each claim.
* ``R`` lines: ``SaidBy Arg1:<claim> Arg2:<speaker>`` inside the document.
* ``#`` lines: ``AnnotatorNotes`` with the reviewer's note (``\\n`` escaped).

brat relations cannot cross documents, so links between claims go in
``links.tsv`` (document and T id of each side).  ``isnad.json`` keeps what
brat has no place for (article title, outlet, URL, date; claim ids, speaker
entities, titles, verbs, corrections); a corpus made or edited in brat
without it still imports.  ``annotation.conf`` and ``visual.conf`` declare
the types.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from models import CLAIM_KINDS
from storage.exchange.bundle import Bundle, ExchangeError
from storage.services import STATUSES, VERDICTS

SIDECAR = "isnad.json"
LINKS = "links.tsv"
ATTRS = {"Status": STATUSES, "Verdict": VERDICTS, "Kind": list(CLAIM_KINDS)}
CLAIM_EXTRAS = ("id", "speaker", "speaker_entity", "speaker_title", "verb", "checkworthiness",
                "corrected_text", "origin", "chain", "details")
ARTICLE_EXTRAS = ("title", "outlet", "url", "source_file", "date", "author", "language",
                  "story_id", "links_computed")
LINK_HEADER = ("id", "doc_a", "claim_a", "doc_b", "claim_b", "relation", "status", "score",
               "discrepancies")

ANNOTATION_CONF = """\
# Isnad claims (brat / INCEpTION annotation configuration)
[entities]
Claim
Speaker

[relations]
SaidBy\tArg1:Claim, Arg2:Speaker
<OVERLAP>\tArg1:Claim, Arg2:Claim|Speaker, <OVL-TYPE>:<ANY>

[events]

[attributes]
Status\tArg:Claim, Value:{status}
Verdict\tArg:Claim, Value:{verdict}
Kind\tArg:Claim, Value:{kind}
"""

VISUAL_CONF = """\
[labels]
Claim | ادعاء | Claim
Speaker | المتحدث | Speaker
SaidBy | قاله | SaidBy
Status | الحالة | Status
Verdict | الحكم | Verdict
Kind | النوع | Kind

[drawing]
Claim\tbgColor:#ffe08a, borderColor:darken
Speaker\tbgColor:#a8d8ff, borderColor:darken
SaidBy\tcolor:#2a5d9f, dashArray:3-3, arrowHead:triangle-5
Status\tglyph:○|✓|✗|✎, position:left
"""


def _escape(t: str) -> str:
    return t.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _unescape(t: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), t)


def _fragments(body: str, start: int, end: int) -> list[tuple[int, int]]:
    frags, pos = [], start
    for part in body[start:end].split("\n"):
        if part:
            frags.append((pos, pos + len(part)))
        pos += len(part) + 1
    return frags


def _doc_name(article: dict[str, Any]) -> str:
    return str(article["id"])


# -- writing --------------------------------------------------------------------------
def write_brat(b: Bundle, folder: Path) -> int:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "annotation.conf").write_text(ANNOTATION_CONF.format(
        status="|".join(STATUSES), verdict="|".join(VERDICTS), kind="|".join(CLAIM_KINDS)),
        encoding="utf-8")
    (folder / "visual.conf").write_text(VISUAL_CONF, encoding="utf-8")
    by_article: dict[int, list[dict]] = {}
    for c in b.claims:
        by_article.setdefault(c["article_id"], []).append(c)
    where: dict[int, tuple[str, str]] = {}
    docs = []
    for a in b.articles:
        doc = _doc_name(a)
        (folder / f"{doc}.txt").write_text(a["text"], encoding="utf-8", newline="")
        ann, extras = _ann(a["text"], by_article.get(a["id"], []), doc, where)
        (folder / f"{doc}.ann").write_text(ann, encoding="utf-8", newline="\n")
        docs.append({"doc": doc, "article": {k: a.get(k) for k in ARTICLE_EXTRAS},
                     "claims": extras})
    rows = ["\t".join(LINK_HEADER)]
    for ln in b.links:
        (da, ta), (db, tb) = where[ln["claim_a"]], where[ln["claim_b"]]
        rows.append("\t".join([str(ln["id"]), da, ta, db, tb, ln["relation"], ln["status"],
                               f"{float(ln['score']):.4f}",
                               json.dumps(ln.get("discrepancies") or [], ensure_ascii=False)]))
    (folder / LINKS).write_text("\n".join(rows) + "\n", encoding="utf-8", newline="\n")
    side = {"format": "isnad-brat", "version": 1, "entities": b.entities, "documents": docs}
    (folder / SIDECAR).write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n",
                                  encoding="utf-8", newline="\n")
    return len(b.claims)


def _ann(body: str, claims: list[dict], doc: str,
         where: dict[int, tuple[str, str]]) -> tuple[str, dict]:
    t_lines, a_lines, r_lines, notes = [], [], [], []
    speakers: dict[tuple[int, int], str] = {}
    extras = {}

    def span(kind: str, start: int, end: int) -> str:
        tid = f"T{len(t_lines) + 1}"
        frags = _fragments(body, start, end)
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        text = " ".join(body[s:e] for s, e in frags)
        t_lines.append(f"{tid}\t{kind} {offsets}\t{text}")
        return tid

    for c in claims:
        tid = span("Claim", c["start"], c["end"])
        where[c["id"]] = (doc, tid)
        extras[tid] = {k: c.get(k) for k in CLAIM_EXTRAS}
        for name, value in (("Status", c.get("status")), ("Verdict", c.get("verdict")),
                            ("Kind", c.get("kind"))):
            if value:
                a_lines.append(f"A{len(a_lines) + 1}\t{name} {tid} {value}")
        ss, se = c.get("speaker_start"), c.get("speaker_end")
        if ss is not None and se is not None and body[ss:se].strip():
            if (ss, se) not in speakers:
                speakers[(ss, se)] = span("Speaker", ss, se)
            r_lines.append(f"R{len(r_lines) + 1}\tSaidBy Arg1:{tid} Arg2:{speakers[(ss, se)]}")
        if c.get("note"):
            notes.append(f"#{len(notes) + 1}\tAnnotatorNotes {tid}\t{_escape(c['note'])}")
    lines = t_lines + a_lines + r_lines + notes
    return "".join(line + "\n" for line in lines), extras


# -- reading --------------------------------------------------------------------------
def is_brat_folder(path: Path) -> bool:
    path = Path(path)
    return path.is_dir() and ((path / "annotation.conf").exists() or (path / SIDECAR).exists()
                              or any(path.glob("*.ann")))


_T = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_A = re.compile(r"^([AM]\d+)\t(\S+) (T\d+)(?: (\S+))?$")
_R = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)$")
_N = re.compile(r"^(#\d*)\t(\S+) (\S+)\t(.*)$")


def read_brat(folder: Path) -> Bundle:
    folder = Path(folder)
    side = _sidecar(folder)
    meta = {d["doc"]: d for d in side.get("documents", [])}
    b = Bundle(entities=[dict(e, _where=SIDECAR) for e in side.get("entities", [])])
    where: dict[tuple[str, str], int] = {}
    txts = sorted(folder.glob("*.txt"), key=lambda p: _doc_key(p.stem))
    if not txts:
        raise ExchangeError(f"{folder.name}: no .txt documents in the brat folder")
    next_claim = 1 + max((c.get("id") or 0 for d in meta.values()
                          for c in d.get("claims", {}).values()), default=0)
    used_article_ids = {int(p.stem) for p in txts if p.stem.isdigit()}
    next_article = 1 + max(used_article_ids, default=0)
    for txt in txts:
        doc = txt.stem
        try:
            body = txt.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ExchangeError(f"{txt.name}: not UTF-8 ({exc.reason})") from None
        if doc.isdigit():
            aid = int(doc)
        else:
            aid, next_article = next_article, next_article + 1
        info = meta.get(doc, {})
        art = {"id": aid, "text": body, "source_file": txt.name,
               "_where": txt.name} | (info.get("article") or {})
        b.articles.append(art)
        ann = txt.with_suffix(".ann")
        claims = _read_ann(ann, body) if ann.exists() else []
        extras = info.get("claims") or {}
        for tid, c in claims:
            extra = {k: v for k, v in (extras.get(tid) or {}).items() if v is not None}
            if "id" not in extra:
                extra["id"], next_claim = next_claim, next_claim + 1
            c = c | extra | {"article_id": aid}
            where[(doc, tid)] = c["id"]
            b.claims.append(c)
    b.links = _read_links(folder / LINKS, where)
    return b


def _doc_key(stem: str) -> tuple[int, int | str]:
    return (0, int(stem)) if stem.isdigit() else (1, stem)


def _sidecar(folder: Path) -> dict[str, Any]:
    p = folder / SIDECAR
    if not p.exists():
        return {}
    try:
        side = json.loads(p.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ExchangeError(f"{SIDECAR}: not readable JSON ({exc})") from None
    if not isinstance(side, dict) or side.get("format") != "isnad-brat":
        raise ExchangeError(f"{SIDECAR}: not an Isnad brat sidecar")
    return side


def _read_ann(path: Path, body: str) -> list[tuple[str, dict]]:
    name = path.name
    spans: dict[str, tuple[str, int, int, int]] = {}  # tid -> (type, start, end, line)
    attrs: dict[str, dict[str, str]] = {}
    said: dict[str, str] = {}
    notes: dict[str, str] = {}
    seen: set[str] = set()
    try:
        lines = path.read_bytes().decode("utf-8").split("\n")
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"{name}: not UTF-8 ({exc.reason})") from None
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        at = f"{name}:{n}"
        ident = line.split("\t", 1)[0]
        if ident in seen and not ident == "#":
            raise ExchangeError(f"{at}: id {ident} is used twice")
        seen.add(ident)
        if m := _T.match(line):
            spans[m[1]] = _check_span(at, m, body) + (n,)
        elif m := _A.match(line):
            _need(at, m[3], spans)
            if m[2] in ATTRS:
                if m[4] not in ATTRS[m[2]]:
                    raise ExchangeError(f"{at}: {m[2]} {m[4]!r} is not one of "
                                        f"{', '.join(ATTRS[m[2]])}")
                attrs.setdefault(m[3], {})[m[2]] = m[4]
        elif m := _R.match(line):
            _need(at, m[3], spans)
            _need(at, m[4], spans)
            if m[2] == "SaidBy":
                if spans[m[4]][0] != "Speaker" or spans[m[3]][0] != "Claim":
                    raise ExchangeError(f"{at}: SaidBy must go from a Claim to a Speaker")
                said[m[3]] = m[4]
        elif m := _N.match(line):
            if m[3].startswith("T"):
                _need(at, m[3], spans)
                if m[2] == "AnnotatorNotes":
                    notes[m[3]] = _unescape(m[4])
        elif line[0] in "ERN*":
            continue  # events, normalizations, equivalences: not Isnad's
        else:
            raise ExchangeError(f"{at}: not a brat annotation line")
    out = []
    for tid, (kind, start, end, _n) in sorted(spans.items(), key=lambda kv: kv[1][3]):
        if kind != "Claim":
            continue
        a = attrs.get(tid, {})
        c = {"start": start, "end": end, "text": body[start:end],
             "status": a.get("Status", "pending"), "verdict": a.get("Verdict"),
             "kind": a.get("Kind", "statement"), "note": notes.get(tid),
             "speaker_start": None, "speaker_end": None, "speaker": None,
             "_where": f"{name}:{_n}"}
        if tid in said:
            _k, ss, se, _ = spans[said[tid]]
            c |= {"speaker_start": ss, "speaker_end": se, "speaker": body[ss:se]}
        out.append((tid, c))
    return out


def _need(at: str, tid: str, spans: dict) -> None:
    if tid not in spans:
        raise ExchangeError(f"{at}: refers to unknown annotation {tid}")


def _check_span(at: str, m: re.Match, body: str) -> tuple[str, int, int]:
    frags = [tuple(int(x) for x in f.split()) for f in m[3].split(";")]
    for s, e in frags:
        if not 0 <= s < e <= len(body):
            raise ExchangeError(f"{at}: offsets {s} {e} are outside the text (0-{len(body)})")
    expected = " ".join(body[s:e] for s, e in frags)
    if m[4] != expected:
        raise ExchangeError(f"{at}: span text {m[4][:40]!r} is not the text at "
                            f"{m[3]} ({expected[:40]!r})")
    return m[2], frags[0][0], frags[-1][1]


def _read_links(path: Path, where: dict[tuple[str, str], int]) -> list[dict]:
    if not path.exists():
        return []
    links = []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or n == 1 and line.startswith("id\t"):
            continue
        at = f"{LINKS}:{n}"
        cols = line.rstrip("\r").split("\t")
        if len(cols) != len(LINK_HEADER):
            raise ExchangeError(f"{at}: expected {len(LINK_HEADER)} columns, found {len(cols)}")
        row = dict(zip(LINK_HEADER, cols))
        ends = []
        for side in ("a", "b"):
            key = (row[f"doc_{side}"], row[f"claim_{side}"])
            if key not in where:
                raise ExchangeError(f"{at}: no claim {key[1]} in document {key[0]}")
            ends.append(where[key])
        try:
            score = float(row["score"])
            disc = json.loads(row["discrepancies"] or "[]")
            lid = int(row["id"]) if row["id"] else None
        except ValueError as exc:
            raise ExchangeError(f"{at}: {exc}") from None
        links.append({"id": lid, "claim_a": ends[0], "claim_b": ends[1],
                      "relation": row["relation"], "status": row["status"], "score": score,
                      "discrepancies": disc, "reasons": [], "_where": at})
    return links
