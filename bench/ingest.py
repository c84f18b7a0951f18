"""Ingest throughput of the store on ACLED's dev notes, and the cost of adding articles later.

In one run, into fresh SQLite files:
  1. `Store.ingest` of all but the last `--extra` articles: articles/s, split into coding (the
     coder's own time) and store + fusion (everything else: writing articles and reports, fusing).
  2. The last `--extra` articles into copies of that filled store, coded once beforehand so only
     store + fusion is timed: incremental fusion (the default) against a full rebuild
     (`rebuild_all=True`), alternating, `--repeat` times each (median), the fusion step also on
     its own; both must leave the same events. `--scale K` first fills the store with K-1 copies
     of the notes shifted by 4, 8, ... years, to see how both ways grow with the store.

Example:
    .venv/bin/python bench/ingest.py
    .venv/bin/python bench/ingest.py --limit 300 --extra 50 --repeat 5 --json
    .venv/bin/python bench/ingest.py --scale 10   # the 50 into a store ten times as big
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import datetime as dt
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a source tree without installing

import frontline.store.store as store_module  # noqa: E402
from frontline.evaluate.runner import read_articles_jsonl  # noqa: E402
from frontline.model import Article, Event  # noqa: E402
from frontline.store import Store  # noqa: E402

DEFAULT_ARTICLES = ROOT.parent / "shared" / "eval-dev" / "acled_middle_east_dev_articles.jsonl"


class TimedCoder:
    """The real coder, timing only the time spent producing coded articles; keeps its output."""

    def __init__(self) -> None:
        from frontline.pipeline import code_articles

        self.code_articles = code_articles
        self.seconds = 0.0
        self.output: dict[str, list[Event]] = {}

    def __call__(self, batch: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        coded = iter(self.code_articles(batch))
        while True:
            start = time.perf_counter()
            item = next(coded, None)
            self.seconds += time.perf_counter() - start
            if item is None:
                return
            self.output[item[0].id] = copy.deepcopy(item[1])
            yield item


def replay(output: dict[str, list[Event]]):  # noqa: ANN201 - a Coder
    def coder(batch: list[Article]) -> Iterable[tuple[Article, list[Event]]]:
        return [(a, copy.deepcopy(output[a.id])) for a in batch]

    return coder


def snapshot(store: Store) -> set[tuple]:
    return {
        (frozenset(s["report_id"] for s in r["sources"]), r["event_date"], r["fatalities"])
        for r in store.events(limit=None)
    }


class FusionTimer:
    """Times the fusion step of `Store.ingest` (incremental `refuse` or full `rebuild`)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        for name in ("refuse", "rebuild"):
            setattr(store_module, name, self._timed(getattr(store_module, name)))

    def _timed(self, fn):  # noqa: ANN001, ANN202
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start

        return run


def shifted_copy(
    articles: list[Article], output: dict[str, list[Event]], k: int
) -> tuple[list[Article], dict[str, list[Event]]]:
    """The articles and their coded events again, `k` times 1,461 days (4 years) later under new
    ids: a bigger store with the same fusion structure, since copies are too far apart to fuse."""
    shift = dt.timedelta(days=1461 * k)
    arts, coded = [], {}
    for a in articles:
        copy_ = dataclasses.replace(a, id=f"{a.id}~{k}", url=None)
        copy_.published = a.published + shift if a.published else None
        events = copy.deepcopy(output[a.id])
        for e in events:
            e.article_id, e.event_id = copy_.id, f"{e.event_id}~{k}"
            if e.event_date:
                e.event_date = (dt.date.fromisoformat(e.event_date) + shift).isoformat()
        arts.append(copy_)
        coded[copy_.id] = events
    return arts, coded


