"""Numbers in Arabic news text: digits, number words, duals, ranges and sums.

``find_numbers(text)`` returns every count, percentage, year or date number it
finds, with code-point offsets into the ORIGINAL text, its value and the
normalized noun it counts (``unit``).  Everything here is general Arabic: number
words in their masculine/feminine, nominative/oblique forms with the clitics
و/ب/ل/ف/ال, multiplier words (``3 آلاف`` = 3000), duals of common countable
nouns (``لواءين`` = 2 لواء), ``من ... إلى ...`` ranges and sums joined by
``إضافة إلى`` and the like.  Ordinals (الثالث، التاسع) are not counts and are
not returned.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.normalize import normalize_with_map

__all__ = [
    "NumberMention",
    "find_numbers",
    "find_ranges",
    "sum_total",
    "sum_groups",
    "normalize_unit",
    "format_value",
]


@dataclass(slots=True)
class NumberMention:
    start: int  # code point offsets into the original text
    end: int
    text: str  # original[start:end]
    value: float | int
    unit: str | None  # normalized noun that is counted (singular where known)
    kind: str = "count"  # count | percent | year | date
    group: int | None = None  # mentions of one range or one sum share a group id
    role: str | None = None  # "low"/"high" in a range, "part" in a sum


# ---------------------------------------------------------------- lexicon
# All keys are in normalize() form (ة→ه, ى→ي, أإآ→ا, ئ→ي, ؤ→و).
_UNITS = {
    "واحد": 1, "واحده": 1, "واحدا": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثنتان": 2, "ثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}
_TEEN_HEADS = {  # first word of 11..19 (followed by عشر/عشره)
    "احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9,
}
_TENS = {}
for _stem, _v in (("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60),
                  ("سبع", 70), ("ثمان", 80), ("تسع", 90)):
    _TENS[_stem + "ون"] = _v
    _TENS[_stem + "ين"] = _v
_HUNDREDS = {"ميه": 100, "مايه": 100, "ماه": 100, "ميتان": 200, "ميتين": 200,
             "مايتان": 200, "مايتين": 200,
             "ميتي": 200, "مايتي": 200}
for _stem, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                  ("ثمان", 8), ("ثماني", 8), ("تسع", 9)):
    _HUNDREDS[_stem + "ميه"] = _v * 100
    _HUNDREDS[_stem + "مايه"] = _v * 100
# scale words: (multiplier, needs a count before it, is dual)
_SCALES = {
    "الف": (1000, False), "الفا": (1000, False), "الفان": (2000, False), "الفين": (2000, False), "الفي": (2000, False),
    "الاف": (1000, True), "الوف": (1000, True),
    "مليون": (10**6, False), "مليونا": (10**6, False), "مليونان": (2 * 10**6, False),
    "مليونين": (2 * 10**6, False), "ملايين": (10**6, True),
    "مليار": (10**9, False), "مليارا": (10**9, False), "ملياران": (2 * 10**9, False),
    "مليارين": (2 * 10**9, False), "مليارات": (10**9, True),
    "بليون": (10**9, False), "بلايين": (10**9, True),
}
_ALL_NUMBER_WORDS = set(_UNITS) | set(_TEEN_HEADS) | set(_TENS) | set(_HUNDREDS) | set(_SCALES)
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
_NUMBER_PREFIXES = ("وبال", "وال", "بال", "لل", "ال", "و", "ب", "ل", "ف", "ك", "وب", "ول")
# after ال these are weekdays or other words: الاثنين (Monday), الاحد, الست, السبع
_NO_ARTICLE = {"اثنين", "اثنان", "احد", "احدي", "ست", "سبع", "ثمان"}

_MONTHS = {
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه",
    "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار",
    "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
    "محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي",
}
_YEAR_WORDS = {"عام", "سنه", "العام", "لعام", "بعام", "سنه", "السنه", "عامي"}
_PERCENT_AFTER = {"%", "بالميه", "بالمايه", "بالمييه"}
_SKIP_AFTER = {"من", "الاف", "ملايين", "الف", "مليون", "مليار", "مليارات"}
_NOT_UNITS = {
    "في", "من", "الي", "علي", "عن", "مع", "او", "و", "ثم", "حتي", "منذ", "بين", "بعد",
    "قبل", "خلال", "ان", "انه", "التي", "الذي", "الذين", "هذه", "هذا", "فقط", "نحو",
    "حوالي", "ما", "لا", "لم", "قد", "كما", "وفي", "ومن", "اخري", "اخرين",
}

# Countable nouns common in news: their dual is read as the number 2.
# key: singular stem (normalized) as it appears before the dual ending.
_DUAL_STEMS = {
    "مركز": "مركز", "لواء": "لواء", "محافظت": "محافظه", "اجتماع": "اجتماع",
    "شخص": "شخص", "جندي": "جندي", "مدينت": "مدينه", "دولت": "دوله", "يوم": "يوم",
    "شهر": "شهر", "عام": "عام", "سنت": "سنه", "ساعت": "ساعه", "اسبوع": "اسبوع",
    "دقيقت": "دقيقه", "مرت": "مره", "طفل": "طفل", "قتيل": "قتيل", "جريح": "جريح",
    "عنصر": "عنصر", "ضابط": "ضابط", "صاروخ": "صاروخ",
    "طايرت": "طايره", "سيارت": "سياره", "منزل": "منزل", "قريت": "قريه",
    "وزارت": "وزاره", "وزير": "وزير", "لجنت": "لجنه", "فرقت": "فرقه", "كتيبت": "كتيبه",
    "غرفت": "غرفه", "منطقت": "منطقه", "قضاء": "قضاء", "ناحيت": "ناحيه", "حزب": "حزب",
    "مليون": "مليون", "الف": "الف", "مليار": "مليار", "دولار": "دولار", "ريال": "ريال",
    "كيلومتر": "كيلومتر", "متر": "متر", "هجوم": "هجوم", "انفجار": "انفجار",
    "عمليت": "عمليه", "اتفاق": "اتفاق", "اتفاقيت": "اتفاقيه", "مرحلت": "مرحله",
    "جولت": "جوله", "مؤتمر": "مؤتمر", "موتمر": "مؤتمر", "قمت": "قمه", "سجين": "سجين",
    "شهيد": "شهيد", "مستشفي": "مستشفي", "مدرست": "مدرسه",
    "بلد": "بلد", "فريق": "فريق", "نايب": "نايب", 
    "رجل": "رجل", "امرات": "امراه", "طن": "طن", "برميل": "برميل",
    "قرار": "قرار", "مشروع": "مشروع", "مقعد": "مقعد",
    "حالت": "حاله", "اصابت": "اصابه", "قاعدت": "قاعده", "معبر": "معبر", "سفينت": "سفينه",
}
_DUAL_ENDINGS = ("ين", "ان")

# Common broken/sound plurals -> singular (for comparing units).
_PLURALS = {
    "مراكز": "مركز", "الويه": "لواء", "جنود": "جندي", "اشخاص": "شخص", "قتلي": "قتيل",
    "جرحي": "جريح", "مدن": "مدينه", "دول": "دوله", "ايام": "يوم", "اشهر": "شهر",
    "شهور": "شهر", "اعوام": "عام", "سنوات": "سنه", "سنين": "سنه", "غرف": "غرفه",
    "لجان": "لجنه", "نقاط": "نقطه", "عناصر": "عنصر", "قري": "قريه", "منازل": "منزل",
    "ضحايا": "ضحيه", "صواريخ": "صاروخ", "دقايق": "دقيقه", "اسابيع": "اسبوع",
    "مناطق": "منطقه", "مدارس": "مدرسه", "اطفال": "طفل", "نساء": "امراه", "رجال": "رجل",
    "هجمات": "هجوم", "مشاريع": "مشروع", "اطنان": "طن", "براميل": "برميل",
    "سجناء": "سجين", "شهداء": "شهيد", "وزراء": "وزير", "ضباط": "ضابط", "نواب": "نايب",
    "مسؤولين": "مسؤول", "مسوولين": "مسؤول", "فرق": "فرقه", "كتايب": "كتيبه",
    "مقاعد": "مقعد", "بلدان": "بلد", "احزاب": "حزب", "قواعد": "قاعده", "معابر": "معبر",
    "سفن": "سفينه", "اقضيه": "قضاء", "نواحي": "ناحيه", "مرات": "مره", "افراد": "فرد",
    "دواعش": "داعشي", "مسلحين": "مسلح", "ارهابيين": "ارهابي", "الوف": "الف",
}

_ARTICLE_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال")
_KNOWN_NOUNS: set[str] = set(_DUAL_STEMS)
_KNOWN_NOUNS.update(_DUAL_STEMS.values())
_KNOWN_NOUNS.update(_PLURALS)
_KNOWN_NOUNS.update(_PLURALS.values())

_WORD = re.compile(r"[^\W\d_]+|%", re.UNICODE)
_DIGITS = re.compile(r"\d+(?:[,\u066c]\d{3})+(?:[.\u066b]\d+)?|\d+(?:[.\u066b]\d+)?")

# Per-word results are pure functions of the word: memoized in plain dicts
# (cleared when they grow past _MEMO_MAX, so a long session stays bounded).
_MEMO_MAX = 100_000  # SaudiNewsNet: the 100k commonest words are 97% of its 5.8M tokens
_MISS = object()


def _memo(fn):
    cache: dict = {}

    def wrapper(w):
        r = cache.get(w, _MISS)
        if r is _MISS:
            if len(cache) >= _MEMO_MAX:
                cache.clear()
            r = cache[w] = fn(w)
        return r

    wrapper.__wrapped__ = fn
    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    wrapper.cache = cache
    return wrapper


def _strip_prefix(word: str, prefixes=_PREFIXES, min_rest: int = 2) -> str:
    """Drop a leading clitic.  The article forms (ال، وال، بال، لل) always go;
    a bare و/ب/ل/ف/ك only when what is left is a known noun, since many words
    begin with those letters (وزير، برميل، كيلومتر)."""
    if prefixes is _PREFIXES and min_rest == 2:
        return _strip_prefix_default(word)
    return _strip_prefix_impl(word, prefixes, min_rest)


def _strip_prefix_impl(word: str, prefixes, min_rest: int) -> str:
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= min_rest:
            rest = word[len(p):]
            if p in _ARTICLE_PREFIXES or _known(rest):
                return rest
    return word


@_memo
def _strip_prefix_default(word: str) -> str:
    return _strip_prefix_impl(word, _PREFIXES, 2)


@_memo
def _known(w: str) -> bool:
    if w in _KNOWN_NOUNS:
        return True
    for end in ("ين", "ان", "ات", "ي", "ا"):
        if w.endswith(end) and w[: -len(end)] in _KNOWN_NOUNS:
            return True
    return False


def normalize_unit(word: str | None) -> str | None:
    """A counted noun in a comparable form: no clitics, no tanween alef, singular
    where the plural is known (``محافظات`` → ``محافظه``, ``كيلومترًا`` → ``كيلومتر``)."""
    if not word:
        return None
    if type(word) is not str:
        return _normalize_unit(word)
    return _normalize_unit_memo(word)


def _normalize_unit(word: str) -> str:
    from analysis.normalize import normalize

    w = normalize(word).strip()
    if w == "%":
        return "%"
    for cand in (w, _strip_prefix(w)):
        if cand in _PLURALS:
            return _PLURALS[cand]
    w = _strip_prefix(w)
    if len(w) >= 4 and w.endswith("ا") and not w.endswith("اا"):
        w = w[:-1]
    if w in _PLURALS:
        return _PLURALS[w]
    if len(w) >= 5 and w.endswith("يين"):
        return w[:-2]
    if len(w) >= 5 and w.endswith("ات"):
        return w[:-2] + "ه"
    if len(w) >= 6 and (w.endswith("ين") or w.endswith("ون")) and w[:-2] in _DUAL_STEMS:
        return _DUAL_STEMS[w[:-2]]
    return w


_normalize_unit_memo = _memo(_normalize_unit)


# ---------------------------------------------------------------- tokenizing
@dataclass(slots=True)
class _Tok:
    s: int  # normalized offsets
    e: int
    w: str  # normalized word or digit string
    digit: bool


_TOKEN = re.compile(r"\d+(?:[,\u066c]\d{3})+(?:[.\u066b]\d+)?|\d+(?:[.\u066b]\d+)?|[^\W\d_]+|%")


def _tokenize(norm: str) -> list[_Tok]:
    Tok = _Tok
    return [Tok(m.start(), m.end(), w, w[0].isdecimal())
            for m in _TOKEN.finditer(norm) for w in (m.group(),)]


def _digit_value(s: str) -> float | int:
    s = s.replace(",", "").replace("\u066c", "").replace("\u066b", ".")
    return float(s) if "." in s else int(s)


# Every word _word_kind can accept: a number word, bare or after one prefix.
_NUMBER_FORMS = frozenset(_ALL_NUMBER_WORDS | {p + c for p in _NUMBER_PREFIXES for c in _ALL_NUMBER_WORDS})


@_memo
def _word_kind(w: str):
    """(category, value) for a number word (clitics allowed), else None."""
    if w not in _NUMBER_FORMS:
        return None  # no candidate below can be a number word
    cands = [w] + [w[len(p):] for p in _NUMBER_PREFIXES if w.startswith(p) and len(w) > len(p) + 1
                   and not (p.endswith(("ال", "لل")) and w[len(p):] in _NO_ARTICLE)]
    for c in cands:
        if c in _SCALES:
            return ("scale", c)
        if c in _HUNDREDS:
            return ("hundred", _HUNDREDS[c])
        if c in _TENS:
            return ("ten", _TENS[c])
        if c in _UNITS:
            return ("unit", _UNITS[c])
        if c in _TEEN_HEADS:
            return ("teenhead", _TEEN_HEADS[c])
    return None


def _parse_words(toks: list[_Tok], i: int):
    """Parse a number-word phrase starting at token i. Returns (value, j) with j
    the index after the phrase, or None."""
    total = 0
    current = 0
    j = i
    seen = False
    while j < len(toks):
        t = toks[j]
        if t.digit:
            break
        k = _word_kind(t.w)
        if k is None:
            break
        if seen and not (t.w.startswith("و") or k[0] == "scale" or
                         (k[0] == "hundred" and 0 < current < 10)):
            # a following number word without و starts a new number, except
            # teens (ثلاثة عشر) and scale words (ثلاثة آلاف) handled below
            if not (k[0] == "unit" and k[1] == 10 and _is_teen_tail(t.w)):
                break
        cat, val = k
        if cat == "teenhead":
            nxt = toks[j + 1].w if j + 1 < len(toks) else ""
            if not _is_teen_tail(nxt):
                break  # احد/احدى alone = "one of", not a count
            current += 10 + val
            j += 2
            seen = True
            continue
        if cat == "unit" and val == 10 and seen and 0 < current < 10 and not t.w.startswith("و"):
            current += 10  # ثلاثة عشر
        elif cat == "scale":
            mult, needs_count = _SCALES[val]
            if needs_count and current == 0:
                if not seen:
                    return None  # آلاف alone: vague ("thousands")
                break
            total += (current or 1) * mult
            current = 0
        elif cat == "hundred" and 0 < current < 10 and not t.w.startswith("و"):
            current *= val
        else:
            current += val
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


def _strip_clitic(w: str) -> str:
    for p in _NUMBER_PREFIXES:
        if w.startswith(p) and len(w) > len(p) + 1 and w[len(p):] in _ALL_NUMBER_WORDS:
            return w[len(p):]
    return w


def _is_teen_tail(w: str) -> bool:
    return w in ("عشر", "عشره")


# ---------------------------------------------------------------- main entry
def find_numbers(text: str) -> list[NumberMention]:
    """All numbers in ``text`` (digits, words, duals), in text order."""
    return _find_numbers_nt(text, normalize_with_map(text))


class _SliceNT:
    """``normalize_with_map(original[s:e])`` read from the whole text's
    NormalizedText ``nt`` without normalizing again.  Normalization is per
    character, so the slice's normalized text is ``nt.text[a:b]`` (a, b: the
    normalized positions of s and e); a character's span is the whole text's,
    cut at e (marks after e are not in the slice)."""

    __slots__ = ("original", "text", "_nt", "_s", "_e", "_a", "_b", "_regular")

    def __init__(self, nt, s: int, e: int):
        from analysis.normalize import _IRREGULAR

        self.original = nt.original[s:e]
        a, b = nt.from_original(s), nt.from_original(e)
        self.text = nt.text[a:b]
        self._nt, self._s, self._e, self._a, self._b = nt, s, e, a, b
        # the slice alone would be normalized 1:1 (starts None)
        self._regular = nt.starts is None or (
            b - a == e - s and not _IRREGULAR.search(nt.original, s, e))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self._regular:
            return start, end
        n = self._b - self._a
        if n == 0:
            return 0, 0
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        nt, s, a = self._nt, self._s, self._a
        if start == end:
            return (nt.starts[a + start] - s, nt.starts[a + start] - s) if start < n \
                else (len(self.original), len(self.original))
        return nt.starts[a + start] - s, min(nt.ends[a + end - 1], self._e) - s

    def from_original(self, pos: int) -> int:
        if self._regular:
            return pos
        import bisect

        return bisect.bisect_left(self._nt.starts, pos + self._s, self._a, self._b) - self._a


def find_numbers_in(nt, s: int, e: int) -> list[NumberMention]:
    """``find_numbers(nt.original[s:e])`` (same mentions, offsets into the
    slice) for a caller that has the whole text's ``normalize_with_map``."""
    return _find_numbers_nt(nt.original[s:e], _SliceNT(nt, s, e))


