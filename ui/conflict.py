"""Someone else saved the claim first: their change beside mine, and a choice.

A ReviewCommand refused with ``ConflictError`` asks ``resolve`` (through
``ReviewContext.conflict``) what to do.  The dialog shows the other person's
saved state (who and when from the review log) beside mine, field by field:

* Keep mine: my change re-applied on top of their version;
* Take theirs: mine is dropped and the desk refreshed;
* Merge: each differing field picks mine or theirs, then one save.

Nothing is overwritten without the reviewer choosing it: every save goes
through ``review_claim(..., expected_version=<their version>)``, so a third
save in between brings the dialog back with the newer state.

Tests answer the dialog through ``ConflictDialog.respond`` (called with the
dialog instead of ``exec``; click its buttons or call ``choose``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel, QPushButton,
    QRadioButton, QVBoxLayout, QWidget,
)

from storage import services, ui_queries
from ui.accessibility import describe, marked
from ui.bidi import direction, fmt, isolate
from ui.claims_table import status_label, verdict_label

FIELDS = ("status", "verdict", "corrected_text", "speaker", "note")
FIELD_TEXT = {
    "status": QT_TRANSLATE_NOOP("Conflict", "Status"),
    "verdict": QT_TRANSLATE_NOOP("Conflict", "Verdict"),
    "corrected_text": QT_TRANSLATE_NOOP("Conflict", "Corrected text"),
    "speaker": QT_TRANSLATE_NOOP("Conflict", "Speaker"),
    "note": QT_TRANSLATE_NOOP("Conflict", "Note"),
}
SAVING_ACTIONS = ("review", "restore", "reopen", "create")
DIFF_COLOUR = "#fff3c4"


def field_label(field: str) -> str:
    return QCoreApplication.translate("Conflict", FIELD_TEXT[field])


# -- states ------------------------------------------------------------------------

def theirs_state(current: dict[str, Any], speaker_name: str | None) -> dict[str, Any]:
    """The other person's saved claim (ConflictError.current) in the dialog's fields."""
    return {"status": current.get("status"), "verdict": current.get("verdict"),
            "corrected_text": current.get("corrected_text"), "note": current.get("note"),
            "speaker": speaker_name or current.get("speaker"),  # as the desk shows it
            "speaker_entity_id": current.get("speaker_entity_id"),
            "text": current.get("text"), "version": current.get("version")}


def mine_state(claim: dict[str, Any], changes: dict[str, Any],
               speaker_name: str | None = None) -> dict[str, Any]:
    """What my save would have made of the claim I had (``claim``, its older version)."""
    clear = set(changes.get("clear", ()))
    text = changes.get("text")
    status = changes.get("status") or ("corrected" if text is not None else claim["status"])
    corrected = claim.get("corrected_text")
    if text is not None:
        corrected = text if text != claim["text"] else None
    speaker, entity = claim.get("speaker_display"), claim.get("speaker_entity_id")
    if "speaker_entity_id" in changes:
        speaker, entity = speaker_name or speaker, changes["speaker_entity_id"]
    elif changes.get("speaker"):
        speaker, entity = changes["speaker"], None
    if "speaker_entity_id" in clear:
        speaker, entity = None, None
    note = (changes["note"] or None) if "note" in changes else claim.get("note")
    verdict = changes.get("verdict", claim.get("verdict"))
    if "verdict" in clear:
        verdict = None
    return {"status": status, "verdict": verdict, "corrected_text": corrected, "note": note,
            "speaker": speaker, "speaker_entity_id": entity, "text": claim["text"]}


def changed_fields(changes: dict[str, Any]) -> set[str]:
    """The dialog fields my change touched."""
    out = {f for f in ("status", "verdict", "note") if f in changes}
    if "text" in changes:
        out |= {"corrected_text", "status"}
    if "speaker" in changes or "speaker_entity_id" in changes:
        out.add("speaker")
    for f in changes.get("clear", ()):
        out.add("speaker" if f == "speaker_entity_id" else f)
    return out


def differing(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    return [f for f in FIELDS if (mine.get(f) or None) != (theirs.get(f) or None)]


def merged_changes(mine: dict[str, Any], theirs: dict[str, Any], picks: dict[str, str],
                   changes: dict[str, Any]) -> dict[str, Any] | None:
    """review_claim arguments that put my picked fields on top of their version
    (None: nothing of mine was picked)."""
    take = [f for f in differing(mine, theirs) if picks.get(f) == "mine"]
    out: dict[str, Any] = {}
    clear: list[str] = []
    status = mine["status"] if "status" in take else theirs["status"]
    if "status" in take:
        out["status"] = status
    if "corrected_text" in take:
        out["text"] = mine["corrected_text"] or mine["text"]
        out["status"] = status  # text alone would also make the claim "corrected"
    if "verdict" in take:
        if mine["verdict"] is None:
            clear.append("verdict")
        else:
            out["verdict"] = mine["verdict"]
    if "speaker" in take:
        if changes.get("speaker"):
            out["speaker"] = changes["speaker"]
        elif mine.get("speaker_entity_id") is not None:
            out["speaker_entity_id"] = mine["speaker_entity_id"]
        else:
            clear.append("speaker_entity_id")
    if "note" in take:
        out["note"] = mine["note"] or ""
    if clear:
        out["clear"] = tuple(clear)
    return out or None


def shown(field: str, value: Any) -> str:
    if value in (None, ""):
        return "—"
    if field == "status":
        return marked(value, status_label(value))
    if field == "verdict":
        return verdict_label(value) or str(value)
    return str(value)


# -- the dialog ---------------------------------------------------------------------

class ConflictDialog(QDialog):
    """Theirs beside mine; ``choice`` is "mine", "theirs" or "merge" (``picks``)."""

    respond: ClassVar[Callable[[ConflictDialog], None] | None] = None  # tests answer here

    def __init__(self, mine: dict[str, Any], theirs: dict[str, Any], who: str, when: str,
                 mine_fields: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.mine, self.theirs = mine, theirs
        self.diff = differing(mine, theirs)
        self.choice: str | None = None
        self.picks = {f: "mine" if f in mine_fields else "theirs" for f in self.diff}
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[tuple[str, str], QRadioButton] = {}
        self.setWindowTitle(self.tr("Someone else saved this claim"))
        self.setMinimumWidth(720)
        lay = QVBoxLayout(self)
        self.header = head = QLabel(fmt(self.tr("%1 saved this claim at %2, after you opened it. Nothing "
                                  "was overwritten: choose what the claim keeps."),
                          isolate(who or "?"), f"\u2066{when}\u2069"))  # LRI: date, time
        head.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(self._grid(who))
        lay.addWidget(self._buttons())

    def _grid(self, who: str) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setHorizontalSpacing(14)
        heads = (self.tr("Field"), fmt(self.tr("Theirs (%1)"), isolate(who or "?")),
                 self.tr("Mine"), self.tr("Merge: keep"))
        for col, text in enumerate(heads):
            lab = QLabel(f"<b>{text}</b>")
            grid.addWidget(lab, 0, col)
        for row, field in enumerate(FIELDS, 1):
            differs = field in self.diff
            name = QLabel(f"<b>{field_label(field)}</b>" if differs else field_label(field))
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            for col, state in ((1, self.theirs), (2, self.mine)):
                grid.addWidget(self._value(field, state.get(field), differs), row, col)
            if differs:
                grid.addWidget(self._pick(field), row, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return frame

    def _value(self, field: str, value: Any, differs: bool) -> QLabel:
        text = shown(field, value)
        lab = QLabel(text)
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.TextFormat.PlainText)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lab.setLayoutDirection(direction(text, self.layoutDirection()))
        lab.setAlignment(Qt.AlignmentFlag.AlignTop
                         | (Qt.AlignmentFlag.AlignRight
                            if lab.layoutDirection() == Qt.LayoutDirection.RightToLeft
                            else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute)
        if differs:
            lab.setStyleSheet(f"background: {DIFF_COLOUR}; color: black; padding: 3px;")
        else:
            lab.setStyleSheet("padding: 3px;")
        describe(lab, field_label(field), text)
        return lab

    def _pick(self, field: str) -> QWidget:
        box = QWidget()
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        for side, text in (("theirs", self.tr("theirs")), ("mine", self.tr("mine"))):
            radio = QRadioButton(text)
            describe(radio, fmt(self.tr("%1: keep %2"), field_label(field), text))
            radio.setChecked(self.picks[field] == side)
            radio.toggled.connect(lambda on, f=field, s=side: on and self.picks.update({f: s}))
            group.addButton(radio)
            row.addWidget(radio)
            self.radios[(field, side)] = radio
        self.groups[field] = group
        return box

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.take_theirs = QPushButton(self.tr("Take &theirs"))
        self.merge = QPushButton(self.tr("Merge as &chosen"))
        describe(self.keep_mine, self.tr("Keep mine"),
                 self.tr("Save my change on top of theirs"))
        describe(self.take_theirs, self.tr("Take theirs"),
                 self.tr("Drop my change and show theirs"))
        describe(self.merge, self.tr("Merge"),
                 self.tr("Save the fields chosen in the last column"))
        self.merge.setEnabled(bool(self.diff))
        for b, choice in ((self.keep_mine, "mine"), (self.take_theirs, "theirs"),
                          (self.merge, "merge")):
            box.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
            b.clicked.connect(lambda _c=False, c=choice: self.choose(c))
        return box

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def run(self) -> str | None:
        hook = type(self).respond
        if hook is not None:
            hook(self)
        else:
            self.exec()
        return self.choice


# -- the hook ------------------------------------------------------------------------

def _entity_name(s, entity_id: int | None) -> str | None:
    if entity_id is None:
        return None
    from models import Entity

    ent = s.get(Entity, entity_id)
    return ent.name if ent is not None else None


def last_saved_by(s, claim_id: int) -> tuple[str, str]:
    """Who made the claim's latest saved change, and when (from the review log)."""
    rows = [h for h in ui_queries.history_rows(s, claim_id) if h["action"] in SAVING_ACTIONS]
    if not rows:
        return "?", ""
    h = rows[-1]
    return h.get("who") or "?", h["at"].strftime("%Y-%m-%d %H:%M") if h.get("at") else ""


def resolve(parent: QWidget, db, cmd, exc: services.ConflictError) -> dict[str, Any] | None:
    """ReviewContext.conflict: the changes to save on their version, or None (theirs)."""
    with db.session() as s:
        who, when = last_saved_by(s, exc.claim_id)
        theirs = theirs_state(exc.current, _entity_name(s, exc.current.get("speaker_entity_id")))
        mine = mine_state(cmd.claim, cmd.changes,
                          _entity_name(s, cmd.changes.get("speaker_entity_id")))
    dlg = ConflictDialog(mine, theirs, who, when, changed_fields(cmd.changes), parent)
    choice = dlg.run()
    dlg.deleteLater()
    if choice == "mine":
        return dict(cmd.changes)
    if choice == "merge":
        return merged_changes(mine, theirs, dlg.picks, cmd.changes)
    return None
