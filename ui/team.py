"""Team mode on the review desk: live refresh from the review log, the
"changed by X" banner, conflicts, the reviewer's role, double review and
File > Connect to team database.

``TeamDesk(win)`` is created by the main window after its widgets;
``install_menus()`` once its menus exist.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QInputDialog, QLabel,
    QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)
from sqlalchemy import select

from storage import changes, connection, services, team, ui_queries
from storage.db import DatabaseError
from ui import conflict
from ui.accessibility import describe
from ui.bidi import fmt, isolate
from ui.claims_table import status_label, verdict_label

log = logging.getLogger(__name__)

POLL_MS = 2000
FLAG = "⚑"
HIDDEN_FROM_OTHERS = ("independent",)  # double review: nobody sees the other's judgement


@dataclass(frozen=True)
class Event:
    """A review-log event as plain values (made on the worker, read on the GUI thread)."""

    id: int
    action: str
    target: str
    target_id: int
    who: str | None


# -- polling ------------------------------------------------------------------------

class LiveRefresh(QObject):
    """Every POLL_MS, ``ChangeFeed.poll`` on the worker; others' events come back
    as ``changed(events, article_of_claim, claims_of_current_article)``.  On
    PostgreSQL a LISTEN thread asks for a poll as soon as an event commits."""

    changed = Signal(object, object, object)  # plain Python values, no QVariant conversion
    _wake = Signal()

    def __init__(self, win, interval: int = POLL_MS):
        super().__init__(win)
        self.win = win
        with win.db.session() as s:
            self.feed = changes.ChangeFeed(changes.latest_event_id(s))
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self.poll)
        self._wake.connect(self.poll, Qt.ConnectionType.QueuedConnection)
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None

    def start(self) -> None:
        self.timer.start()
        if self.win.db.dialect == "postgresql":
            self._listener = threading.Thread(target=self._listen, name="isnad-listen",
                                              daemon=True)
            self._listener.start()

    def stop(self) -> None:
        self.timer.stop()
        self._stop.set()

    def _listen(self) -> None:
        try:
            listener = changes.EventListener(
                self.win.db.url.render_as_string(hide_password=False))
        except Exception as exc:  # noqa: BLE001 - the timer still polls
            log.info("no LISTEN connection (%s); polling only", exc)
            return
        try:
            while not self._stop.is_set():
                if listener.wait(1.0):
                    self._wake.emit()
        except Exception as exc:  # noqa: BLE001 - the server went away: polling goes on
            log.info("LISTEN stopped: %s", exc)
        finally:
            listener.close()

    def poll(self) -> None:
        if self.busy or self._stop.is_set():
            return
        self.busy = True
        article_id, feed, db = self.win.article_id, self.feed, self.win.db

        def work(_state):
            with db.session() as s:
                events = [Event(e.id, e.action, e.target, e.target_id,
                                e.reviewer.name if e.reviewer else None) for e in feed.poll(s)]
                claim_ids = {e.target_id for e in events if e.target == "claim"}
                from models import Claim

                arts = dict(s.execute(select(Claim.id, Claim.article_id)
                                      .where(Claim.id.in_(claim_ids))).all()) if claim_ids else {}
                rows = (ui_queries.claim_rows(s, article_id)
                        if events and article_id is not None else None)
                return events, arts, (article_id, rows)

        try:
            self.win.tasks.run(work, on_done=self._done, on_error=self._error)
        except RuntimeError:  # the worker was shut down: the window is closing
            self.busy = False
            self.stop()

    def _done(self, result) -> None:
        self.busy = False
        events, arts, current = result
        if events:
            self.changed.emit(events, arts, current)

    def _error(self, exc: BaseException) -> None:
        self.busy = False
        log.warning("live refresh failed: %s", exc)


# -- the banner ---------------------------------------------------------------------

class ChangedBanner(QFrame):
    """Non-modal: someone changed the claim whose edits are not saved yet."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ChangedBanner { background: #fff3c4; } QLabel { color: black; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reload = QPushButton(self.tr("Reload"))
        self.reload.clicked.connect(self.reload_requested.emit)
        self.dismiss = QPushButton(self.tr("Keep editing"))
        self.dismiss.clicked.connect(self.hide)
        describe(self.reload, self.tr("Reload"),
                 self.tr("Show the saved claim; your unsaved edits are dropped"))
        describe(self.dismiss, self.tr("Keep editing"),
                 self.tr("Keep your edits; saving them shows both versions"))
        lay = QHBoxLayout(self)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.reload)
        lay.addWidget(self.dismiss)
        self.claim_id: int | None = None
        self.hide()

    def show_for(self, claim_id: int, who: str) -> None:
        self.claim_id = claim_id
        self.label.setText(fmt(self.tr("Changed by %1 — reload?"), isolate(who)))
        self.show()


