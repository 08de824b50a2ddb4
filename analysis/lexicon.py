"""Lexicon of Arabic news reporting language, plus the user-extendable gazetteer.

Every word list is written here in ordinary Arabic and folded with
``analysis.normalize.normalize`` when loaded, so all matching happens on the
normalized text (أ/إ/آ→ا، ى→ي، ة→ه، no diacritics).  Nothing here names a
person or a single outlet's phrasing: these are general news-Arabic forms.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

from analysis.normalize import normalize

__all__ = [
    "Gazetteer", "gazetteer", "VERBS", "PARTICIPLES", "verb_regex", "participle_regex",
    "complementizer_regex", "ABOUT_VERBS", "ON_VERBS", "STOP_WORDS", "TIME_WORDS",
    "TRAILING_ATTRIBUTION", "WEEKDAYS",
]

GAZETTEER_PATH = Path(__file__).resolve().parent.parent / "resources" / "gazetteer.json"

# ------------------------------------------------------------- reporting verbs
# (past masculine, past feminine, present masculine, present feminine)
_VERB_TABLE = [
    ("قال", "قالت", "يقول", "تقول"), ("أكد", "أكدت", "يؤكد", "تؤكد"),
    ("أعلن", "أعلنت", "يعلن", "تعلن"), ("أوضح", "أوضحت", "يوضح", "توضح"),
    ("أشار", "أشارت", "يشير", "تشير"), ("لفت", "لفتت", "يلفت", "تلفت"),
    ("كشف", "كشفت", "يكشف", "تكشف"), ("ذكر", "ذكرت", "يذكر", "تذكر"),
    ("أضاف", "أضافت", "يضيف", "تضيف"), ("تابع", "تابعت", None, None),
    ("زاد", "زادت", None, None), ("نوه", "نوهت", "ينوه", "تنوه"),
    ("شدد", "شددت", "يشدد", "تشدد"), ("بين", "بينت", "يبين", "تبين"),
    ("استدرك", "استدركت", None, None), ("أفاد", "أفادت", "يفيد", "تفيد"),
    ("صرح", "صرحت", "يصرح", "تصرح"), ("اعتبر", "اعتبرت", "يعتبر", "تعتبر"),
    ("رأى", "رأت", "يرى", "ترى"), ("نفى", "نفت", "ينفي", "تنفي"),
    ("أكمل", "أكملت", None, None), ("استطرد", "استطردت", None, None),
    ("أردف", "أردفت", None, None), ("حذر", "حذرت", "يحذر", "تحذر"),
    ("أبلغ", "أبلغت", None, None), ("أعرب", "أعربت", "يعرب", "تعرب"),
    ("تحدث", "تحدثت", None, None), ("اعترف", "اعترفت", "يعترف", "تعترف"),
    ("زعم", "زعمت", "يزعم", "تزعم"), ("ادعى", "ادعت", "يدعي", "تدعي"),
    ("أوضحت", None, None, None), ("أفصح", "أفصحت", None, None),
    ("أعرب", None, None, None), ("أقر", "أقرت", "يقر", "تقر"),
    ("نقل", "نقلت", None, None), ("أورد", "أوردت", None, None),
    ("روى", "روت", "يروي", "تروي"), ("أضافت", None, None, None),
    ("أوردت", None, None, None),
    ("توقع", "توقعت", "يتوقع", "تتوقع"), ("رجح", "رجحت", "يرجح", "ترجح"),
    ("طالب", "طالبت", "يطالب", "تطالب"), ("دعا", "دعت", "يدعو", "تدعو"),
    ("أبدى", "أبدت", None, None), ("عزا", "عزت", None, None),
    ("أعلم", None, None, None), ("اتهم", "اتهمت", "يتهم", "تتهم"),
]
# Passive / impersonal reporting forms (no subject follows).
PASSIVE = ["أعلن", "أعلنت", "ذكر", "أفيد", "علم", "تقرر", "أكد"]
VERBS = sorted({normalize(f) for row in _VERB_TABLE for f in row if f})
# Verbs that also read as a common non-reporting word: only a reporting verb
# when a complementizer follows at once (بين = between, زاد = increased ...).
AMBIGUOUS = {normalize(w) for w in ("بين", "زاد", "زادت", "تابع", "تابعت", "نقل", "نقلت",
                                     "دعا", "دعت", "يدعو", "تدعو", "علم", "روى", "أعلم",
                                     "عزا", "عزت", "بينت", "يرى", "ترى", "رأى", "رأت",
                                     "طالب", "طالبت", "يطالب", "تطالب", "أبدى", "أبدت")}
# verbs whose content may follow عن / على / من / إلى / ب
ABOUT_VERBS = {normalize(w) for w in ("كشف", "كشفت", "يكشف", "تكشف", "أعلن", "أعلنت", "يعلن",
                                       "تعلن", "تحدث", "تحدثت", "أعرب", "أعربت", "يعرب", "تعرب",
                                       "أفصح", "أفصحت", "نفى", "نفت")}
ON_VERBS = {normalize(w) for w in ("شدد", "شددت", "يشدد", "تشدد", "أكد", "أكدت", "يؤكد", "تؤكد")}
FROM_VERBS = {normalize(w) for w in ("حذر", "حذرت", "يحذر", "تحذر")}
TO_VERBS = {normalize(w) for w in ("دعا", "دعت", "يدعو", "تدعو")}

_PARTICIPLES = [
    "مبينا", "موضحا", "مشيرا", "مؤكدا", "لافتا", "معتبرا", "منوها", "معللا", "مضيفا", "قائلا",
    "متابعا", "مشددا", "كاشفا", "معربا", "محذرا", "مستدركا", "متحدثا", "مستطردا", "مردفا",
    "معلنا", "مفيدا", "مبرزا", "مستبعدا", "متوقعا", "مرجحا", "مطالبا", "داعيا", "نافيا",
    "مذكرا", "مستشهدا", "مبينة", "موضحة", "مشيرة", "مؤكدة", "لافتة", "معتبرة", "منوهة",
    "مضيفة", "قائلة", "مشددة", "كاشفة", "معربة", "محذرة", "مبينين", "مؤكدين", "مشيرين",
]
PARTICIPLES = sorted({normalize(p) for p in _PARTICIPLES})

# ------------------------------------------------------------------- particles
STOP_WORDS = {normalize(w) for w in (
    "في", "خلال", "يوم", "أمس", "اليوم", "عقب", "بعد", "قبل", "أثناء", "اثناء", "عبر", "ضمن", "امام",
    "أمام", "لدى", "مساء", "صباح", "ظهر", "عن", "على", "إلى", "الى", "من", "مع", "حول", "بشأن",
    "إن", "أن", "ان", "انه", "إنه", "أنه", "بأن", "بان", "وهو", "وهي", "الذي", "التي", "قد", "لقد",
    "ايضا", "أيضا", "كذلك", "بدوره", "بدورها", "نفسه", "حيث", "فيما", "بينما", "لكن", "ولكن",
    "الليلة", "الليله", "غداة", "عشية", "منذ", "حتى", "أو", "او", "ثم", "كما", "وكما", "ما", "لا",
    "لم", "لن", "هذا", "هذه", "ذلك", "تلك", "هناك", "هنا", "بالقول", "قائلا", "الماضي", "الماضية",
)}
WEEKDAYS = {normalize(w): i for w, i in (
    ("الاثنين", 0), ("الإثنين", 0), ("الثلاثاء", 1), ("الأربعاء", 2), ("الخميس", 3),
    ("الجمعة", 4), ("السبت", 5), ("الأحد", 6),
)}
TIME_WORDS = STOP_WORDS | set(WEEKDAYS) | {normalize(w) for w in ("صباحا", "مساء", "ظهرا", "فجر")}

# Attribution that follows (or opens) the content: وفقا لـ، بحسب، حسب ما نشرت ...
TRAILING_ATTRIBUTION = [normalize(w) for w in (
    "وفقا ل", "وفقا لما", "وفق", "طبقا ل", "بحسب", "حسب", "حسبما", "وحسب", "وبحسب", "ووفقا ل",
    "نقلا عن", "على حد قول", "على حد تعبير", "كما قال", "كما قالت", "كما أكد", "كما ذكر",
    "كما ذكرت", "كما أعلن", "كما أعلنت", "كما أفاد", "كما أفادت",
)]

# ------------------------------------------------------------------- regexes
_PFX = r"(?:[وف]?(?:قد|لقد)\s+|(?:و?كما|فيما|بينما|وفيما|حين|حيث)\s+|[وف](?:قد)?)?"


def _alt(words) -> str:
    """A regex alternation of ``words`` as a character trie (fast in ``re``);
    longer words win over their prefixes."""
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    alts = [re.escape(ch) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    end = "" in node
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if end else body


@lru_cache(maxsize=1)
def verb_regex() -> re.Pattern:
    return re.compile(r"(?<!\w)(" + _PFX + r")(" + _alt(VERBS) + r")(?!\w)")


@lru_cache(maxsize=1)
def participle_regex() -> re.Pattern:
    return re.compile(r"(?<!\w)[وف]?(" + _alt(PARTICIPLES) + r")(?!\w)")


@lru_cache(maxsize=1)
def passive_regex() -> re.Pattern:
    # أُعلن / ذُكر in unvocalized text look like the active verb; the passive
    # reading is taken when a preposition (في/عن/أن) follows at once.
    return re.compile(r"(?<!\w)(?:[وف]?(?:قد\s+)?)(" + _alt(normalize(w) for w in PASSIVE)
                      + r")(?=\s+(?:في|عن|ان|انه|اليوم|امس)\b)")


@lru_cache(maxsize=1)
def complementizer_regex() -> re.Pattern:
    """أن/إن with pronoun suffixes and the prepositions that introduce them."""
    an = r"(?:[اب]?ان|ال[يى]\s+ان|عل[يى]\s+ان|بان)(?:ه|ها|هم|هما|نا|ني|كم|هن)?"
    return re.compile(r"(?<!\w)(?:ب|ل)?(?:" + an + r")(?!\w)|:|\bبالقول\b")


# ------------------------------------------------------------------ gazetteer
class Gazetteer:
    """The gazetteer lists, folded, with one regex for places/organisations."""

    def __init__(self, data: dict):
        def fold(key):
            return [normalize(x).strip() for x in data.get(key, []) if x and x.strip()]

        self.places = set(fold("places"))
        self.organizations = set(fold("organizations"))
        self.outlets = set(fold("outlets"))
        self.titles = sorted(set(fold("titles")), key=len, reverse=True)
        self.role_heads = sorted(set(fold("role_heads")), key=len, reverse=True)
        self.org_heads = set(fold("org_heads"))
        self.anonymous = set(fold("anonymous"))
        self.title_set = set(self.titles)
        self.role_head_set = set(self.role_heads)
        names = [(n, "place") for n in self.places] + [(n, "organization") for n in self.organizations]
        self.kind_of = {}
        for n, k in names:
            self.kind_of.setdefault(n, k)
        self.entity_re = re.compile(
            r"(?<!\w)(?:[وفبلك]{0,2}(?=ال)|[وفبلك]{1,2})?(" + _alt(self.kind_of) + r")(?!\w)"
        ) if self.kind_of else None
        self.title_re = re.compile(r"(?<!\w)[وفبل]?(" + _alt(self.titles) + r")(?!\w)")


def _load(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=4)
def gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer, loaded once.  ``ISNAD_GAZETTEER`` may name an extra JSON
    file with the same keys whose entries are added to the shipped ones."""
    data = _load(Path(path) if path else GAZETTEER_PATH)
    extra = os.environ.get("ISNAD_GAZETTEER")
    if extra and not path:
        for key, values in _load(Path(extra)).items():
            if isinstance(values, list):
                data.setdefault(key, [])
                data[key] = list(data[key]) + values
    return Gazetteer(data)
