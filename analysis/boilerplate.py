"""Page furniture that is not article content: datelines, captions, newsletter
prompts, "did you like this", reader comments, tag lists, disclaimers, titles.

``find_boilerplate(text)`` returns ``(spans, dateline_outlet, dateline_place)``
where spans are ``(start, end, kind)`` in original code points.  Detection is
line-based with general patterns of Arabic news sites.
"""
from __future__ import annotations

import re

from analysis.lexicon import gazetteer
from analysis.normalize import normalize

__all__ = ["find_boilerplate", "lines"]

_SUBSCRIBE = re.compile(
    r"اشترك|للاشتراك|الاشتراك|نشرتنا البريديه|النشره البريديه|صندوق بريدك|بريدك الالكتروني|"
    r"اضغط هنا|انقر هنا|يمكنكم الان متابعه|تابعونا|تابعوا .{0,30}(?:علي|عبر)|حمل تطبيق|"
    r"انضم الي|قناتنا علي|حسابنا علي|للتواصل مع الكاتب|ارسل رساله|[\w.]+@\w+\.\w+|"
    r"subscribe|newsletter|click here")
_FEEDBACK = re.compile(r"^هل اعجبك|^هل اعجبتك|^ما رايك في هذا|^شارك هذا|^شارك المقال|^اقرا ايضا|"
                       r"^اقرأ أيضا|^مواضيع ذات صله|^اخبار ذات صله|^المزيد من")
_COMMENTS = re.compile(r"^\d*\s*(?:تعليق|تعليقات|التعليقات)\b|^اضف تعليق|^اترك تعليقا|سياسه .{0,20}التعليقات|"
                       r"^الرد$|^رد$|^comments?\b")
_TAGS = re.compile(r"^(?:سمات|الكلمات المفتاحيه|كلمات مفتاحيه|كلمات دلاليه|الوسوم|وسوم|tags)\s*[:：]?\s")
_DISCLAIMER = re.compile(r"^تنويه\s*:|تمثل راي كتابها|لا تعبر (?:بالضروره )?عن راي|الاراء الوارده|"
                         r"جميع الحقوق محفوظه|privacy policy|cookies|all rights reserved|©")
_CAPTION = re.compile(r"\[(?:[^\]]{0,80}(?:الصوره|صوره|حقوق|تصوير|ارشيف|photo|afp|getty|reuters)[^\]]*)\]\s*$|"
                      r"^\(?(?:صوره|الصوره|تصوير)\s*[:(]|^(?:photo|image)\s*:", re.I)
# The same tests split so that the regex engine does not try the costly
# alternatives (an e-mail address, an unanchored phrase) at every position of
# every line unless the line has the character or word they need.
_SUBSCRIBE_WORDS = re.compile(_SUBSCRIBE.pattern.replace(r"[\w.]+@\w+\.\w+|", ""))
_EMAIL = re.compile(r"[\w.]+@\w+\.\w+")
assert _SUBSCRIBE_WORDS.pattern != _SUBSCRIBE.pattern
_COMMENTS_START = re.compile(r"^\d*\s*(?:تعليق|تعليقات|التعليقات)\b|^اضف تعليق|^اترك تعليقا|"
                             r"^الرد$|^رد$|^comments?\b")
_COMMENTS_POLICY = re.compile(r"سياسه .{0,20}التعليقات")
assert _COMMENTS.pattern == (_COMMENTS_START.pattern.replace("^الرد$", _COMMENTS_POLICY.pattern + "|^الرد$"))
_CAPTION_BRACKET = re.compile(r"\[(?:[^\]]{0,80}(?:الصوره|صوره|حقوق|تصوير|ارشيف|photo|afp|getty|reuters)[^\]]*)\]\s*$",
                              re.I)
_CAPTION_START = re.compile(r"^\(?(?:صوره|الصوره|تصوير)\s*[:(]|^(?:photo|image)\s*:", re.I)
assert _CAPTION.pattern == _CAPTION_BRACKET.pattern + "|" + _CAPTION_START.pattern


_DISCLAIMER_START = re.compile(r"^تنويه\s*:")
_DISCLAIMER_ANY = re.compile(_DISCLAIMER.pattern[len(_DISCLAIMER_START.pattern) + 1:])
assert _DISCLAIMER.pattern == _DISCLAIMER_START.pattern + "|" + _DISCLAIMER_ANY.pattern


def _is_disclaimer(low: str) -> bool:
    return bool(_DISCLAIMER_ANY.search(low) or (low.startswith("تنويه") and _DISCLAIMER_START.search(low)))


def _is_subscribe(low: str) -> bool:
    return bool(_SUBSCRIBE_WORDS.search(low) or ("@" in low and _EMAIL.search(low)))


def _is_comments(low: str) -> bool:
    return bool(_COMMENTS_START.search(low) or ("سياسه" in low and _COMMENTS_POLICY.search(low)))