def _find_numbers_nt(text: str, nt) -> list[NumberMention]:
    toks = _tokenize(nt.text)
    out: list[tuple[int, int, float | int, int, int]] = []  # (tok_i, tok_j, value, ns, ne)
    i = 0
    n = len(toks)
    word_kind = _word_kind
    info_cache = _tok_info.cache
    while i < n:
        t = toks[i]
        if t.digit:
            val = _digit_value(t.w)
            j = i + 1
            if j < n and not toks[j].digit:
                k = word_kind(toks[j].w)
                if k and k[0] == "scale":
                    val = val * _SCALES[k[1]][0]
                    j += 1
            out.append((i, j, val, t.s, toks[j - 1].e))
            i = j
            continue
        # most words are neither number words nor duals: one dict lookup
        info = info_cache.get(t.w, _MISS)
        if info is _MISS:
            info = _tok_info(t.w)
        if info is None:
            i += 1
            continue
        if info[0]:  # a number word
            parsed = _parse_words(toks, i)
            if parsed is not None:
                val, j = parsed
                if not _is_ordinal_context(toks, i):
                    out.append((i, j, val, t.s, toks[j - 1].e))
                i = j
                continue
        if info[1] and _dual(toks, i) is not None:
            out.append((i, i + 1, 2, t.s, t.e))
        i += 1

    mentions: list[NumberMention] = []
    for (ti, tj, val, ns, ne) in out:
        s, e = nt.to_original(ns, ne)
        kind, unit = _classify(toks, ti, tj, val, nt.text)
        if isinstance(val, float) and val.is_integer():
            val = int(val)
        mentions.append(NumberMention(s, e, text[s:e], val, unit, kind))
    _mark_ranges(text, nt, mentions)
    _mark_sums(text, nt, mentions)
    return mentions


