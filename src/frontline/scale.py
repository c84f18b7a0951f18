"""Scale-out: code articles on several Ray workers, each loading the pipeline once.

    with coder_on_workers(4) as coder:                  # or address="ray://head:10001"
        for article, events in coder(articles): ...      # input order, like pipeline.code_articles

`workers <= 1` (or Ray not installed) codes in this process without importing Ray. The workers
only code: whoever consumes the pairs (the CLI, the store) writes, so the store keeps one writer.
An article the coder raises on is re-coded alone so that only it fails; `WorkerPool.outcomes`
gives it with its error, and the `Coder`-shaped call raises `CodingError` at it after yielding
every article before it (as an in-process coder would, so `evaluate`'s `run_coder` records it
and resumes; the articles after it already coded are served from a cache, not coded again).
"""

from __future__ import annotations

import logging
import os
import platform
import resource
import socket
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.util import find_spec
from typing import Any

from frontline.errors import CodingError, ScaleError
from frontline.model import Article, Event

# What a worker codes with: the shape of `frontline.pipeline.code_articles`.
BatchCoder = Callable[[list[Article]], Iterable[tuple[Article, list[Event]]]]
# Builds the BatchCoder inside each worker (must pickle: a module-level function or class).
CoderFactory = Callable[[], BatchCoder]

BATCH_SIZE = 16  # articles per task: spaCy's nlp.pipe batches them, and the order is cheap to keep
QUEUED_PER_WORKER = 2  # tasks waiting at each worker, so it never idles between batches
OBJECT_STORE_BYTES = 256 * 1024 * 1024  # the pairs are small; Ray's default takes 30% of RAM
CONNECT_TIMEOUT_S = 5.0
WORKER_RESTARTS = 8  # per worker and run: then the pool stops restarting it

log = logging.getLogger(__name__)


def pipeline_coder() -> BatchCoder:
    """The real pipeline (spaCy model, actor KB, gazetteer), loaded once per process."""
    from frontline.pipeline import Coder

    return Coder.default().code_articles


@dataclass(slots=True)
class Outcome:
    """One article's coding: its events, or the error the coder raised on it."""

    article: Article
    events: list[Event] | None
    error: str | None = None


def code_batch(
    coder: BatchCoder, batch: list[Article]
) -> list[tuple[list[Event] | None, str | None]]:
    """(events, error) per article of `batch`, in order. A batch that raises is coded again
    article by article, so one bad article fails alone."""
    try:
        coded = list(coder(batch))
        if len(coded) == len(batch):
            return [(list(events), None) for _, events in coded]
    except Exception:  # noqa: BLE001 - isolated below, article by article
        pass
    results: list[tuple[list[Event] | None, str | None]] = []
    for article in batch:
        try:
            pairs = list(coder([article]))
            results.append((list(pairs[0][1]) if pairs else [], None))
        except Exception as exc:  # noqa: BLE001 - reported with the article
            results.append((None, f"{type(exc).__name__}: {exc}"))
    return results


def peak_rss_mb() -> float:
    """Peak resident set size of this process (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if platform.system() == "Darwin" else peak / 1024


class CodingWorker:
    """A Ray actor's body: loads the coder once, then codes batches."""

    def __init__(self, factory: CoderFactory) -> None:
        start = time.perf_counter()
        self.coder = factory()
        self.startup_s = time.perf_counter() - start

    def code(self, batch: list[Article]) -> list[tuple[list[Event] | None, str | None]]:
        return code_batch(self.coder, batch)

    def stats(self) -> dict[str, Any]:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return {
            "pid": os.getpid(),
            "startup_s": self.startup_s,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_rss_mb": peak_rss_mb(),
        }


