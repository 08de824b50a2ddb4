"""Arabic-aware search index; append-only review log

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Builds the normalized full-text index (FTS5 on SQLite, GIN over tsvector on
PostgreSQL) and fills it from the rows already there; adds triggers that
refuse UPDATE and DELETE on review_events.
"""
from alembic import op
import sqlalchemy as sa

from storage import logguard, search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    search.create(conn)
    articles = conn.execute(sa.text("SELECT id, title, body FROM articles")).all()
    search.index_articles(conn, [tuple(r) for r in articles])
    claims = conn.execute(sa.text("SELECT id, text FROM claims")).all()
    search.index_claims(conn, [tuple(r) for r in claims])
    logguard.create(conn)


def downgrade() -> None:
    conn = op.get_bind()
    logguard.drop(conn)
    search.drop(conn)