def _is_ordinal_context(toks, i) -> bool:
    # "القرن التاسع عشر": a teen after an ordinal word is part of an ordinal
    if i > 0 and toks[i - 1].w.startswith("ال") and toks[i - 1].w[2:] in _ORDINALS:
        return True
    return False


_ORDINALS = {"حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"}


@_memo
def _dual_info(w: str):
    """The part of ``_dual`` that depends on the word alone:
    (a dual of a known stem, construct-state need (0: none, 1: any word
    follows, 2: an ال word follows), ends like a dual), or None when the word
    can never be read as a dual."""
    if not w.endswith(("ين", "ان", "ي")):
        # the stripped form is a suffix of w (2 letters or more): it cannot
        # end like a dual or a construct dual either
        return None
    base = _strip_prefix(w)
    always = False
    for cand in (w, base):
        for end in _DUAL_ENDINGS:
            if cand.endswith(end) and cand[: -len(end)] in _DUAL_STEMS:
                always = True
    # construct-state dual: محافظتي صلاح الدين, مركزي التنسيق
    construct = 0
    if base.endswith("ي") and base[:-1] in _DUAL_STEMS and not w.startswith("ال"):
        stem = base[:-1]
        if stem.endswith("ت"):
            construct = 1
        elif len(stem) >= 3:
            construct = 2
    ends = base.endswith(_DUAL_ENDINGS)
    if not (always or construct or ends):
        return None
    return always, construct, ends


