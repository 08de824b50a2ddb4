"""Typed settings declared once, with defaults and a versioned upgrade.

Everything the app remembers goes through ``Settings``; tests hand it a
QSettings on a temporary INI file so they never touch the user's own.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

ORGANIZATION = "Isnad"
APPLICATION = "Isnad"
VERSION = 1
LANGUAGES = ("system", "ar", "en")


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type


OPTIONS = {o.key: o for o in (
    Option("settings_version", 0, int),
    Option("language", "system", str),
    Option("reviewer", "", str),
    Option("window/geometry", QByteArray(), QByteArray),
    Option("window/state", QByteArray(), QByteArray),
    Option("desk/splitter", QByteArray(), QByteArray),
    Option("welcomed", 0, int),              # 1 once the first-run welcome was answered
    Option("view/zoom", 0, int),             # text zoom steps (ui.accessibility.Zoom)
    Option("view/high_contrast", 0, int),
    Option("recent/databases", [], list),    # newest first (ui.recent)
    Option("team/url", "", str),             # last team database, never with a password
)}


def _upgrade_0_to_1(q: QSettings) -> None:
    if q.value("language") not in LANGUAGES:
        q.remove("language")


UPGRADES = {0: _upgrade_0_to_1}


class Settings:
    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)
        self.upgrade()

    def get(self, key: str) -> Any:
        opt = OPTIONS[key]
        value = self.store.value(key, opt.default)
        if opt.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return opt.default
        if opt.kind is QByteArray:
            return value if isinstance(value, QByteArray) else opt.default
        if opt.kind is list:  # an INI file gives one element back as a plain string
            return [value] if isinstance(value, str) else list(value or [])
        return opt.kind(value) if value is not None else opt.default

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(key)
        self.store.setValue(key, value)

    def upgrade(self) -> None:
        version = self.get("settings_version")
        while version < VERSION:
            UPGRADES[version](self.store)
            version += 1
            self.store.setValue("settings_version", version)

    # -- typed helpers -------------------------------------------------------------
    @property
    def reviewer(self) -> str:
        return self.get("reviewer").strip()

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self.set("reviewer", name.strip())

    @property
    def language(self) -> str:
        lang = self.get("language")
        return lang if lang in LANGUAGES else "system"

    @language.setter
    def language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self.set("language", lang)

    def ui_language(self) -> str:
        """'ar' or 'en': the chosen language, or the system's when 'system'."""
        if self.language != "system":
            return self.language
        return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"
