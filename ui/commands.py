"""Every reviewer edit is a QUndoCommand that calls a storage service.

Each redo/undo is its own transaction; the service writes the review event.
A command whose service call fails marks itself obsolete, so the stack drops
it, and reports the error through the context.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from storage import services
from storage.db import Database, DatabaseError


@dataclass
class ReviewContext:
    db: Database
    reviewer: Callable[[], str]
    changed: Callable[[int, int | None], None]  # (article_id, claim_id or None)
    failed: Callable[[str], None]
    # a save refused with ConflictError: the changes to re-apply on top of the
    # other person's version, or None to drop mine (ui/conflict.py)
    conflict: Callable[[Any, services.ConflictError], dict[str, Any] | None] | None = None


class _ServiceCommand(QUndoCommand):
    def __init__(self, ctx: ReviewContext, article_id: int, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.article_id = article_id
        self.claim_id: int | None = None

    def _call(self, fn: Callable[[Any], Any]) -> bool:
        while True:
            try:
                with self.ctx.db.session() as s:
                    fn(s)
            except services.ConflictError as exc:
                resolved = self._resolve(exc)  # True: retry, False: theirs kept
                if resolved:
                    continue
                return self._drop(str(exc) if resolved is None else None)
            except (services.ServiceError, DatabaseError) as exc:
                return self._drop(str(exc))  # not saved: the stack must not keep it
            self.ctx.changed(self.article_id, self.claim_id)
            return True

    def _drop(self, message: str | None) -> bool:
        self.setObsolete(True)
        if message is None:
            self.ctx.changed(self.article_id, self.claim_id)
        else:
            self.ctx.failed(message)
        return False

    def _resolve(self, exc: services.ConflictError) -> bool | None:
        return None


class _ClaimStateCommand(_ServiceCommand):
    """A change to one claim whose undo puts back the state it had before."""

    claim_id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def undo(self) -> None:
        self._call(self._undo)

    def _undo(self, s) -> None:
        self.before = services.restore_claim(s, self.claim_id, self.ctx.reviewer(), self.before,
                                             expected_version=self.after["version"])


class ReviewCommand(_ClaimStateCommand):
    """A decision on one claim: status, verdict, corrected text, speaker, note."""

    def __init__(self, ctx: ReviewContext, claim: dict[str, Any], text: str, **changes: Any):
        super().__init__(ctx, claim["article_id"], text)
        self.claim_id = claim["id"]
        self.claim = claim  # what the reviewer saw: the base of ``changes``
        self.version = claim["version"]
        self.changes = changes
        self.before: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None

    def redo(self) -> None:
        self._call(self._redo)

    def _resolve(self, exc: services.ConflictError) -> bool | None:
        if self.after is not None or self.ctx.conflict is None:
            return None  # undo/redo over someone's later save: reported, not forced
        changes = self.ctx.conflict(self, exc)
        if changes is None:
            return False
        self.changes, self.version = changes, exc.current["version"]
        return True

    def _redo(self, s) -> None:
        who = self.ctx.reviewer()
        if self.after is None:
            self.before = services.claim_state(services.get_claim(s, self.claim_id))
            self.after = services.review_claim(s, self.claim_id, who,
                                               expected_version=self.version, **self.changes)
        else:
            self.after = services.restore_claim(s, self.claim_id, who, self.after,
                                                expected_version=self.before["version"])



class AdjustSpanCommand(_ClaimStateCommand):
    """Move a claim's boundaries."""

    def __init__(self, ctx: ReviewContext, claim: dict[str, Any], start: int, end: int):
        super().__init__(ctx, claim["article_id"],
                         QCoreApplication.translate("Commands", "Adjust claim boundaries"))
        self.claim_id = claim["id"]
        self.span = (start, end)
        self.version = claim["version"]
        self.before: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None

    def redo(self) -> None:
        self._call(self._redo)

    def _redo(self, s) -> None:
        who = self.ctx.reviewer()
        if self.before is None:
            self.before = services.claim_state(services.get_claim(s, self.claim_id))
        self.after = services.adjust_claim(s, self.claim_id, *self.span, who,
                                           expected_version=self.before["version"])



class CreateClaimCommand(_ServiceCommand):
    """A claim made by hand from the reader's selection."""

    def __init__(self, ctx: ReviewContext, article_id: int, start: int, end: int):
        super().__init__(ctx, article_id, QCoreApplication.translate("Commands", "New claim"))
        self.span = (start, end)

    def redo(self) -> None:
        self._call(self._redo)

    def _redo(self, s) -> None:
        c = services.create_claim(s, self.article_id, *self.span, self.ctx.reviewer())
        self.claim_id = c.id

    def undo(self) -> None:
        self._call(lambda s: services.delete_claim(s, self.claim_id, self.ctx.reviewer()))



class LinkCommand(_ServiceCommand):
    """A decision on a cross-source link: accept (with a relation), reject, or
    link two claims by hand; undo puts the pair back as it was."""

    def __init__(self, ctx: ReviewContext, claim: dict[str, Any], other_id: int, relation: str,
                 status: str, text: str, done: Callable[[], None] | None = None):
        super().__init__(ctx, claim["article_id"], text)
        self.claim_id = claim["id"]
        self.other_id, self.relation, self.status = other_id, relation, status
        self.done = done
        self.before: dict[str, Any] | None = None
        self.first = True

    def _call(self, fn: Callable[[Any], Any]) -> bool:
        ok = super()._call(fn)
        if self.done is not None:
            self.done()
        return ok

    def redo(self) -> None:
        self._call(self._redo)

    def _redo(self, s) -> None:
        from storage import link_ops

        if self.first:
            self.before = link_ops.pair_state(s, self.claim_id, self.other_id)
            self.first = False
        services.link_claims(s, self.claim_id, self.other_id, self.relation,
                             self.ctx.reviewer(), status=self.status)

    def undo(self) -> None:
        from storage import link_ops

        self._call(lambda s: link_ops.restore_link(s, self.claim_id, self.other_id, self.before,
                                                   self.ctx.reviewer()))
