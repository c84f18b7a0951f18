"""Opening a store: a bad path or URL is a clean StoreError that says what to do; SQLite writers
wait for each other."""

from __future__ import annotations

import pytest

from frontline.errors import StoreError
from frontline.store import Store


def _error(db) -> StoreError:
    with pytest.raises(StoreError) as info:
        Store.open(db)
    return info.value


def test_a_missing_directory_says_to_create_it(tmp_path) -> None:
    err = _error(tmp_path / "no" / "such" / "x.db")
    assert "does not exist" in str(err) and "mkdir -p" in (err.hint or "")


def test_a_directory_says_to_give_a_file(tmp_path) -> None:
    err = _error(tmp_path)
    assert "is a directory" in str(err) and str(tmp_path / "frontline.db") in (err.hint or "")


def test_a_file_that_is_not_a_database(tmp_path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database at all, just words " * 100)
    assert "is not an SQLite database" in str(_error(notes))


def test_an_unreachable_server_hides_the_password() -> None:
    err = _error("postgresql://ana:secret@127.0.0.1:1/none")
    assert "secret" not in str(err) and "postgresql://ana:***@127.0.0.1:1/none" in str(err)
    assert "server is running" in (err.hint or "")


def test_an_unsupported_url() -> None:
    assert "unsupported database URL" in str(_error("mysql://x/y"))


def test_an_sqlite_writer_waits_for_another_rather_than_failing_at_once(tmp_path) -> None:
    import sqlalchemy as sa

    from frontline.store.db import SQLITE_WAIT_S

    with Store.open(tmp_path / "x.db") as store, store.engine.connect() as conn:
        waits_ms = conn.execute(sa.text("PRAGMA busy_timeout")).scalar_one()
        assert waits_ms == SQLITE_WAIT_S * 1000 > 5000  # SQLite's default is 5 s
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar_one() == 1
