"""Rule-based Arabic claim extraction: who said what, and what happened.

``analyze(text, published=..., outlet=...)`` returns an ``ArticleAnalysis``:
attributed claims (reporting verb + speaker + أن/إن clause or quotation),
trailing attributions (وفقا لـ، بحسب), continuations (وأضاف، مشيرا إلى أن ...)
that inherit the last speaker, unattributed event claims with numbers or
dates, mentions and boilerplate spans.  All offsets are code points of the
original text and ``claim.text == text[claim.start:claim.end]``.

Matching is done on the normalized copy (``analysis.normalize``) and mapped
back; quotes are read on the original, where «» and “” keep their direction.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass, field

from analysis import numbers as _numbers
from analysis.boilerplate import find_boilerplate
from analysis.checkworthiness import score
from analysis.dates import find_dates
from analysis.lexicon import (ABOUT_VERBS, AMBIGUOUS, FROM_VERBS, ON_VERBS, PASSIVE, TO_VERBS,
                              complementizer_regex, gazetteer, participle_regex, verb_regex)
from analysis.entities import find_mentions, fullest_name, resolve_backref
from analysis.normalize import normalize, normalize_with_map
from analysis.segment import paragraphs, quote_regions, sentence_ends
from analysis.speakers import Speaker, find_relay, parse_named, set_source

__all__ = ["EXTRACTOR_VERSION", "analyze", "Span", "Mention", "ExtractedClaim", "ArticleAnalysis"]

EXTRACTOR_VERSION = "rules-1"


@dataclass
class Span:
    start: int
    end: int
    kind: str


@dataclass
class Mention:
    start: int
    end: int
    text: str
    name: str
    kind: str
    title: str | None = None
    role: str | None = None


@dataclass
class ExtractedClaim:
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_kind: str | None = None
    speaker_title: str | None = None
    speaker_role: str | None = None
    speaker_span: tuple[int, int] | None = None
    verb: str | None = None
    chain: list[dict] = field(default_factory=list)
    checkworthiness: float = 0.0
    reasons: list[str] = field(default_factory=list)
    numbers: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)


@dataclass
class ArticleAnalysis:
    claims: list[ExtractedClaim]
    mentions: list[Mention]
    boilerplate: list[Span]
    dateline_outlet: str | None = None
    dateline_place: str | None = None


# ----------------------------------------------------------------- internals
@dataclass
class _Who:
    """A resolved speaker, in original offsets."""
    text: str | None
    span: tuple[int, int] | None
    name: str | None
    kind: str | None
    title: str | None = None
    role: str | None = None


@dataclass
class _Trig:
    start: int  # normalized offsets
    content: int  # where the content starts (forward) or -1 (trailing)
    verb: str | None
    who: _Who | None  # None: inherit
    relay: str | None = None
    trailing: bool = False
    passive: bool = False
    end_phrase: int = 0


_TRAIL = re.compile(
    r"(?:(?<=[,،])\s*|(?<!\w)(?=[وب]?(?:بحسب|وفق)))"
    r"(?P<m>و?(?:وفقا\s+ل|وفقا\s+لما|طبقا\s+ل|وفق|بحسب|حسب|حسبما|نقلا\s+عن|عل[يى]\s+حد\s+(?:قول|تعبير)))"
    r"\s*(?:ما\s+(?P<v>\w+)\s+)?(?P<ab>(?:عنه|عنها|عنهم)\s+)?")
# A _TRAIL match starts just after a comma or at [وب]?(بحسب|وفق): candidates
# are found with these fast patterns and _TRAIL is tried only there.
_TRAIL_COMMA = re.compile(r"[,،]")
_TRAIL_WORD = re.compile(r"بحسب|وفق")


def _trail_matches(norm: str, ps: int, pe: int):
    """Same matches as ``_TRAIL.finditer(norm, ps, pe)``."""
    cands = [c.end() for c in _TRAIL_COMMA.finditer(norm, max(ps - 1, 0), pe)]
    for c in _TRAIL_WORD.finditer(norm, ps, pe):
        r = c.start()
        if r - 1 >= ps and norm[r - 1] in "وب":
            cands.append(r - 1)
        cands.append(r)
    if not cands:
        return
    cands = sorted(set(cands))
    last = ps
    match = _TRAIL.match
    for p in cands:
        if p < last or p < ps or p >= pe:
            continue
        m = match(norm, p, pe)
        if m:
            last = m.end()
            yield m


_LONG_QUOTE_WORDS = 4
_QUOTE_CH = '"'


class _Ctx:
    """Per-article state: texts, map, quotes, sentence ends, speakers."""

    def __init__(self, text: str, published, outlet, nt=None):
        self.text = text
        self.nt = nt if nt is not None else normalize_with_map(text)
        self.norm = self.nt.text
        self.published = published
        self.outlet = outlet
        self.last: _Who | None = None
        self.people: list[_Who] = []

    def orig(self, s: int, e: int) -> tuple[int, int]:
        return self.nt.to_original(s, e)

    def n(self, pos: int) -> int:
        return self.nt.from_original(pos)

    def otext(self, span) -> str | None:
        if span is None:
            return None
        s, e = self.orig(*span)
        return self.text[s:e].strip(' "«»“”\'()')


def _who(ctx: _Ctx, sp: Speaker) -> _Who:
    parts = [p for p in (sp.title, sp.name) if p]
    if parts:
        span = (parts[0][0], parts[-1][1])
    else:
        span = sp.role or (sp.start, sp.end)
    os_, oe = ctx.orig(*span)
    name = ctx.otext(sp.name)
    who = _Who(ctx.text[os_:oe], (os_, oe), name, sp.kind, ctx.otext(sp.title), ctx.otext(sp.role))
    if sp.kind == "person" and name is None and who.role:
        ref = resolve_backref(ctx.people, who.role)
        if ref is not None:
            who = _Who(who.text, who.span, ref.name, "person", ref.title, who.role)
    if sp.kind == "person" and name:
        ctx.people.append(who)
    return who


def _comp_after(ctx: _Ctx, verb: str | None, s: int, limit: int, quotes) -> tuple[int, int] | None:
    """(start, content_start) of the complementizer of a trigger ending at ``s``."""
    norm = ctx.norm
    best = None
    m = complementizer_regex().search(norm, s, limit)
    while m and _is_name_ali(ctx, m):
        m = complementizer_regex().search(norm, m.start() + 4, limit)
    if m:
        best = (m.start(), m.end())
    extra = None
    if verb in ABOUT_VERBS:
        extra = r"(?<!\w)عن(?!\w)"
    elif verb in ON_VERBS:
        extra = r"(?<!\w)عل[يى](?!\w)"
    elif verb in FROM_VERBS:
        extra = r"(?<!\w)من(?!\w)"
    elif verb in TO_VERBS:
        extra = r"(?<!\w)ال[يى](?!\w)"
    if extra:
        m2 = _compiled(extra).search(norm, s, limit)
        if m2 and (best is None or m2.start() < best[0]):
            best = (m2.start(), m2.end())
    k = bisect.bisect_left(quotes, (s,))
    if k < len(quotes):
        qs, qe, closed = quotes[k]
        if s <= qs < limit and (best is None or qs < best[0]):
            if not closed or qe - qs > 40 or len(norm[qs:qe].split()) > _LONG_QUOTE_WORDS:
                best = (qs, qs)
    return best


_COMPILED: dict[str, re.Pattern] = {}


def _compiled(pattern: str) -> re.Pattern:
    rx = _COMPILED.get(pattern)
    if rx is None:
        rx = _COMPILED[pattern] = re.compile(pattern)
    return rx


def _is_name_ali(ctx: _Ctx, m) -> bool:
    """``أحمد علي إن``: the name علي (spelled with ي), not the preposition على."""
    if not m.group().startswith("علي"):
        return False
    os_, _ = ctx.orig(m.start(), m.start() + 3)
    return ctx.text[os_:os_ + 3] == "علي" and m.start() > 0 and ctx.norm[m.start() - 1] == " "


def _window_ok(norm: str, s: int, e: int, maxw: int = 16) -> bool:
    return len(norm[s:e].split()) <= maxw


def _verb_trigs(ctx: _Ctx, ps: int, pe: int, quotes, parts) -> list[_Trig]:
    out = []
    norm = ctx.norm
    for m in verb_regex().finditer(norm, ps, pe):
        verb = m.group(2)
        prefix = m.group(1).strip()
        if _inside(quotes, m.start()):
            continue
        limit = min(pe, m.end() + 220)
        nxt_part = next((p for p in parts if p > m.end()), None)
        comp = _comp_after(ctx, verb, m.end(), limit, quotes)
        if nxt_part is not None and (comp is None or nxt_part < comp[0]) and nxt_part < limit:
            comp = (nxt_part, None)
        if comp is None:
            if prefix.startswith(("كما", "وكما")):
                out.append(_trailing_from_verb(ctx, m, pe))
            continue
        if not _window_ok(norm, m.end(), comp[0]):
            continue
        if verb in AMBIGUOUS and (not prefix or len(norm[m.end():comp[0]].split()) > 5):
            continue
        out.append(_verb_trig(ctx, m, prefix, verb, comp, ps))
    return [t for t in out if t is not None]


def _trailing_from_verb(ctx, m, pe) -> _Trig | None:
    sp = parse_named(ctx.norm, m.end(), min(pe, m.end() + 120))
    if sp is None:
        return None
    return _Trig(m.start(), -1, ctx.text[slice(*ctx.orig(m.start(2), m.end(2)))], _who(ctx, sp),
                 trailing=True, end_phrase=sp.end)


def _verb_trig(ctx, m, prefix, verb, comp, ps) -> _Trig:
    norm = ctx.norm
    between_s, between_e = m.end(), comp[0]
    sp = parse_named(norm, between_s, between_e)
    vtext = ctx.text[slice(*ctx.orig(m.start(2), m.end(2)))]
    who = _who(ctx, sp) if sp else None
    passive = False
    if who is None:
        before = _subject_before(ctx, ps, m.start(), prefix)
        if before is not None:
            who = before
        elif not prefix and verb in _PASSIVE and _clause_start(norm, ps, m.start()):
            passive = True
        elif verb.startswith("ي") and "كما" not in prefix:
            passive = True  # يذكر أن / ويشير ... أن: impersonal, no speaker to inherit
    relay_span = find_relay(norm, sp.end if sp else between_s, between_e)
    relay = ctx.otext(relay_span)
    content = comp[1] if comp[1] is not None else -2
    return _Trig(m.start(), content, vtext, who, relay=relay, passive=passive)


_PASSIVE = {normalize(v) for v in PASSIVE}


def _clause_start(norm: str, ps: int, pos: int) -> bool:
    return not norm[ps:pos].strip(" ,،.:")


def _subject_before(ctx: _Ctx, ps: int, pos: int, prefix: str) -> _Who | None:
    """``وكان X قد قال`` / ``لكن التقرير استدرك``: the subject precedes the verb."""
    norm = ctx.norm
    seg_start = max(norm.rfind(".", ps, pos) + 1, ps)
    before = norm[seg_start:pos]
    m = re.search(r"(?:^|\s)و?كان(?:ت)?\s+(.+?)\s*[,،]?\s*$", before)
    if m and "قد" in prefix:
        s = seg_start + m.start(1)
        sp = parse_named(norm, s, seg_start + m.end(1))
        return _who(ctx, sp) if sp else None
    if prefix:
        return None
    words = before.split()
    if 0 < len(words) <= 6 and not re.search(r"[,،]", before):
        s = seg_start + (len(before) - len(before.lstrip()))
        if words[0] in ("لكن", "ولكن", "بينما", "فيما"):
            s = norm.find(words[1], s) if len(words) > 1 else pos
        sp = parse_named(norm, s, pos)
        if sp is not None and (sp.kind != "person" or sp.role or sp.title):
            return _who(ctx, sp)
    return None


def _participle_trigs(ctx: _Ctx, ps: int, pe: int, quotes, matches=None) -> list[_Trig]:
    """``matches``: the participle_regex matches of [ps, pe) outside quotes,
    when the caller has them."""
    out = []
    norm = ctx.norm
    if matches is None:
        matches = [m for m in participle_regex().finditer(norm, ps, pe) if not _inside(quotes, m.start())]
    for m in matches:
        part = m.group(1)
        verb = {"كاشفا": "كشف", "معربا": "اعرب", "متحدثا": "تحدث", "محذرا": "حذر",
                "مشددا": "شدد", "مؤكدا": "اكد", "داعيا": "دعا"}.get(part, part)
        limit = min(pe, m.end() + 160)
        comp = _comp_after(ctx, normalize(verb), m.end(), limit, quotes)
        if comp is None or not _window_ok(norm, m.end(), comp[0], 12):
            continue
        relay = ctx.otext(find_relay(norm, m.end(), comp[0]))
        out.append(_Trig(m.start(), comp[1], ctx.text[slice(*ctx.orig(m.start(1), m.end(1)))],
                         None, relay=relay))
    return out


def _trailing_trigs(ctx: _Ctx, ps: int, pe: int, quotes) -> list[_Trig]:
    out = []
    norm = ctx.norm
    for m in _trail_matches(norm, ps, pe):
        if _inside(quotes, m.start("m")):
            continue
        s = m.end()
        end = _phrase_end(norm, s, pe)
        if m.group("ab"):
            rs = find_relay(norm, s - 1, end) or (s, end)
            out.append(_Trig(m.start("m"), -1, None, None, relay=ctx.otext(rs), trailing=True,
                             end_phrase=end))
            continue
        sp = _statement_source(norm, s, end) or parse_named(norm, s, end)
        if sp is None:
            continue
        verb = m.group("v")
        out.append(_Trig(m.start("m"), -1, verb, _who(ctx, sp), trailing=True, end_phrase=sp.end))
    return out


def _statement_source(norm: str, s: int, e: int) -> Speaker | None:
    """``بيان صادر عن وزارة الدفاع`` → the ministry."""
    m = re.match(r"\s*(?:ال)?(?:بيان|تقرير|تصريح)\w*\s+(?:\w+\s+)?(?:صادر|صادره|الصادر|الصادره)?\s*"
                 r"(?:عن|من|ل)\s*", norm[s:e])
    if not m:
        return None
    return parse_named(norm, s + m.end(), e)


def _phrase_end(norm: str, s: int, pe: int) -> int:
    m = re.compile(r"[,،.؛:!?\n]").search(norm, s, pe)
    return m.start() if m else pe


def _inside(quotes, pos: int) -> bool:
    """``pos`` is inside a closed quotation (quotes are sorted, disjoint)."""
    k = bisect.bisect_left(quotes, (pos,)) - 1
    if k < 0:
        return False
    qs, qe, closed = quotes[k]
    return closed and qs < pos < qe - 1 and qe - qs > 12


# ------------------------------------------------------------ paragraph pass
def _para_quotes(ctx: _Ctx, p) -> list[tuple[int, int, bool]]:
    return [(ctx.n(s), ctx.n(e), c) for s, e, c in quote_regions(ctx.text, p.start, p.end)]


def _para_sent_ends(ctx: _Ctx, p, oquotes) -> list[int]:
    return [ctx.n(e) for e in sentence_ends(ctx.text, p.start, p.end, oquotes)]


def _content_end(ctx, start, nxt, ends, pe) -> int:
    end = pe if nxt is None else nxt
    for e in ends:
        if start < e <= end:
            return e
    return end


def _trim(ctx: _Ctx, s: int, e: int) -> tuple[int, int]:
    """Original span of normalized [s, e) without edge punctuation/quotes/و."""
    os_, oe = ctx.orig(s, e)
    t = ctx.text
    strip = " \t\"'«»“”‘’,،.:؛;…-–—()[]\u200f\u200e"
    while os_ < oe and t[os_] in strip:
        os_ += 1
    while oe > os_ and t[oe - 1] in strip:
        oe -= 1
    if oe > os_ and t[oe - 1] == ")" and "(" not in t[os_:oe]:
        oe -= 1
    for tail in (" و", " او", " كما"):
        if t[os_:oe].endswith(tail):
            oe -= len(tail)
    return os_, oe


def _paragraph(ctx: _Ctx, p, out: list) -> None:
    ps, pe = ctx.n(p.start), ctx.n(p.end)
    oquotes = quote_regions(ctx.text, p.start, p.end)
    quotes = [(ctx.n(s), ctx.n(e), c) for s, e, c in oquotes]
    ends = _para_sent_ends(ctx, p, oquotes)
    part_ms = [m for m in participle_regex().finditer(ctx.norm, ps, pe)
               if not _inside(quotes, m.start())]
    parts = [m.start() for m in part_ms]
    trigs = _verb_trigs(ctx, ps, pe, quotes, parts) + _participle_trigs(ctx, ps, pe, quotes, part_ms) \
        + _trailing_trigs(ctx, ps, pe, quotes)
    trigs = _dedupe(trigs)
    claims: list[dict] = []
    for i, t in enumerate(trigs):
        nxt = trigs[i + 1].start if i + 1 < len(trigs) else None
        if t.trailing:
            _apply_trailing(ctx, t, claims, ends, ps, nxt, pe)
            continue
        who = t.who or (None if t.passive else ctx.last)
        if t.who is not None:
            ctx.last = t.who
        if t.content < 0:
            continue
        e = _content_end(ctx, t.content, nxt, ends, pe)
        claims.append({"s": t.content, "e": e, "who": who, "verb": t.verb, "relay": t.relay,
                       "trig": t.start})
    _events(ctx, claims, ends, ps, pe)
    out.extend(claims)


def _dedupe(trigs: list[_Trig]) -> list[_Trig]:
    trigs.sort(key=lambda t: (t.start, t.trailing))
    out: list[_Trig] = []
    for t in trigs:
        if out and t.start < (out[-1].content if out[-1].content > 0 else out[-1].start + 1) \
                and not t.trailing:
            continue  # a verb inside the previous trigger's phrase
        out.append(t)
    return out


def _apply_trailing(ctx, t: _Trig, claims, ends, ps, nxt, pe) -> None:
    sent_start = max([e for e in ends if e <= t.start] + [ps])
    if claims and claims[-1]["e"] > sent_start and claims[-1]["s"] < t.start:
        prev = claims[-1]
        prev["e"] = min(prev["e"], t.start)
        if t.who is not None and prev["who"] is None:
            prev["who"] = t.who
        elif t.who is not None:
            prev["relay"] = prev["relay"] or t.who.text
        if t.relay:
            prev["relay"] = t.relay
        return
    if t.who is None:
        return
    ctx.last = t.who
    if ctx.norm[sent_start:t.start].strip(" ,،.\"و") == "":
        s = t.end_phrase  # leading attribution: content follows
        e = _content_end(ctx, s, nxt, ends, pe)
    else:
        s, e = sent_start, t.start
    claims.append({"s": s, "e": e, "who": t.who, "verb": t.verb, "relay": t.relay, "trig": t.start})


_EVENT_MIN, _EVENT_MAX = 40, 700
_EVENT_HINT = re.compile(r"\d|(?<!\w)(?:عام|امس|يوم)\s")
_DIGIT = re.compile(r"\d")
_EVENT_WORD = re.compile(r"(?<!\w)(?:عام|امس|يوم)\s")


def _event_hint(seg: str) -> bool:
    """``_EVENT_HINT.search(seg)``, digits first (fast), the words only when present."""
    return bool(_DIGIT.search(seg) or (("عام" in seg or "امس" in seg or "يوم" in seg)
                                       and _EVENT_WORD.search(seg)))


def _events(ctx: _Ctx, claims: list, ends, ps, pe) -> None:
    """Unattributed sentences with a number or date become event claims."""
    cuts = sorted({ps, pe, *ends, *[c["s"] for c in claims], *[c["e"] for c in claims],
                   *[c["trig"] for c in claims]})
    taken = [(min(c["trig"], c["s"]), c["e"]) for c in claims]
    new = []
    for a, b in zip(cuts, cuts[1:]):
        if b - a < _EVENT_MIN or b - a > _EVENT_MAX or any(a < te and ts < b for ts, te in taken):
            continue
        seg = ctx.norm[a:b]
        if not _event_hint(seg) and not _has_number_word(seg):
            continue
        new.append({"s": a, "e": b, "who": None, "verb": None, "relay": None, "trig": a,
                    "event": True})
    claims.extend(new)
    claims.sort(key=lambda c: c["s"])


_NUMWORD = re.compile(r"(?<!\w)(?:[وبل]?(?:ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)(?:ه|ون|ين)?|الاف|الف|مليون|"
                      r"ملايين|مليار|مئات|عشرات)(?!\w)")


def _has_number_word(seg: str) -> bool:
    return bool(_NUMWORD.search(seg))


# ------------------------------------------------------------------ assembly
def _build(ctx: _Ctx, raw: dict, names: list[str], gz_places: int) -> ExtractedClaim | None:
    s, e = _trim(ctx, raw["s"], raw["e"])
    if e - s < 8:
        return None
    text = ctx.text[s:e]
    who: _Who | None = raw["who"]
    ns, ne = raw["s"], raw["e"]
    nums = _find_numbers(text, s, ctx.nt) if _num_hint(ctx.norm, ns, ne) else []
    dates = [d for d in ctx.dates if s <= d["start"] and d["end"] <= e]
    kind = "event" if raw.get("event") else _kind(ctx, s, e, nums)
    name = who.name if who else None
    if name and who.kind == "person":
        name = fullest_name(name, names)
    cw, reasons = score(text, kind=kind, speaker_kind=who.kind if who else None,
                        has_name=bool(name), has_title=bool(who and (who.title or who.role)),
                        n_numbers=len(nums), n_dates=len(dates), n_places=gz_places,
                        norm=ctx.norm[ns:ne])
    chain = []
    if who:
        chain.append({"role": "speaker", "name": name or who.text})
    if raw.get("relay"):
        chain.append({"role": "relay", "name": raw["relay"]})
    if ctx.outlet:
        chain.append({"role": "outlet", "name": ctx.outlet})
    return ExtractedClaim(
        s, e, text, kind, speaker=who.text if who else None, speaker_name=name,
        speaker_kind=who.kind if who else None, speaker_title=who.title if who else None,
        speaker_role=who.role if who else None, speaker_span=who.span if who else None,
        verb=raw.get("verb"), chain=chain, checkworthiness=cw, reasons=reasons,
        numbers=nums, dates=dates)


def _kind(ctx: _Ctx, s: int, e: int, nums) -> str:
    text = ctx.text
    counts = [n for n in nums if n.get("kind", "count") in ("count", "percent")]
    if counts and len(text[s:e].split()) <= 25:
        return "numeric"
    pre = text[max(0, s - 2):s]
    if any(q in pre for q in '"«“'):
        return "quote"
    return "statement"


# Cheap pre-check before the number parser: digits, number words, feminine duals.
_NUM_HINT = re.compile(r"\d|(?<!\w)(?:[وبلف]|ال|وال|بال)?(?:واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|"
                       r"مئ|مائ|الف|الاف|مليون|ملايين|مليار|عشرات|مئات|نصف|ربع|ثلث)|\w{2,}ت(?:ين|ان)(?!\w)")


# _NUM_HINT in three parts: its dual alternative \w{2,}ت(?:ين|ان) made re
# backtrack over every word; ت(?:ين|ان) is found first, then \w\w before it.
_NUM_HINT_DIGIT = re.compile(r"\d")
_NUM_HINT_WORD = re.compile(_NUM_HINT.pattern[len(r"\d|"):-len(r"|\w{2,}ت(?:ين|ان)(?!\w)")])
_NUM_HINT_DUAL = re.compile(r"ت(?:ين|ان)(?!\w)")
_TWO_WORD_CHARS = re.compile(r"\w\w")
assert _NUM_HINT.pattern == r"\d|" + _NUM_HINT_WORD.pattern + r"|\w{2,}ت(?:ين|ان)(?!\w)"


def _num_hint(norm: str, s: int, e: int) -> bool:
    """``_NUM_HINT.search(norm, s, e)`` is not None."""
    if _NUM_HINT_DIGIT.search(norm, s, e) or _NUM_HINT_WORD.search(norm, s, e):
        return True
    for m in _NUM_HINT_DUAL.finditer(norm, s + 2, e):
        if _TWO_WORD_CHARS.match(norm, m.start() - 2):
            return True
    return False


def _find_numbers(text: str, offset: int, nt=None) -> list[dict]:
    """Numbers of ``text`` == original[offset:offset + len(text)]; ``nt``: the
    article's NormalizedText, read instead of normalizing the claim again."""
    try:
        found = _numbers.find_numbers_in(nt, offset, offset + len(text)) if nt is not None \
            else _numbers.find_numbers(text)
    except Exception:  # a bug in the number parser must not lose the claim
        return []
    return [{"start": n.start + offset, "end": n.end + offset, "text": n.text, "value": n.value,
             "unit": n.unit, "kind": getattr(n, "kind", "count")} for n in found]


