"""Code point offsets (database) <-> UTF-16 positions (Qt).

The database counts Python code points; QString and QTextDocument count
UTF-16 units, where a character outside the BMP (an emoji) takes two.
Convert at the boundary, never elsewhere.
"""
from __future__ import annotations

from bisect import bisect_left


class OffsetMap:
    """Fast conversion for one text: remembers where its astral characters are."""

    def __init__(self, text: str):
        self.length = len(text)
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # UTF-16 position of each astral character's *first* unit
        self._astral16 = [i + k for k, i in enumerate(self._astral)]

    def to_qt(self, cp: int) -> int:
        """Code point offset -> UTF-16 position."""
        return cp + bisect_left(self._astral, cp)

    def to_cp(self, pos: int) -> int:
        """UTF-16 position -> code point offset (a position inside a pair rounds down)."""
        # k astral characters start before pos; each of them took one extra unit
        # (a position inside a pair lands on the start of that character)
        return pos - bisect_left(self._astral16, pos)


def cp_to_utf16(text: str, cp: int) -> int:
    return OffsetMap(text).to_qt(cp)


def utf16_to_cp(text: str, pos: int) -> int:
    return OffsetMap(text).to_cp(pos)
