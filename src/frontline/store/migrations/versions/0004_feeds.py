"""What `frontline watch` knows of each feed (validators for conditional GET, last status) and of
each item it has taken from one (so a restarted watch neither loses nor repeats an article).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("polled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False, server_default="new"),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("entries", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_new", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("ingested", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("skipped", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("failed", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_table(
        "feed_items",
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.Column("feed_url", sa.String(length=1000), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("article_id", sa.String(length=200), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_index(op.f("ix_feed_items_feed_url"), "feed_items", ["feed_url"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_feed_items_feed_url"), table_name="feed_items")
    op.drop_table("feed_items")
    op.drop_table("feeds")