@_memo
def _tok_info(w: str):
    """(is a number word, may be a dual) of a word, None when neither."""
    kind = _word_kind.__wrapped__(w) is not None  # not cached twice
    dual = _dual_info.__wrapped__(w) is not None
    return (kind, dual) if kind or dual else None


def _dual(toks, i) -> int | None:
    info = _dual_info(toks[i].w)
    if info is None:
        return None
    always, construct, ends = info
    if always:
        return 2
    nxt = toks[i + 1].w if i + 1 < len(toks) else ""
    if construct == 1 and nxt and not nxt[0].isdecimal():
        return 2
    if construct == 2 and nxt.startswith("ال"):
        return 2
    if ends and nxt in ("اثنين", "اثنتين", "اثنان", "اثنتان"):
        return 2
    return None


@_memo
def _dual_unit(w: str) -> str:
    base = _strip_prefix(w)
    for cand in (w, base):
        for end in _DUAL_ENDINGS + ("ي",):
            if cand.endswith(end) and cand[: -len(end)] in _DUAL_STEMS:
                return _DUAL_STEMS[cand[: -len(end)]]
    stem = base[:-2]
    return normalize_unit(stem[:-1] + "ه" if stem.endswith("ت") else stem)


_PUNCT = re.compile(r"[.,;:!?\"()\[\]\n/|-]")


