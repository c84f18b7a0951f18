"""The first schema: articles with versions, coded reports, fused events, claims, edits.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from alembic import op

from frontline.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Written out once from schema.py as it stood for this revision; later revisions alter tables
# explicitly instead of re-reading schema.py.
_TABLES = ("articles", "reports", "events", "event_actors", "claims", "edits")


def upgrade() -> None:
    bind = op.get_bind()
    metadata.create_all(bind, tables=[metadata.tables[name] for name in _TABLES])


def downgrade() -> None:
    bind = op.get_bind()
    metadata.drop_all(bind, tables=[metadata.tables[name] for name in reversed(_TABLES)])
