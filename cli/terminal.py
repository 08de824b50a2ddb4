"""Human-readable terminal output.

Terminals without bidi support show Arabic unshaped and left-to-right; for
them text goes through arabic-reshaper and python-bidi.  That happens only
here, only for human-readable lines: JSON output is written raw, and nothing
reshaped ever reaches the database or Qt.
"""
from __future__ import annotations

import os
import re
import sys
from typing import TextIO

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")
# Terminal programs known to do bidi and shaping themselves.
BIDI_TERMINALS = {"mlterm", "konsole", "mintty"}


def terminal_does_bidi(env: dict[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    if env.get("ISNAD_BIDI") in ("0", "off", "no"):
        return True  # the user says the terminal copes: leave text alone
    prog = (env.get("TERM_PROGRAM") or env.get("TERM") or "").lower()
    if any(t in prog for t in BIDI_TERMINALS) or env.get("KONSOLE_VERSION"):
        return True
    return False


def visual(text: str) -> str:
    """Shaped, visual-order text for a terminal that cannot do it itself."""
    if not _ARABIC.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


class Output:
    def __init__(self, stream: TextIO = sys.stdout, bidi: bool | None = None):
        self.stream = stream
        if bidi is None:
            bidi = stream.isatty() and not terminal_does_bidi()
        self.bidi = bidi

    def line(self, text: str = "") -> None:
        self.stream.write((visual(text) if self.bidi else text) + "\n")

    def raw(self, text: str) -> None:
        self.stream.write(text + "\n")