# -- the desk -------------------------------------------------------------------------

class TeamDesk(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.assigned: dict[int, dict[str, Any]] = {}  # my double review: claim id -> row
        win.ctx.conflict = self.resolve_conflict
        self.banner = ChangedBanner()
        self.banner.reload_requested.connect(self._reload_claim)
        win.inspector.layout().insertWidget(0, self.banner)
        self.double_label = QLabel()
        self.double_label.setWordWrap(True)
        self.double_label.setStyleSheet("background: #e3ecff; color: black; padding: 4px;")
        self.double_label.hide()
        win.inspector.layout().insertWidget(1, self.double_label)
        self.role_label = QLabel()
        describe(self.role_label, self.tr("Reviewer and role"))
        win.statusBar().addPermanentWidget(self.role_label)
        self.live = LiveRefresh(win)
        self.live.changed.connect(self._others_changed)
        self.refresh_role()
        self.refresh_assignments()
        self.live.start()

    def install_menus(self) -> None:
        win = self.win
        file = win.file_menu
        recent = getattr(getattr(win, "station", None), "recent_menu", None)
        before = recent.menuAction() if recent is not None else None  # after Open database…
        act = win.addAction(self.tr("Connect to &team database…"))
        act.triggered.connect(self.connect_team)
        act.setStatusTip(self.tr("Open a shared PostgreSQL database"))
        file.insertAction(before, act) if before is not None else file.addAction(act)
        review = next(a.menu() for a in win.menuBar().actions()
                      if a.menu() is not None and a.menu().title() == win.tr("&Review"))
        review.addSeparator()
        review.addAction(self.tr("&Double review…"), self.double_review)
        review.addAction(self.tr("&Agreement…"), self.show_agreement)
        self.connect_action = act

    # -- role -------------------------------------------------------------------------
    def role(self) -> str | None:
        from models import Reviewer

        with self.win.db.session() as s:
            return s.scalar(select(Reviewer.role).where(
                Reviewer.name == self.win.reviewer_name()))

    def refresh_role(self) -> None:
        role = self.role() or "reviewer"
        label = self.tr("lead") if role == "lead" else self.tr("reviewer")
        self.role_label.setText(fmt(self.tr("%1 (%2)"), isolate(self.win.reviewer_name()), label))
        self.role_label.setToolTip(fmt(self.tr("Reviewer %1, role: %2"),
                                       isolate(self.win.reviewer_name()), label))

    # -- conflicts --------------------------------------------------------------------
    def resolve_conflict(self, cmd, exc: services.ConflictError) -> dict[str, Any] | None:
        self.banner.hide()
        result = conflict.resolve(self.win, self.win.db, cmd, exc)
        if result is None:
            self.win.statusBar().showMessage(
                self.tr("Kept the other reviewer's version; your change was not saved."), 8000)
        return result

    # -- others' changes ----------------------------------------------------------------
    def _others_changed(self, events: list[Event], arts: dict[int, int], current) -> None:
        me = self.win.reviewer_name()
        others = [e for e in events if e.who != me]
        if any(e.action == "assign_double" for e in events):
            self.refresh_assignments()
        if any(e.target == "reviewer" for e in events):
            self.refresh_role()
        others = [e for e in others if e.action not in (*HIDDEN_FROM_OTHERS, "assign_double")]
        if not others:
            return
        touched: dict[int, str] = {}
        for e in others:
            if e.target == "claim":
                touched[e.target_id] = e.who or "?"
        deleted_articles = any(e.target == "article" for e in others)
        for aid in {arts[c] for c in touched if c in arts}:
            self.win.articles.model.invalidate(aid)
        if deleted_articles:
            self.win.reload_articles()
        article_id, rows = current
        if rows is not None and article_id == self.win.article_id:
            self._refresh_current(rows, touched)
        self.win.statusBar().showMessage(fmt(self.tr("%1 change(s) by others shown"),
                                             len(others)), 4000)

    def _refresh_current(self, rows: list[dict[str, Any]], touched: dict[int, str]) -> None:
        win = self.win
        old = {c["id"]: c for c in win.claims.model.claims}
        if set(old) == {c["id"] for c in rows}:
            for c in rows:
                if c != old[c["id"]]:
                    win.claims.update_claim(c)
        else:
            win.claims.set_claims(rows)
        win.pane.view.set_claims(rows)
        if win.pane.view.claim(win.claim_id) is None:
            win.claim_id = None
        win.pane.view.select_claim(win.claim_id)
        win.claims.select_claim(win.claim_id)
        cid = win.claim_id
        if cid is not None and cid in touched:
            if win.inspector.changes():  # unsaved edits: ask, never overwrite
                self.banner.show_for(cid, touched[cid])
            else:
                win._refresh_inspector()

    def _reload_claim(self) -> None:
        self.banner.hide()
        self.win._refresh_inspector()

    def claim_shown(self, claim: dict[str, Any] | None) -> None:
        """The inspector shows another claim: the banner and the double review note follow."""
        self.banner.hide()  # the inspector was just filled from the database
        row = self.assigned.get(claim["id"]) if claim is not None else None
        if row is None:
            self.double_label.hide()
            return
        if row["status"]:
            what = fmt(self.tr("Your independent judgement: %1, %2."),
                       status_label(row["status"]), verdict_label(row["verdict"]) or "—")
        else:
            what = self.tr("Not judged yet: A confirms, X rejects, 1–5 sets the verdict.")
        self.double_label.setText(FLAG + " " + self.tr(
            "Double review: your decision is recorded apart and does not change the claim.")
            + " " + what)
        self.double_label.show()

    def visible_history(self, history: list[dict[str, Any]]) -> list[dict[str, Any]]:
        me = self.win.reviewer_name()
        return [h for h in history
                if h["action"] not in HIDDEN_FROM_OTHERS or h.get("who") == me]

    # -- double review --------------------------------------------------------------------
    def refresh_assignments(self) -> None:
        from models import Reviewer
        from models.team import DoubleReview

        with self.win.db.session() as s:
            rows = s.execute(select(DoubleReview.claim_id, DoubleReview.status,
                                    DoubleReview.verdict)
                             .join(Reviewer, Reviewer.id == DoubleReview.reviewer_id)
                             .where(Reviewer.name == self.win.reviewer_name())).all()
        self.assigned = {r[0]: {"status": r[1], "verdict": r[2]} for r in rows}
        self.win.claims.set_flagged(set(self.assigned))
        self.claim_shown(self.win.current_claim())

    def intercept(self, cmd) -> bool:
        """A decision on a claim of my double review is recorded independently."""
        from ui.commands import ReviewCommand

        if not isinstance(cmd, ReviewCommand) or cmd.claim_id not in self.assigned:
            return False
        row = self.assigned[cmd.claim_id]
        ch = cmd.changes
        status = ch.get("status") or ("corrected" if "text" in ch else row["status"])
        verdict = ch.get("verdict", row["verdict"])
        if "verdict" in ch.get("clear", ()):
            verdict = None
        if not status or status == "pending":
            self.win.statusBar().showMessage(self.tr(
                "Double review: confirm (A) or reject (X) first, then the verdict."), 8000)
            return True
        try:
            with self.win.db.session() as s:
                team.record_independent(s, cmd.claim_id, self.win.reviewer_name(), status,
                                        verdict)
        except (services.ServiceError, DatabaseError) as exc:
            self.win._failed(str(exc))
            return True
        self.assigned[cmd.claim_id] = {"status": status, "verdict": verdict}
        self.claim_shown(self.win.current_claim())
        self.win._refresh_inspector()
        self.win.statusBar().showMessage(self.tr("Independent judgement recorded."), 4000)
        return True

    def double_review(self):
        from ui.agreement import DoubleReviewDialog

        dlg = DoubleReviewDialog(self.win.db, self.win.reviewer_name(), self.win)
        dlg.assigned.connect(self._assigned)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def _assigned(self, ids: list) -> None:
        self.refresh_assignments()
        self.win.statusBar().showMessage(fmt(self.tr("%1 claims assigned for double review"),
                                             len(ids)), 8000)

    def show_agreement(self):
        from ui.agreement import AgreementDialog

        dlg = AgreementDialog(self.win.db, self.win.tasks, self.win)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    # -- connecting -----------------------------------------------------------------------
    def connect_team(self) -> str | None:
        dlg = ConnectDialog(self.win.settings.get("team/url"), self.win)
        if dlg.run() != QDialog.DialogCode.Accepted:
            return None
        return self.open_team(dlg.url())

    def open_team(self, url: str) -> str | None:
        """Open the team database (a password is asked when libpq has none), remember the
        URL without its password, then ask the app to switch to it."""
        try:
            db = connection.open_team_database(url, prompt=self.ask_password)
        except DatabaseError as exc:
            self.win._failed(str(exc))
            return None
        target = db.url.render_as_string(hide_password=False)  # in memory only
        db.dispose()
        saved = connection.url_for_settings(url)
        self.win.settings.set("team/url", saved)
        recent = getattr(getattr(self.win, "station", None), "recent", None)
        if recent is not None:
            recent.add(saved)
        self.win.database_requested.emit(target)
        return saved

    def ask_password(self, url: str) -> str | None:
        return ask_password(self.win, url)


def ask_password(parent: QWidget | None, url: str) -> str | None:
    """libpq found no password for ``url``: ask once; it is kept in memory only."""
    tr = lambda text: QCoreApplication.translate("TeamDesk", text)  # noqa: E731
    text, ok = QInputDialog.getText(
        parent, tr("Password"), fmt(tr("Password for %1 (kept in memory only):"), isolate(url)),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None


# -- File > Connect to team database ---------------------------------------------------

class ConnectDialog(QDialog):
    """Host, port, database and user, or one URL; the password is never asked here."""

    respond = None  # tests: called with the dialog instead of exec

    def __init__(self, url: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team database"))
        self.setMinimumWidth(560)
        self.host, self.port = QLineEdit(), QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database, self.user, self.url_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.url_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for w in (self.host, self.database, self.user):
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            w.textEdited.connect(self._compose)
        self.port.valueChanged.connect(self._compose)
        self.host.setPlaceholderText(self.tr("db.newsroom.example, or a socket folder"))
        self.database.setPlaceholderText("isnad")
        self.url_edit.setPlaceholderText("postgresql://huda@db.newsroom.example/isnad")
        describe(self.host, self.tr("Server"), self.tr("The database server's name or address"))
        describe(self.port, self.tr("Port"))
        describe(self.database, self.tr("Database"))
        describe(self.user, self.tr("User"), self.tr("Your login on the database server"))
        describe(self.url_edit, self.tr("URL"),
                 self.tr("The whole address; it is saved without any password"))
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("URL"), self.url_edit)
        note = QLabel(self.tr("The password is not saved. Isnad uses ~/.pgpass or PGPASSWORD "
                              "when they have one, and asks you otherwise."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.url_edit.textChanged.connect(
            lambda t: self.ok.setEnabled(t.strip().startswith("postgresql")))
        self.url_edit.setText(url or "")
        self.ok.setEnabled(bool(url))

    def _compose(self, *_args) -> None:
        host, db, user = (self.host.text().strip(), self.database.text().strip(),
                          self.user.text().strip())
        who = f"{user}@" if user else ""
        if host.startswith("/"):  # a socket folder goes in the query
            url = f"postgresql://{who}/{db}?host={host}"
        else:
            port = f":{self.port.value()}" if self.port.value() != 5432 else ""
            url = f"postgresql://{who}{host}{port}/{db}"
        self.url_edit.setText(url)

    def url(self) -> str:
        return self.url_edit.text().strip()

    def run(self) -> int:
        hook = type(self).respond
        if hook is not None:
            hook(self)
            return self.result()
        return self.exec()
