"""Bring a database to the newest schema with the Alembic revisions shipped in the package."""

from __future__ import annotations

from importlib.resources import files

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory


def _config(connection: sa.Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("frontline.store").joinpath("migrations")))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: sa.Engine) -> str:
    """Run pending migrations; returns the revision the database is at."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # two processes opening a new store: one migrates
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(4242000)"))
        cfg = _config(conn)
        head = ScriptDirectory.from_config(cfg).get_current_head()
        if MigrationContext.configure(conn).get_current_revision() != head:
            command.upgrade(cfg, "head")
        return MigrationContext.configure(conn).get_current_revision() or ""
