"""File > Recent: the databases opened lately, newest first, kept in the settings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from ui.settings import Settings

MAX_RECENT = 8


def normalize(target: str) -> str | None:
    """The form remembered: an absolute file path, or a URL without its password.

    A URL carrying a password is not remembered at all (settings are a plain file).
    """
    if "://" not in target:
        return str(Path(target).expanduser().resolve())
    from sqlalchemy.engine import make_url

    try:
        url = make_url(target)
    except Exception:  # noqa: BLE001 - an unparseable URL is simply not remembered
        return None
    if url.password:
        return None
    return target.strip()  # as given: re-rendering would percent-encode ?host=/run/...


class RecentDatabases:
    def __init__(self, settings: Settings):
        self.settings = settings

    def items(self) -> list[str]:
        return [t for t in self.settings.get("recent/databases") if t][:MAX_RECENT]

    def add(self, target: str) -> None:
        key = normalize(target)
        if key is None:
            return
        items = [key, *(t for t in self.items() if t != key)]
        self.settings.set("recent/databases", items[:MAX_RECENT])

    def remove(self, target: str) -> None:
        self.settings.set("recent/databases", [t for t in self.items() if t != target])

    def clear(self) -> None:
        self.settings.set("recent/databases", [])


def label(n: int, target: str) -> str:
    """``&1 isnad.sqlite3 — /home/…``: a mnemonic digit, the file name, then where."""
    path = Path(target) if "://" not in target else None
    text = f"{path.name} — {path.parent}" if path else target
    return f"&{n} {text.replace('&', '&&')}" if n < 10 else text.replace("&", "&&")


class RecentMenu(QMenu):
    """Rebuilt each time it opens; ``chosen`` carries the database to open."""

    chosen = Signal(str)

    def __init__(self, recent: RecentDatabases, parent: QWidget | None = None):
        super().__init__(self.tr("&Recent databases"), parent)
        self.recent = recent
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        items = self.recent.items()
        for n, target in enumerate(items, 1):
            act = self.addAction(label(n, target))
            act.setToolTip(target)
            act.triggered.connect(lambda _c=False, t=target: self.chosen.emit(t))
        if not items:
            none = self.addAction(self.tr("(none yet)"))
            none.setEnabled(False)
        else:
            self.addSeparator()
            self.addAction(self.tr("&Clear the list"), self._clear)

    def _clear(self) -> None:
        self.recent.clear()
        self.rebuild()
