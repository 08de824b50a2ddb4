"""Help: the keyboard shortcuts (F1), read from the window's own actions so the list
is never stale, and the user guide shown from docs/guide.<lang>.md.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QMenu, QMenuBar, QTextBrowser, QVBoxLayout, QWidget,
)

from ui.accessibility import describe

DOCS = Path(__file__).resolve().parent.parent / "docs"


@dataclass(frozen=True)
class Entry:
    menu: str       # "Review" (mnemonic markers removed)
    text: str       # "Confirm"
    keys: list[str]  # native key names, e.g. ["A", "Return"]


def plain(text: str) -> str:
    """A menu text without its mnemonic marker (``&&`` stays a literal ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_actions(menubar: QMenuBar) -> list[tuple[list[QMenu], QAction]]:
    """Every action reachable from the menu bar, with the chain of menus above it."""
    out: list[tuple[list[QMenu], QAction]] = []

    def walk(menu: QMenu, chain: list[QMenu]) -> None:
        for act in menu.actions():
            if act.isSeparator():
                continue
            if act.menu() is not None:
                walk(act.menu(), [*chain, act.menu()])
            else:
                out.append(([*chain], act))

    for top in menubar.actions():
        if top.menu() is not None:
            walk(top.menu(), [top.menu()])
    return out


def shortcut_entries(menubar: QMenuBar) -> list[Entry]:
    entries = []
    for chain, act in menu_actions(menubar):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
        entries.append(Entry(" › ".join(plain(m.title()) for m in chain), plain(act.text()),
                             [k for k in keys if k]))
    return entries


def shortcuts_html(entries: list[Entry], title: str, extra: list[tuple[str, str]]) -> str:
    rows, last_menu = [], None
    for e in entries:
        if not e.keys:
            continue
        if e.menu != last_menu:
            rows.append(f'<tr><th colspan="2" align="start"><br>{html.escape(e.menu)}</th></tr>')
            last_menu = e.menu
        keys = " / ".join(f"<b>{html.escape(k)}</b>" for k in e.keys)
        rows.append(f"<tr><td>{html.escape(e.text)}</td><td>{keys}</td></tr>")
    for text, keys in extra:
        rows.append(f"<tr><td>{html.escape(text)}</td><td><b>{html.escape(keys)}</b></td></tr>")
    return (f"<h2>{html.escape(title)}</h2>"
            f'<table cellspacing="0" cellpadding="4">{"".join(rows)}</table>')


class ShortcutsDialog(QDialog):
    def __init__(self, menubar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 640)
        self.entries = shortcut_entries(menubar)
        self.view = QTextBrowser()
        describe(self.view, self.tr("Keyboard shortcuts"),
                 self.tr("Every shortcut of the menus, read from the menus themselves"))
        extra = [(self.tr("Menus: hold Alt and press the underlined letter"), "Alt"),
                 (self.tr("Inside the inspector: save the corrected text"), "Ctrl+Return"),
                 (self.tr("Inside the inspector: back to the article"), "Esc")]
        self.view.setHtml(shortcuts_html(self.entries, self.tr("Keyboard shortcuts"), extra))
        _lay_out(self, self.view, self.tr("Close this window"))


def guide_path(language: str) -> Path | None:
    for lang in (language, "en"):
        path = DOCS / f"guide.{lang}.md"
        if path.is_file():
            return path
    return None


class GuideDialog(QDialog):
    """The user guide (Markdown with its screenshots), rendered by Qt itself."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 760)
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(False)
        self.view.setSearchPaths([str(path.parent)])
        self.view.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.view.setMarkdown(path.read_text(encoding="utf-8"))
        describe(self.view, self.tr("User guide"))
        _lay_out(self, self.view, self.tr("Close this window"))


def _lay_out(dialog, view, close_tip: str) -> None:
    """The view above a Close button (help and guide windows)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(close_tip)
    lay = QVBoxLayout(dialog)
    lay.addWidget(view)
    lay.addWidget(buttons)
