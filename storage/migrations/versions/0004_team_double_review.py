"""Team mode: double_reviews table; NOTIFY on each logged event (PostgreSQL)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Adds the table for independent double review (models/team.py) and, on
PostgreSQL, a trigger that sends ``pg_notify('isnad_events', id)`` in the
same transaction as each INSERT into review_events (storage/changes.py).
"""
from alembic import op
import sqlalchemy as sa

from storage import changes

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "double_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("assigned_by_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("verdict", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE",
                                name="fk_double_reviews_claim_id_claims"),
        sa.ForeignKeyConstraint(["reviewer_id"], ["reviewers.id"], ondelete="CASCADE",
                                name="fk_double_reviews_reviewer_id_reviewers"),
        sa.ForeignKeyConstraint(["assigned_by_id"], ["reviewers.id"], ondelete="SET NULL",
                                name="fk_double_reviews_assigned_by_id_reviewers"),
        sa.PrimaryKeyConstraint("id", name="pk_double_reviews"),
        sa.UniqueConstraint("claim_id", "reviewer_id", name="uq_double_reviews_claim_reviewer"),
    )
    op.create_index("ix_double_reviews_reviewer", "double_reviews", ["reviewer_id"])
    changes.create(op.get_bind())


def downgrade() -> None:
    changes.drop(op.get_bind())
    op.drop_index("ix_double_reviews_reviewer", table_name="double_reviews")
    op.drop_table("double_reviews")