class WorkerPool:
    """`workers` Ray actors coding batches; results come back in input order."""

    def __init__(
        self,
        workers: int,
        *,
        address: str | None = None,
        coder_factory: CoderFactory = pipeline_coder,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.batch_size = batch_size
        self._ray, self._started_ray = _connect(workers, address)
        # A worker that dies (a crash in native code, out of memory) is restarted with the coder
        # loaded again; its failed batch is not retried as a whole but article by article.
        actor = self._ray.remote(num_cpus=1, max_restarts=WORKER_RESTARTS, max_task_retries=0)(
            CodingWorker
        )
        self._actors = [actor.remote(coder_factory) for _ in range(workers)]
        self._cache: dict[int, Outcome] = {}  # coded ahead of an error, by id() of the article
        try:  # every worker loaded: a coder that cannot load fails here, not on each article
            self.started = self.stats()
        except self._ray.exceptions.RayError as exc:
            self.close()
            raise ScaleError(
                f"a Ray worker could not load the coder: {exc}",
                hint="run `frontline extract` on one article without --workers to see the error",
            ) from exc

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the actors, and Ray itself if this pool started it."""
        for actor in self._actors:
            self._ray.kill(actor)
        self._actors, self._cache = [], {}
        if self._started_ray:
            self._ray.shutdown()
            self._started_ray = False

    def stats(self) -> list[dict[str, Any]]:
        """Each worker's pid, start-up seconds (loading the coder), CPU seconds and peak RSS (MB)."""
        return self._ray.get([a.stats.remote() for a in self._actors])

    def __call__(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """The `Coder` contract: (article, events) in input order; raises `CodingError` at an
        article the coder failed on, after every article before it."""
        outcomes = self.outcomes(articles)
        try:
            for outcome in outcomes:
                if outcome.error is not None:
                    raise CodingError(
                        f"article {outcome.article.id!r} could not be coded: {outcome.error}",
                        hint="code this article alone without --workers to see the traceback,"
                        " or leave it out",
                    )
                yield outcome.article, outcome.events or []
        finally:
            outcomes.close()  # now, not at garbage collection: keeps what is coded ahead

    def outcomes(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Every article's outcome, in input order, errors included."""
        articles = list(articles)
        todo = [a for a in articles if id(a) not in self._cache]
        batches = [todo[i : i + self.batch_size] for i in range(0, len(todo), self.batch_size)]
        coded = self._run(batches)
        try:
            for article in articles:
                yield self._cache.pop(id(article), None) or next(coded)
        finally:
            coded.close()

    def _run(self, batches: Sequence[list[Article]]) -> Iterator[Outcome]:
        """Keep every worker busy with a short queue; yield the batches' outcomes in order."""
        in_flight: dict[Any, tuple[int, int]] = {}  # ref -> (batch index, worker index)
        load = [0] * len(self._actors)
        done: dict[int, list[Outcome]] = {}
        current: list[Outcome] = []  # the batch being yielded, reversed
        submitted = next_out = 0
        window = QUEUED_PER_WORKER * len(self._actors)
        try:
            while current or next_out < len(batches):
                if current:
                    yield current.pop()
                    continue
                while submitted < len(batches) and submitted - next_out < window:
                    worker = load.index(min(load))
                    ref = self._actors[worker].code.remote(batches[submitted])
                    in_flight[ref] = (submitted, worker)
                    load[worker] += 1
                    submitted += 1
                if next_out in done:
                    current = done.pop(next_out)[::-1]
                    next_out += 1
                    continue
                ready, _ = self._ray.wait(list(in_flight), num_returns=1)
                for ref in ready:
                    index, worker = in_flight.pop(ref)
                    load[worker] -= 1
                    done[index] = self._result(ref, batches[index], worker)
        except GeneratorExit:  # the consumer stopped at an error: keep what is coded for a retry
            for ref, (index, worker) in in_flight.items():
                done[index] = self._result(ref, batches[index], worker)
            for outcome in [*current, *(o for outcomes in done.values() for o in outcomes)]:
                self._cache[id(outcome.article)] = outcome
            raise

    def _result(
        self, ref: Any, batch: list[Article], worker: int, retry: bool = True
    ) -> list[Outcome]:
        """A task's outcomes. When its worker died (on this batch or one before it in its queue),
        the batch's articles are coded again one at a time on the restarted worker, so only an
        article that kills a worker again fails."""
        try:
            results = self._ray.get(ref)
        except self._ray.exceptions.RayError as exc:
            if not retry:
                return [Outcome(batch[0], None, f"worker failed: {type(exc).__name__}: {exc}")]
            log.warning("a worker failed (%s); coding its batch article by article", exc)
            return [o for a in batch for o in self._alone(a, worker)]
        return [Outcome(a, ev, err) for a, (ev, err) in zip(batch, results, strict=True)]

    def _alone(self, article: Article, worker: int) -> list[Outcome]:
        ref = self._actors[worker].code.remote([article])
        return self._result(ref, [article], worker, retry=False)


def _connect(workers: int, address: str | None) -> tuple[Any, bool]:
    """Ray, initialised offline (no dashboard, no usage stats); True if we started it."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    import ray

    if ray.is_initialized():
        return ray, False
    address = address or os.environ.get("RAY_ADDRESS") or None
    options: dict[str, Any] = {
        "include_dashboard": False,
        "logging_level": logging.WARNING,
        "log_to_driver": False,
    }
    try:
        if address:
            check_reachable(address)
            ray.init(address=address, **options)
        else:
            ray.init(  # "local": a new cluster, not one a `ray start` left on this machine
                "local", num_cpus=workers, object_store_memory=OBJECT_STORE_BYTES, **options
            )
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ScaleError(
            f"cannot start or reach Ray{f' at {address}' if address else ''}: {exc}",
            hint="check --ray-address / RAY_ADDRESS (a running `ray start --head`); a cluster"
            " with token authentication needs RAY_AUTH_MODE=token here too; or use --workers 1",
        ) from exc
    return ray, True


def check_reachable(address: str) -> None:
    """Fail fast on a cluster address nobody listens at (Ray itself retries for minutes)."""
    host, _, port = address.split("://", 1)[-1].rpartition(":")
    if not host or not port.isdigit():
        return  # "auto", "local": Ray finds or starts the cluster itself
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as exc:
        raise ScaleError(
            f"no Ray cluster answers at {address}: {exc}",
            hint="start one with `ray start --head` and pass the address it prints, or leave"
            " --ray-address / RAY_ADDRESS unset to start a local one",
        ) from None


def ray_available() -> bool:
    return find_spec("ray") is not None


@contextmanager
def coder_on_workers(
    workers: int,
    *,
    address: str | None = None,
    coder_factory: CoderFactory = pipeline_coder,
    batch_size: int = BATCH_SIZE,
) -> Iterator[BatchCoder]:
    """A coder with the `code_articles` contract: on `workers` Ray actors (started at its first
    call, stopped at the end of the block), or in this process when workers <= 1 or Ray is not
    installed (then Ray is never imported)."""
    if workers > 1 and not ray_available():
        log.warning("ray is not installed: coding in this process (pip install 'frontline[scale]')")
    if workers <= 1 or not ray_available():
        loaded: list[BatchCoder] = []  # loaded on first use: an ingest of known articles codes none

        def in_process(batch: list[Article]) -> Iterable[tuple[Article, list[Event]]]:
            if not loaded:
                loaded.append(coder_factory())
            return loaded[0](batch)

        yield in_process
        return
    pools: list[WorkerPool] = []  # started on first use: an ingest of known articles codes none

    def on_workers(batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        if not batch:
            return iter(())
        if not pools:
            pools.append(WorkerPool(workers, address=address, coder_factory=coder_factory,
                                    batch_size=batch_size))  # fmt: skip
        return pools[0](batch)

    try:
        yield on_workers
    finally:
        for pool in pools:
            pool.close()


def code_on_workers(
    articles: Iterable[Article],
    workers: int,
    *,
    address: str | None = None,
    coder_factory: CoderFactory = pipeline_coder,
) -> Iterator[tuple[Article, list[Event]]]:
    """`frontline.pipeline.code_articles` on `workers` Ray workers (see `coder_on_workers`)."""
    with coder_on_workers(workers, address=address, coder_factory=coder_factory) as coder:
        yield from coder(list(articles))
