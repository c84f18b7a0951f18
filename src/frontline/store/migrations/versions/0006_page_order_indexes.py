"""The live-event indexes of 0005 rebuilt in the page order, so a filtered page is read from its
index in order (newest first, undated last, then by id) instead of sorting every matching event:
an ascending date read backwards puts undated events first, so PostgreSQL sorted (the newest page
of 1M events 0.7 s -> 0.2 ms).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_FILTERS = {
    "admin1": [sa.text("lower(admin1)")],
    "country": [sa.text("lower(country)")],
    "event_type": [sa.text("lower(event_type)")],
    "sub_event_type": [sa.text("lower(sub_event_type)")],
    "location": [sa.text("lower(location)")],
    "place_id": ["place_id"],
    "date": [],
    "country_event_type": [sa.text("lower(country)"), sa.text("lower(event_type)")],
    "country_sub_event_type": [sa.text("lower(country)"), sa.text("lower(sub_event_type)")],
}
# SQLite's DDL drops NULLS LAST (see frontline.store.schema): its NULLs already sort last in DESC.
_NEWEST = [sa.text("event_date DESC NULLS LAST"), "event_id"]


def _rebuild(tail: list) -> None:
    for name, keys in _FILTERS.items():
        op.drop_index(f"ix_events_live_{name}", table_name="events")
        op.create_index(f"ix_events_live_{name}", "events", [*keys, *tail])


def upgrade() -> None:
    _rebuild(["deleted", *_NEWEST])
    op.execute("ANALYZE")  # planner statistics for the rebuilt indexes


def downgrade() -> None:
    _rebuild(["deleted", "event_date"])
