"""The entity manager: people, organisations and places; merge, split, aliases.

The list filters by kind and by a search over names and aliases.  For the
selected entity every mention (and every claim it speaks) is listed with the
article's outlet and the title that outlet used, so that one spokesman
called العميد by one outlet and اللواء by another is visible at a glance.

Merge and split are lead-only storage operations (``storage.team``): they
are confirmed first and logged as review events; they are not on the undo
stack (a merge deletes the merged entities).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex,
    QStringListModel, Qt, Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QListView, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from storage import entity_ops, team
from storage.services import ServiceError
from ui.bidi import cell_alignment, cell_text, fmt, isolate, ui_mark
from ui.crosssource import describe
from ui.table_model import TableModel

KIND_TEXT = {
    "person": QT_TRANSLATE_NOOP("Entities", "person"),
    "organization": QT_TRANSLATE_NOOP("Entities", "organisation"),
    "place": QT_TRANSLATE_NOOP("Entities", "place"),
}
TITLE_CLASH = "#dcc8ff"  # the title colour of the cross-source panel


def entity_kind_label(kind: str | None) -> str:
    t = KIND_TEXT.get(kind or "")
    return QCoreApplication.translate("Entities", t) if t else (kind or "")


class EntityModel(TableModel):
    """All entities; ``set_filter`` narrows the rows shown (kind, search)."""

    COLUMNS = ("name", "kind", "mentions", "titles")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []
        self._kind: str | None = None
        self._text = ""

    def set_entities(self, entities: list[dict[str, Any]]) -> None:
        self.all = list(entities)
        self._apply()

    def set_filter(self, kind: str | None, text: str) -> None:
        self._kind, self._text = kind, text
        self._apply()

    def _apply(self) -> None:
        from analysis.normalize import normalize

        key = normalize(self._text.strip())
        self.beginResetModel()
        self.rows = [e for e in self.all if (self._kind is None or e["kind"] == self._kind)
                     and (not key or any(key in normalize(n)
                                         for n in [e["name"], *e["aliases"]]))]
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Kind"), self.tr("Mentions"), self.tr("Titles used"))

    def _value(self, e: dict[str, Any], col: str) -> str:
        if col == "name":
            return e["name"]
        if col == "kind":
            return entity_kind_label(e["kind"])
        if col == "mentions":
            return str(e["mentions"])
        return "، ".join(e["title_values"])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        e, col = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = self._value(e, col)
            return cell_text(v) if col in ("name", "titles") else v
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return cell_alignment(self._value(e, col))
        if role == Qt.ItemDataRole.BackgroundRole and col == "titles" \
                and len(e["title_values"]) > 1:
            return QColor(TITLE_CLASH)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "، ".join(e["aliases"])
        if role == Qt.ItemDataRole.UserRole:
            return e["id"]
        return None


class MentionModel(TableModel):
    COLUMNS = ("outlet", "text", "title", "where")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.clash = False

    def set_mentions(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.clash = len({r["title"] for r in rows if r["title"]}) > 1
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Outlet"), self.tr("As written"), self.tr("Title used"), self.tr("Where"))

    def _value(self, r: dict[str, Any], col: str) -> str:
        if col == "outlet":
            return r["outlet"] or "—"
        if col == "text":
            return r["text"]
        if col == "title":
            return r["title"] or ""
        if r["kind"] == "speaker":
            return fmt(self.tr("speaker of: %1"), r["role"][:80])
        return r["article_title"] or ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r, col = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self._value(r, col))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return cell_alignment(self._value(r, col))
        if role == Qt.ItemDataRole.BackgroundRole and col == "title" and self.clash \
                and r["title"]:
            return QColor(TITLE_CLASH)
        if role == Qt.ItemDataRole.ToolTipRole:
            return r["article_title"] or ""
        return None


class EntityManager(QWidget):
    changed = Signal()            # entities merged/split/renamed: claims tables must reload
    open_article = Signal(int)

    def __init__(self, db, reviewer, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.reviewer = db, reviewer
        self.setWindowTitle(self.tr("Isnad — entities"))
        self.model = EntityModel(self)
        self.mentions = MentionModel(self)
        self.aliases = QStringListModel(self)
        self._build()
        self.resize(1200, 760)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("All kinds"), None)
        for k in KIND_TEXT:
            self.kind_box.addItem(entity_kind_label(k), k)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names and aliases…"))
        self.search.setClearButtonEnabled(True)
        describe(self.kind_box, self.tr("Kind"), self.tr("Show one kind of entity"))
        describe(self.search, self.tr("Search entities"), self.tr("Search names and aliases…"))
        self.kind_box.currentIndexChanged.connect(lambda _i: self._filter())
        self.search.textChanged.connect(lambda _t: self._filter())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        describe(self.table, self.tr("Entities"),
                 self.tr("Select several (Ctrl or Shift) to merge them"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.merge_btn = QPushButton(self.tr("Merge selected…"))
        self.merge_btn.clicked.connect(self.merge_selected)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_box)
        filters.addWidget(self.search, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.merge_btn)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self._detail())
        split.setSizes([480, 720])
        QVBoxLayout(self).addWidget(split)

    def _detail(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.alias_list = QListView()
        self.alias_list.setModel(self.aliases)
        self.alias_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.alias_list.setMaximumHeight(110)
        describe(self.alias_list, self.tr("Aliases"),
                 self.tr("Select aliases to remove them or to split them off"))
        self.alias_edit = QLineEdit()
        self.alias_edit.setPlaceholderText(self.tr("New alias"))
        self.alias_edit.returnPressed.connect(self.add_alias)
        describe(self.alias_edit, self.tr("New alias"), self.tr("Type an alias, then Enter"))
        add = QPushButton(self.tr("Add alias"))
        add.clicked.connect(self.add_alias)
        remove = QPushButton(self.tr("Remove selected aliases"))
        remove.clicked.connect(self.remove_aliases)
        row = QHBoxLayout()
        row.addWidget(self.alias_edit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        abox = QGroupBox(self.tr("Aliases"))
        al = QVBoxLayout(abox)
        al.addWidget(self.alias_list)
        al.addLayout(row)
        self.mention_table = QTableView()
        self.mention_table.setModel(self.mentions)
        self.mention_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mention_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.mention_table.verticalHeader().hide()
        self.mention_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.mention_table.doubleClicked.connect(self._open_mention)
        describe(self.mention_table, self.tr("Mentions"),
                 self.tr("Double-click to open the article; select rows to split them off"))
        self.split_btn = QPushButton(self.tr("Split selected aliases and mentions into a new "
                                             "entity…"))
        self.split_btn.clicked.connect(self.split_selected)
        mbox = QGroupBox(self.tr("Mentions, with the title each outlet used"))
        ml = QVBoxLayout(mbox)
        ml.addWidget(self.mention_table, 1)
        ml.addWidget(self.split_btn)
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(abox)
        lay.addWidget(mbox, 1)
        return w

    # -- content -----------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        with self.db.session() as s:
            rows = entity_ops.entity_rows(s)
        rows.sort(key=lambda e: (-e["mentions"], e["name"]))
        self.model.set_entities(rows)
        self.select_entity(keep)

    def _filter(self) -> None:
        keep = self.current_id()
        self.model.set_filter(self.kind_box.currentData(), self.search.text())
        self.select_entity(keep)

    def select_entity(self, entity_id: int | None) -> None:
        row = next((i for i, e in enumerate(self.model.rows) if e["id"] == entity_id), None)
        if row is None and self.model.rows:
            row = 0
        if row is None:
            self.table.clearSelection()
            self._selected()
        else:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def select_title_clash(self) -> None:
        """The first entity that outlets give different titles (else keep the selection)."""
        e = next((e for e in self.model.rows if len(e["title_values"]) > 1), None)
        if e is not None:
            self.select_entity(e["id"])

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r]["id"] for r in rows]

    def current_id(self) -> int | None:
        idx = self.table.currentIndex()
        if idx.isValid() and self.table.selectionModel().isRowSelected(idx.row(), QModelIndex()):
            return self.model.rows[idx.row()]["id"]
        ids = self.selected_ids()
        return ids[0] if ids else None

    def entity(self, entity_id: int | None) -> dict[str, Any] | None:
        return next((e for e in self.model.all if e["id"] == entity_id), None)

    def _selected(self) -> None:
        ids = self.selected_ids()
        self.merge_btn.setEnabled(len(ids) > 1)
        e = self.entity(self.current_id())
        self.split_btn.setEnabled(e is not None)
        if e is None:
            self.heading.setText(self.tr("No entity selected"))
            self.aliases.setStringList([])
            self.mentions.set_mentions([])
            return
        with self.db.session() as s:
            rows = entity_ops.mentions(s, e["id"])
        self.aliases.setStringList(e["aliases"])
        self.mentions.set_mentions(rows)
        note = ""
        if len(e["title_values"]) > 1:
            note = "<br>" + self.tr("Outlets give this entity different titles:") + " " + \
                isolate("، ".join(e["title_values"]))
        self.heading.setText("<b>" + ui_mark() + isolate(e["name"]) + "</b> · "
                             + entity_kind_label(e["kind"]) + note)

    # -- edits -----------------------------------------------------------------------------
    def _run(self, fn) -> bool:
        try:
            with self.db.session() as s:
                fn(s)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        return True

    def _confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), text) == \
            QMessageBox.StandardButton.Yes

    def merge(self, keep_id: int, merge_ids: list[int]) -> bool:
        ok = self._run(lambda s: team.merge_entities(s, keep_id, merge_ids, self.reviewer()))
        if ok:
            self.reload(keep_id)
            self.changed.emit()
        return ok

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        ents = sorted((self.entity(i) for i in ids), key=lambda e: -e["mentions"])
        names = [f"{e['name']} (#{e['id']})" for e in ents]
        name, ok = QInputDialog.getItem(self, self.tr("Merge entities"),
                                        self.tr("Keep this one; the others are merged into it:"),
                                        names, 0, False)
        if not ok:
            return
        keep = ents[names.index(name)]
        others = [e for e in ents if e is not keep]
        if self._confirm(fmt(self.tr("Merge %1 into %2? Their mentions, claims and aliases "
                                     "move over; this is logged and cannot be undone."),
                             isolate("، ".join(e["name"] for e in others)),
                             isolate(keep["name"]))):
            self.merge(keep["id"], [e["id"] for e in others])

    def split(self, entity_id: int, name: str, *, mention_ids=(), aliases=(),
              claim_ids=()) -> bool:
        new: list[int] = []

        def do(s):
            new.append(team.split_entity(s, entity_id, self.reviewer(), name=name,
                                         mention_ids=mention_ids, aliases=aliases,
                                         claim_ids=claim_ids).id)
        if self._run(do):
            self.reload(new[0])
            self.changed.emit()
            return True
        return False

    def split_selected(self) -> None:
        e = self.entity(self.current_id())
        if e is None:
            return
        aliases = [self.aliases.data(i) for i in self.alias_list.selectionModel().selectedRows()]
        rows = [self.mentions.rows[i.row()]
                for i in self.mention_table.selectionModel().selectedRows()]
        if not aliases and not rows:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Select the aliases and/or mentions that belong to another entity first."))
            return
        guess = aliases[0] if aliases else rows[0]["text"]
        name, ok = QInputDialog.getText(self, self.tr("Split entity"),
                                        self.tr("Name of the new entity:"), text=guess)
        if ok and name.strip():
            self.split(e["id"], name.strip(), aliases=aliases,
                       mention_ids=[r["id"] for r in rows if r["kind"] == "mention"],
                       claim_ids=[r["id"] for r in rows if r["kind"] == "speaker"])

    def add_alias(self) -> None:
        e, text = self.entity(self.current_id()), self.alias_edit.text().strip()
        if e is not None and text:
            if self._run(lambda s: entity_ops.set_aliases(s, e["id"], [*e["aliases"], text],
                                                          self.reviewer())):
                self.alias_edit.clear()
                self.reload(e["id"])
                self.changed.emit()

    def remove_aliases(self) -> None:
        e = self.entity(self.current_id())
        gone = {self.aliases.data(i) for i in self.alias_list.selectionModel().selectedRows()}
        if e is not None and gone:
            keep = [a for a in e["aliases"] if a not in gone]
            if self._run(lambda s: entity_ops.set_aliases(s, e["id"], keep, self.reviewer())):
                self.reload(e["id"])
                self.changed.emit()

    def _open_mention(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_article.emit(self.mentions.rows[index.row()]["article_id"])
