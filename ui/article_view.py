"""The article pane: a header and the text with every claim highlighted.

Highlights are QTextCursor char formats on the document; the selected claim
and a search hit are ExtraSelections.  The browser never loads a resource
and never follows a link by itself.
"""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Qt, Signal
from PySide6.QtGui import (
    QColor, QDesktopServices, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QToolTip, QVBoxLayout, QWidget

from ui.accessibility import describe, marked
from ui.bidi import direction, is_rtl, isolate
from ui.offsets import OffsetMap

STATUS_COLOURS = {
    "pending": "#fff1a8",
    "confirmed": "#c9ecc4",
    "rejected": "#f6cdc8",
    "corrected": "#cfe1fb",
}
SPEAKER_COLOUR = "#1f4e8c"
BOILERPLATE_COLOUR = "#9a9a9a"
SEARCH_COLOUR = "#ffb347"


def open_external(url: QUrl) -> None:
    """Only web links, only on an explicit click, only in the system browser."""
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)


class ArticleView(QTextBrowser):
    claim_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.anchorClicked.connect(open_external)
        self.body = ""
        self.map = OffsetMap("")
        self.claims: list[dict[str, Any]] = []
        self.boilerplate: list[list[Any]] = []
        self.selected_id: int | None = None
        self._search_span: tuple[int, int] | None = None
        self.document().setDocumentMargin(18)

    # -- no resources, ever -----------------------------------------------------------
    def loadResource(self, _type: int, _name: QUrl):  # noqa: N802
        return None

    # -- content ------------------------------------------------------------------------
    def set_article(self, body: str, claims: list[dict[str, Any]],
                    boilerplate: list[list[Any]] | None = None) -> None:
        self.body, self.map = body, OffsetMap(body)
        self.boilerplate = list(boilerplate or [])
        self.selected_id, self._search_span = None, None
        self.setPlainText(body)
        self._set_paragraph_directions()
        self.set_claims(claims)
        self.verticalScrollBar().setValue(0)

    def _set_paragraph_directions(self) -> None:
        fallback = self.layoutDirection()
        block = self.document().begin()
        cur = QTextCursor(self.document())
        while block.isValid():
            fmt = QTextBlockFormat(block.blockFormat())
            d = direction(block.text(), fallback)
            fmt.setLayoutDirection(d)
            fmt.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (
                Qt.AlignmentFlag.AlignRight if d == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft))
            fmt.setLineHeight(125, 1)  # QTextBlockFormat.ProportionalHeight
            cur.setPosition(block.position())
            cur.setBlockFormat(fmt)
            block = block.next()

    def set_claims(self, claims: list[dict[str, Any]]) -> None:
        """(Re)paint every highlight; keeps the scroll position."""
        self.claims = list(claims)
        cur = QTextCursor(self.document())
        cur.select(QTextCursor.SelectionType.Document)
        cur.setCharFormat(QTextCharFormat())
        for start, end, *_kind in self.boilerplate:
            self._merge(start, end, foreground=BOILERPLATE_COLOUR)
        for c in self.claims:
            self._merge(c["start"], c["end"], background=STATUS_COLOURS.get(c["status"]))
            if c.get("speaker_start") is not None and c.get("speaker_end") is not None:
                self._merge(c["speaker_start"], c["speaker_end"], foreground=SPEAKER_COLOUR,
                            bold=True)
        self._update_extra()

    def _merge(self, start: int, end: int, *, background: str | None = None,
               foreground: str | None = None, bold: bool = False) -> None:
        cur = self.qt_cursor(start, end)
        fmt = QTextCharFormat()
        if background:
            fmt.setBackground(QColor(background))
        if foreground:
            fmt.setForeground(QColor(foreground))
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        cur.mergeCharFormat(fmt)

    def qt_cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting the code point span [start, end)."""
        n = max(0, self.document().characterCount() - 1)
        cur = QTextCursor(self.document())
        cur.setPosition(min(self.map.to_qt(start), n))
        cur.setPosition(min(self.map.to_qt(end), n), QTextCursor.MoveMode.KeepAnchor)
        return cur

    # -- selection and search hits --------------------------------------------------------
    def select_claim(self, claim_id: int | None) -> None:
        self.selected_id = claim_id
        self._update_extra()
        c = self.claim(claim_id)
        if c is not None:
            self.scroll_to(c["start"])

    def show_span(self, start: int, end: int) -> None:
        """Mark a search hit and bring it into view."""
        self._search_span = (start, end) if start >= 0 else None
        self._update_extra()
        if start >= 0:
            self.scroll_to(start)

    def _update_extra(self) -> None:
        extras = []
        c = self.claim(self.selected_id)
        if c is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.qt_cursor(c["start"], c["end"])
            colour = QColor(STATUS_COLOURS.get(c["status"], "#dddddd")).darker(125)
            sel.format.setBackground(colour)
            sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            sel.format.setUnderlineColor(QColor("#333333"))
            extras.append(sel)
        if self._search_span is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.qt_cursor(*self._search_span)
            sel.format.setBackground(QColor(SEARCH_COLOUR))
            extras.append(sel)
        self.setExtraSelections(extras)

    def scroll_to(self, cp: int) -> None:
        cur = QTextCursor(self.document())
        cur.setPosition(min(self.map.to_qt(cp), max(0, self.document().characterCount() - 1)))
        rect = self.cursorRect(cur)
        view = self.viewport().rect()
        if not view.adjusted(0, 40, 0, -40).contains(rect):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - view.height() // 3)

    # -- hit testing ---------------------------------------------------------------------
    def claim(self, claim_id: int | None) -> dict[str, Any] | None:
        return next((c for c in self.claims if c["id"] == claim_id), None)

    def claim_at_cp(self, cp: int) -> dict[str, Any] | None:
        hits = [c for c in self.claims if c["start"] <= cp < c["end"]]
        return min(hits, key=lambda c: c["end"] - c["start"]) if hits else None

    def claim_at_point(self, point) -> dict[str, Any] | None:
        pos = self.document().documentLayout().hitTest(
            point + self._scroll_offset(), Qt.HitTestAccuracy.ExactHit)
        if pos < 0:
            return None
        return self.claim_at_cp(self.map.to_cp(pos))

    def _scroll_offset(self):
        from PySide6.QtCore import QPointF

        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def selection_span(self) -> tuple[int, int] | None:
        """The reader's selection as a code point span, or None."""
        cur = self.textCursor()
        if not cur.hasSelection():
            return None
        s, e = self.map.to_cp(cur.selectionStart()), self.map.to_cp(cur.selectionEnd())
        return (s, e) if e > s else None

    # -- events --------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            c = self.claim_at_point(event.position() if hasattr(event, "position")
                                    else event.pos().toPointF())
            if c is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(c), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip(self, c: dict[str, Any]) -> str:
        from ui.claims_table import status_label

        rows = [
            (self.tr("Status"), marked(c.get("status"), status_label(c.get("status")))),
            (self.tr("Speaker"), c.get("speaker_display") or self.tr("unknown")),
            (self.tr("Title"), c.get("speaker_title") or "—"),
            (self.tr("Kind"), kind_label(c.get("kind"))),
            (self.tr("Check-worthiness"), f"{c.get('checkworthiness', 0.0):.2f}"),
        ]
        return "<br>".join(f"<b>{html.escape(k)}:</b> {html.escape(isolate(v))}"
                           for k, v in rows)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            c = self.claim_at_point(event.position())
            if c is not None:
                self.claim_clicked.emit(c["id"])


