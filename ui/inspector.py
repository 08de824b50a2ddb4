"""The claim inspector: correct, attribute, rate, annotate; evidence and history."""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView,
    QPushButton, QTextEdit, QVBoxLayout, QWidget,
)

from ui.accessibility import describe, marked
from ui.article_view import kind_label
from ui.bidi import fmt, isolate, ui_mark
from ui.claims_table import status_label, verdict_label, verdict_labels

ROLE_TEXT = {
    "speaker": QT_TRANSLATE_NOOP("Chain", "speaker"),
    "relay": QT_TRANSLATE_NOOP("Chain", "relayed by"),
    "outlet": QT_TRANSLATE_NOOP("Chain", "outlet"),
}


ACTION_TEXT = {
    "review": QT_TRANSLATE_NOOP("History", "review"),
    "restore": QT_TRANSLATE_NOOP("History", "undo/redo"),
    "create": QT_TRANSLATE_NOOP("History", "created"),
    "delete": QT_TRANSLATE_NOOP("History", "deleted"),
    "evidence": QT_TRANSLATE_NOOP("History", "evidence added"),
    "reopen": QT_TRANSLATE_NOOP("History", "reopened"),
    "assign_double": QT_TRANSLATE_NOOP("History", "double review assigned"),
    "independent": QT_TRANSLATE_NOOP("History", "independent judgement"),
}


def action_label(action: str) -> str:
    text = ACTION_TEXT.get(action)
    return QCoreApplication.translate("History", text) if text else action


def role_label(role: str) -> str:
    text = ROLE_TEXT.get(role)
    return QCoreApplication.translate("Chain", text) if text else role