def _classify(toks, ti, tj, val, norm) -> tuple[str, str | None]:
    """(kind, unit) of the number spanning tokens [ti, tj)."""
    first = toks[ti]
    if not first.digit and _word_kind(first.w) is None:  # a dual noun
        return "count", _dual_unit(first.w)
    prev = toks[ti - 1].w if ti > 0 else ""
    nxt = toks[tj].w if tj < len(toks) else ""
    nxt2 = toks[tj + 1].w if tj + 1 < len(toks) else ""
    if nxt in _PERCENT_AFTER or (nxt == "في" and nxt2 in ("الميه", "المايه")):
        return "percent", "%"
    if _strip_prefix(nxt) in _MONTHS or nxt in _MONTHS:
        return "date", normalize_unit(nxt)
    if first.digit and isinstance(val, int) and 1800 <= val <= 2100 and (
            prev in _YEAR_WORDS or _strip_prefix(prev) in _YEAR_WORDS or not nxt
            or _strip_prefix(nxt) not in _DUAL_STEMS and nxt not in _PLURALS):
        if prev in _YEAR_WORDS or _strip_prefix(prev) in _YEAR_WORDS or prev in _MONTHS \
                or _strip_prefix(prev) in _MONTHS:
            return "year", None
    # 1 and 2 as words follow their noun: كيلومتر واحد، محافظتين اثنتين
    if not first.digit and val in (1, 2) and tj - ti == 1 and prev and prev not in _NOT_UNITS \
            and _word_kind(prev) is None:
        return "count", normalize_unit(prev) if val == 1 else _dual_unit(prev)
    j = tj
    while j < len(toks) and toks[j].w in ("من",):
        j += 1
    if j < len(toks) and not toks[j].digit and toks[j].w not in _NOT_UNITS \
            and not _PUNCT.search(norm[toks[j - 1].e:toks[j].s]):
        if _word_kind(toks[j].w) is None:
            return "count", normalize_unit(toks[j].w)
    return "count", None