def bench(
    path: Path, limit: int | None, extra: int, repeat: int, scale: int, workdir: Path
) -> dict[str, Any]:
    articles = read_articles_jsonl(path, limit)
    base, more = articles[:-extra], articles[-extra:]
    coder = TimedCoder()
    start = time.perf_counter()
    list(coder(articles[:1]))  # load spaCy, the actor KB and the gazetteer outside the timing
    load = time.perf_counter() - start
    coder.seconds = 0.0

    fusion = FusionTimer()
    filled = workdir / "filled.db"
    with Store.open(filled) as store:
        start = time.perf_counter()
        report = store.ingest(base, coder=coder)
        total = time.perf_counter() - start
        n_reports = sum(len(v) for v in coder.output.values())
    first = {
        "articles": len(base),
        "reports": n_reports,
        "events": report.events,
        "seconds": total,
        "coding_s": coder.seconds,
        "store_fusion_s": total - coder.seconds,
        "fusion_s": fusion.seconds,
    }
    list(coder(more))  # code the extra articles once, for both ways of adding them
    with Store.open(filled) as store:  # --scale: shifted copies make the store bigger
        for k in range(1, scale):
            arts, coded = shifted_copy(base, coder.output, k)
            store.ingest(arts, coder=replay(coded))
        stored = store.count_events()
    later: dict[str, Any] = {"articles": len(more), "store_events": stored}
    times: dict[str, list[tuple[float, float]]] = {"incremental": [], "full": []}
    events = {}
    for _ in range(repeat):
        for mode in ("incremental", "full"):
            db = workdir / f"{mode}.db"
            shutil.copy(filled, db)
            with Store.open(db) as store:
                fusion.seconds = 0.0
                start = time.perf_counter()
                store.ingest(more, coder=replay(coder.output), rebuild_all=mode == "full")
                times[mode].append((time.perf_counter() - start, fusion.seconds))
                events[mode] = snapshot(store)
    for mode, runs in times.items():
        later[f"{mode}_s"] = statistics.median(t for t, _ in runs)
        later[f"{mode}_fusion_s"] = statistics.median(f for _, f in runs)
    later["same_events"] = events["incremental"] == events["full"]
    later["events"] = len(events["full"])
    return {"load_s": load, "repeat": repeat, "scale": scale, "first": first, "later": later}


def render(r: dict[str, Any]) -> str:
    f, m = r["first"], r["later"]
    lines = [
        f"load (spaCy, actor KB, gazetteer): {r['load_s']:.2f} s",
        f"ingest {f['articles']} articles into an empty SQLite store: {f['seconds']:.2f} s = "
        f"{f['articles'] / f['seconds']:.1f} articles/s ({f['reports']} reports, {f['events']} events)",
        f"  coding        {f['coding_s']:7.2f} s  {f['coding_s'] / f['seconds']:6.1%}  "
        f"{f['articles'] / f['coding_s']:.1f} articles/s",
        f"  store+fusion  {f['store_fusion_s']:7.2f} s  {f['store_fusion_s'] / f['seconds']:6.1%}  "
        f"{f['articles'] / f['store_fusion_s']:.1f} articles/s (fusion {f['fusion_s']:.2f} s)",
        f"{m['articles']} more articles into the filled store ({m['store_events']} events, "
        f"x{r['scale']}; pre-coded; median of {r['repeat']}):",
        "                                          store+fusion   fusion alone",
        f"  incremental fusion                        {m['incremental_s']:7.3f} s  "
        f"{m['incremental_fusion_s']:7.3f} s",
        f"  full rebuild                              {m['full_s']:7.3f} s  "
        f"{m['full_fusion_s']:7.3f} s",
        f"  ratio full/incremental:                   {m['full_s'] / m['incremental_s']:7.1f}x  "
        f"{m['full_fusion_s'] / m['incremental_fusion_s']:7.1f}x",
        f"  same events: {m['same_events']} ({m['events']} events)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="JSONL articles")
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--extra", type=int, default=50, help="articles added to the filled store")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each way (median)")
    parser.add_argument(
        "--scale", type=int, default=1, help="fill the store with this many shifted copies"
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    if not args.articles.exists():
        parser.error(f"{args.articles} not found (the ACLED dev notes live in ../shared/eval-dev)")
    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:
        result = bench(args.articles, args.limit, args.extra, args.repeat, args.scale, Path(tmp))
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0 if result["later"]["same_events"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
