"""Parsing the speaker phrase of a reported statement.

Works on the normalized text (offsets are normalized offsets; the extractor
maps them back).  A phrase such as
``المتحدث باسم العمليات المشتركة العميد يحيى رسول`` splits into
role (head noun + construct/genitive chain), title (rank from the gazetteer)
and name (the words after the role, up to a particle, time word or relay).
Organisations (head noun like وزارة/قيادة, or a gazetteer organisation or
place) and anonymous sources (مصدر أمني، وسائل إعلام) are recognised too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.lexicon import PARTICIPLES, STOP_WORDS, TIME_WORDS, VERBS, gazetteer

__all__ = ["Speaker", "parse_speaker", "find_relay", "parse_named"]

_TOK = re.compile(r"\w+|[،,؛;()\[\]:\"]")
_PARTS = set(PARTICIPLES)
_ROLE_LINK = {"باسم", "بإسم", "العام", "العامه", "الاعلي", "الرسمي", "الرسميه"}
_RELAY_NOUNS = r"(?:تصريح|تصريحات|حديث|حوار|مقابله|لقاء|بيان|كلمه|مؤتمر\s+صحفي|مؤتمر\s+صحافي|اتصال)"
_RELAY_RX = [
    re.compile(r"(?<!\w)(?:في\s+)?" + _RELAY_NOUNS + r"(?:\s+(?:صحفي|صحافي|خاص|خاصه|متلفز|هاتفي|"
               r"صحفيه|صحافيه|اعلامي|اعلاميه))?\s+(?:ل|الي\s+|مع\s+|ادلي\s+به\s+ل)\s*(?P<x>[\"(]?\w)"),
    re.compile(r"(?<!\w)(?:نقلتها|نقلها|نقلته|اوردتها|اورده|اوردته|نشرتها|نشرته|بثتها|بثها|تابعته|"
               r"تابعتها|تابعه|تابعها|نقلت\s+عنه|نقلت\s+عنها|نقل\s+عنه|اوردت|نشرت|نقلت)\s+(?P<x>[\"(]?\w)"),
    re.compile(r"^\s*ل\s*(?P<x>[\"(]\w)"),
]
_MAX_NAME = 4


@dataclass(slots=True)
class Speaker:
    start: int  # normalized offsets of the whole phrase
    end: int
    kind: str  # person | organization | anonymous
    name: tuple[int, int] | None = None
    title: tuple[int, int] | None = None
    role: tuple[int, int] | None = None


def _tokens(text: str, s: int, e: int):
    return [(m.start(), m.end(), m.group()) for m in _TOK.finditer(text, s, e)]


def _match_list(toks, i, words: list[str]) -> int:
    """Number of tokens at ``i`` that spell one of ``words`` (longest), or 0."""
    index = _first_index(id(words), words)
    cands = index.get(toks[i][2]) if i < len(toks) else None
    if not cands:
        return 0
    for parts in cands:  # longest first
        n = len(parts)
        if i + n <= len(toks) and all(toks[i + k][2] == parts[k] for k in range(1, n)):
            return n
    return 0


_INDEXES: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _first_index(key: int, words: list[str]) -> dict[str, list[tuple[str, ...]]]:
    index = _INDEXES.get(key)
    if index is None:
        index = {}
        for w in sorted(words, key=lambda w: len(w.split()), reverse=True):
            parts = tuple(w.split())
            index.setdefault(parts[0], []).append(parts)
        _INDEXES[key] = index
    return index


def _bare(tok: str, first: bool) -> str:
    return tok


def _is_stop(tok: str) -> bool:
    return (tok in STOP_WORDS or tok in TIME_WORDS or tok in _PARTS or not tok[0].isalpha()
            or len(tok) < 2 or _is_conj_verb(tok))


def _is_conj_verb(tok: str) -> bool:
    """و/ف + a reporting verb ("وأوضح", "فقال") opens the next clause: never part of a
    name (news text often runs two sentences together without a full stop)."""
    return tok[0] in "وف" and tok[1:] in _VERB_SET


_VERB_SET = frozenset(VERBS)


_RAW = None  # the NormalizedText being parsed, to tell the name علي from على


def _is_name_ali(tok) -> bool:
    if tok[2] != "علي" or _RAW is None:
        return False
    s, e = _RAW.to_original(tok[0], tok[1])
    return _RAW.original[s:e].endswith("ي")


def _name_run(toks, i) -> int:
    """Index past the name that starts at ``i``."""
    j = i
    while j < len(toks) and j - i < _MAX_NAME + 1:
        t = toks[j][2]
        if (_is_stop(t) and not _is_name_ali(toks[j])) or (j > i and t in gazetteer().title_set):
            break
        if j - i >= _MAX_NAME and toks[i][2] not in ("عبد", "ابو", "ابي", "بن"):
            break
        j += 1
    return j


def _role_run(toks, i) -> int:
    """Index past a role (head + construct chain) starting at ``i``."""
    gz = gazetteer()
    n = _match_list(toks, i, gz.role_heads)
    if not n:
        return i
    j = i + n
    seen_def = toks[j - 1][2].startswith("ال")
    while j < len(toks):
        t = toks[j][2]
        if _is_stop(t) or _match_list(toks, j, gz.titles):
            break
        if t in _ROLE_LINK or t.startswith(("ل", "بال")) and len(t) > 3:
            j += 1
            seen_def = t.startswith(("لل", "بال")) or (t in _ROLE_LINK and t != "باسم" and seen_def)
            continue
        if t.startswith("ال"):
            seen_def = True
            j += 1
            continue
        if seen_def:
            break  # a bare word after a definite one starts the name
        j += 1
    return j


def _span(toks, i, j):
    return (toks[i][0], toks[j - 1][1]) if j > i else None


def _org_run(toks, i) -> int:
    j = i + 1
    while j < len(toks) and j - i < 8:
        t = toks[j][2]
        if _is_stop(t):
            break
        j += 1
    return j


def parse_named(text: str, s: int, e: int) -> Speaker | None:
    """Parse a speaker phrase in normalized ``text[s:e]``."""
    toks = _tokens(text, s, e)
    i = 0
    while i < len(toks) and not toks[i][2][0].isalpha():
        i += 1
    if i >= len(toks):
        return None
    if toks[i][2] in ("وهو", "وهي"):
        return None
    gz = gazetteer()
    title = role = name = None
    start_i = i
    j = _role_run(toks, i)
    if j > i:
        role = _span(toks, i, j)
        i = j
        if i < len(toks) and toks[i][2] in ",،" and i + 1 < len(toks):
            nxt = toks[i + 1][2]
            if nxt.isalpha() and not _is_stop(nxt):
                i += 1
    n = _match_list(toks, i, gz.titles) if i < len(toks) else 0
    if n:
        title = _span(toks, i, i + n)
        i += n
    if i < len(toks) and toks[i][2][0].isalpha() and not _is_stop(toks[i][2]):
        head = toks[i][2]
        if role is None and title is None:
            kind = _head_kind(toks, i)
            if kind != "person":
                j = _org_run(toks, i)
                return Speaker(toks[i][0], toks[j - 1][1], kind, name=_span(toks, i, j))
        if head.startswith(("بال", "لل", "كال", "فال")):
            return None if role is None and title is None else _finish(text, toks, start_i, i, title, role)
        j = _name_run(toks, i)
        if role is None and title is None and j - i >= 2 and head.startswith("ال"):
            return Speaker(toks[i][0], toks[j - 1][1], "organization", name=_span(toks, i, j))
        if j > i and head not in gz.org_heads:
            name = _span(toks, i, j)
            i = j
    if role is None and title is None and name is None:
        return None
    return _finish(text, toks, start_i, i, title, role, name)


def _finish(text, toks, start_i, end_i, title, role, name=None) -> Speaker:
    sp = Speaker(toks[start_i][0], toks[end_i - 1][1], "person", name=name, title=title, role=role)
    _appositive(text, toks, end_i, sp)
    return sp


def _head_kind(toks, i) -> str:
    gz = gazetteer()
    t = toks[i][2]
    two = " ".join(x[2] for x in toks[i:i + 2])
    if t in gz.anonymous or two in gz.anonymous:
        return "anonymous"
    if t in gz.org_heads or two in gz.org_heads or t in gz.organizations or two in gz.organizations \
            or t in gz.outlets or two in gz.outlets:
        return "organization"
    if t in gz.places or two in gz.places:
        return "organization"
    if t.endswith(("ه", "ها")) and i + 1 < len(toks) and toks[i + 1][2].startswith("ال") \
            and t[:-1] in ("مكتب", "حكومت", "وزارت", "ادارت"):
        return "organization"
    return "person"


def _appositive(text, toks, i, sp: Speaker) -> None:
    """``X، وهو رئيس ...`` gives X a role."""
    if sp.role is not None or i + 2 >= len(toks):
        return
    if toks[i][2] in ",،" and toks[i + 1][2] in ("وهو", "وهي"):
        j = _role_run(toks, i + 2)
        if j > i + 2:
            k = j
            while k < len(toks) and toks[k][2] == "في" and k + 1 < len(toks):
                k = _org_run(toks, k + 1)
            sp.role = _span(toks, i + 2, k)


def set_source(nt) -> None:
    """Give the parser the article's NormalizedText (for spelling checks)."""
    global _RAW
    _RAW = nt


def parse_speaker(text: str, s: int, e: int) -> Speaker | None:
    return parse_named(text, s, e)


def find_relay(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The relaying outlet named in normalized ``text[s:e]``, if any."""
    for rx in _RELAY_RX:
        m = rx.search(text, s, e)
        if not m:
            continue
        x = m.start("x")
        if text[x] in "\"(":
            close = text.find('"' if text[x] == '"' else ")", x + 1, e)
            if close > x + 1:
                return x + 1, close
            x += 1
        toks = _tokens(text, x, e)
        j = 0
        while j < len(toks) and j < 6:
            t = toks[j][2]
            if not t[0].isalpha() or (j > 0 and _is_stop(t) and t not in ("الي",)) or t in ("ان", "انه", "يوم") \
                    or (j > 0 and t.startswith(("تابع", "نقل", "نشر", "اورد", "بث"))):
                break
            j += 1
        if j:
            return toks[0][0], toks[j - 1][1]
    return None
