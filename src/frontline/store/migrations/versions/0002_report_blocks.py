"""Reports carry their country, admin1 and day, indexed, so an ingest re-fuses only their neighbourhood,
and the id of their fusion group before analysts' merges and splits (so replaying them is stable).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_reports = sa.table(
    "reports",
    sa.column("report_id", sa.String),
    sa.column("record", sa.JSON),
    sa.column("country", sa.String),
    sa.column("admin1", sa.String),
    sa.column("event_id", sa.String),
    sa.column("cluster_id", sa.String),
    sa.column("event_date", sa.String),
)


def _day(value: str | None) -> str | None:
    try:
        return dt.date.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(
            sa.Column("country", sa.String(length=80), server_default="", nullable=False)
        )
        batch.add_column(
            sa.Column("admin1", sa.String(length=120), server_default="", nullable=False)
        )
        batch.add_column(sa.Column("cluster_id", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("event_date", sa.String(length=10), nullable=True))
    op.create_index(
        "ix_reports_block", "reports", ["country", "admin1", "event_date"], unique=False
    )
    op.create_index("ix_reports_cluster_id", "reports", ["cluster_id"], unique=False)
    conn = op.get_bind()
    query = sa.select(_reports.c.report_id, _reports.c.record, _reports.c.event_id)
    for report_id, record, event_id in conn.execute(query).all():  # from the coded record
        conn.execute(
            sa.update(_reports)
            .where(_reports.c.report_id == report_id)
            .values(
                country=record.get("country") or "",
                admin1=record.get("admin1") or "",
                cluster_id=event_id,
                event_date=_day(record.get("event_date")),
            )
        )


def downgrade() -> None:
    op.drop_index("ix_reports_block", table_name="reports")
    op.drop_index("ix_reports_cluster_id", table_name="reports")
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("cluster_id")
        batch.drop_column("event_date")
        batch.drop_column("admin1")
        batch.drop_column("country")