def _limit_events(ctx: _Ctx, raw: list[dict], mentions) -> list[dict]:
    """Keep event claims that name a place/organisation, at most as many as
    the attributed claims (and at least 3)."""
    events = []
    for r in raw:
        if r.get("event"):
            s, e = ctx.orig(r["s"], r["e"])
            r["_places"] = _places_in(mentions, s, e)
            if r["_places"]:
                events.append(r)
    n_attr = sum(1 for r in raw if not r.get("event"))
    keep = max(3, n_attr)
    events.sort(key=lambda r: -r["_places"])
    kept = {id(r) for r in events[:keep]}
    return [r for r in raw if not r.get("event") or id(r) in kept]


def _places_in(mentions, s, e) -> int:
    return sum(1 for m in mentions if m.kind != "person" and s <= m.start < e)


def analyze(text: str, *, published: _dt.date | None = None, outlet: str | None = None) -> ArticleAnalysis:
    """Claims, mentions and boilerplate of one article (see module doc)."""
    text = text if isinstance(text, str) else ""
    if isinstance(published, _dt.datetime):
        published = published.date()
    nt = normalize_with_map(text)
    spans, dl_outlet, dl_place = find_boilerplate(text, norm=nt.text)
    ctx = _Ctx(text, published, outlet or dl_outlet, nt)
    set_source(ctx.nt)
    ctx.dates = find_dates(text, published, nt=ctx.nt)
    raw: list[dict] = []
    for p in paragraphs(text, [(s, e) for s, e, _ in spans]):
        _paragraph(ctx, p, raw)
    mentions = [Mention(**m) for m in find_mentions(text, ctx.nt, [w for w in ctx.people])]
    names = [m.name for m in mentions if m.kind == "person"]
    raw = _limit_events(ctx, raw, mentions)
    claims = []
    for r in raw:
        s, e = ctx.orig(r["s"], r["e"])
        c = _build(ctx, r, names, _places_in(mentions, s, e))
        if c is not None and (not claims or c.start >= claims[-1].end):
            claims.append(c)
    return ArticleAnalysis(claims, mentions, [Span(s, e, k) for s, e, k in spans], dl_outlet, dl_place)
