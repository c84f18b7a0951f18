"""Opening a store: an SQLite file by default, PostgreSQL when given a postgresql:// URL."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from frontline.errors import StoreError

DEFAULT_DB = "frontline.db"


def engine_url(db: str | Path | None) -> str:
    """'frontline.db' or a path -> SQLite; 'postgresql://…' -> PostgreSQL through psycopg 3."""
    value = str(db or DEFAULT_DB)
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        if value.startswith(("sqlite:", "postgresql+")):
            return value
        raise StoreError(
            f"unsupported database URL {value!r}",
            hint="give an SQLite file path or a postgresql://user@host:port/dbname URL",
        )
    return f"sqlite:///{Path(value)}"


def make_engine(db: str | Path | None) -> sa.Engine:
    url = engine_url(db)
    engine = sa.create_engine(url, future=True)
    if url.startswith("sqlite"):

        @sa.event.listens_for(engine, "connect")
        def _foreign_keys(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine
