"""Bytes → text for imported files.

UTF-8 (with or without BOM) and UTF-16 (BOM or BOM-less) are recognised
directly; anything else goes to charset-normalizer, which must find a
plausible legacy encoding (Windows-1256 is the common one for Arabic).  Binary
data and text that cannot be decoded are refused with a reason, never
guessed into mojibake.  Newlines are unified to ``\\n``; nothing else changes.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text Isnad can read; the message says why."""


_ARABIC = re.compile(r"[\u0600-\u06FF]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LEGACY_OK = {"cp1256", "windows-1256", "iso8859_6", "cp720", "cp864", "mac_arabic",
              "cp1252", "latin_1", "iso8859_1", "ascii", "cp1250", "cp1251", "utf_8"}


def unify_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` to text (newlines unified) or raise DecodeError."""
    if not data:
        raise DecodeError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _finish(_strict(data[3:], "utf-8"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _finish(_strict(data, "utf-16"))
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _finish(utf16)
    try:
        return _finish(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes), not text")
    best = from_bytes(data).best()
    if best is None or best.encoding not in _LEGACY_OK:
        raise DecodeError("cannot determine the text encoding")
    if best.encoding not in ("cp1256", "windows-1256", "iso8859_6", "cp720", "cp864",
                             "mac_arabic") and _looks_arabic_legacy(data):
        text = _strict(data, "cp1256")
    else:
        text = str(best)
    return _finish(text)


def _looks_arabic_legacy(data: bytes) -> bool:
    """Most high bytes in the Arabic letter range of Windows-1256."""
    high = [b for b in data if b >= 0x80]
    if len(high) < 8:
        return False
    arabic = sum(1 for b in high if 0xC1 <= b <= 0xFE)
    return arabic / len(high) > 0.7


def _bomless_utf16(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    for enc, nuls in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nuls > half * 0.3 or _mostly_arabic_utf16(data, enc):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    return None


def _mostly_arabic_utf16(data: bytes, enc: str) -> bool:
    hi = data[1::2] if enc == "utf-16-le" else data[0::2]
    return hi.count(0x06) > len(hi) * 0.5


def _strict(data: bytes, enc: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {enc}: byte {exc.start}") from None


def _finish(text: str) -> str:
    text = unify_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise DecodeError("empty file (no text)")
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > max(8, len(text[:100_000]) // 100):
        raise DecodeError("binary data (control characters), not text")
    return text
