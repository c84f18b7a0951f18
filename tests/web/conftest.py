"""Browser tests: uvicorn on 127.0.0.1 (a free port) serving a store coded from examples/, driven
by Debian's chromium through Playwright (never a downloaded browser). Screenshots of each flow go
to artifacts/ (untracked)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = os.environ.get("FRONTLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "artifacts" / "screenshots"
TOKEN = "browser-test-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str) -> Iterator[str]:
    """Run the app in a thread until the test module is done."""
    import uvicorn

    from frontline.api import ApiSettings, create_app

    port = _free_port()
    app = create_app(ApiSettings(db=db, token=TOKEN))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def coded_store(path: Path, sources: list[str]) -> str:
    from frontline.ingest import read_articles
    from frontline.store import Store

    with Store.open(str(path)) as store:
        store.ingest(read_articles(sources, "auto", None, None))
    return str(path)


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a store coded from examples/ (shared by the flows of every test module)."""
    db = coded_store(
        tmp_path_factory.mktemp("demo") / "demo.db", [str(ROOT / "examples" / "articles.jsonl")]
    )
    yield from serve(db)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@contextmanager
def opened_page(browser, name: str, *, bypass_csp: bool) -> Iterator:
    """A page that fails its test on a JavaScript error, a CSP violation or a request that leaves
    127.0.0.1. Flows bypass the CSP only because Playwright's own string predicates are evaluated
    in the page (which the policy rightly forbids); strict pages keep it."""
    context = browser.new_context(viewport={"width": 1366, "height": 800}, bypass_csp=bypass_csp)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on(
        "console",
        lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    # Offline: any request that leaves 127.0.0.1 fails the test.
    outside: list[str] = []

    def guard(route) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    pg.route("**/*", guard)
    yield pg
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not outside, f"requests left the machine: {outside}"


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):
    with opened_page(browser, request.node.name, bypass_csp=True) as pg:
        yield pg


@pytest.fixture
def strict_page(browser, request: pytest.FixtureRequest):
    """A page under the server's Content-Security-Policy, as users get it."""
    with opened_page(browser, request.node.name, bypass_csp=False) as pg:
        yield pg


def shot(page, name: str) -> None:
    """A screenshot of one step of a flow, kept as a test artifact."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
