"""Cross-source panel: what other outlets say about the selected claim.

A tab beside the claim inspector.  For the selected claim it lists the
confirmed and suggested matches from other outlets (a table model over
``storage.link_ops.matches``) and shows the chosen match side by side with
the claim (stacked when the panel is narrow), each text with its values that
differ (numbers, places, titles, dates, negations) coloured in both.

L accepts the match with its suggested relation, Shift+1..4 (or the menu)
accepts it as same/supports/contradicts/related, Shift+X or Delete rejects
it, Shift+L links the claim to another by hand.  Every decision is a
LinkCommand on the main window's undo stack.

``ui.link_job.LinkJob`` computes missing suggestions and stories on the
worker (storage.matching), with a progress bar in the status bar.
"""
from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication,
    QItemSelectionModel, QModelIndex, Qt, QTimer, Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView, QBoxLayout, QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QLineEdit, QListView, QMenu, QPushButton, QTableView, QTabWidget, QTextBrowser,
    QToolButton, QVBoxLayout, QWidget,
)

from storage import link_ops
from ui.bidi import cell_alignment, cell_text, direction, fmt, is_rtl, isolate, ui_mark
from ui.commands import LinkCommand
from ui.offsets import OffsetMap
from ui.table_model import TableModel

RELATIONS = ("same", "supports", "contradicts", "related")
RELATION_TEXT = {
    "same": QT_TRANSLATE_NOOP("Links", "same claim"),
    "supports": QT_TRANSLATE_NOOP("Links", "supports"),
    "contradicts": QT_TRANSLATE_NOOP("Links", "contradicts"),
    "related": QT_TRANSLATE_NOOP("Links", "related"),
}
LINK_STATUS_TEXT = {
    "suggested": QT_TRANSLATE_NOOP("Links", "suggested"),
    "confirmed": QT_TRANSLATE_NOOP("Links", "confirmed"),
    "rejected": QT_TRANSLATE_NOOP("Links", "rejected"),
}
KIND_TEXT = {
    "number": QT_TRANSLATE_NOOP("Links", "number"),
    "place": QT_TRANSLATE_NOOP("Links", "place"),
    "title": QT_TRANSLATE_NOOP("Links", "title"),
    "date": QT_TRANSLATE_NOOP("Links", "date"),
    "negation": QT_TRANSLATE_NOOP("Links", "negation"),
    "name": QT_TRANSLATE_NOOP("Links", "name"),
}
KIND_COLOURS = {
    "number": "#ffcf8f", "place": "#aed8ff", "title": "#dcc8ff", "date": "#b8ebc0",
    "negation": "#ffb3b3", "name": "#fff09a",
}
STATUS_BACKGROUND = {"confirmed": "#c9ecc4"}
NARROW = 560  # below this width the two texts are stacked
CONTENT_FAMILY = "Noto Naskh Arabic"  # bundled (resources/fonts), registered by ui.app


def describe(w: QWidget, name: str, tip: str) -> None:
    """An accessible name and a tooltip for a control without a visible label."""
    w.setAccessibleName(name)
    w.setToolTip(tip)


def relation_label(rel: str | None) -> str:
    t = RELATION_TEXT.get(rel or "")
    return QCoreApplication.translate("Links", t) if t else (rel or "")


def link_status_label(status: str | None) -> str:
    t = LINK_STATUS_TEXT.get(status or "")
    return QCoreApplication.translate("Links", t) if t else (status or "")


def kind_text(kind: str | None) -> str:
    t = KIND_TEXT.get(kind or "")
    return QCoreApplication.translate("Links", t) if t else (kind or "")


# -- locating a discrepancy's value in a text ------------------------------------