def kind_label(kind: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "quote": QCoreApplication.translate("Claims", "quote"),
        "statement": QCoreApplication.translate("Claims", "statement"),
        "numeric": QCoreApplication.translate("Claims", "numeric"),
        "event": QCoreApplication.translate("Claims", "event"),
    }
    return labels.get(kind or "", kind or "")


class ArticlePane(QWidget):
    """Header (title, outlet, date, link) above the article text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setOpenExternalLinks(False)
        self.header.linkActivated.connect(lambda u: open_external(QUrl(u)))
        self.header.setContentsMargins(12, 8, 12, 4)
        self.view = ArticleView()
        describe(self.view, self.tr("Article text"),
                 self.tr("The article with its claims highlighted; hover a claim for details"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.header)
        lay.addWidget(self.view)

    def set_article(self, art: dict[str, Any], claims: list[dict[str, Any]]) -> None:
        self.set_header(art)
        self.view.set_article(art["body"], claims, art.get("boilerplate"))

    def set_header(self, art: dict[str, Any]) -> None:
        title = art.get("title") or self.tr("(untitled)")
        d = "rtl" if is_rtl(title) else "ltr"
        meta = " · ".join(html.escape(isolate(v)) for v in (art.get("outlet"), art.get("date"))
                          if v)
        link = ""
        url = art.get("url")
        if url and url.startswith(("http://", "https://")):
            href, label = html.escape(url, quote=True), html.escape(self.tr("source"))
            link = f' · <a href="{href}">{label}</a>'
        self.header.setText(
            f'<p dir="{d}" style="font-size:15pt; font-weight:bold; margin:0">'
            f"{html.escape(title)}</p>"
            f'<p style="color:#555; margin:0">{meta}{link}</p>')
        self.header.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if d == "rtl" else Qt.AlignmentFlag.AlignLeft))