class Inspector(QWidget):
    apply_requested = Signal(dict)        # changes for review_claim
    evidence_requested = Signal(str, str)  # url, note
    editing_done = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.claim: dict[str, Any] | None = None
        self.entities: dict[str, int] = {}
        self._build()
        self.set_claim(None)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.text = QTextEdit()
        self.text.setAcceptRichText(False)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(self.tr("Name, or a new entity"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(completer)
        self.verdict = QComboBox()
        self.verdict.addItem("—", None)
        for n, (value, label) in enumerate(verdict_labels(), 1):
            self.verdict.addItem(f"{n}  {label}", value)
        self.note = QLineEdit()
        self.apply = QPushButton(self.tr("Save changes"))
        self.apply.clicked.connect(self._apply)
        self.speaker.returnPressed.connect(self._apply)
        self.note.returnPressed.connect(self._apply)
        QShortcut(QKeySequence("Ctrl+Return"), self.text, self._apply)
        for w in (self.text, self.speaker, self.note, self.verdict):
            QShortcut(QKeySequence(Qt.Key.Key_Escape), w, self.editing_done.emit,
                      context=Qt.ShortcutContext.WidgetShortcut)
        describe(self.text, self.tr("Corrected text"),
                 self.tr("The claim as it should read (E); Ctrl+Return saves, Esc goes back"))
        describe(self.speaker, self.tr("Speaker"),
                 self.tr("Who made the claim (S): a known entity, or a new name"))
        describe(self.verdict, self.tr("Verdict"), self.tr("The verdict (keys 1 to 5)"))
        describe(self.note, self.tr("Note"), self.tr("A note kept with the decision"))
        describe(self.apply, self.tr("Save changes"),
                 self.tr("Record the corrected text, speaker, verdict and note"))
        form = QFormLayout()
        form.addRow(self.tr("Corrected text"), self.text)
        form.addRow(self.tr("Speaker"), self.speaker)
        form.addRow(self.tr("Verdict"), self.verdict)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.apply)
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addLayout(form)
        lay.addWidget(self._group(self.tr("Attribution chain"), self.chain))
        lay.addWidget(self._evidence_box())
        lay.addWidget(self._history_box(), 1)

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _evidence_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Evidence"))
        self._evidence = QStringListModel(self)
        self.evidence_list = QListView()
        self.evidence_list.setModel(self._evidence)
        self.evidence_list.setMaximumHeight(80)
        self.evidence_url = QLineEdit()
        self.evidence_url.setPlaceholderText(self.tr("https://…"))
        self.evidence_url.returnPressed.connect(self._add_evidence)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_evidence)
        describe(self.evidence_list, self.tr("Evidence"), self.tr("Sources recorded for this claim"))
        describe(self.evidence_url, self.tr("Evidence address"),
                 self.tr("The address of a source that supports or refutes the claim"))
        describe(add, self.tr("Add evidence"), self.tr("Record this address as evidence"))
        row = QHBoxLayout()
        row.addWidget(self.evidence_url, 1)
        row.addWidget(add)
        lay = QVBoxLayout(box)
        lay.addWidget(self.evidence_list)
        lay.addLayout(row)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("History"))
        self._history = QStringListModel(self)
        self.history_list = QListView()
        self.history_list.setModel(self._history)
        self.history_list.setWordWrap(True)
        describe(self.history_list, self.tr("History"),
                 self.tr("Every decision recorded on this claim, newest last"))
        QVBoxLayout(box).addWidget(self.history_list)
        return box

    # -- content -------------------------------------------------------------------------
    def set_entities(self, entities: list[tuple[int, str]]) -> None:
        self.entities = {name: eid for eid, name in entities}
        self._names.setStringList(list(self.entities))

    def set_claim(self, claim: dict[str, Any] | None, evidence: list[dict] | None = None,
                  history: list[dict] | None = None) -> None:
        self.claim = claim
        for w in (self.text, self.speaker, self.verdict, self.note, self.apply,
                  self.evidence_url):
            w.setEnabled(claim is not None)
        if claim is None:
            self.summary.setText(self.tr("No claim selected"))
            self.text.clear(), self.speaker.clear(), self.note.clear()
            self.verdict.setCurrentIndex(0)
            self.chain.setText("")
            self._evidence.setStringList([]), self._history.setStringList([])
            return
        self.summary.setText(self._summary(claim))
        self.text.setPlainText(claim.get("corrected_text") or claim["text"])
        self.speaker.setText(claim.get("speaker_display") or "")
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(claim.get("verdict"))))
        self.note.setText(claim.get("note") or "")
        self.chain.setText(self._chain(claim.get("chain") or []))
        self._evidence.setStringList([self._evidence_line(e) for e in evidence or []])
        lines = [self._history_line(h) for h in history or []]
        self._history.setStringList(lines or [self._origin_line(claim)])

    def _origin_line(self, c: dict[str, Any]) -> str:
        """Where a claim nobody has decided on yet came from (the log is still empty)."""
        if c.get("origin") == "manual":
            return self.tr("Made by hand; no decision yet")
        return self.tr("Found by the extractor; no decision yet")

    def _summary(self, c: dict[str, Any]) -> str:
        parts = [marked(c["status"], status_label(c["status"])), kind_label(c.get("kind")),
                 fmt(self.tr("check-worthiness %1"), f"{c['checkworthiness']:.2f}")]
        if c.get("origin") == "manual":
            parts.append(self.tr("made by hand"))
        return "<b>" + html.escape(ui_mark() + " · ".join(isolate(p) for p in parts)) + "</b>"

    def _chain(self, chain: list[dict[str, Any]]) -> str:
        if not chain:
            return self.tr("No attribution recorded")
        return ui_mark() + " ← ".join(isolate(f"{role_label(link.get('role', ''))}: {link.get('name', '')}")
                          for link in chain)

    def _evidence_line(self, e: dict[str, Any]) -> str:
        target = e.get("url") or e.get("article_title") or f"#{e.get('article_id')}"
        who = e.get("added_by") or ""
        return f"{isolate(target)} — {isolate(who)}" if who else isolate(target)

    def _history_line(self, h: dict[str, Any]) -> str:
        at = h["at"].strftime("%Y-%m-%d %H:%M") if h.get("at") else ""
        after, before = h.get("after") or {}, h.get("before") or {}
        changed = [k for k in ("status", "verdict", "corrected_text", "speaker_entity_id",
                               "note", "start", "end") if after.get(k) != before.get(k)]
        what = ", ".join(filter(None, [status_label(after.get("status")) if "status" in changed
                                       else "", verdict_label(after.get("verdict"))
                                       if "verdict" in changed else ""]))
        if any(k not in ("status", "verdict") for k in changed):
            what = ", ".join(filter(None, [what, fmt(self.tr("edited %1"),
                ", ".join(k for k in changed if k not in ("status", "verdict")))]))
        return ui_mark() + fmt(self.tr("%1 %2: %3 %4"),
                   isolate(at), isolate(h.get("who") or "?"), action_label(h["action"]),
                                   isolate(what))

    # -- edits ---------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """What the form changes on the claim, as review_claim keyword arguments."""
        c = self.claim
        if c is None:
            return {}
        out: dict[str, Any] = {}
        text = self.text.toPlainText().strip()
        if text and text != (c.get("corrected_text") or c["text"]):
            out["text"] = text
        name = self.speaker.text().strip()
        if name and name != (c.get("speaker_display") or ""):
            if name in self.entities:
                out["speaker_entity_id"] = self.entities[name]
            else:
                out["speaker"] = name
        verdict = self.verdict.currentData()
        if verdict != c.get("verdict"):
            if verdict is None:
                out.setdefault("clear", ("verdict",))
            else:
                out["verdict"] = verdict
        note = self.note.text().strip()
        if note != (c.get("note") or ""):
            out["note"] = note
        return out

    def _apply(self) -> None:
        changes = self.changes()
        if changes:
            self.apply_requested.emit(changes)
        self.editing_done.emit()

    def _add_evidence(self) -> None:
        url = self.evidence_url.text().strip()
        if url and self.claim is not None:
            self.evidence_requested.emit(url, "")
            self.evidence_url.clear()

    def edit_text(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    def edit_speaker(self) -> None:
        self.speaker.setFocus()
        self.speaker.selectAll()