def value_spans(text: str, value: str | None) -> list[tuple[int, int]]:
    """Code point spans of ``value`` in ``text``, found in the normalized forms
    (hamza, tashkeel, digits folded) and mapped back with the offset map.  A
    place list ("بغداد، أربيل") is looked up name by name; a marker such as
    "(بلا نفي)" (no negation) has no span."""
    from analysis.normalize import normalize, normalize_with_map

    if not value or value.strip().startswith("("):
        return []
    nt = normalize_with_map(text)
    spans: list[tuple[int, int]] = []
    for part in (p.strip() for p in re.split(r"[،,]", value)):
        key = " ".join(normalize(part).split())
        if not key:
            continue
        found = _find(nt.text, key)
        if not found and key.startswith("ال") and len(key) > 4:
            found = _find(nt.text, key[2:])
        spans.extend(nt.to_original(s, e) for s, e in found)
    return sorted(set(spans))


def _find(haystack: str, key: str) -> list[tuple[int, int]]:
    digit = key[0].isdigit() or key[-1].isdigit()
    pat = re.escape(key)
    if digit:  # 3 is not the 3 of 2013
        pat = r"(?<!\d)" + pat + r"(?!\d)"
    else:  # a word may carry clitics before it, never letters after it
        pat = pat + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, haystack)]


def discrepancy_spans(text: str, discrepancies: list[dict], side: str
                      ) -> list[tuple[int, int, str]]:
    """(start, end, kind) for every discrepancy value of ``side`` ('a'/'b')."""
    out = []
    for d in discrepancies:
        for s, e in value_spans(text, d.get(side)):
            out.append((s, e, d.get("kind", "")))
    return out


# -- the matches table -----------------------------------------------------------

