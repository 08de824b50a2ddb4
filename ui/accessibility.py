"""Accessibility helpers: names and tooltips, status marks, text zoom, a high-contrast
palette, and F6 / Shift+F6 focus cycling between the panes of a window.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QDockWidget, QStyleFactory, QWidget

# status is never carried by colour alone: a mark goes beside every status label
STATUS_MARKS = {"confirmed": "✓", "rejected": "✗", "corrected": "✎", "pending": "•"}
ZOOM_MIN, ZOOM_MAX = -4, 8
ZOOM_STEP = 0.1   # each step is 10% of the base size


def describe(widget: QWidget, name: str, tip: str | None = None) -> QWidget:
    """Give a control the name a screen reader reads and the tooltip a mouse user sees."""
    widget.setAccessibleName(name)
    widget.setToolTip(tip or name)
    return widget


def status_mark(status: str | None) -> str:
    return STATUS_MARKS.get(status or "", "")


def marked(status: str | None, label: str) -> str:
    """``✓ confirmed``: the label with its status mark in front."""
    mark = status_mark(status)
    return f"{mark} {label}" if mark and label else label


# -- zoom ---------------------------------------------------------------------------------
_BASE_FONTS: dict[int, QFont] = {}


def _base_app_font(app: QApplication) -> QFont:
    """The application font before any zoom (windows come and go, the app stays)."""
    return _BASE_FONTS.setdefault(id(app), QFont(app.font()))


class Zoom:
    """Text zoom in steps: the application font and registered document/widget fonts."""

    def __init__(self, app: QApplication | None = None):
        self.app = app or QApplication.instance()
        self.level = 0
        self.base_app_font = _base_app_font(self.app)
        self._docs: list[tuple[QTextDocument, QFont]] = []
        self._widgets: list[tuple[QWidget, QFont]] = []
        self.listeners: list[Callable[[int], None]] = []

    def track_document(self, doc: QTextDocument) -> None:
        self._docs.append((doc, QFont(doc.defaultFont())))
        self._apply_one_doc(doc, self._docs[-1][1])

    def track_widget(self, widget: QWidget) -> None:
        self._widgets.append((widget, QFont(widget.font())))
        widget.setFont(self._scaled(self._widgets[-1][1]))

    def factor(self) -> float:
        return 1.0 + ZOOM_STEP * self.level

    def _scaled(self, font: QFont) -> QFont:
        out = QFont(font)
        size = font.pointSizeF()
        if size > 0:
            out.setPointSizeF(max(4.0, size * self.factor()))
        return out

    def _apply_one_doc(self, doc: QTextDocument, base: QFont) -> None:
        doc.setDefaultFont(self._scaled(base))

    def set_level(self, level: int) -> int:
        self.level = max(ZOOM_MIN, min(ZOOM_MAX, int(level)))
        self.app.setFont(self._scaled(self.base_app_font))
        for doc, base in self._docs:
            self._apply_one_doc(doc, base)
        for widget, base in self._widgets:
            widget.setFont(self._scaled(base))
        for listener in self.listeners:
            listener(self.level)
        return self.level

    def zoom_in(self) -> int:
        return self.set_level(self.level + 1)

    def zoom_out(self) -> int:
        return self.set_level(self.level - 1)

    def reset(self) -> int:
        return self.set_level(0)


# -- high contrast -------------------------------------------------------------------------
def high_contrast_palette() -> QPalette:
    """Black on white, pure blue selection with white text, no greys for text."""
    p = QPalette()
    black, white, blue = QColor("#000000"), QColor("#ffffff"), QColor("#0000b0")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                     QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Button,
                     QPalette.ColorRole.ToolTipBase):
            p.setColor(group, role, white)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                     QPalette.ColorRole.BrightText):
            p.setColor(group, role, black)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#404040"))
        p.setColor(group, QPalette.ColorRole.Highlight, blue)
        p.setColor(group, QPalette.ColorRole.HighlightedText, white)
        p.setColor(group, QPalette.ColorRole.Link, blue)
        p.setColor(group, QPalette.ColorRole.Mid, black)
        p.setColor(group, QPalette.ColorRole.Dark, black)
        p.setColor(group, QPalette.ColorRole.Shadow, black)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#505050"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#505050"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#505050"))
    return p


HIGH_CONTRAST_CSS = """
QAbstractItemView:focus, QLineEdit:focus, QTextEdit:focus, QComboBox:focus,
QAbstractSpinBox:focus, QPushButton:focus { border: 3px solid #0000b0; }
"""


class Contrast:
    """Switches the application between its normal look and the high-contrast one."""

    def __init__(self, app: QApplication | None = None):
        self.app = app or QApplication.instance()
        self.normal_palette = QPalette(self.app.palette())
        self.normal_style = self.app.style().name()
        self.normal_css = self.app.styleSheet()
        self.on = False

    def set(self, on: bool) -> None:
        if on == self.on:
            return
        self.on = on
        if on:
            self.app.setStyle(QStyleFactory.create("Fusion"))
            self.app.setPalette(high_contrast_palette())
            self.app.setStyleSheet(self.normal_css + HIGH_CONTRAST_CSS)
        else:
            style = QStyleFactory.create(self.normal_style)
            if style is not None:
                self.app.setStyle(style)
            self.app.setPalette(self.normal_palette)
            self.app.setStyleSheet(self.normal_css)


# -- F6 pane cycling -----------------------------------------------------------------------
def _usable(w: QWidget | None) -> bool:
    return w is not None and w.isVisible() and w.isEnabled()


class PaneCycler:
    """F6 moves the focus to the next pane, Shift+F6 to the previous one.

    A pane is given as a widget to focus (``target``) or as a callable returning one,
    for panes whose focusable part changes. Visible dock widgets that other parts of
    the app add are included after the registered panes.
    """

    def __init__(self, window: QWidget):
        self.window = window
        self.panes: list[Callable[[], QWidget | None]] = []

    def add(self, pane: QWidget | Callable[[], QWidget | None]) -> None:
        self.panes.append(pane if callable(pane) and not isinstance(pane, QWidget)
                          else (lambda w=pane: w))

    def _docks(self) -> list[QWidget]:
        out = []
        for dock in self.window.findChildren(QDockWidget):
            if dock.isVisible() and dock.widget() is not None:
                out.append(_first_focusable(dock.widget()) or dock.widget())
        return out

    def targets(self) -> list[QWidget]:
        ws = [p() for p in self.panes] + self._docks()
        return [w for w in ws if _usable(w)]

    def current(self, targets: list[QWidget]) -> int:
        focus = QApplication.focusWidget()
        for i, w in enumerate(targets):
            if focus is not None and (focus is w or w.isAncestorOf(focus)):
                return i
        return -1

    def step(self, delta: int) -> QWidget | None:
        targets = self.targets()
        if not targets:
            return None
        i = self.current(targets)
        nxt = targets[(i + delta) % len(targets)] if i >= 0 else targets[0 if delta > 0 else -1]
        nxt.setFocus()
        return nxt


def _first_focusable(root: QWidget) -> QWidget | None:
    for w in root.findChildren(QWidget):
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and _usable(w):
            return w
    return None
