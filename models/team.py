"""Team work: independent double review of a sample of claims.

A lead picks claims and two (or more) reviewers; each reviewer records a
status and verdict for the claim *without* changing the claim itself, so the
two judgements stay independent and agreement can be measured
(analysis/agreement.py).  ``status`` is NULL until the reviewer has decided.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models import Base, utcnow


class DoubleReview(Base):
    __tablename__ = "double_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"))
    assigned_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviewers.id", ondelete="SET NULL"))
    status: Mapped[str | None] = mapped_column(String(20))
    verdict: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_at: Mapped[dt.datetime | None] = mapped_column()
    __table_args__ = (
        UniqueConstraint("claim_id", "reviewer_id", name="uq_double_reviews_claim_reviewer"),
        Index("ix_double_reviews_reviewer", "reviewer_id"),
    )


__all__ = ["DoubleReview"]
