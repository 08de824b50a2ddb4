"""WebAnno TSV 3.3 (INCEpTION / WebAnno import), one ``<article id>.tsv`` per article.

Choices, written down because the format leaves them to the writer:

* Offsets are **UTF-16 code units**, as in WebAnno/INCEpTION (Java strings,
  UIMA CAS offsets): a character outside the BMP (an emoji) counts two.
  Isnad stores code points; the conversion happens only here.
* A sentence is one non-empty line of the stored text (one ``#Text=`` line
  each, so no sentence contains a line break).
* Tokens are words (``\\w+``) and single punctuation marks, split further at
  every claim and speaker boundary, so that every annotation starts and ends
  on a token boundary (no sub-token annotations are needed).
* Layers: ``webanno.custom.Claim`` with features kind, speaker, status,
  verdict, and ``webanno.custom.Speaker`` with feature name.  WebAnno
  relation layers join annotations of one span layer only, so the
  claim–speaker link is the Claim's ``speaker`` feature, not a relation.
* Annotations covering several tokens, or stacked on one token, carry
  ``[N]`` ids; reserved characters in values and tokens are backslash-escaped.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from storage.exchange.bundle import Bundle

HEADER = ("#FORMAT=WebAnno TSV 3.3\n"
          "#T_SP=webanno.custom.Claim|kind|speaker|status|verdict\n"
          "#T_SP=webanno.custom.Speaker|name\n\n\n")
_RESERVED = re.compile(r"([\\\[\]|_;*]|->)")
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def escape(value: str) -> str:
    value = _RESERVED.sub(lambda m: "\\" + m.group(1), value)
    return value.replace("\t", "\\t").replace("\n", "\\n")


def utf16_offsets(text: str) -> list[int]:
    """``out[i]`` = UTF-16 offset of code point ``i`` (len(text)+1 entries)."""
    out, pos = [0], 0
    for ch in text:
        pos += 2 if ord(ch) > 0xFFFF else 1
        out.append(pos)
    return out


def write_webanno(b: Bundle, folder: Path) -> int:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    by_article: dict[int, list[dict]] = {}
    for c in b.claims:
        by_article.setdefault(c["article_id"], []).append(c)
    for a in b.articles:
        tsv = document(a["text"], by_article.get(a["id"], []))
        (folder / f"{a['id']}.tsv").write_text(tsv, encoding="utf-8", newline="\n")
    return len(b.claims)


def _annotations(claims: list[dict]) -> list[tuple[str, int, int, list[str]]]:
    """(layer, start, end, feature values) for every claim and speaker span."""
    out, speakers = [], set()
    for c in claims:
        ent = c.get("speaker_entity")
        speaker = (ent or {}).get("name") or c.get("speaker") or ""
        out.append(("claim", c["start"], c["end"],
                    [c.get("kind") or "", speaker, c.get("status") or "",
                     c.get("verdict") or ""]))
        ss, se = c.get("speaker_start"), c.get("speaker_end")
        if ss is not None and se is not None and (ss, se) not in speakers:
            speakers.add((ss, se))
            out.append(("speaker", ss, se, [speaker]))
    return out


def _tokens(body: str, cuts: set[int]) -> list[tuple[int, int]]:
    toks = []
    for m in _TOKEN.finditer(body):
        s, e = m.span()
        inner = sorted(x for x in cuts if s < x < e)
        for a, z in zip([s] + inner, inner + [e]):
            toks.append((a, z))
    return toks


def document(body: str, claims: list[dict[str, Any]]) -> str:
    anns = _annotations(claims)
    cuts = {x for _, s, e, _ in anns for x in (s, e)}
    toks = _tokens(body, cuts)
    covered: list[list[int]] = [[] for _ in toks]  # annotation indexes per token
    for i, (_, s, e, _) in enumerate(anns):
        for t, (ts, te) in enumerate(toks):
            if ts >= s and te <= e:
                covered[t].append(i)
    ids = _ids(anns, covered)
    u16 = utf16_offsets(body)
    out = [HEADER]
    line_start, sent = 0, 0
    t = 0
    for line in body.split("\n"):
        line_end = line_start + len(line)
        rows = []
        while t < len(toks) and toks[t][1] <= line_end:
            ts, te = toks[t]
            rows.append(_row(sent + 1, len(rows) + 1, u16[ts], u16[te], escape(body[ts:te]),
                             [(anns[i], ids.get(i)) for i in covered[t]]))
            t += 1
        if rows:
            sent += 1
            text = line.replace("\\", "\\\\").replace("\t", "\\t")
            out.append(f"#Text={text}\n" + "".join(rows) + "\n")
        line_start = line_end + 1
    return "".join(out)


def _ids(anns, covered) -> dict[int, int]:
    """[N] ids for annotations over several tokens or stacked with another."""
    need = set()
    span_len: dict[int, int] = {}
    for cov in covered:
        for i in cov:
            span_len[i] = span_len.get(i, 0) + 1
        for layer in ("claim", "speaker"):
            same = [i for i in cov if anns[i][0] == layer]
            if len(same) > 1:
                need.update(same)
    need.update(i for i, n in span_len.items() if n > 1)
    return {i: n for n, i in enumerate(sorted(need), 1)}


def _row(sent: int, tok: int, b: int, e: int, token: str, hits) -> str:
    claim_cols = [[] for _ in range(4)]
    speaker_col: list[str] = []
    for (layer, _s, _e, values), ident in hits:
        suffix = f"[{ident}]" if ident else ""
        cells = [(escape(v) if v else "*") + suffix for v in values]
        if layer == "claim":
            for k, cell in enumerate(cells):
                claim_cols[k].append(cell)
        else:
            speaker_col.append(cells[0])
    cols = ["|".join(c) or "_" for c in claim_cols] + ["|".join(speaker_col) or "_"]
    return f"{sent}-{tok}\t{b}-{e}\t{token}\t" + "\t".join(cols) + "\t\n"
