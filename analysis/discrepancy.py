"""Discrepancy finders between two claim texts.

Each finder returns a list of ``{"kind", "a", "b"}`` dicts naming the value in
the first text and the value in the second (extra keys such as ``"shared"`` may
be present).  Everything here is general Arabic knowledge: number handling from
``analysis.numbers``, a gazetteer of places (``resources/gazetteer.json`` when it
exists, else a built-in list of Arab countries, capitals and Iraqi
governorates and cities), military/civil ranks, weekdays and months, negation
particles and a lexicon of antonymous news verbs/nouns.  No rule names a person,
place or sentence of any particular story.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from analysis.normalize import normalize, tokens
from analysis.numbers import NumberMention, find_numbers, format_value, sum_groups

__all__ = [
    "find_discrepancies", "number_discrepancies", "place_discrepancies",
    "title_discrepancies", "date_discrepancies", "negation_discrepancies",
    "antonym_discrepancies", "places_in", "stem", "content_stems", "ANTONYMS",
    "NEGATIONS", "RANKS",
]

_RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# ------------------------------------------------------------------ stemming
_CLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")
_STOP = set(normalize(
    "في من إلى على عن مع أن إن أنه إنه التي الذي الذين هذا هذه ذلك تلك كان كانت يكون قد "
    "لقد ثم أو و كما بين بعد قبل خلال حول عند منذ حتى ما ماذا هل هو هي هم نحن إلى الى "
    "وقال قال وأضاف أضاف وأكد وأشار أشار وقالت قالت أيضا كل بعض لدى عبر ضمن نحو تم يتم وفق "
    "حيث التى الي او ان انه اي إلا الا ذات له لها لهم به بها فيه فيها منه منها عليه عليها").split())


def stem(tok: str) -> str:
    """A light stem of a normalized token: article clitics, a leading و/ب/ل/ف
    on long words, and common suffixes removed."""
    t = tok
    for c in _CLITICS:
        if t.startswith(c) and len(t) - len(c) >= 2:
            t = t[len(c):]
            break
    else:
        if len(t) >= 5 and t[0] in "وبلف":
            t = t[1:]
    for suf in ("يات", "ات", "ون", "ين", "ان", "ها", "هم", "يه", "ه", "ي"):
        if t.endswith(suf) and len(t) - len(suf) >= 3:
            t = t[: -len(suf)]
            break
    return t


def content_stems(text: str) -> list[str]:
    return [stem(t) for t in tokens(text) if t not in _STOP and not t.isdigit() and len(t) > 1]


# ------------------------------------------------------------------ places
_BUILTIN_PLACES = """
العراق بغداد أربيل كردستان البصرة الموصل نينوى كركوك ديالى الأنبار صلاح الدين بابل كربلاء النجف
واسط ميسان ذي قار المثنى الديوانية القادسية دهوك السليمانية حلبجة تكريت سامراء الفلوجة الرمادي
بعقوبة خانقين الحويجة مخمور سنجار تلعفر الكوت العمارة الناصرية الحلة
سوريا سورية دمشق حلب حمص حماة إدلب الرقة دير الزور درعا اللاذقية طرطوس عفرين منبج الحسكة القامشلي
لبنان بيروت طرابلس صيدا صور الأردن عمان فلسطين القدس غزة رام الله الضفة الغربية الخليل نابلس
مصر القاهرة الإسكندرية سيناء الجيزة السودان الخرطوم ليبيا بنغازي مصراتة تونس الجزائر المغرب الرباط
موريتانيا نواكشوط الصومال مقديشو جيبوتي جزر القمر
السعودية الرياض جدة مكة المدينة المنورة الدمام نجران جازان الكويت قطر الدوحة البحرين المنامة
الإمارات أبوظبي دبي الشارقة عمان مسقط اليمن صنعاء عدن الحديدة مأرب تعز
إيران طهران تركيا أنقرة إسطنبول روسيا موسكو أمريكا الولايات المتحدة واشنطن الصين بكين فرنسا باريس
بريطانيا لندن ألمانيا برلين إسرائيل تل أبيب باكستان أفغانستان كابول الهند أوروبا إيطاليا روما
إسبانيا مدريد اليابان طوكيو كوريا أوكرانيا كييف إثيوبيا كينيا نيجيريا
"""
_MULTIWORD = ["صلاح الدين", "ذي قار", "دير الزور", "رام الله", "الضفة الغربية", "جزر القمر",
              "المدينة المنورة", "الولايات المتحدة", "تل أبيب", "أبو ظبي"]
_COUNTRIES = set(normalize(
    "العراق سوريا سورية لبنان الأردن فلسطين مصر السودان ليبيا تونس الجزائر المغرب موريتانيا الصومال "
    "السعودية الكويت قطر البحرين الإمارات عمان اليمن إيران تركيا روسيا أمريكا الصين فرنسا بريطانيا "
    "ألمانيا إسرائيل باكستان أفغانستان الهند إيطاليا إسبانيا اليابان أوكرانيا إثيوبيا كينيا نيجيريا").split())


_NISBA: set[str] = set()


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], int]:
    """normalized surface form -> canonical place name; max words in a form."""
    names: dict[str, str] = {}

    def add(surface: str, canon: str):
        s = normalize(surface).strip()
        if s and len(s) > 1:
            names.setdefault(s, canon)

    path = _RESOURCES / "gazetteer.json"
    loaded = False
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            places = data.get("places", data) if isinstance(data, dict) else data
            items = places.items() if isinstance(places, dict) else enumerate(places)
            for key, entry in items:
                if isinstance(entry, str):
                    add(entry, entry)
                elif isinstance(entry, dict):
                    canon = entry.get("name") or (key if isinstance(key, str) else None)
                    if not canon:
                        continue
                    add(canon, canon)
                    for al in entry.get("aliases", []) or []:
                        add(al, canon)
                elif isinstance(entry, list) and isinstance(key, str):
                    add(key, key)
                    for al in entry:
                        add(al, key)
            loaded = bool(names)
        except (OSError, ValueError, AttributeError):
            names.clear()
    for mw in _MULTIWORD:
        add(mw, mw)
    multi_parts = {w for mw in _MULTIWORD for w in normalize(mw).split()}
    for w in normalize(_BUILTIN_PLACES).split():
        if w not in multi_parts or w in ("الموصل", "الرياض"):
            add(w, w)
    # nationality adjectives of countries: مصري/مصرية/مصريون -> مصر
    for c in list(_COUNTRIES):
        base = c[2:] if c.startswith("ال") else c
        for end in ("يا", "ه", "ا"):
            if base.endswith(end) and len(base) - len(end) >= 2:
                base = base[: -len(end)]
                break
        nis = base if base.endswith("ي") else base + "ي"
        for form in (nis, nis + "ه", nis + "ين", nis + "ون", nis + "ات", nis + "يه"):
            if form not in names:
                names[form] = names.get(c, c)
                _NISBA.add(form)
    width = max((len(k.split()) for k in names), default=1)
    return names, width


_PLACE_ALIASES = {normalize(k): v for k, v in {"سورية": "سوريا", "أمريكا": "الولايات المتحدة",
                                                 "أبو ظبي": "أبوظبي"}.items()}
_PARENT_SRC = {
    "العراق": "بغداد أربيل كردستان البصرة الموصل نينوى كركوك ديالى الأنبار صلاح الدين بابل كربلاء النجف "
              "واسط ميسان ذي قار المثنى الديوانية القادسية دهوك السليمانية حلبجة تكريت سامراء الفلوجة "
              "الرمادي بعقوبة خانقين الحويجة مخمور سنجار تلعفر الكوت العمارة الناصرية الحلة",
    "سوريا": "دمشق حلب حمص حماة إدلب الرقة دير الزور درعا اللاذقية طرطوس عفرين منبج الحسكة القامشلي",
    "لبنان": "بيروت صيدا صور", "الأردن": "عمان", "فلسطين": "القدس غزة رام الله الضفة الغربية الخليل نابلس",
    "مصر": "القاهرة الإسكندرية سيناء الجيزة", "السودان": "الخرطوم", "ليبيا": "بنغازي مصراتة",
    "السعودية": "الرياض جدة مكة المدينة المنورة الدمام نجران جازان", "قطر": "الدوحة", "البحرين": "المنامة",
    "الإمارات": "أبوظبي دبي الشارقة", "اليمن": "صنعاء عدن الحديدة مأرب تعز", "إيران": "طهران",
    "تركيا": "أنقرة إسطنبول", "روسيا": "موسكو", "الولايات المتحدة": "واشنطن", "الصين": "بكين",
    "فرنسا": "باريس", "بريطانيا": "لندن", "ألمانيا": "برلين", "إيطاليا": "روما", "إسبانيا": "مدريد",
    "اليابان": "طوكيو", "أوكرانيا": "كييف", "أفغانستان": "كابول", "الصومال": "مقديشو", "المغرب": "الرباط",
    "موريتانيا": "نواكشوط",
}


@lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    out = {}
    for country, cities in _PARENT_SRC.items():
        c = normalize(country)
        toks = normalize(cities).split()
        i = 0
        while i < len(toks):
            two = " ".join(toks[i:i + 2])
            if two in {normalize(m) for m in _MULTIWORD}:
                out[two] = c
                i += 2
            else:
                out[toks[i]] = c
                i += 1
    return out


def _canon_place(p: str) -> str:
    n = normalize(p)
    return _PLACE_ALIASES.get(n, n)


def places_in(text: str, *, nisba: bool = True) -> list[str]:
    """Canonical places named in ``text``, in order, without repeats;
    ``nisba`` also counts nationality adjectives (مصرية -> مصر)."""
    return list(_places_in(text, nisba))


@lru_cache(maxsize=20_000)
def _places_in(text: str, nisba: bool) -> tuple[str, ...]:
    names, width = _gazetteer()
    toks = tokens(text)
    out: list[str] = []
    i = 0
    while i < len(toks):
        hit = None
        for n in range(min(width, len(toks) - i), 0, -1):
            span = toks[i:i + n]
            for cand in _place_variants(span):
                if cand in names and (nisba or cand not in _NISBA):
                    hit = (names[cand], n)
                    break
            if hit:
                break
        if hit:
            if hit[0] not in out:
                out.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return tuple(out)


def _place_variants(span: list[str]):
    first = span[0]
    rest = " ".join(span[1:])
    joined = lambda f: f + (" " + rest if rest else "")
    yield joined(first)
    for p in ("و", "ب", "ل", "ف", "وب", "ول", "وال", "بال", "ولل", "لل", "ال"):
        if first.startswith(p) and len(first) - len(p) >= 3:
            yield joined(first[len(p):])
            if p.endswith("ل") and not p.endswith("ال"):
                yield joined("ال" + first[len(p):])  # لل + بنان / للعراق -> العراق
    for p in ("لل", "ولل"):
        if first.startswith(p):
            yield joined("ال" + first[len(p):])


# ------------------------------------------------------------------ ranks & titles
RANKS = [normalize(r) for r in (
    "مشير", "فريق أول ركن", "فريق أول", "فريق ركن", "فريق", "لواء ركن", "لواء", "عميد ركن", "عميد",
    "عقيد ركن", "عقيد", "مقدم", "رائد", "نقيب", "ملازم أول", "ملازم", "رقيب", "عريف",
    "أدميرال", "جنرال", "كولونيل")]
_RANK_ORDER = {r.split()[0]: i for i, r in enumerate(reversed(RANKS))}
TITLES = [normalize(t) for t in (
    "رئيس الوزراء", "رئيس الجمهورية", "الرئيس", "نائب الرئيس", "وزير", "نائب", "سفير", "محافظ",
    "أمير", "ملك", "ولي العهد", "شيخ", "دكتور", "مستشار", "الأمين العام", "المتحدث", "الناطق",
    "قائد", "مدير", "رئيس")]


def _ranks_before_names(text: str) -> list[tuple[str, str]]:
    """(rank, following name word) pairs: 'العميد يحيى رسول' -> ('عميد', 'يحيي')."""
    toks = tokens(text)
    out = []
    for i, t in enumerate(toks):
        s = t[2:] if t.startswith("ال") else t
        if s in _RANK_ORDER:
            j = i + 1
            while j < len(toks) and (toks[j] in ("اول", "ركن", "الركن", "الاول")):
                j += 1
            if j < len(toks) and toks[j] not in _STOP:
                out.append((s, toks[j], " ".join(toks[i:j])))
    return out


def title_discrepancies(a: str, b: str, *, speaker_a=None, speaker_b=None,
                        title_a=None, title_b=None) -> list[dict]:
    out = []
    if title_a and title_b and _same_person(speaker_a, speaker_b):
        ta, tb = _bare_title(title_a), _bare_title(title_b)
        if ta and tb and ta != tb:
            out.append({"kind": "title", "a": title_a, "b": title_b})
    if not out:
        ra, rb = _ranks_before_names(a), _ranks_before_names(b)
        for rank_a, name_a, surf_a in ra:
            for rank_b, name_b, surf_b in rb:
                if name_a == name_b and rank_a != rank_b:
                    out.append({"kind": "title", "a": surf_a, "b": surf_b, "name": name_a})
    return out


def _bare_title(t: str) -> str:
    n = normalize(t).strip()
    return " ".join(w[2:] if w.startswith("ال") else w for w in n.split() if w not in ("الركن", "ركن"))


def _same_person(x, y) -> bool:
    if not x or not y:
        return x is None and y is None  # unknown speakers: rely on the caller
    nx, ny = set(tokens(x)), set(tokens(y))
    return bool(nx & ny)


# ------------------------------------------------------------------ numbers
def _counts(ms: list[NumberMention]) -> list[NumberMention]:
    return [m for m in ms if m.kind in ("count", "percent")]


def number_discrepancies(a: str, b: str, ma=None, mb=None) -> list[dict]:
    ma = _counts(find_numbers(a) if ma is None else ma)
    mb = _counts(find_numbers(b) if mb is None else mb)
    if not ma or not mb:
        return []
    out = []
    by_a: dict[str, list[NumberMention]] = {}
    by_b: dict[str, list[NumberMention]] = {}
    for m in ma:
        by_a.setdefault(m.unit or "", []).append(m)
    for m in mb:
        by_b.setdefault(m.unit or "", []).append(m)
    matched_a, matched_b = set(), set()
    for unit in set(by_a) & set(by_b):
        if not unit:
            continue
        va = {m.value for m in by_a[unit]}
        vb = {m.value for m in by_b[unit]}
        matched_a.update(id(m) for m in by_a[unit])
        matched_b.update(id(m) for m in by_b[unit])
        if not (va & vb):
            out.append({"kind": "number", "a": _join(by_a[unit]), "b": _join(by_b[unit]), "unit": unit})
    # sums: 'عشرة ... إضافة إلى ثلاثة' against one total on the other side
    for side, ms_x, ms_y, sx, sy in (("a", ma, mb, a, b), ("b", mb, ma, b, a)):
        for g in sum_groups(ms_x):
            total = sum(m.value for m in g)
            if any(m.value == total for m in ms_y):
                matched = [m for m in ms_y if m.value == total]
                (matched_a if side == "b" else matched_b).update(id(m) for m in matched)
                (matched_b if side == "b" else matched_a).update(id(m) for m in g)
                continue
            others = [m for m in ms_y if m.role != "part" and id(m) not in
                      (matched_b if side == "a" else matched_a)]
            if len(others) == 1:
                desc = " + ".join(m.text for m in g) + " = " + format_value(total)
                d = {"kind": "number", "a": desc, "b": others[0].text} if side == "a" else \
                    {"kind": "number", "a": others[0].text, "b": desc}
                out.append(d)
                (matched_a if side == "a" else matched_b).update(id(m) for m in g)
                (matched_b if side == "a" else matched_a).add(id(others[0]))
    # one unmatched number each side (e.g. unit missing on one side)
    ra = [m for m in ma if id(m) not in matched_a and m.role is None]
    rb = [m for m in mb if id(m) not in matched_b and m.role is None]
    if len(ra) == 1 and len(rb) == 1 and ra[0].value != rb[0].value and ra[0].kind == rb[0].kind:
        ua, ub = ra[0].unit, rb[0].unit
        if not ua or not ub or ua == ub or (len(ma) == 1 and len(mb) == 1):
            out.append({"kind": "number", "a": ra[0].text, "b": rb[0].text})
    return out


def _join(ms: list[NumberMention]) -> str:
    return "، ".join(dict.fromkeys(m.text for m in ms))


# ------------------------------------------------------------------ places
def place_discrepancies(a: str, b: str) -> list[dict]:
    """Places named in one text and not the other.  Named places are compared
    first; nationality adjectives only when the named places agree."""
    out = _place_diff(places_in(a, nisba=False), places_in(b, nisba=False))
    return out or _place_diff(places_in(a), places_in(b))


def _place_diff(pa: list[str], pb: list[str]) -> list[dict]:
    if not pa or not pb:
        return []
    ca = {_canon_place(p) for p in pa}
    cb = {_canon_place(p) for p in pb}
    par = _parents()
    # a city and its country are not a discrepancy (القاهرة ~ مصر), unless the
    # other side lists other cities of that country (a different list)
    only_a = [p for p in pa if not _covered(_canon_place(p), ca, cb, par)]
    only_b = [p for p in pb if not _covered(_canon_place(p), cb, ca, par)]
    if only_a and only_b:
        return [{"kind": "place", "a": "، ".join(only_a), "b": "، ".join(only_b),
                 "shared": "، ".join(p for p in pa if p in pb)}]
    return []


def _covered(x: str, own: set, other: set, par: dict) -> bool:
    if x in other:
        return True
    parent = par.get(x)
    if parent and parent in other:
        return not any(par.get(y) == parent for y in other)
    # a country is covered by a city of it on the other side
    return any(par.get(y) == x for y in other) and x not in {par.get(z) for z in own if z != x}


# ------------------------------------------------------------------ dates
_WEEKDAYS = {normalize(w): w for w in ("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")}


def _weekdays(text: str) -> list[str]:
    out = []
    toks = tokens(text)
    for i, t in enumerate(toks):
        base = t[1:] if t.startswith(("و", "ب")) and t[1:] in _WEEKDAYS else t
        if base in _WEEKDAYS and (base != "الاثنين" or (i > 0 and toks[i - 1] in ("يوم", "اليوم", "امس", "مساء", "صباح"))):
            out.append(base)
    return out


def date_discrepancies(a: str, b: str, ma=None, mb=None) -> list[dict]:
    out = []
    wa, wb = _weekdays(a), _weekdays(b)
    if wa and wb and not set(wa) & set(wb):
        out.append({"kind": "date", "a": "، ".join(dict.fromkeys(wa)), "b": "، ".join(dict.fromkeys(wb))})
    ma = find_numbers(a) if ma is None else ma
    mb = find_numbers(b) if mb is None else mb
    da = {(m.value, m.unit) for m in ma if m.kind == "date"}
    db = {(m.value, m.unit) for m in mb if m.kind == "date"}
    if da and db and not da & db:
        out.append({"kind": "date", "a": _join([m for m in ma if m.kind == "date"]) + " " +
                    (next(iter(da))[1] or ""), "b": _join([m for m in mb if m.kind == "date"]) + " " +
                    (next(iter(db))[1] or "")})
    ya = {m.value for m in ma if m.kind == "year"}
    yb = {m.value for m in mb if m.kind == "year"}
    if ya and yb and not ya & yb:
        out.append({"kind": "date", "a": "، ".join(map(str, sorted(ya))), "b": "، ".join(map(str, sorted(yb)))})
    return out


# ------------------------------------------------------------------ negation & antonyms
NEGATIONS = {normalize(w) for w in (
    "لا", "لم", "لن", "ليس", "ليست", "ليسوا", "غير", "عدم", "بدون", "دون", "ولا", "ولم", "ولن",
    "ما زال", "لايزال", "لاتزال", "لا يزال")} - {"ما زال"}
_NEG_VERBS = [normalize(w) for w in ("نفى", "ينفي", "تنفي", "نفت", "نفي", "ينفون", "تكذيب", "كذب", "يكذب")]
# Each entry: (side-one stems, side-two stems).  A token matches a stem when,
# after the article/conjunction clitics, it starts with it (<= 3 extra letters).
_ANTONYM_SRC = [
    ("ارتفاع ارتفع يرتفع ترتفع ارتفعت مرتفع صعود صعد يصعد تصعد صعدت زياده زاد يزيد تزيد زادت ارتفاعا "
     "قفزه قفز يقفز تقفز مكاسب مكسب يكسب تكسب ربح ارباح تعافي يتعافي تتعافي انتعاش ينعش تنعش نمو ينمو تنمو "
     "يرفع ترفع رفع تضاعف يتضاعف تتضاعف",
     "انخفاض انخفض ينخفض تنخفض انخفضت تراجع يتراجع تتراجع تراجعت هبوط هبط يهبط تهبط هبطت نقص ينقص تنقص "
     "تدهور يتدهور تتدهور خساره خسائر خسر يخسر تخسر هوي يهوي تهوي انهيار ينهار تنهار ضعف يضعف تضعف "
     "انكماش تنكمش خفض يخفض تخفض ادني انحدار ينحدر تنحدر انزلاق تنزلق ينزلق"),
    ("اعلي اكبر اكثر كبير كبيره اقوي اطول اسرع", "ادني اقل اصغر صغير صغيره اضعف اقصر ابطا متدني متدنيه"),
    ("شمال شمالي الشماليه شماليه", "جنوب جنوبي الجنوبيه جنوبيه"),
    ("شرق شرقي شرقيه", "غرب غربي غربيه"),
    ("حضور حضر يحضر تحضر يحضران", "غياب غاب يغيب تغيب يغيبان مقاطعه يقاطع"),
    ("كثره وفره كافيه كاف فايض", "قله نقص شح قليله ندره نفاد ينفد تنفد"),
    ("ترحيب رحب يرحب ترحب", "شجب يشجب تشجب استنكار استنكر يستنكر تنديد ندد يندد"),
    ("استمرار استمر يستمر تستمر مواصله يواصل تواصل بقاء يبقي تبقي مستمر",
     "توقف يتوقف تتوقف توقفت وقف ايقاف انتهاء انتهي ينتهي تعليق يعلق علق انسحاب انسحب ينسحب تنسحب رحيل"),
    ("اكد يوكد تاكيد تؤكد يؤكد اكدت اعترف يعترف", "نفي نفى ينفي تنفي نفت نفوا كذب"),
    ("قبول قبل وافق يوافق توافق موافقه صادق يصادق صدق اقر يقر تاييد ايد يؤيد",
     "رفض يرفض ترفض رفضت معارضه عارض يعارض اعتراض يعترض"),
    ("فوز فاز يفوز تفوز انتصار انتصر", "هزيمه هزم خساره خسر يخسر تخسر"),
    ("نجاح نجح ينجح تنجح", "فشل فشلت يفشل تفشل اخفاق"),
    ("مقتل قتل قتيل قتلي مصرع وفاه توفي موت مات اصابه اصيب غرق", "نجاه نجا ينجو تنجو سالم سلامه انقاذ"),
    ("ادانه ادين حكم حبس سجن اعدام عقوبه يعاقب", "براءه برأ تبرئه افراج اطلاق"),
    ("اعتقال اعتقل القبض احتجاز اسر خطف اختطاف", "افراج اطلاق تحرير سراح"),
    ("هدوء هادي تهدئه استقرار مستقر يستقر تستقر استقرت سلام", "اشتباك اشتباكات مواجهات توتر تصعيد تتصاعد"
     " تصاعد معارك قتال تدهور ترنح اضطراب"),
    ("فتح يفتح تفتح افتتاح", "اغلاق اغلق يغلق تغلق اقفال"),
    ("بدء بدا يبدا تبدا انطلاق انطلق ينطلق يباشر تباشر مباشره", "تاجيل اجل يؤجل تؤجل ارجاء الغاء الغي"),
    ("سماح سمح يسمح تسمح", "منع يمنع تمنع حظر يحظر تحظر"),
    ("دعم يدعم تدعم مسانده", "معارضه يعارض"),
    ("انتقاد انتقد ينتقد تنتقد ادان يدين تدين", "اشاد يشيد تشيد اشاده شجع يشجع تشجع مدح"),
    ("سيطره سيطر يسيطر تسيطر استعاد يستعيد", "فقد يفقد تفقد خسر"),
    ("حرب", "سلام هدنه"),
    ("عوده عاد يعود تعود", "مغادره غادر يغادر رحيل"),
    ("ارتفاع", "استقرار"),
]


def _build_antonyms():
    groups = []
    for one, two in _ANTONYM_SRC:
        groups.append((tuple(normalize(one).split()), tuple(normalize(two).split())))
    return groups


ANTONYMS = _build_antonyms()


def _strip_clitics(tok: str) -> str:
    for c in ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"):
        if tok.startswith(c) and len(tok) - len(c) >= 3:
            return tok[len(c):]
    return tok


def _matches(tok: str, stems) -> str | None:
    cands = (tok, _strip_clitics(tok))
    for s in stems:
        for c in cands:
            if c == s or (c.startswith(s) and len(c) - len(s) <= 2 and len(s) >= 3):
                return s
    return None


def _side_hits(toks: list[str], group) -> tuple[list[str], list[str]]:
    one, two = group
    h1 = [t for t in toks if _matches(t, one)]
    h2 = [t for t in toks if _matches(t, two)]
    return h1, h2


@lru_cache(maxsize=200_000)
def _antonym_sides(tok: str) -> tuple[tuple[int, int], ...]:
    """(group index, side 0/1) pairs this token matches: the same test as
    ``_matches``, computed once per distinct token."""
    return tuple((g, side) for g, group in enumerate(ANTONYMS) for side in (0, 1)
                 if _matches(tok, group[side]))


def _hits_by_group(toks: list[str]) -> dict[int, tuple[list[str], list[str]]]:
    out: dict[int, tuple[list[str], list[str]]] = {}
    for t in toks:
        for g, side in _antonym_sides(t):
            out.setdefault(g, ([], []))[side].append(t)
    return out


def antonym_discrepancies(a: str, b: str) -> list[dict]:
    ha, hb = _hits_by_group(tokens(a)), _hits_by_group(tokens(b))
    out = []
    empty = ([], [])
    for g in sorted(set(ha) | set(hb)):
        a1, a2 = ha.get(g, empty)
        b1, b2 = hb.get(g, empty)
        if a1 and b2 and not b1 and not a2:
            out.append({"kind": "negation", "a": a1[0], "b": b2[0], "type": "antonym"})
        elif a2 and b1 and not b2 and not a1:
            out.append({"kind": "negation", "a": a2[0], "b": b1[0], "type": "antonym"})
    return out


@lru_cache(maxsize=200_000)
def _is_negation(t: str) -> bool:
    st = _strip_clitics(t)
    return t in NEGATIONS or st in NEGATIONS or t in _NEG_VERBS or st in _NEG_VERBS


def _negations(toks: list[str]) -> list[tuple[int, str]]:
    return [(i, t) for i, t in enumerate(toks) if _is_negation(t)]


def negation_discrepancies(a: str, b: str) -> list[dict]:
    ta, tb = tokens(a), tokens(b)
    na, nb = _negations(ta), _negations(tb)
    if (len(na) + len(nb)) == 0 or (len(na) % 2) == (len(nb) % 2):
        return []
    neg, negt, other = (na, ta, tb) if len(na) > len(nb) else (nb, tb, ta)
    i, w = neg[0]
    nxt = negt[i + 1] if i + 1 < len(negt) else ""
    phrase = (w + " " + nxt).strip()
    counterpart = ""
    if nxt:
        s = stem(nxt)
        for t in other:
            if stem(t) == s or (len(s) >= 3 and stem(t).startswith(s[:3])):
                counterpart = t
                break
    if not counterpart:
        counterpart = "(بلا نفي)"
    if len(na) > len(nb):
        return [{"kind": "negation", "a": phrase, "b": counterpart}]
    return [{"kind": "negation", "a": counterpart, "b": phrase}]


# ------------------------------------------------------------------ all
def find_discrepancies(a: str, b: str, *, speaker_a=None, speaker_b=None,
                       title_a=None, title_b=None) -> list[dict]:
    ma, mb = find_numbers(a), find_numbers(b)
    out: list[dict] = []
    out += number_discrepancies(a, b, ma, mb)
    out += place_discrepancies(a, b)
    out += title_discrepancies(a, b, speaker_a=speaker_a, speaker_b=speaker_b,
                               title_a=title_a, title_b=title_b)
    out += date_discrepancies(a, b, ma, mb)
    out += antonym_discrepancies(a, b)
    out += negation_discrepancies(a, b)
    return out
