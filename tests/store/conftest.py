"""The `store` fixture: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from FRONTLINE_TEST_PG_URL (.ci/run starts a throwaway server and sets it). Without
it the PostgreSQL tier is skipped on a developer's machine, and fails under CI=true.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from frontline.store import Store
from frontline.store.db import engine_url

PG_URL = os.environ.get("FRONTLINE_TEST_PG_URL")


def _reset_postgres(url: str) -> None:
    engine = sa.create_engine(engine_url(url))
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
    except sa.exc.OperationalError as exc:
        pytest.fail(f"PostgreSQL at FRONTLINE_TEST_PG_URL is not reachable: {exc.orig}")
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    if request.param == "sqlite":
        db = str(tmp_path / "frontline.db")
    else:
        if not PG_URL:
            if os.environ.get("CI") == "true":
                pytest.fail(
                    "CI=true but FRONTLINE_TEST_PG_URL is unset: .ci/run must start PostgreSQL"
                )
            pytest.skip("FRONTLINE_TEST_PG_URL is unset (source .ci/postgres.sh; start_postgres)")
        _reset_postgres(PG_URL)
        db = PG_URL
    s = Store.open(db)
    yield s
    s.close()
