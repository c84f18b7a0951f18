"""`ingest`, `recode` and a `serve` taking POST /api/ingest, killed with SIGKILL at random points
(seeded), then run again, end with the same articles and events as a clean run, on SQLite and on
PostgreSQL: nothing lost, nothing duplicated, no half-written article."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, SHARED
from tests.store.conftest import PG_URL, _reset_postgres

pytestmark = [pytest.mark.model, pytest.mark.shared]

CORPUS_SIZE = 40
BATCH = "8"  # articles per transaction: a run of 40 writes five times, so kills land between
SEEDS = (11, 23)


def _run(*args: str, timeout: float = 300) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "frontline.cli", *args],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def _killed(seed: int, *args: str) -> None:
    """Start the command, SIGKILL it after a seeded delay (model load, coding or a write)."""
    delay = random.Random(seed).uniform(3.0, 6.0)
    proc = subprocess.Popen(
        [sys.executable, "-m", "frontline.cli", *args],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def _state(db: str) -> tuple[list[tuple], list[dict]]:
    """The stored articles (id, version, hash) and the exported events, in a stable order."""
    from frontline.store import Store

    with Store.open(db) as store:
        stored = sorted(
            (a["article_id"], a["version"], a["content_hash"])
            for a in store.articles(10_000, 0, True)
        )
    lines = _run("export", "--db", db, "--format", "jsonl").splitlines()
    events = sorted((json.loads(x) for x in lines), key=lambda e: e["event_id"])
    return stored, events


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    lines = (SHARED / "eval-dev" / "fakes_dev_articles.jsonl").read_text("utf-8").splitlines()
    path.write_text("\n".join(lines[:CORPUS_SIZE]) + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list, list]:
    db = str(tmp_path_factory.mktemp("clean") / "clean.db")
    _run("ingest", str(corpus), "--db", db, "--no-progress")
    stored, events = _state(db)
    assert len(stored) == CORPUS_SIZE and len(events) > CORPUS_SIZE
    return stored, events


def _db(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return str(tmp_path / "crash.db")
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but FRONTLINE_TEST_PG_URL is unset: .ci/run must start PostgreSQL")
        pytest.skip("FRONTLINE_TEST_PG_URL is unset (source .ci/postgres.sh; start_postgres)")
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_ingest_killed_and_run_again_ends_as_a_clean_run(
    corpus: Path, clean: tuple, tmp_path: Path, backend: str, seed: int
) -> None:
    db = _db(backend, tmp_path)
    _killed(seed, "ingest", str(corpus), "--db", db, "--no-progress", "--batch-size", BATCH)
    _run("ingest", str(corpus), "--db", db, "--no-progress", "--batch-size", BATCH)
    assert _state(db) == clean


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_recode_killed_and_run_again_ends_as_a_clean_run(
    corpus: Path, clean: tuple, tmp_path: Path, backend: str, seed: int
) -> None:
    db = _db(backend, tmp_path)
    _run("ingest", str(corpus), "--db", db, "--no-progress")
    _killed(seed, "recode", "--all", "--db", db, "--no-progress", "--batch-size", BATCH)
    _run("recode", "--all", "--db", db, "--no-progress", "--batch-size", BATCH)
    assert _state(db) == clean


def _serve(db: str, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "frontline.cli",
            "serve",
            "--db",
            db,
            "--port",
            str(port),
            "--token",
            "crash-token",
        ],  # fmt: skip
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/config", timeout=1)
            return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    pytest.fail("the server did not start")


def _post_all(corpus: Path, port: int) -> None:
    """The corpus through POST /api/ingest, eight articles a request."""
    records = [json.loads(x) for x in corpus.read_text("utf-8").splitlines()]
    for start in range(0, len(records), int(BATCH)):
        body = {
            "articles": [
                {"content": r["text"], "published": r.get("published"), "source": r.get("source")}
                for r in records[start : start + int(BATCH)]
            ]
        }
        r = httpx.post(
            f"http://127.0.0.1:{port}/api/ingest",
            json=body,
            headers={"Authorization": "Bearer crash-token"},
            timeout=120,
        )
        r.raise_for_status()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def clean_api(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list, list]:
    db = str(tmp_path_factory.mktemp("clean-api") / "clean.db")
    port = _free_port()
    server = _serve(db, port)
    try:
        _post_all(corpus, port)
    finally:
        server.kill()
        server.wait()
    return _state(db)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_server_killed_during_api_ingestion_ends_as_a_clean_run(
    corpus: Path, clean_api: tuple, tmp_path: Path, backend: str
) -> None:
    db = _db(backend, tmp_path)
    port = _free_port()
    server = _serve(db, port)
    poster = threading.Thread(target=lambda: _swallow(_post_all, corpus, port), daemon=True)
    poster.start()
    time.sleep(random.Random(SEEDS[0]).uniform(1.0, 3.0))  # the server is coding or writing
    server.send_signal(signal.SIGKILL)
    server.wait()
    poster.join(timeout=120)
    server = _serve(db, port)
    try:
        _post_all(corpus, port)  # the client sends everything again
    finally:
        server.kill()
        server.wait()
    assert _state(db) == clean_api


def _swallow(fn, *args) -> None:
    """The killed server's client sees its connection fail: that is the point."""
    with contextlib.suppress(httpx.HTTPError):
        fn(*args)
