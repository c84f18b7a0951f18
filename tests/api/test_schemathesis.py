"""Schemathesis drives every operation of /openapi.json with generated requests (valid and
invalid): the API answers each with a 4xx or a 2xx, never a server error."""

from __future__ import annotations

import dataclasses

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from frontline.api import ApiSettings, create_app
from tests.api import stored
from tests.api.conftest import TOKEN

# The app opens its store on first use, so the schema is read now and the store set below.
APP = create_app(ApiSettings(db="unset.db", token=TOKEN))
# URL ingestion would make the server fetch generated hosts: its fetcher is tested on a local
# server in routers/test_ingest.py
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP).exclude(
    path="/api/ingest", method="POST"
)


@pytest.fixture(scope="module", autouse=True)
def filled_store(tmp_path_factory: pytest.TempPathFactory):
    db = str(tmp_path_factory.mktemp("schemathesis") / "frontline.db")
    stored.fill(db)
    APP.state.settings = dataclasses.replace(APP.state.settings, db=db)
    yield
    if APP.state.store is not None:
        APP.state.store.close()


@SCHEMA.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_operation_answers_with_a_server_error(case) -> None:
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code < 500, (case.method, case.path, response.text[:300])
