"""Articles the relevance filter judged not about conflict, protest or political violence: kept
with the reason (never dropped), so they can be reviewed or ingested after all.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "skipped",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("offset_map", sa.JSON(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("skipped_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
    )
    op.create_index(op.f("ix_skipped_article_id"), "skipped", ["article_id"], unique=False)
    op.create_index(op.f("ix_skipped_content_hash"), "skipped", ["content_hash"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_skipped_content_hash"), table_name="skipped")
    op.drop_index(op.f("ix_skipped_article_id"), table_name="skipped")
    op.drop_table("skipped")
