"""Migrations: the shipped Alembic revisions build exactly the tables schema.py describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from frontline.store import Store
from frontline.store.schema import metadata


def test_the_migrated_database_matches_the_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_the_database_records_its_revision(store: Store) -> None:
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == store.revision == "0001"
