"""Paragraphs, quotations and sentence boundaries.

Quotes are found on the ORIGINAL text, where «» and “” still tell opening
from closing; a straight ``"`` is read as opening or closing from its
neighbours.  A quote that never closes runs to the end of its paragraph, or
to the next opening quote when one follows (the writer forgot to close it).
Sentence ends inside a quotation do not end the sentence, so a quote that
spans sentences stays one unit.  List items (أولا:، ثانيا: ...) and lines are
always boundaries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Paragraph", "quote_regions", "sentence_ends", "paragraphs", "is_list_item"]

_OPEN = "«“„‹"
_CLOSE = "»”‟›"
_AMBIG = "\"'‘’″`"
_QUOTE_CHARS = re.compile("[" + re.escape(_OPEN + _CLOSE + _AMBIG) + "]")
_SENT_END = re.compile(r"(?:\.{2,}|…|[.!?؟])(?=[\s\"'»”’)\]]|$)|(?<=[»”\"])\.(?=\S)")
_LIST_ITEM = re.compile(r"^\s*(?:[أا]ولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|"
                        r"\d{1,2}\s*[-.)]|[-•*▪●])\s*[:：\-–]?\s*")


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "ـ"


def _direction(text: str, i: int) -> str:
    """'open', 'close' or '?' for a straight quote at ``i``."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace() or nxt in ".,،؛:!?؟)]" or i + 1 >= len(text):
        return "close" if not prev.isspace() else "?"
    if prev.isspace() or prev in "([:،,؛" or prev == "ـ" or i == 0:
        return "open"
    if _is_word(prev) and _is_word(nxt):
        return "?"
    return "?"


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Quoted regions (open, past-close, closed?) in text[start:end]."""
    regions: list[tuple[int, int, bool]] = []
    open_at = None
    for m in _QUOTE_CHARS.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch in _OPEN:
            kind = "open"
        elif ch in _CLOSE:
            kind = "close"
        elif ch in _AMBIG:
            if ch in "'‘’" and not (_arabic_near(text, i)):
                continue
            kind = _direction(text, i)
            if kind == "?":
                kind = "close" if open_at is not None else "open"
        else:
            continue
        if kind == "open":
            if open_at is not None:
                regions.append((open_at, i, False))  # an unclosed quote ends where the next opens
            open_at = i
        elif open_at is not None:
            regions.append((open_at, i + 1, True))
            open_at = None
    if open_at is not None:
        regions.append((open_at, end, False))
    return regions


def _arabic_near(text: str, i: int) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(text) and "\u0600" <= text[j] <= "\u06ff":
            return True
    return False


# Every _SENT_END match starts with one of these; re has no fast skip for a
# pattern with a lookbehind branch, so candidates are found first.
_SENT_END_FIRST = re.compile(r"[.!?؟…]")


def _sent_end_matches(text: str, start: int, end: int):
    """Same matches as ``_SENT_END.finditer(text, start, end)`` (its matches
    are never empty and start at a _SENT_END_FIRST character)."""
    last = start
    match = _SENT_END.match
    for c in _SENT_END_FIRST.finditer(text, start, end):
        p = c.start()
        if p < last:
            continue
        m = match(text, p, end)
        if m:
            last = m.end()
            yield m


def sentence_ends(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> list[int]:
    """Offsets just past each sentence end in text[start:end] outside quotes."""
    out = []
    qi = 0
    for m in _sent_end_matches(text, start, end):
        p = m.start()
        if p > 0 and p + 1 < len(text) and text[p] == "." and text[p - 1].isdigit() and text[p + 1].isdigit():
            continue
        while qi < len(quotes) and quotes[qi][1] <= p:
            qi += 1
        if qi < len(quotes) and quotes[qi][0] < p < quotes[qi][1] - 1 and (quotes[qi][2] or quotes[qi][1] >= end):
            continue
        out.append(m.end())
    return out


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


def paragraphs(text: str, skip: list[tuple[int, int]]) -> list[Paragraph]:
    """Non-empty lines of ``text`` minus the ``skip`` spans (boilerplate)."""
    out = []
    pos = 0
    skip = sorted(skip)
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        for ks, ke in skip:
            if ks <= s < ke:
                s = ke
        for ks, ke in skip:
            if s <= ks < e:
                e = ks
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Paragraph(s, e))
    return out
