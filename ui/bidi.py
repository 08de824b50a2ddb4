"""Text direction from content, and isolates for interpolated values."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

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


class DirectionDelegate(QStyledItemDelegate):
    """Lays each cell out in the direction of its own content."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.direction = direction(option.text, option.direction)
        option.displayAlignment = alignment(option.text, option.direction)


def fmt(template: str, *values: object) -> str:
    """Qt-style %1..%n substitution for translated strings (PySide's tr returns str)."""
    for n in range(len(values), 0, -1):
        template = template.replace(f"%{n}", str(values[n - 1]))
    return template
