"""Opening a store: an SQLite file by default, PostgreSQL when given a postgresql:// URL."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from frontline.errors import StoreError

DEFAULT_DB = "frontline.db"
SQLITE_WAIT_S = 30.0  # how long a writer waits for the SQLite file lock


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


def shown(db: str | Path | None) -> str:
    """The store's name for messages, without a password."""
    url = engine_url(db)
    if url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    return sa.engine.make_url(url).render_as_string(hide_password=True).replace("+psycopg", "")


def check_sqlite_path(db: str | Path | None) -> None:
    """Say what is wrong with an SQLite path before SQLite says "unable to open database file"."""
    url = engine_url(db)
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return
    path = Path(url.removeprefix("sqlite:///"))
    if path.is_dir():
        raise StoreError(
            f"the store path {path} is a directory",
            hint=f"give a file, e.g. --db {path / DEFAULT_DB}",
        )
    if not path.parent.is_dir():
        raise StoreError(
            f"cannot create the store {path}: the directory {path.parent} does not exist",
            hint=f"create it first (mkdir -p {path.parent}) or give another --db path",
        )


def open_error(db: str | Path | None, exc: Exception) -> StoreError:
    """A StoreError saying what to do about a database that would not open."""
    name = shown(db)
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    if "not a database" in detail:
        return StoreError(
            f"{name} is not an SQLite database ({detail})",
            hint="give the path of a frontline store or of a new file",
        )
    if "does not exist" in detail and "database" in detail:
        return StoreError(
            f"cannot open the store {name}: {detail}",
            hint="create the database first (createdb NAME), then ingest into it",
        )
    if "password" in detail or "authentication" in detail:
        return StoreError(
            f"cannot open the store {name}: {detail}",
            hint="check the user and password in the postgresql:// URL",
        )
    if "Can't locate revision" in detail:
        return StoreError(
            f"the store {name} was made by a newer frontline ({detail})",
            hint="upgrade frontline, or open a store this version made",
        )
    return StoreError(
        f"cannot open the store {name}: {detail}",
        hint="check the path, or that the PostgreSQL server is running and the URL is right",
    )


def write_lock(conn: sa.Connection) -> None:
    """One writer at a time on PostgreSQL: a second ingest waits, then sees the first's articles
    (so overlapping ingests stay idempotent by content hash). SQLite locks the file itself."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(4242001)"))


def make_engine(db: str | Path | None) -> sa.Engine:
    check_sqlite_path(db)
    url = engine_url(db)
    if not url.startswith("sqlite"):
        return sa.create_engine(url)
    # A writer waits for another's transaction (an ingest's, a re-coding batch's) rather than
    # failing with "database is locked" after SQLite's default 5 s.
    engine = sa.create_engine(url, connect_args={"timeout": SQLITE_WAIT_S})

    @sa.event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine
