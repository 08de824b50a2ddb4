"""Check-worthiness from transparent features.

``score(...)`` returns ``(value in 0..1, reasons)``; each reason is a short
English phrase naming a feature that moved the score.
"""
from __future__ import annotations

import re

from analysis.normalize import normalize

__all__ = ["score"]

_PRAYER = re.compile(r"رحمه الله|رحمهم الله|تغمده|اسكنه|فسيح جناته|انا لله|ندعو الله|نسال الله|"
                     r"حفظه الله|بارك الله|جزاهم الله|الله اكبر|صلي الله عليه")
_CONDOLENCE = re.compile(r"تعازي|التعازي|العزاء|مواساه|يواسي|الشفاء العاجل|المغفره")
_OPINION = re.compile(r"(?<!\w)(?:نامل|ناملو|نتمني|اتمني|نعتقد|اعتقد|اري|نري|يجب|ينبغي|نرجو|"
                      r"نتطلع|نسعي|نرحب|يسرني|نشكر|اشكر|نثمن|نقدر|مهم جدا|خطوه مهمه)(?!\w)")
_VERIFIABLE = re.compile(r"(?<!\w)(?:قتل|قتلى|اصيب|اصابه|اعتقال|اعتقل|استلمت|تسلمت|وقع|وقعت|اعلن|"
                         r"بلغ|بلغت|ارتفع|ارتفعت|انخفض|انخفضت|سيطر|سيطره|هجوم|هجمات|انفجار|زار|"
                         r"تشكيل|انشاء|اتفاق|عقد|عقدت|نفذ|نفذت|استهدف|تستهدف|تم|جري)(?!\w)")


# _OPINION / _VERIFIABLE as word sets: (?<!\w)word(?!\w) is found exactly
# when the word is one of the text's maximal \w runs; re has no fast skip
# for a pattern that starts with a lookbehind.
_WORDS = re.compile(r"\w+")


def _alternatives(rx: re.Pattern) -> list[str]:
    body = rx.pattern
    assert body.startswith(r"(?<!\w)(?:") and body.endswith(r")(?!\w)")
    alts = body[len(r"(?<!\w)(?:"):-len(r")(?!\w)")].split("|")
    assert all(re.fullmatch(r"[\w ]+", a) for a in alts)
    return alts


_OPINION_WORDS = frozenset(a for a in _alternatives(_OPINION) if " " not in a)
_OPINION_PHRASES = [(a, re.compile(r"(?<!\w)" + a + r"(?!\w)")) for a in _alternatives(_OPINION) if " " in a]
_VERIFIABLE_WORDS = frozenset(_alternatives(_VERIFIABLE))
assert all(" " not in a for a in _VERIFIABLE_WORDS)


def _opinion(norm: str, words) -> bool:
    return not words.isdisjoint(_OPINION_WORDS) or any(
        a in norm and rx.search(norm) for a, rx in _OPINION_PHRASES)


def score(text: str, *, kind: str, speaker_kind: str | None, has_name: bool, has_title: bool,
          n_numbers: int, n_dates: int, n_places: int, norm: str | None = None) -> tuple[float, list[str]]:
    norm = norm if norm is not None else normalize(text)
    s = {"quote": 0.45, "statement": 0.45, "numeric": 0.5, "event": 0.3}.get(kind, 0.4)
    reasons = [f"{kind} claim"]

    def add(delta: float, why: str) -> None:
        nonlocal s
        s += delta
        reasons.append(why)

    if n_numbers:
        add(0.15 + 0.03 * min(n_numbers - 1, 3), "contains numbers")
    if n_dates:
        add(0.05, "contains a date")
    if n_places:
        add(0.05 + 0.02 * min(n_places - 1, 3), "names places or organisations")
    if speaker_kind == "person" and has_name:
        add(0.1, "named speaker")
    if has_title:
        add(0.05, "speaker has title or role")
    if speaker_kind == "anonymous":
        add(-0.05, "anonymous source")
    words = set(_WORDS.findall(norm))
    if not words.isdisjoint(_VERIFIABLE_WORDS):
        add(0.08, "verifiable event wording")
    if _PRAYER.search(norm):
        add(-0.3, "prayer or religious formula")
    if _CONDOLENCE.search(norm):
        add(-0.25, "condolence")
    if _opinion(norm, words):
        add(-0.12, "opinion or wish")
    words = len(norm.split())
    if words < 6:
        add(-0.15, "very short")
    elif words > 80:
        add(-0.05, "very long")
    return round(max(0.0, min(1.0, s)), 3), reasons
