"""Isnad's data model (SQLAlchemy 2.x typed declarative).

Offsets are Python code points into ``Article.body``.  Timestamps are UTC.
"""
from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, dt.datetime: UTCDateTime}


class ClaimStatus(str, enum.Enum):
    pending = "pending"
    confirmed = "confirmed"
    rejected = "rejected"
    corrected = "corrected"


class Verdict(str, enum.Enum):
    """ClaimReview-style rating scale (1 = False ... 5 = True)."""

    true = "true"
    mostly_true = "mostly_true"
    misleading = "misleading"
    false = "false"
    unverifiable = "unverifiable"


CLAIM_KINDS = ("quote", "statement", "numeric", "event")
RELATIONS = ("same", "supports", "contradicts", "related")
LINK_STATUSES = ("suggested", "confirmed", "rejected")
ENTITY_KINDS = ("person", "organization", "place")


class Outlet(Base):
    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    domain: Mapped[str | None] = mapped_column(String(200))
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    articles: Mapped[list[Article]] = relationship(back_populates="outlet", lazy="raise")


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id", ondelete="SET NULL"))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(300))
    published: Mapped[dt.date | None] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_file: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    language: Mapped[str | None] = mapped_column(String(8))
    dateline_place: Mapped[str | None] = mapped_column(String(200))
    boilerplate: Mapped[list[Any]] = mapped_column(default=list)  # [[start, end, kind], ...]
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    story_id: Mapped[int | None] = mapped_column(Integer)
    links_computed_at: Mapped[dt.datetime | None] = mapped_column()  # cross-source suggestions

    outlet: Mapped[Outlet | None] = relationship(back_populates="articles", lazy="joined")
    claims: Mapped[list[Claim]] = relationship(
        back_populates="article", lazy="raise", cascade="all, delete-orphan",
        order_by="Claim.start",
    )

    __table_args__ = (
        Index("ix_articles_outlet_published", "outlet_id", "published"),
        Index("ix_articles_published", "published"),
        Index("ix_articles_story", "story_id"),
    )


class Entity(Base):
    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    key: Mapped[str] = mapped_column(String(300))  # normalized name, for lookup
    __table_args__ = (
        CheckConstraint("kind IN ('person', 'organization', 'place')", name="kind"),
        Index("ix_entities_key", "key"),
    )


class Mention(Base):
    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        Index("ix_mentions_entity", "entity_id"),
        Index("ix_mentions_article", "article_id"),
    )


class Claim(Base):
    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="statement")
    speaker: Mapped[str | None] = mapped_column(Text)  # as written in the article
    speaker_entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"))
    speaker_title: Mapped[str | None] = mapped_column(String(200))
    speaker_start: Mapped[int | None]
    speaker_end: Mapped[int | None]
    verb: Mapped[str | None] = mapped_column(String(100))
    chain: Mapped[list[Any]] = mapped_column(default=list)
    checkworthiness: Mapped[float] = mapped_column(Float, default=0.0)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)  # reasons, numbers, dates
    status: Mapped[str] = mapped_column(String(20), default=ClaimStatus.pending.value)
    verdict: Mapped[str | None] = mapped_column(String(20))
    corrected_text: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(20), default="extractor")  # or "manual"
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    article: Mapped[Article] = relationship(back_populates="claims", lazy="raise")
    speaker_entity: Mapped[Entity | None] = relationship(lazy="joined")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("start >= 0 AND \"end\" >= start", name="span"),
        CheckConstraint(
            "status IN ('pending', 'confirmed', 'rejected', 'corrected')", name="status"),
        Index("ix_claims_article_start", "article_id", "start"),
        Index("ix_claims_status", "status"),
        Index("ix_claims_speaker_entity", "speaker_entity_id"),
        Index("ix_claims_checkworthiness", "checkworthiness"),
    )


class ClaimLink(Base):
    __tablename__ = "claim_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_a_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    claim_b_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(20), default="suggested")
    discrepancies: Mapped[list[Any]] = mapped_column(default=list)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        UniqueConstraint("claim_a_id", "claim_b_id", name="uq_claim_links_pair"),
        CheckConstraint("claim_a_id <> claim_b_id", name="distinct"),
        CheckConstraint(
            "relation IN ('same', 'supports', 'contradicts', 'related')", name="relation"),
        Index("ix_claim_links_b", "claim_b_id"),
    )


class Evidence(Base):
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    url: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)
    added_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    __table_args__ = (Index("ix_evidence_claim", "claim_id"),)


class Reviewer(Base):
    __tablename__ = "reviewers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="reviewer")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReviewEvent(Base):
    """Append-only log of every decision (who, when, what, before, after)."""

    __tablename__ = "review_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(20))  # claim | link | entity | article
    target_id: Mapped[int]
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reviewer: Mapped[Reviewer | None] = relationship(lazy="joined")
    __table_args__ = (Index("ix_review_events_target", "target", "target_id"),)


__all__ = [
    "Base", "Outlet", "Article", "Entity", "Mention", "Claim", "ClaimLink", "Evidence",
    "Reviewer", "ReviewEvent", "ClaimStatus", "Verdict", "CLAIM_KINDS", "RELATIONS",
    "LINK_STATUSES", "ENTITY_KINDS", "utcnow", "NAMING_CONVENTION",
]
from models.team import DoubleReview  # noqa: E402,F401  (team tables: Alembic/create_all see them)
