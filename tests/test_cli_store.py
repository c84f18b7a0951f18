"""The store's CLI: ingest, events, export, claims, control and event corrections, end to end."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from frontline.cli import app
from tests.conftest import ROOT

pytestmark = pytest.mark.model
runner = CliRunner()


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_query_export_correct(tmp_path) -> None:
    db = str(tmp_path / "cli.db")
    fixtures = str(ROOT / "tests" / "fuse" / "fixtures" / "fusion.jsonl")
    assert "24 added" in _run("ingest", fixtures, "--db", db)
    assert "24 unchanged" in _run("ingest", fixtures, "--db", db)
    rows = [
        json.loads(x)
        for x in _run("events", "--db", db, "--actor", "al-Nusra Front", "-f", "jsonl").splitlines()
    ]
    assert {r["location"] for r in rows} >= {"Aleppo", "Ma'arrat an Nu'man"}
    (maarat,) = [r for r in rows if r["location"] == "Ma'arrat an Nu'man"]
    assert maarat["n_sources"] == 2
    out = _run("control", "--db", db, "--at", "2017-08-01", "--admin1", "Idleb")
    assert "Ma'arrat an Nu'man (Idleb): HTS" in out
    assert "Ma'arrat an Nu'man" in _run("control", "--db", db, "--place", "Ma'arrat an Nu'man")
    _run("claims", maarat["event_id"], "--db", db)
    _run(
        "event",
        "edit",
        maarat["event_id"],
        "--set",
        "fatalities=2",
        "--who",
        "me",
        "--why",
        "local council",
        "--db",
        db,
    )
    assert json.loads(_run("event", "show", maarat["event_id"], "--db", db))["fatalities"] == 2
    _run("event", "delete", maarat["event_id"], "--who", "me", "--why", "test", "--db", db)
    assert maarat["event_id"] in _run("export", "--format", "deletions", "--db", db)
    geo = json.loads(_run("export", "--format", "geojson", "--db", db, "--country", "Iraq"))
    assert {f["properties"]["country"] for f in geo["features"]} == {"Iraq"}
    events_before = _run("events", "--db", db, "-f", "jsonl")
    assert "1 articles re-coded" in _run("recode", "saraqib-a", "--db", db)
    assert "24 articles re-coded" in _run("recode", "--all", "--db", db, "--no-progress")
    assert _run("events", "--db", db, "-f", "jsonl") == events_before


def test_bad_input_is_a_clean_error(tmp_path) -> None:
    result = runner.invoke(
        app,
        ["event", "delete", "ev-nope", "--who", "a", "--why", "b", "--db", str(tmp_path / "x.db")],
    )
    assert result.exit_code == 2 and "no event" in result.output
    result = runner.invoke(app, ["control", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "no" / "x.db")])
    assert result.exit_code == 2 and "does not exist" in result.output
    result = runner.invoke(app, ["recode", "a", "--all", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "not both" in result.output