class MatchModel(TableModel):
    COLUMNS = ("outlet", "relation", "score", "status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matches: list[dict[str, Any]] = []

    def set_matches(self, matches: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.matches = list(matches)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.matches)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Outlet"), self.tr("Relation"), self.tr("Score"), self.tr("Status"))

    def _value(self, m: dict[str, Any], col: str) -> str:
        if col == "outlet":
            return m["other"].get("outlet") or "—"
        if col == "relation":
            return relation_label(m["relation"])
        if col == "score":
            return f"{m['score']:.2f}"
        return link_status_label(m["status"])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.matches)):
            return None
        m, col = self.matches[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = self._value(m, col)
            return cell_text(v) if col == "outlet" else v
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return cell_alignment(self._value(m, col)) if col == "outlet" else \
                int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = STATUS_BACKGROUND.get(m["status"])
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return m["other"]["text"]
        if role == Qt.ItemDataRole.UserRole:
            return m["link_id"]
        return None


# -- one side of the comparison --------------------------------------------------

class ClaimSide(QWidget):
    """A caption (outlet, speaker and title) and the claim text with its
    differing values coloured."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setMinimumHeight(60)
        self.view.setMaximumHeight(150)
        font = QFont(self.view.font())
        if CONTENT_FAMILY in QFontDatabase.families():
            font.setFamily(CONTENT_FAMILY)
        font.setPointSize(12)
        self.view.document().setDefaultFont(font)
        self.map = OffsetMap("")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.caption)
        lay.addWidget(self.view, 1)
        lay.addStretch(0)

    def set_claim(self, heading: str, claim: dict[str, Any] | None,
                  spans: list[tuple[int, int, str]]) -> None:
        if claim is None:
            self.caption.setText("")
            self.view.clear()
            return
        who = claim.get("speaker") or self.tr("no speaker")
        title = claim.get("speaker_title")
        bits = [heading, claim.get("outlet") or "—", who]
        if title and title not in who:
            bits.append(fmt(self.tr("title: %1"), title))
        self.caption.setText("<b>" + html.escape(ui_mark() + " · ".join(
            isolate(b) for b in bits)) + "</b>")
        self.caption.setToolTip(claim.get("article_title") or "")
        text = claim["text"]
        self.map = OffsetMap(text)
        self.view.setPlainText(text)
        doc = self.view.document()
        d = direction(text, self.layoutDirection())
        opt = doc.defaultTextOption()
        opt.setTextDirection(d)
        opt.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if d == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft))
        doc.setDefaultTextOption(opt)
        for start, end, kind in spans:
            cur = QTextCursor(doc)
            cur.setPosition(self.map.to_qt(start))
            cur.setPosition(self.map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            f = QTextCharFormat()
            f.setBackground(QColor(KIND_COLOURS.get(kind, "#fff09a")))
            f.setFontWeight(QFont.Weight.Bold)
            f.setToolTip(kind_text(kind))
            cur.mergeCharFormat(f)


# -- the panel ---------------------------------------------------------------------

class CrossSourcePanel(QWidget):
    open_claim = Signal(int, int)    # article id, claim id
    count_changed = Signal(int)

    def __init__(self, db, ctx, push, parent=None):
        super().__init__(parent)
        self.db, self.ctx, self.push = db, ctx, push
        self.claim: dict[str, Any] | None = None
        self._keep: int | None = None
        self._build()
        self._make_actions()
        self.set_claim(None)

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.model = MatchModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(90)
        describe(self.table, self.tr("Matches in other outlets"),
                 self.tr("L accepts, Shift+1..4 accepts as a relation, Shift+X or Delete "
                         "rejects; double-click opens the other article"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _i: self._open_other())
        self.this_side, self.other_side = ClaimSide(), ClaimSide()
        describe(self.this_side.view, self.tr("This claim"),
                 self.tr("The selected claim; its differing values are coloured"))
        describe(self.other_side.view, self.tr("Other outlet"),
                 self.tr("The matching claim of the other outlet; its differing values are "
                         "coloured"))
        self.pair = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.pair.addWidget(self.this_side, 1)
        self.pair.addWidget(self.other_side, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.accept_btn = QToolButton()
        self.accept_btn.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.accept_btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.reject_btn = QPushButton()
        self.link_btn = QPushButton()
        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for b in (self.accept_btn, self.reject_btn, self.link_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.table, 1)
        lay.addLayout(self.pair)
        lay.addWidget(self.details)
        lay.addLayout(buttons)

    def _action(self, text: str, keys: list[str], slot) -> QAction:
        act = QAction(text, self)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        self.accept_action = self._action(self.tr("Accept match"), ["L"], self.accept)
        self.accept_as = {}
        for n, rel in enumerate(RELATIONS, 1):
            self.accept_as[rel] = self._action(
                fmt(self.tr("Accept as: %1"), relation_label(rel)), [f"Shift+{n}"],
                lambda _c=False, r=rel: self.accept(r))
        self.reject_action = self._action(self.tr("Reject match"), ["Shift+X"], self.reject)
        self._action(self.tr("Reject match"), ["Delete"], self.reject)  # in the panel only
        self.link_action = self._action(self.tr("Link to…"), ["Shift+L"], self.link_to)
        menu = QMenu(self)
        menu.addActions(list(self.accept_as.values()))
        self.accept_btn.setMenu(menu)
        self.accept_btn.setDefaultAction(self.accept_action)
        self.reject_btn.setText(self.tr("Reject (Shift+X)"))
        self.reject_btn.clicked.connect(self.reject)
        self.link_btn.setText(self.tr("Link to…"))
        self.link_btn.clicked.connect(self.link_to)

    def actions_for(self) -> list[QAction]:
        """The keys that also work from the article text and claims table."""
        return [self.accept_action, *self.accept_as.values(), self.reject_action,
                self.link_action]

    def install_menu(self, menu: QMenu) -> None:
        menu.addActions(self.actions_for())

    # -- content -----------------------------------------------------------------------
    def set_claim(self, claim: dict[str, Any] | None) -> None:
        same = claim is not None and self.claim is not None and claim["id"] == self.claim["id"]
        keep = self._keep if self._keep is not None else (self.current_link() if same else None)
        self._keep = None
        self.claim = claim
        rows: list[dict[str, Any]] = []
        if claim is not None:
            with self.db.session() as s:
                rows = link_ops.matches(s, claim["id"])
        self.model.set_matches(rows)
        self.header.setText(self._header_text(claim, rows))
        self.link_action.setEnabled(claim is not None)
        self.link_btn.setEnabled(claim is not None)
        self._select(keep)
        self.count_changed.emit(len(rows))

    def refresh(self) -> None:
        self.set_claim(self.claim)

    def _header_text(self, claim, rows) -> str:
        if claim is None:
            return self.tr("No claim selected")
        if not rows:
            return self.tr("No other outlet is linked to this claim yet.")
        sugg = sum(1 for r in rows if r["status"] == "suggested")
        return ui_mark() + fmt(self.tr("%1 matches in other outlets (%2 to review)"),
                               isolate(len(rows)), isolate(sugg))

    def _select(self, link_id: int | None) -> None:
        row = next((i for i, m in enumerate(self.model.matches) if m["link_id"] == link_id), None)
        if row is None:
            row = next((i for i, m in enumerate(self.model.matches)
                        if m["status"] == "suggested"), 0 if self.model.matches else None)
        if row is None:
            self.table.clearSelection()
            self._show_current()
        else:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self._show_current()

    def current(self) -> dict[str, Any] | None:
        idx = self.table.currentIndex()
        if not idx.isValid() or not self.table.selectionModel().isRowSelected(idx.row(),
                                                                               QModelIndex()):
            return None
        return self.model.matches[idx.row()]

    def current_link(self) -> int | None:
        m = self.current()
        return m["link_id"] if m else None

    def _show_current(self) -> None:
        m = self.current()
        has = m is not None
        for a in (self.accept_action, self.reject_action, *self.accept_as.values()):
            a.setEnabled(has)
        self.reject_btn.setEnabled(has)
        if m is None:
            self.this_side.set_claim("", None, [])
            self.other_side.set_claim("", None, [])
            self.details.setText("")
            self.accept_action.setText(self.tr("Accept match"))
            self.accept_btn.setText(self.tr("Accept (L)"))
            return
        disc = m["discrepancies"]
        self.this_side.set_claim(self.tr("This claim"), m["this"],
                                 discrepancy_spans(m["this"]["text"], disc, "a"))
        self.other_side.set_claim(self.tr("Other outlet"), m["other"],
                                  discrepancy_spans(m["other"]["text"], disc, "b"))
        self.details.setText(self._details(m))
        self.details.setToolTip("\n".join(m["reasons"]))
        self.accept_btn.setText(fmt(self.tr("Accept as %1 (L)"), relation_label(m["relation"])))

    def _details(self, m: dict[str, Any]) -> str:
        """The relation line, then a table: kind | this claim's value | the other's."""
        head = fmt(self.tr("%1 · score %2 · %3"), relation_label(m["relation"]),
                   f"{m['score']:.2f}", link_status_label(m["status"]))
        out = "<b>" + html.escape(ui_mark() + isolate(head)) + "</b>"
        if not m["discrepancies"]:
            return out + "<br>" + html.escape(self.tr(
                "No differing numbers, places, titles, dates or negations found."))
        cells = [f"<th></th><th>{html.escape(self.tr('This claim'))}</th>"
                 f"<th>{html.escape(self.tr('Other outlet'))}</th>"]
        for d in m["discrepancies"]:
            colour = KIND_COLOURS.get(d.get("kind"), "#fff09a")
            row = [f'<td style="background:{colour}">{html.escape(kind_text(d.get("kind")))}</td>']
            for v in (d.get("a") or "—", d.get("b") or "—"):
                side = "right" if is_rtl(v) else "left"
                row.append(f'<td align="{side}">{html.escape(v)}</td>')
            cells.append("".join(row))
        return out + '<table cellspacing="0" cellpadding="3" width="100%">' + "".join(
            f"<tr>{r}</tr>" for r in cells) + "</table>"

    def resizeEvent(self, event) -> None:  # noqa: N802
        wide = event.size().width() >= NARROW
        self.pair.setDirection(QBoxLayout.Direction.LeftToRight if wide
                               else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    # -- decisions -----------------------------------------------------------------------
    def _next_after(self, link_id: int) -> int | None:
        ms = self.model.matches
        i = next((k for k, m in enumerate(ms) if m["link_id"] == link_id), -1)
        later = [m for m in ms[i + 1:] + ms[:i] if m["status"] == "suggested"]
        return later[0]["link_id"] if later else link_id

    def _decide(self, m: dict[str, Any], relation: str, status: str, text: str) -> None:
        self._keep = self._next_after(m["link_id"])
        self.push(LinkCommand(self.ctx, m["this"], m["other"]["id"], relation, status, text,
                              done=self.refresh))
        self._keep = None

    def accept(self, relation: str | None = None) -> None:
        m = self.current()
        if m is None or self.claim is None:
            return
        rel = relation or m["relation"]
        self._decide(m, rel, "confirmed",
                     fmt(self.tr("Accept link (%1)"), relation_label(rel)))

    def reject(self) -> None:
        m = self.current()
        if m is not None and self.claim is not None:
            self._decide(m, m["relation"], "rejected", self.tr("Reject link"))

    def link_to(self) -> None:
        if self.claim is None:
            return
        dlg = LinkDialog(self.db, self.claim, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.chosen() is not None:
            other, rel = dlg.chosen(), dlg.relation()
            self.push(LinkCommand(self.ctx, self.claim, other, rel, "confirmed",
                                  fmt(self.tr("Link by hand (%1)"), relation_label(rel)),
                                  done=self.refresh))

    def _open_other(self) -> None:
        m = self.current()
        if m is not None:
            self.open_claim.emit(m["other"]["article_id"], m["other"]["id"])


# -- linking by hand -------------------------------------------------------------------

class ClaimListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.claims: list[dict[str, Any]] = []

    def set_claims(self, claims: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.claims = list(claims)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.claims)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.claims)):
            return None
        c = self.claims[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{isolate(c.get('outlet') or '—')}: {isolate(c['text'])}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return cell_alignment(c["text"])
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.get("article_title") or ""
        return None


class LinkDialog(QDialog):
    """Find a claim of another article and the relation to record."""

    def __init__(self, db, claim: dict[str, Any], parent=None):
        super().__init__(parent)
        self.db, self.claim = db, claim
        self.setWindowTitle(self.tr("Link to another claim"))
        self.resize(640, 420)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words of the other claim…"))
        describe(self.query, self.tr("Search claims"), self.tr("Words of the other claim…"))
        self.model = ClaimListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        describe(self.list, self.tr("Claims found"), self.tr("Double-click to link"))
        self.relation_box = QComboBox()
        describe(self.relation_box, self.tr("Relation"), self.tr("How the two claims relate"))
        for rel in RELATIONS:
            self.relation_box.addItem(relation_label(rel), rel)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.query)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.relation_box)
        lay.addWidget(box)
        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.list.doubleClicked.connect(lambda _i: self.accept())

    def run(self) -> None:
        with self.db.session() as s:
            found = link_ops.find_claims(s, self.query.text(),
                                         exclude_article=self.claim["article_id"])
        self.model.set_claims(found)
        if found:
            self.list.setCurrentIndex(self.model.index(0))

    def chosen(self) -> int | None:
        idx = self.list.currentIndex()
        return self.model.claims[idx.row()]["id"] if idx.isValid() else None

    def relation(self) -> str:
        return self.relation_box.currentData()


def install(win) -> CrossSourcePanel:
    """Put the panel in a tab beside the inspector and its keys on the desk."""
    panel = CrossSourcePanel(win.db, win.ctx, win._push)
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    index = win.split.indexOf(win.inspector)
    sizes = win.split.sizes()
    win.split.replaceWidget(index, tabs)
    tabs.addTab(win.inspector, QCoreApplication.translate("Links", "Claim"))
    tabs.addTab(panel, QCoreApplication.translate("Links", "Other outlets"))
    win.split.setSizes(sizes)
    panel.count_changed.connect(lambda n: tabs.setTabText(1, fmt(QCoreApplication.translate(
        "Links", "Other outlets (%1)"), n) if n else QCoreApplication.translate(
        "Links", "Other outlets")))
    for act in panel.actions_for():
        win.desk.addAction(act)
    panel.open_claim.connect(lambda aid, cid: win.open_article(aid, cid))
    win.side_tabs = tabs
    return panel