# ---------------------------------------------------------------- ranges & sums
_RANGE_FROM = ("من", "بين")
_RANGE_TO = ("الي", "حتي", "و")
_SUM_MARKERS = ("بالاضافه الي", "اضافه الي", "فضلا عن", "علاوه علي", "الي جانب", "زايد",
                "اضافه ل", "بالاضافه ل")


def _mark_ranges(text, nt, mentions):
    norm = nt.text
    gid = max((m.group or 0 for m in mentions), default=0)
    for a, b in zip(mentions, mentions[1:]):
        if a.kind != "count" or b.kind != "count" or a.group or b.group:
            continue
        na = nt.from_original(a.start)
        nb_end = nt.from_original(b.start)
        between = norm[nt.from_original(a.end):nb_end]
        before = norm[max(0, na - 40):na]
        if len(between) > 60:
            continue
        btoks = re.findall(r"[^\W\d_]+", between)
        has_to = any(w in ("الي", "حتي") for w in btoks) or re.search(r"\s*[-–]\s*$", between)
        pre_toks = re.findall(r"[^\W\d_]+", before)[-4:]
        has_from = any(w in ("من", "بين", "تتراوح", "يتراوح", "تراوح", "تتراوح") for w in pre_toks)
        if has_to and (has_from or re.fullmatch(r"\s*[-–]\s*", between)) and a.value < b.value:
            gid += 1
            a.group = b.group = gid
            a.role, b.role = "low", "high"
            if a.unit is None or b.unit is None:
                a.unit = b.unit = a.unit or b.unit


