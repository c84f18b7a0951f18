"""A `frontline watch` killed (SIGKILL) mid-round and restarted: nothing lost, nothing duplicated."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.feeds.server import STORIES, Site, page, rss, serving

ROOT = Path(__file__).resolve().parents[2]


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # not migrated yet
        return 0


@pytest.mark.model
def test_watch_killed_mid_round_and_restarted_loses_and_repeats_nothing(tmp_path):
    db = tmp_path / "w.db"
    with serving(Site()) as site:
        links = [
            (t, site.add(f"/news/{i}", page(t, x), delay_s=0.4)) for i, (t, x) in enumerate(STORIES)
        ]
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(site.add("/rss.xml", rss("A", links)) + "\n")
        command = [sys.executable, "-m", "frontline.cli", "watch", str(feeds), "--db", str(db),
                   "--once", "--per-host", "0"]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 180
        while _count(db, "SELECT count(*) FROM articles") < 2 and time.monotonic() < deadline:
            assert first.poll() is None, first.stdout.read().decode()
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait()
        stored_at_kill = _count(db, "SELECT count(*) FROM articles")
        assert 2 <= stored_at_kill < len(STORIES)

        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        assert second.returncode == 0, second.stdout + second.stderr
    assert _count(db, "SELECT count(*) FROM articles") == len(STORIES)
    assert _count(db, "SELECT count(DISTINCT url) FROM articles") == len(STORIES)
    assert _count(db, "SELECT count(*) FROM feed_items WHERE status = 'ingested'") == len(STORIES)
    # each page fetched at most twice: once before the kill (maybe unfinished), once after
    assert all(site.hits[f"/news/{i}"] <= 2 for i in range(len(STORIES)))
    assert sum(site.hits[f"/news/{i}"] for i in range(len(STORIES))) <= len(STORIES) + 1
