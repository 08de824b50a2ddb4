"""About Isnad: version, and the licence of everything shipped with it.

The list of components is read from the installed distributions' metadata
(``importlib.metadata``) for the pinned requirements and what they pull in, so it
follows requirements.txt; the fonts, the stance model's training data, Qt and Python
itself are added by hand because no Python metadata describes them.
"""
from __future__ import annotations

import importlib.metadata as md
import platform
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from ui.bidi import fmt
from ui.table_model import TableModel

ROOT = Path(__file__).resolve().parent.parent   # a checkout, a bundle, or site-packages
RESOURCES = ROOT / "resources"
ICON = RESOURCES / "icon.svg"
_REQ = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*==\s*([^\s;#]+)")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    what: str = ""


def version() -> str:
    """Isnad's version: pyproject.toml beside the code (checkout, bundle), else metadata."""
    pyproject = ROOT / "pyproject.toml"
    if pyproject.is_file():
        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            pass
    try:
        return md.version("isnad")
    except md.PackageNotFoundError:
        return "unknown"


def app_icon() -> QIcon:
    return QIcon(str(ICON))


def pinned_requirements(path: Path | None = None) -> list[tuple[str, str]]:
    """(name, version) of each ``name==version`` line of requirements.txt, in order.

    Without the file (an installed Isnad) the installed distribution's own
    Requires-Dist, which setuptools read from the same file, is used.
    """
    path = path or ROOT / "requirements.txt"
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
    else:
        try:
            lines = md.requires("isnad") or []
        except md.PackageNotFoundError:
            lines = []
    out = []
    for line in lines:
        m = _REQ.match(line)
        if m:
            out.append((m.group(1), m.group(3)))
            out += [(f"{m.group(1)}-{x.strip()}", "") for x in (m.group(2) or "").split(",")
                    if x.strip() == "binary"]   # psycopg[binary] ships psycopg-binary
    return out


def licence_of(meta) -> str:
    """SPDX expression when given; else a short License field; else the classifiers."""
    expr = (meta.get("License-Expression") or "").strip()
    if expr:
        return expr
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the package's metadata"


def _requires(dist) -> list[str]:
    """Names a distribution needs at run time (no extras, markers for this machine)."""
    try:
        from packaging.requirements import InvalidRequirement, Requirement
    except ImportError:
        return []
    names = []
    for spec in dist.requires or []:
        try:
            req = Requirement(spec)
        except InvalidRequirement:
            continue
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            names.append(req.name)
    return names


def python_components(path: Path | None = None) -> list[Component]:
    """The pinned distributions and everything they require, with their licences."""
    seen: dict[str, Component] = {}
    todo = [name for name, _v in pinned_requirements(path)]
    while todo:
        name = todo.pop(0)
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        seen[key] = Component(dist.metadata["Name"], dist.version, licence_of(dist.metadata))
        todo += _requires(dist)
    return sorted(seen.values(), key=lambda c: c.name.lower())


def bundled_components() -> list[Component]:
    """What no Python metadata describes: fonts, data, Qt, Python."""
    return [
        Component("Noto Naskh Arabic", "", "OFL-1.1",
                  "font, resources/fonts (OFL.txt beside it)"),
        Component("Arabic News Stance corpus (ANS)", "", "Apache-2.0",
                  "trained the stance model weights, resources/stance_model.json"),
        Component("Qt", qVersion(), "LGPL-3.0-only", "the interface toolkit, via PySide6"),
        Component("Python", platform.python_version(), "PSF-2.0", "the interpreter"),
    ]


def components() -> list[Component]:
    return bundled_components() + python_components()


class ComponentsModel(TableModel):
    def __init__(self, rows: list[Component], parent=None):
        super().__init__(parent)
        self.rows = rows

    def row_count(self) -> int:
        return len(self.rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Use"))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            c = self.rows[index.row()]
            return (c.name, c.version, c.licence, c.what)[index.column()]
        return None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Isnad"))
        self.setWindowIcon(app_icon())
        self.resize(760, 520)
        head = QLabel(fmt(self.tr("<h2>Isnad %1</h2><p>A desktop workbench for Arabic "
                                  "fact-checkers. Isnad itself is under the MIT licence; "
                                  "it ships with the components below.</p>"), version()))
        head.setWordWrap(True)
        self.model = ComponentsModel(components(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.setAccessibleName(self.tr("Components and their licences"))
        self.table.setToolTip(self.tr("Everything Isnad ships, with its licence"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Close this window"))
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