def _mark_sums(text, nt, mentions):
    norm = nt.text
    gid = max((m.group or 0 for m in mentions), default=0)
    counts = [m for m in mentions if m.kind == "count" and m.group is None]
    current = None
    for a, b in zip(counts, counts[1:]):
        between = norm[nt.from_original(a.end):nt.from_original(b.start)]
        if len(between) <= 60 and any(mk in between for mk in _SUM_MARKERS):
            if current is None or a.group != current:
                gid += 1
                current = gid
                a.group, a.role = gid, "part"
            b.group, b.role = current, "part"
        else:
            current = None


def find_ranges(text: str) -> list[tuple[NumberMention, NumberMention]]:
    """(low, high) pairs such as ``من كيلومتر واحد ... إلى عشرين كيلومترًا``."""
    ms = find_numbers(text)
    by: dict[int, list[NumberMention]] = {}
    for m in ms:
        if m.role in ("low", "high"):
            by.setdefault(m.group, []).append(m)
    return [tuple(v) for v in by.values() if len(v) == 2]


def sum_groups(mentions: list[NumberMention]) -> list[list[NumberMention]]:
    by: dict[int, list[NumberMention]] = {}
    for m in mentions:
        if m.role == "part":
            by.setdefault(m.group, []).append(m)
    return list(by.values())


def sum_total(text: str) -> float | None:
    """The total when the text adds counts up (``عشرة ... إضافة إلى ثلاثة`` = 13),
    else None."""
    groups = sum_groups(find_numbers(text))
    if not groups:
        return None
    g = max(groups, key=len)
    return sum(m.value for m in g)


def format_value(v: float | int) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)
