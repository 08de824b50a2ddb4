"""Arabic-aware normalization for matching and search.

The stored text is never changed.  ``normalize`` gives the comparison form
(fast, ``str.translate``); ``normalize_with_map`` gives the same string plus
an offset map back to the original code points, so a span found in the
normalized copy can be pinned to the stored text.

What is folded:
- tashkeel (harakat, tanween, shadda, sukun, superscript alef, Quranic marks)
  and tatweel are removed;
- alef forms (أ إ آ ٱ) become ا; ى becomes ي; ة becomes ه; ؤ becomes و and
  ئ becomes ي;
- Arabic-Indic (٠-٩) and Persian (۰-۹) digits become ASCII digits;
- all quotation marks (“ ” « » ‘ ’ " ' ‹ ›) become ``"``;
- ``#`` and ``_`` (hashtags such as ``#إقليم_كردستان``) become spaces, so the
  hashtag reads as words;
- bidi controls, zero-width joiners and BOMs are removed;
- Latin letters are lower-cased; the lam-alef presentation ligatures expand.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["normalize", "normalize_with_map", "NormalizedText", "tokens", "fold_char"]

_DELETE = (
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, tanween, shadda, sukun, ...
    + ["\u0670", "\u0640"]  # superscript alef, tatweel
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E9)]
    + ["\u0610", "\u0611", "\u0612", "\u0613", "\u0614", "\u0615", "\u0616",
       "\u0617", "\u0618", "\u0619", "\u061A"]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b",
       "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
       "\ufeff", "\u061c", "\u00ad"]
)

_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ي": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه",
    "ؤ": "و",
    "ک": "ك",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"',
    "‘": '"', "’": '"', "'": '"', "‹": '"', "›": '"', "`": '"', "″": '"',
    "#": " ", "_": " ",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "،": ",", "؛": ";", "؟": "?", "٪": "%",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    _ONE_TO_ONE[_c] = _c.lower()

# Presentation-form ligatures that expand to several letters.
_EXPAND = {
    "\ufefb": "لا", "\ufefc": "لا", "\ufef5": "لا", "\ufef6": "لا",
    "\ufef7": "لا", "\ufef8": "لا", "\ufef9": "لا", "\ufefa": "لا",
}


def _presentation_forms() -> dict[str, str]:
    """Isolated/initial/medial/final presentation forms fold to their letter."""
    table: dict[str, str] = {}
    for code in list(range(0xFB50, 0xFDFF)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(code)
        if ch in _EXPAND:
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and folded != ch:
            table[ch] = _ONE_TO_ONE.get(folded, folded)
    return table


_TABLE: dict[int, str | None] = {ord(c): None for c in _DELETE}
_TABLE.update({ord(k): v for k, v in _presentation_forms().items()})
_TABLE.update({ord(k): v for k, v in _ONE_TO_ONE.items()})
_TABLE.update({ord(k): v for k, v in _EXPAND.items()})

# Characters whose translation is not exactly one character.
_IRREGULAR = re.compile("[" + "".join(re.escape(c) for c in _DELETE + list(_EXPAND)) + "]")
_IRREGULAR_RUN = re.compile(_IRREGULAR.pattern + "+")
_EXPAND_RE = re.compile("[" + "".join(re.escape(c) for c in _EXPAND) + "]")


def fold_char(ch: str) -> str:
    """The normalized form of one character ('' when it is dropped)."""
    return ch.translate(_TABLE)


_DELETE_RE = re.compile("[" + "".join(re.escape(c) for c in _DELETE) + "]")
_REPLACE = [(chr(k), v) for k, v in _TABLE.items() if v is not None and chr(k) != v]
# chained replacement equals translate only if no output is itself replaced
assert all(ch not in dict(_REPLACE) for _, v in _REPLACE for ch in v)


# Below this length ``str.translate`` is faster than the 330 ``in`` checks
# of the replacement chain (a word: 0.4 us instead of 8 us); above it the
# chain wins (an article: 53 us instead of 160 us).  Both give the same string.
_SHORT = 120


def normalize(text: str) -> str:
    """The comparison form of ``text`` (no offset map).

    Same result as ``text.translate(_TABLE)``, several times faster on long
    Arabic texts: one regex pass for deletions, then ``str.replace`` only
    for the characters present."""
    if len(text) < _SHORT:
        return text.translate(_TABLE)
    text = _DELETE_RE.sub("", text)
    for ch, out in _REPLACE:
        if ch in text:
            text = text.replace(ch, out)
    return text


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized string with, for each of its characters, the span of
    original code points it came from."""

    original: str
    text: str
    starts: tuple[int, ...] | None  # None: the normalization was 1:1
    ends: tuple[int, ...] | None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span [start, end) to the original text."""
        if self.starts is None:
            return start, end
        n = len(self.text)
        if n == 0:
            return 0, 0
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if start == end:
            pos = self.starts[start] if start < n else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_original(self, pos: int) -> int:
        """The normalized index of the first character at or after ``pos``."""
        if self.starts is None:
            return pos
        import bisect

        return bisect.bisect_left(self.starts, pos)


_INTS: tuple[int, ...] = ()


def _ints(n: int) -> tuple[int, ...]:
    """A tuple ``(0, 1, ..., m-1)`` with m >= n, kept between calls."""
    global _INTS
    if len(_INTS) < n:
        _INTS = tuple(range(max(n, 2 * len(_INTS), 1 << 14)))
    return _INTS


def normalize_with_map(text: str) -> NormalizedText:
    norm = normalize(text)
    if len(norm) == len(text) and not _IRREGULAR.search(text):
        return NormalizedText(text, norm, None, None)
    if not _EXPAND_RE.search(text):
        # only deletions: each kept character ends where the next kept one
        # starts (the marks between belong to it), the last at the end
        ints = _ints(len(text) + 1)  # slices share int objects: no allocation
        kept: list[int] = []
        prev = 0
        for m in _IRREGULAR_RUN.finditer(text):
            kept.extend(ints[prev:m.start()])
            prev = m.end()
        kept.extend(ints[prev:len(text)])
        assert len(kept) == len(norm)
        st = tuple(kept)
        return NormalizedText(text, norm, st, st[1:] + (len(text),) if st else ())
    starts: list[int] = []
    ends: list[int] = []
    prev = 0
    table = _TABLE
    for m in _IRREGULAR_RUN.finditer(text):
        i = m.start()
        # the regular run before maps 1:1
        starts.extend(range(prev, i))
        ends.extend(range(prev + 1, i + 1))
        for j in range(i, m.end()):
            out = table.get(ord(text[j]))
            if out:  # an expansion (ligature)
                starts.extend([j] * len(out))
                ends.extend([j + 1] * len(out))
            elif ends:  # a dropped mark belongs to the letter before it
                ends[-1] = j + 1
        prev = m.end()
    starts.extend(range(prev, len(text)))
    ends.extend(range(prev + 1, len(text) + 1))
    assert len(starts) == len(norm)
    return NormalizedText(text, norm, tuple(starts), tuple(ends))


_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Word tokens of the normalized text."""
    return _TOKEN.findall(normalize(text))
