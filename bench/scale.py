"""Scale-out: articles/s coded in this process against N Ray workers, in one run.

On the ACLED dev notes: (a) `frontline.pipeline.code_articles` in this process, (b) the same
articles on a local Ray cluster of `--workers` actors (`frontline.scale.WorkerPool`). Each side
is warmed up on a few articles, then timed passes alternate (median reported); the times of
loading (the pipeline in this process; Ray and every worker for (b)) are reported apart, with
each worker's start-up, CPU seconds and peak RSS. The outputs of (a) and (b) are compared record
by record (exit 1 if they differ).

Example:
    .venv/bin/python bench/scale.py --workers 2
    .venv/bin/python bench/scale.py --limit 200 --json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a source tree without installing

from frontline.evaluate.report import table  # noqa: E402
from frontline.evaluate.runner import read_articles_jsonl  # noqa: E402
from frontline.model import Article  # noqa: E402
from frontline.scale import BATCH_SIZE, WorkerPool, peak_rss_mb  # noqa: E402

DEFAULT_ARTICLES = ROOT.parent / "shared" / "eval-dev" / "acled_middle_east_dev_articles.jsonl"
WARMUP_ARTICLES = 16


def _records(pairs: Any) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(a.id, [e.to_record() for e in events]) for a, events in pairs]


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(coder: Any, articles: list[Article]) -> tuple[float, float, list]:
    """Wall seconds, this process's CPU seconds, and the records of one pass."""
    wall, cpu = time.perf_counter(), _cpu_s()
    out = _records(coder(articles))
    return time.perf_counter() - wall, _cpu_s() - cpu, out


def bench(
    path: Path, limit: int | None, workers: int, batch_size: int, repeat: int
) -> dict[str, Any]:
    """Load both sides, then alternate timed passes (a), (b), (a), (b)... and take medians: the
    machine is shared, so alternating spreads other work over both sides alike."""
    from frontline.pipeline import Coder

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    articles = read_articles_jsonl(path, limit)
    result: dict[str, Any] = {"articles": len(articles), "workers": workers, "batch": batch_size}
    result["load_average_before"] = os.getloadavg()[0]
    start = time.perf_counter()
    coder = Coder.default()
    local = {"load_s": time.perf_counter() - start, "runs_s": [], "cpu_s": []}
    start = time.perf_counter()
    with WorkerPool(workers, batch_size=batch_size) as pool:
        ray_side = {"start_s": time.perf_counter() - start, "runs_s": []}
        coder.code_articles(articles[:WARMUP_ARTICLES])  # lazy initialisation, both sides
        _records(pool(articles[: WARMUP_ARTICLES * workers]))
        before = {w["pid"]: w["cpu_s"] for w in pool.stats()}
        differing = 0
        for _ in range(repeat):
            wall, cpu, expected = _timed(coder.code_articles, articles)
            local["runs_s"].append(wall)
            local["cpu_s"].append(cpu)
            wall, _, got = _timed(pool, articles)
            ray_side["runs_s"].append(wall)
            differing = max(differing, sum(g != e for g, e in zip(got, expected, strict=True)))
        ray_side["workers"] = [
            {**w, "cpu_s_per_pass": (w["cpu_s"] - before[w["pid"]]) / repeat} for w in pool.stats()
        ]
    local["peak_rss_mb"] = peak_rss_mb()
    for side in (local, ray_side):
        side["median_s"] = statistics.median(side["runs_s"])
        side["articles_per_s"] = len(articles) / side["median_s"]
    result["in_process"], result["ray"] = local, ray_side
    result["speedup"] = ray_side["articles_per_s"] / local["articles_per_s"]
    result["differing_articles"] = differing
    result["load_average_after"] = os.getloadavg()[0]
    return result


def render(r: dict[str, Any]) -> str:
    a, b = r["in_process"], r["ray"]
    cpu = statistics.median(a["cpu_s"])
    rows = [
        ["in this process", f"{a['load_s']:.1f}", f"{a['median_s']:.2f}", f"{a['articles_per_s']:.1f}", f"{cpu:.1f}"],
        [f"Ray, {r['workers']} workers", f"{b['start_s']:.1f}", f"{b['median_s']:.2f}", f"{b['articles_per_s']:.1f}",
         f"{sum(w['cpu_s_per_pass'] for w in b['workers']):.1f}"],
    ]  # fmt: skip
    lines = [
        f"{r['articles']} articles, median of {len(a['runs_s'])} alternating passes, Ray batches "
        f"of {r['batch']}; outputs differ on {r['differing_articles']} articles; load average "
        f"{r['load_average_before']:.1f} before, {r['load_average_after']:.1f} after",
        "",
        table(["coding", "start-up s", "median s", "articles/s", "CPU s/pass"], rows),
        f"\nspeed-up: {r['speedup']:.2f}x  (this process: peak RSS {a['peak_rss_mb']:.0f} MB)",
        "",
        table(
            ["worker pid", "start-up s", "CPU s/pass", "peak RSS MB"],
            [[str(w["pid"]), f"{w['startup_s']:.1f}", f"{w['cpu_s_per_pass']:.1f}", f"{w['peak_rss_mb']:.0f}"]
             for w in b["workers"]],
        ),
    ]  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="JSONL articles")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--workers", type=int, default=2, help="Ray workers (default 2)")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="articles per task")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per side (median)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = bench(args.articles, args.limit, args.workers, args.batch_size, args.repeat)
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0 if result["differing_articles"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
