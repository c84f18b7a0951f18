"""API tests run FastAPI's TestClient on a real SQLite store in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from frontline.api import ApiSettings, create_app
from tests.api import stored

TOKEN = "test-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("api") / "frontline.db")
    stored.fill(path)
    return path


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(ApiSettings(db=db, token=TOKEN))) as c:
        yield c
