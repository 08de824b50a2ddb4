"""Date expressions in Arabic news, resolved against the publication date.

``find_dates(text, published)`` returns ``[{"start","end","text","date"}]`` with
code-point offsets into the original text; ``date`` is ``YYYY-MM-DD`` or None
when the expression cannot be pinned to one day (no publication date, a bare
year, "الشهر الماضي" ...).
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from functools import lru_cache

from analysis.normalize import normalize, normalize_with_map

__all__ = ["find_dates", "MONTHS"]

_MONTH_NAMES = {
    1: ["كانون الثاني", "يناير", "جانفي", "جانفييه"],
    2: ["شباط", "فبراير", "فيفري", "فبرير"],
    3: ["آذار", "اذار", "مارس"],
    4: ["نيسان", "أبريل", "إبريل", "افريل", "أفريل"],
    5: ["أيار", "مايو", "ماي"],
    6: ["حزيران", "يونيو", "يونيه", "جوان"],
    7: ["تموز", "يوليو", "يوليه", "جويلية"],
    8: ["آب", "أغسطس", "اغسطس", "أوت"],
    9: ["أيلول", "سبتمبر"],
    10: ["تشرين الأول", "أكتوبر"],
    11: ["تشرين الثاني", "نوفمبر"],
    12: ["كانون الأول", "ديسمبر"],
}
MONTHS = {normalize(n): m for m, names in _MONTH_NAMES.items() for n in names}
_WEEKDAYS = {normalize(w): i for w, i in (
    ("الاثنين", 0), ("الإثنين", 0), ("الثلاثاء", 1), ("الأربعاء", 2), ("الخميس", 3),
    ("الجمعة", 4), ("السبت", 5), ("الأحد", 6))}
_ORDINAL_DAYS = {normalize(w): i for i, w in enumerate((
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
    "التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر",
    "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر", "العشرين",
    "الحادي والعشرين", "الثاني والعشرين", "الثالث والعشرين", "الرابع والعشرين",
    "الخامس والعشرين", "السادس والعشرين", "السابع والعشرين", "الثامن والعشرين",
    "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين"), start=1)}


def _alt(words) -> str:
    from analysis.lexicon import _alt as trie_alt

    return trie_alt(words)


@lru_cache(maxsize=1)
def _patterns():
    month = r"(?P<month>(?:" + _alt(MONTHS) + r")(?:\s*[/-]?\s*(?:" + _alt(MONTHS) + r"))?)"
    wd = r"(?P<wd>" + _alt(_WEEKDAYS) + r")"
    ordd = r"(?P<ord>" + _alt(_ORDINAL_DAYS) + r")"
    rel = r"(?P<rel>الماضي|الماضيه|المقبل|المقبله|القادم|القادمه|الفائت|المنصرم)"
    cur = r"(?P<cur>الحالي|الجاري|الماضي|المقبل|القادم|المنصرم)"
    return [
        # (?P<d>\d(?<!\w\d)\d?) is (?<!\w)(?P<d>\d{1,2}) written digit first, so
        # that re skips ahead to the next digit instead of trying every position
        ("dmy", re.compile(r"(?P<d>\d(?<!\w\d)\d?)\s*(?:من\s+)?(?:شهر\s+)?" + month
                           + r"(?:\s*(?:من\s+)?(?:عام|سنه)?\s*(?P<y>\d{4}))?(?:\s+" + rel + r")?")),
        ("numeric", re.compile(r"(?P<d>\d(?<![\w/]\d)\d?)[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?![\w/])")),
        ("ordmonth", re.compile(r"(?<!\w)" + ordd + r"\s+من\s+(?:الشهر|شهر)\s+" + cur)),
        ("monthedge", re.compile(r"(?<!\w)(?P<edge>نهايه|مطلع|بدايه|اواخر|اوائل|منتصف)\s+(?:الشهر|شهر)\s+" + cur)),
        ("yesterday", re.compile(r"(?<!\w)(?P<y1>امس|البارحه)(?:\s+(?:الاول\s+)?" + wd + r")?(?!\w)")),
        ("today", re.compile(r"(?<!\w)(?P<t>اليوم|الليله)(?:\s+\(?" + wd + r"\)?)?(?!\w)")),
        ("weekday", re.compile(r"(?<!\w)(?:(?:يوم|ليله|مساء|صباح|فجر)\s+)?" + wd + r"(?:\s+" + rel + r")?(?!\w)")),
    ]


# Words one of which each pattern must contain (a cheap ``in`` test first).
_NEEDS = {
    "ordmonth": ("شهر",), "monthedge": ("شهر",), "yesterday": ("امس", "البارحه"),
    "today": ("اليوم", "الليله"), "weekday": tuple(_WEEKDAYS),
}


def _weekday_before(pub: _dt.date, wd: int, strictly: bool) -> _dt.date:
    delta = (pub.weekday() - wd) % 7
    if strictly and delta == 0:
        delta = 7
    return pub - _dt.timedelta(days=delta)


def _month_rel(pub: _dt.date, word: str) -> tuple[int, int]:
    y, m = pub.year, pub.month
    if word in ("الماضي", "المنصرم"):
        m -= 1
    elif word in ("المقبل", "القادم"):
        m += 1
    if m == 0:
        return y - 1, 12
    if m == 13:
        return y + 1, 1
    return y, m


def _safe(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _resolve(kind: str, g: dict, pub: _dt.date | None) -> str | None:
    if kind == "numeric":
        return _safe(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind == "dmy":
        m = _month_of(g["month"])
        d = int(g["d"])
        if g.get("y"):
            return _safe(int(g["y"]), m, d)
        if pub is None:
            return None
        y = pub.year
        rel = g.get("rel") or ""
        if rel.startswith(("المقبل", "القادم")):
            if (m, d) < (pub.month, pub.day):
                y += 1
        elif (m, d) > (pub.month, pub.day) and (rel or (m - pub.month) % 12 > 1):
            y -= 1
        return _safe(y, m, d)
    if pub is None:
        return None
    if kind == "ordmonth":
        y, m = _month_rel(pub, g["cur"])
        return _safe(y, m, _ORDINAL_DAYS[g["ord"]])
    if kind == "monthedge":
        y, m = _month_rel(pub, g["cur"])
        day = {"نهايه": calendar.monthrange(y, m)[1], "اواخر": calendar.monthrange(y, m)[1],
               "منتصف": 15}.get(g["edge"], 1)
        return _safe(y, m, day)
    if kind == "yesterday":
        return (pub - _dt.timedelta(days=1)).isoformat()
    if kind == "today":
        return pub.isoformat()
    if kind == "weekday":
        rel = g.get("rel") or ""
        wd = _WEEKDAYS[g["wd"]]
        if rel.startswith(("المقبل", "القادم")):
            delta = (wd - pub.weekday()) % 7 or 7
            return (pub + _dt.timedelta(days=delta)).isoformat()
        return _weekday_before(pub, wd, strictly=bool(rel)).isoformat()
    return None


def _month_of(text: str) -> int:
    norm = normalize(text)
    for word in sorted(MONTHS, key=len, reverse=True):
        if norm.startswith(word):
            return MONTHS[word]
    return 1


def find_dates(text: str, published: _dt.date | None = None, nt=None) -> list[dict]:
    """Date expressions in ``text`` with their resolved day (see module doc).
    ``nt`` may pass ``normalize_with_map(text)`` when the caller has it."""
    nt = nt if nt is not None else normalize_with_map(text)
    norm = nt.text
    taken: list[tuple[int, int]] = []
    out = []
    for kind, rx in _patterns():
        need = _NEEDS.get(kind)
        if need is not None and not any(w in norm for w in need):
            continue  # the pattern cannot match without one of these words
        for m in rx.finditer(norm):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            os_, oe = nt.to_original(s, e)
            g = {k: v for k, v in m.groupdict().items() if v}
            try:
                date = _resolve(kind, g, published)
            except (KeyError, ValueError, IndexError):
                date = None
            out.append({"start": os_, "end": oe, "text": text[os_:oe], "date": date})
    out.sort(key=lambda d: d["start"])
    return out