def _is_caption(low: str) -> bool:
    return bool(_CAPTION_START.search(low) or ("[" in low and _CAPTION_BRACKET.search(low)))


_END_PUNCT = re.compile(r"[.!?؟:\"»”)…]\s*$")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DATELINE_SLASH = re.compile(r"^\s*(?P<a>[^\s/:()\"«]{2,25}(?:\s[^\s/:()\"«]{1,25}){0,2})\s*/\s*"
                             r"(?:(?P<b>[^\s/:()\"«]{2,25}(?:\s[^\s/:()\"«]{1,25}){0,1})\s*[:/-]\s*)?")
_DATELINE_MIN = re.compile(r"^\s*(?P<a>[^\s:()\"«]{2,25}(?:\s[^\s:()\"«]{1,25})?)\s+من\s+"
                           r"(?P<b>[^\s:()\"«]{2,25}(?:\s[^\s:()\"«]{1,25})?)\s*:\s*")
_DATELINE_DASH = re.compile(r"^\s*\(?(?P<a>[^\s:()\"«–—-]{2,25}(?:\s[^\s:()\"«–—-]{1,25}){0,2})\)?\s*[–—-]\s*"
                            r"\(?(?P<b>[^\s:()\"«–—-]{2,25}(?:\s[^\s:()\"«–—-]{1,25}){0,2})?\)?\s*[:–—-]?\s+")


def lines(text: str):
    """(start, end, line) for each line of ``text`` (end excludes the newline)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _classify(norm: str) -> str | None:
    low = norm.lower()
    if _TAGS.search(low):
        return "tags"
    if _is_caption(low):
        return "caption"
    if _is_disclaimer(low):
        return "disclaimer"
    if _FEEDBACK.search(low):
        return "feedback"
    if len(low) < 260 and _is_subscribe(low):
        return "subscribe"
    if not _ARABIC.search(low):
        return "disclaimer" if re.search(r"[a-z]{3}", low) and len(low) < 200 else None
    return None


def _is_heading(norm: str) -> bool:
    words = norm.split()
    return 0 < len(words) <= 12 and not _END_PUNCT.search(norm) and len(norm) < 120


def _dateline(line: str, norm: str | None = None):
    """(length, outlet, place) of a dateline at the start of ``line``
    (``norm``: ``normalize(line)`` when the caller has it)."""
    gz = gazetteer()
    norm = normalize(line) if norm is None else norm
    for rx in (_DATELINE_MIN, _DATELINE_SLASH, _DATELINE_DASH):
        m = rx.match(norm)
        if not m:
            continue
        a = (m.group("a") or "").strip()
        b = (m.group("b") or "").strip()
        if rx is _DATELINE_DASH and not (a in gz.places or a in gz.outlets or b in gz.outlets
                                         or b in gz.places):
            continue
        if rx is _DATELINE_SLASH and len(a.split()) > 3:
            continue
        if rx is _DATELINE_MIN:
            return m.end(), a, b
        if a in gz.places and (not b or b not in gz.places):
            return m.end(), b or None, a
        if rx is _DATELINE_DASH and b and a in gz.outlets:
            return m.end(), a, b
        if rx is _DATELINE_DASH:
            return m.end(), (b or a) if (b or a) not in gz.places else None, a if a in gz.places else b
        return m.end(), a, b or None
    return None


def _original_len(line: str, norm_len: int) -> int:
    """Original length of the prefix whose normalized form is ``norm_len`` long."""
    from analysis.normalize import normalize_with_map

    nt = normalize_with_map(line)
    return nt.to_original(0, norm_len)[1] if norm_len else 0


def find_boilerplate(text: str, norm: str | None = None):
    """``norm``: ``normalize(text)`` when the caller has it."""
    spans: list[tuple[int, int, str]] = []
    outlet = place = None
    in_comments = False
    seen: set[str] = set()
    body_lines = 0
    first_content = True
    norm_lines = (normalize(text) if norm is None else norm).split("\n")
    for (start, end, line), line_norm in zip(lines(text), norm_lines):
        norm = line_norm.strip()
        if not norm:
            continue
        kind = _classify(norm)
        if kind is None and _is_comments(norm.lower()):
            in_comments = True
            kind = "comments"
        elif kind is None and in_comments:
            kind = "comments"
        elif kind is None and norm in seen and len(norm) > 40:
            kind = "caption"  # a caption repeated as the following paragraph
        elif kind is None and _is_heading(norm):
            kind = "title" if first_content else "heading"
        seen.add(norm)
        if kind:
            spans.append((start, end, kind))
            continue
        first_content = False
        body_lines += 1
        if body_lines <= 2 and outlet is None and place is None:
            dl = _dateline(line, line_norm)
            if dl:
                n, outlet, place = dl
                spans.append((start, start + _original_len(line, n), "dateline"))
    return spans, outlet, place
