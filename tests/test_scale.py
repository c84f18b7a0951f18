"""Scale-out on a real local Ray cluster: N workers code as the process does, in input order; an
article the coder raises on is reported with its error while the others are coded; one worker
never starts Ray."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from frontline.errors import CodingError, ScaleError
from frontline.evaluate.runner import run_coder
from frontline.model import Article, Event
from frontline.scale import (
    WorkerPool,
    check_reachable,
    code_batch,
    code_on_workers,
    coder_on_workers,
)

ROOT = Path(__file__).resolve().parents[1]

# Our own short reports (not shared data), each with an event for the real pipeline to code.
REPORTS = [
    ("r1", "2024-11-29", "Hayat Tahrir al-Sham fighters clashed with Syrian army forces near Saraqib in Idlib on Friday, killing 12 soldiers."),
    ("r2", "2020-01-18", "Hundreds of protesters gathered in central Beirut on Saturday to demand the resignation of the government."),
    ("r3", "2021-01-13", "Airstrikes hit Iranian-backed militia positions near Al Bukamal in Deir ez-Zor overnight, killing 16 fighters."),
    ("r4", "2015-04-25", "Rebels seized the town of Jisr al-Shughur in Idlib province after days of fighting with government troops."),
    ("r5", "2023-10-09", "An Israeli airstrike on a house in Khan Younis killed five people, medics said."),
]  # fmt: skip


def _articles() -> list[Article]:
    from frontline.ingest import article_from_text

    return [article_from_text(text, id=i, published=day) for i, day, text in REPORTS]


class Echo:
    """A fake coder factory (picklable): one event per article with its text and the pid of the
    process that coded it; the articles in `slow` take a while, so batches finish out of order."""

    def __init__(
        self, slow: Iterable[str] = (), fail_on: str | None = None, die_on: str | None = None
    ) -> None:
        self.slow, self.fail_on, self.die_on = set(slow), fail_on, die_on

    def __call__(self):  # noqa: ANN204 - the factory: built once per worker, gives the coder
        return self.code

    def code(self, batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in batch:
            if article.id == self.fail_on:
                raise ValueError(f"cannot code {article.id}")
            if article.id == self.die_on:
                os._exit(1)  # as a crash in native code or the OOM killer would end the worker
            if article.id in self.slow:
                time.sleep(0.5)
            yield article, [Event(article.id, notes=article.text, source=str(os.getpid()))]


class Unloadable:
    def __call__(self):  # noqa: ANN204
        raise OSError("no model here")


def _plain(n: int) -> list[Article]:
    return [Article(f"a{i}", f"text {i}") for i in range(n)]


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[None]:
    """One real local Ray (2 CPUs) for the module; pools find it started and leave it running."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray = pytest.importorskip("ray")
    ray.init("local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_a_batch_that_raises_is_coded_again_article_by_article():
    results = code_batch(Echo(fail_on="a1")(), _plain(3))
    assert [error for _, error in results] == [None, "ValueError: cannot code a1", None]
    assert results[2][0][0].notes == "text 2"


def test_one_worker_codes_in_this_process_without_importing_ray():
    script = (
        "import sys\n"
        "from frontline.model import Article\n"
        "from frontline.scale import code_on_workers\n"
        "from tests.test_scale import Echo\n"
        "pairs = list(code_on_workers([Article('x', 'text x')], 1, coder_factory=Echo()))\n"
        "assert pairs[0][1][0].notes == 'text x', pairs\n"
        "print('ray' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_without_ray_installed_several_workers_code_in_this_process(monkeypatch, caplog):
    monkeypatch.setattr("frontline.scale.ray_available", lambda: False)
    pairs = list(code_on_workers(_plain(2), 2, coder_factory=Echo()))
    assert [e.source for _, evs in pairs for e in evs] == [str(os.getpid())] * 2
    assert "ray is not installed" in caplog.text


def test_a_cluster_address_nobody_listens_at_fails_fast():
    started = time.perf_counter()
    with pytest.raises(ScaleError, match="no Ray cluster answers at 127.0.0.1:1"):
        check_reachable("127.0.0.1:1")
    assert time.perf_counter() - started < 10


def test_workers_keep_the_input_order_when_batches_finish_out_of_order(ray_cluster):
    articles = _plain(8)
    with WorkerPool(2, coder_factory=Echo(slow={"a0", "a2"}), batch_size=1) as pool:
        pairs = list(pool(articles))
    assert [a.id for a, _ in pairs] == [a.id for a in articles]
    assert [evs[0].notes for _, evs in pairs] == [a.text for a in articles]
    workers = {evs[0].source for _, evs in pairs}
    assert len(workers) == 2 and str(os.getpid()) not in workers


def test_an_article_the_coder_raises_on_is_reported_and_the_others_are_coded(ray_cluster):
    articles = _plain(7)
    with WorkerPool(2, coder_factory=Echo(fail_on="a3"), batch_size=2) as pool:
        outcomes = list(pool.outcomes(articles))
        assert [o.article.id for o in outcomes] == [a.id for a in articles]
        assert {o.article.id: o.error for o in outcomes if o.error} == {
            "a3": "ValueError: cannot code a3"
        }
        assert all(o.events for o in outcomes if o.article.id != "a3")

        coded = []
        with pytest.raises(CodingError, match="'a3'.*ValueError: cannot code a3"):
            for article, _ in pool(articles):  # the Coder contract: raise at it, in order
                coded.append(article.id)
        assert coded == ["a0", "a1", "a2"]

        result = run_coder(pool, articles)  # evaluate's runner records it and goes on
    assert sorted(result.events) == ["a0", "a1", "a2", "a4", "a5", "a6"]
    assert list(result.crashes) == ["a3"]
    assert "cannot code a3" in result.crashes["a3"]


def test_an_article_that_kills_its_worker_fails_alone_and_the_worker_is_restarted(ray_cluster):
    articles = _plain(7)
    with WorkerPool(2, coder_factory=Echo(die_on="a3"), batch_size=2) as pool:
        outcomes = list(pool.outcomes(articles))
        assert len(pool.stats()) == 2  # both workers answer again
    assert [o.article.id for o in outcomes] == [a.id for a in articles]
    failed = {o.article.id: o.error for o in outcomes if o.error}
    assert list(failed) == ["a3"] and failed["a3"].startswith("worker failed")
    assert all(o.events for o in outcomes if o.article.id != "a3")


def test_workers_start_at_the_first_batch_to_code(ray_cluster):
    with coder_on_workers(2, coder_factory=Unloadable()) as coder:
        pass  # nothing to code: no worker started, so none failed to load
    with pytest.raises(ScaleError), coder_on_workers(2, coder_factory=Unloadable()) as coder:
        list(coder(_plain(1)))


def test_a_worker_that_cannot_load_the_coder_fails_at_start(ray_cluster):
    with pytest.raises(ScaleError, match="no model here"):
        WorkerPool(2, coder_factory=Unloadable())


@pytest.mark.model
def test_two_workers_code_what_the_process_codes(ray_cluster):
    from frontline.pipeline import code_articles

    expected = [(a.id, [e.to_record() for e in evs]) for a, evs in code_articles(_articles())]
    with WorkerPool(2, batch_size=2) as pool:
        got = [(a.id, [e.to_record() for e in evs]) for a, evs in pool(_articles())]
        stats = pool.stats()
    assert got == expected
    assert all(evs for _, evs in got)
    assert len({s["pid"] for s in stats}) == 2
    assert all(s["startup_s"] > 0 and s["peak_rss_mb"] > 0 for s in stats)


@pytest.mark.model
def test_extract_and_ingest_code_on_workers_as_in_this_process(ray_cluster, tmp_path):
    from typer.testing import CliRunner

    from frontline.cli import app

    runner = CliRunner()
    reports = tmp_path / "reports.jsonl"
    reports.write_text(
        "".join(
            json.dumps({"id": i, "published": day, "text": text}) + "\n" for i, day, text in REPORTS
        )
    )

    def run(*args: str) -> str:
        result = runner.invoke(app, list(args))
        assert result.exit_code == 0, result.output
        return result.output

    assert run("extract", str(reports), "--workers", "2") == run("extract", str(reports))
    assert "5 added" in run("ingest", str(reports), "--db", str(tmp_path / "a.db"))
    assert "5 added" in run(
        "ingest", str(reports), "--db", str(tmp_path / "b.db"), "--workers", "2"
    )
    events = [run("events", "--db", str(tmp_path / db), "-f", "jsonl") for db in ("a.db", "b.db")]
    assert events[0] == events[1] and events[0].strip()


@pytest.mark.model
def test_evaluate_on_workers_scores_as_in_this_process(ray_cluster, tmp_path):
    import csv

    from typer.testing import CliRunner

    from frontline.cli import app
    from tests.evaluate.test_acled import COLUMNS, GOLD

    gold = tmp_path / "gold.csv"
    with gold.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(GOLD)
    runner = CliRunner()
    here = runner.invoke(app, ["evaluate", "--gold", str(gold), "--json"])
    there = runner.invoke(app, ["evaluate", "--gold", str(gold), "--json", "--workers", "2"])
    assert here.exit_code == there.exit_code == 0, here.output + there.output
    assert json.loads(here.stdout)["acled"]["fields"] == json.loads(there.stdout)["acled"]["fields"]
