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
        assert MigrationContext.configure(conn).get_current_revision() == store.revision == "0002"


def test_the_migrations_go_down_and_up_again(store: Store) -> None:
    import sqlalchemy as sa
    from alembic import command

    from frontline.store.migrate import _config, upgrade

    with store.engine.begin() as conn:
        command.downgrade(_config(conn), "base")
    assert "events" not in sa.inspect(store.engine).get_table_names()
    assert upgrade(store.engine) == "0002"
    assert "events" in sa.inspect(store.engine).get_table_names()
