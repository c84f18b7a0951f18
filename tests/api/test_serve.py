"""`frontline serve`: refuses to start without the web assets, with a hint; settings from env."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from frontline.api.settings import ApiSettings
from frontline.cli import app


def test_serve_needs_the_npm_assets(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["serve", "--db", str(tmp_path / "x.db"), "--port", "1"],
        env={"FRONTLINE_ASSETS": str(tmp_path / "no-node-modules")},
    )
    assert result.exit_code == 2
    assert "make install" in result.output


def test_settings_from_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FRONTLINE_DB", "postgresql://u@127.0.0.1/db")
    monkeypatch.setenv("FRONTLINE_API_TOKEN", "abc")
    monkeypatch.setenv("FRONTLINE_TILES_URL", "https://tiles.example/{z}/{x}/{y}.png")
    monkeypatch.setenv("FRONTLINE_API_THREADS", "3")
    s = ApiSettings.from_env(db=str(tmp_path / "given.db"))
    assert s.threads == 3
    assert s.db == str(tmp_path / "given.db")  # an option wins over the environment
    assert s.token == "abc" and s.tiles_url.endswith("{y}.png")
    monkeypatch.delenv("FRONTLINE_API_TOKEN")
    assert ApiSettings.from_env().token is None


def test_default_assets_are_the_repositorys_node_modules() -> None:
    assert ApiSettings().assets_dir.name == "node_modules"
    assert (ApiSettings().assets_dir / "leaflet" / "package.json").exists()


def test_the_cli_does_not_load_the_web_stack() -> None:
    """`frontline serve` is registered without importing FastAPI or spaCy for every command."""
    import subprocess
    import sys

    code = "import sys, frontline.cli; print('fastapi' in sys.modules, 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_serve_prints_its_url_once_it_answers(db: str) -> None:
    """What `make demo` ends with: the printed URL works the moment it is printed."""
    import socket
    import subprocess
    import sys

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "frontline.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "FRONTLINE_MAX_BODY_BYTES": "2000"},
    )
    try:
        lines = []
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.append(line)
            if "running at" in line:
                break
        url = lines[-1].split("running at ", 1)[1].split()[0]
        assert url == f"http://localhost:{port}/"
        assert any(line.startswith("ingestion token") for line in lines)
        base = url.replace("localhost", "127.0.0.1")
        assert httpx.get(base + "api/config").json()["ingestion"]
        # the token made up for this run keeps the other settings (the body limit here)
        assert httpx.post(base + "api/code", content=b"x" * 4000).status_code == 413
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_the_endpoints_run_on_the_configured_number_of_threads(db: str) -> None:
    """CPU-bound endpoints on many threads starve the event loop (BENCHMARKS.md, API under load)."""
    import anyio.to_thread
    from fastapi.testclient import TestClient

    from frontline.api import create_app

    with TestClient(create_app(ApiSettings(db=db, threads=2))) as client:
        limiter = client.portal.call(anyio.to_thread.current_default_thread_limiter)
        assert limiter.total_tokens == 2
