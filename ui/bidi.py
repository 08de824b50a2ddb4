"""Text direction from content, and isolates for interpolated values."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

FSI, PDI = "\u2068", "\u2069"


def isolate(value: object) -> str:
    """Wrap an interpolated value so its direction cannot spill into the sentence."""
    return f"{FSI}{value}{PDI}"


def is_rtl(text: str | None) -> bool | None:
    """Direction of the first strong character: True (RTL), False (LTR), None (no strong)."""
    for ch in text or "":
        d = unicodedata.bidirectional(ch)
        if d in ("R", "AL"):
            return True
        if d == "L":
            return False
    return None


def direction(text: str | None, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    rtl = is_rtl(text)
    if rtl is None:
        return fallback
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def alignment(text: str | None, fallback: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """Absolute alignment that starts the text on its own reading side."""
    d = direction(text, fallback)
    side = (Qt.AlignmentFlag.AlignRight if d == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft)
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def cell_alignment(text: str | None) -> Qt.AlignmentFlag:
    """TextAlignmentRole for a cell: start on the content's own side.

    (Per-cell direction comes from roles, not from a delegate: a Python
    override of QStyledItemDelegate.initStyleOption/paint loses a reference
    to None on every call under PySide6 6.12 and crashes the interpreter.)"""
    return alignment(text, QGuiApplication.layoutDirection())


def cell_text(text: str | None) -> str:
    """DisplayRole text laid out in its own direction (first strong character)."""
    return isolate(text) if text else ""


def ui_mark() -> str:
    """A mark giving a line made only of isolates the UI's direction (RLM or LRM)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "\u200f" if rtl else "\u200e"


def fmt(template: str, *values: object) -> str:
    """Qt-style %1..%n substitution for translated strings (PySide's tr returns str)."""
    for n in range(len(values), 0, -1):
        template = template.replace(f"%{n}", str(values[n - 1]))
    return template
