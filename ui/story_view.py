"""The story matrix: a row per group of linked claims, a column per outlet.

Each cell is what that outlet says (claim text, speaker and title); a cell
whose numbers, places, title, date or negation differ from the row's other
cells is coloured by the kind of difference.  Clicking a cell opens that
article at that claim in the main window.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from storage import stories
from ui.bidi import direction, fmt, isolate, ui_mark
from ui.crosssource import CONTENT_FAMILY, describe, KIND_COLOURS, kind_text, relation_label

CELL_CHARS = 180
KIND_ORDER = ("number", "place", "title", "date", "negation")
CLAIM_ROLE = Qt.ItemDataRole.UserRole  # (article_id, claim_id)
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 1  # {kind: [values]}


def _short(text: str) -> str:
    return text if len(text) <= CELL_CHARS else text[:CELL_CHARS].rstrip() + "…"


class StoryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.outlets: list[str] = []
        self.rows: list[dict[str, Any]] = []

    def set_matrix(self, matrix: dict[str, Any]) -> None:
        self.beginResetModel()
        self.outlets = list(matrix["outlets"])
        self.rows = list(matrix["rows"])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.outlets)

    def cell(self, index: QModelIndex) -> dict[str, Any] | None:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.outlets)):
            return None
        return self.rows[index.row()]["cells"].get(self.outlets[index.column()])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return isolate(self.outlets[section]) if 0 <= section < len(self.outlets) else None
        if 0 <= section < len(self.rows):
            rels = "/".join(relation_label(r) for r in self.rows[section]["relations"])
            return f"{section + 1}\n{rels}"
        return None

    def flags(self, index):
        if self.cell(index) is None:
            return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        c = self.cell(index)
        if c is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            rtl = direction(c["text"], QGuiApplication.layoutDirection()) \
                == Qt.LayoutDirection.RightToLeft
            return (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) \
                | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.BackgroundRole:
            kind = next((k for k in KIND_ORDER if k in c["differs"]), None)
            return QColor(KIND_COLOURS[kind]) if kind else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(c)
        if role == CLAIM_ROLE:
            return (c["article_id"], c["id"])
        if role == DIFFERS_ROLE:
            return dict(c["differs"])
        return None

    def _display(self, c: dict[str, Any]) -> str:
        who = c.get("speaker") or ""
        title = c.get("speaker_title")
        if title and title not in who:
            who = f"{title} {who}".strip()
        line = isolate(_short(c.get("corrected_text") or c["text"]))
        return f"{line}\n{ui_mark()}— {isolate(who)}" if who else line

    def _tooltip(self, c: dict[str, Any]) -> str:
        lines = [c.get("corrected_text") or c["text"], "", c.get("article_title") or ""]
        for kind in KIND_ORDER:
            if kind in c["differs"]:
                lines.append(ui_mark() + fmt(self.tr("%1 differs: %2"), kind_text(kind),
                                             isolate("، ".join(c["differs"][kind]))))
        return "\n".join(lines)


class StoryWindow(QWidget):
    """A window of its own: pick a story (or all), read across outlets."""

    open_claim = Signal(int, int)  # article id, claim id

    def __init__(self, db, tasks=None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.tasks = db, tasks
        self.setWindowTitle(self.tr("Isnad — stories across outlets"))
        self.model = StoryModel(self)
        self.story_box = QComboBox()
        self.story_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.story_box.setMaximumWidth(700)
        self.story_box.currentIndexChanged.connect(lambda _i: self.load())
        describe(self.story_box, self.tr("Story"), self.tr("One story, or all of them"))
        self.reload_btn = QPushButton(self.tr("Reload"))
        self.reload_btn.clicked.connect(self.reload)
        self.summary = QLabel()
        self.legend = QLabel(self._legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        describe(self.table, self.tr("Claims by outlet"),
                 self.tr("A row per claim reported by several outlets, a column per outlet; "
                         "click a cell to open that article"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        font = QFont(self.table.font())
        if CONTENT_FAMILY in QFontDatabase.families():
            font.setFamily(CONTENT_FAMILY)
        font.setPointSize(11)
        self.table.setFont(font)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Story:")))
        top.addWidget(self.story_box, 1)
        top.addWidget(self.reload_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.legend)
        self.resize(1300, 800)
        self.loading = False

    def _legend(self) -> str:
        chips = [f'<span style="background:{KIND_COLOURS[k]}">&nbsp;{kind_text(k)}&nbsp;</span>'
                 for k in KIND_ORDER]
        return self.tr("Coloured cells differ from the rest of their row:") + " " + " ".join(chips)

    def reload(self) -> None:
        """Refill the story list (keeping the choice) and the matrix."""
        keep = self.story_box.currentData()
        with self.db.session() as s:
            items = stories.stories(s)
        self.story_box.blockSignals(True)
        self.story_box.clear()
        self.story_box.addItem(self.tr("All stories"), None)
        for st in items:
            self.story_box.addItem(fmt(self.tr("%1 (%2 articles, %3 outlets)"),
                                       isolate(st["title"][:90] or "—"), st["articles"],
                                       len(st["outlets"])), st["id"])
        i = self.story_box.findData(keep) if keep is not None else -1
        if i < 0 and len(items) == 1:
            i = 1
        self.story_box.setCurrentIndex(max(0, i))
        self.story_box.blockSignals(False)
        self.load()

    def load(self) -> None:
        story = self.story_box.currentData()

        def fetch(_state=None):
            with self.db.session() as s:
                return stories.claim_rows(s, story)
        self.loading = True
        self.summary.setText(self.tr("Loading…"))
        if self.tasks is None:
            self._loaded(fetch())
        else:
            self.tasks.run(fetch, on_done=self._loaded)

    def _loaded(self, matrix: dict[str, Any]) -> None:
        self.model.set_matrix(matrix)
        self.table.resizeRowsToContents()
        self.loading = False
        if not matrix["rows"]:
            self.summary.setText(self.tr("No linked claims yet: suggestions are computed "
                                         "after an import, or accept matches in the "
                                         "Other outlets tab."))
        else:
            self.summary.setText(fmt(self.tr("%1 claims reported by several outlets, across "
                                             "%2 outlets. Click a cell to open that article."),
                                     len(matrix["rows"]), len(matrix["outlets"])))

    def _clicked(self, index: QModelIndex) -> None:
        target = self.model.data(index, CLAIM_ROLE)
        if target is not None:
            self.open_claim.emit(*target)
