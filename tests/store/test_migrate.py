"""Migrations: the shipped Alembic revisions build exactly the tables schema.py describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from frontline.store import Store
from frontline.store.schema import metadata

HEAD = "0006"  # the newest revision under store/migrations/versions


def test_the_migrated_database_matches_the_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_the_database_records_its_revision(store: Store) -> None:
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == store.revision == HEAD


def test_the_migrations_go_down_and_up_again(store: Store) -> None:
    import sqlalchemy as sa
    from alembic import command

    from frontline.store.migrate import _config, upgrade

    with store.engine.begin() as conn:
        command.downgrade(_config(conn), "base")
    assert "events" not in sa.inspect(store.engine).get_table_names()
    assert upgrade(store.engine) == HEAD
    assert "events" in sa.inspect(store.engine).get_table_names()


def test_upgrading_a_filled_store_fills_the_report_blocks(store: Store) -> None:
    import sqlalchemy as sa
    from alembic import command

    from frontline.store.migrate import _config, upgrade
    from frontline.store.schema import reports
    from tests.store.coded import FakeCoder, article, event

    coder = FakeCoder(
        {
            "a": [event("a", admin1="Idleb")],
            "b": [event("b", admin1="Aleppo", event_date="2015-03-xx")],  # malformed: no day
        }
    )
    store.ingest([article("a", "one"), article("b", "two")], coder=coder)
    with store.engine.begin() as conn:
        command.downgrade(_config(conn), "0001")
    assert "admin1" not in {c["name"] for c in sa.inspect(store.engine).get_columns("reports")}
    assert upgrade(store.engine) == HEAD
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(reports))
        assert {(r.report_id[0], r.admin1, r.event_date, bool(r.cluster_id)) for r in rows} == {
            ("a", "Idleb", "2015-03-28", True),
            ("b", "Aleppo", None, True),
        }
