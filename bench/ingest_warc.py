"""Bulk ingest throughput: `frontline ingest` of a generated WARC.gz (CC-NEWS layout) of >= 2,000
page records, in one process and on 2 Ray workers, with the peak memory of each run.

The WARC is written to a temporary folder at run time (never committed): one HTML page per ACLED
world dev note (read from ../shared, or FRONTLINE_SHARED) and one made-up off-topic page (sport,
markets, weather...) for every ten, each page with a request record beside it, as a crawl has.
Memory: the resident set of the ingest process tree (Ray's workers included) sampled from /proc
every 0.2 s; the driver's own RSS at a quarter, half and the end of the run shows whether it stays
flat while streaming.

Example:
    FRONTLINE_SHARED=../shared .venv/bin/python bench/ingest_warc.py --records 2000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.ingest.relevance_fixture import SHARED, negatives  # noqa: E402
from tests.ingest.warcs import page, write_warc  # noqa: E402


def build_warc(path: Path, records: int) -> int:
    notes = [
        json.loads(line) for line in (SHARED / "eval-dev" / "acled_world_dev_articles.jsonl").open()
    ]
    off_topic = negatives(per_family=40)
    pages, n_off = [], 0
    for i, note in enumerate(notes[:records]):
        day = note.get("published")
        pages.append(
            (
                f"https://news.example/{day}/{note['id']}",
                page(f"Report {note['id']}", note["text"], day),
            )
        )
        if i % 10 == 9:
            neg = off_topic[n_off % len(off_topic)]
            pages.append((f"https://news.example/life/{neg.id}", page(neg.title, neg.text)))
            n_off += 1
    write_warc(path, pages)
    return len(pages)


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """(RSS of `root` and all its descendants, RSS of `root`) in KiB, from /proc."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            parent[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parent.items() if pp == pid and p not in tree]
        tree.update(kids)
        frontier += kids
    return sum(rss.get(p, 0) for p in tree), rss.get(root, 0)


def run(warc: Path, workers: int, tmp: Path) -> dict:
    db = tmp / f"w{workers}.db"
    command = [str(ROOT / ".venv" / "bin" / "frontline"), "ingest", str(warc), "--db", str(db),
               "--workers", str(workers), "--no-progress"]  # fmt: skip
    env = {
        **os.environ,
        "FRONTLINE_CACHE_DIR": os.environ.get("FRONTLINE_CACHE_DIR", str(tmp / "cache")),
    }
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    samples: list[tuple[float, int, int]] = []

    def sample() -> None:
        while proc.poll() is None:
            samples.append((time.perf_counter() - start, *_tree_rss_kb(proc.pid)))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed: {err[-2000:]}")
    driver = [s[2] for s in samples]
    quarter = lambda q: driver[min(len(driver) - 1, int(len(driver) * q))] / 1024  # noqa: E731
    return {
        "workers": workers,
        "seconds": seconds,
        "summary": out.strip().splitlines()[-1],
        "peak_tree_rss_mb": max(s[1] for s in samples) / 1024,
        "driver_rss_mb_at_25_50_100": [round(quarter(q), 1) for q in (0.25, 0.5, 0.99)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000, help="news pages from the dev notes")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fl-warc-") as tmp:
        warc = Path(tmp) / "CC-NEWS-bench.warc.gz"
        pages = build_warc(warc, args.records)
        print(
            f"WARC: {pages} pages ({2 * pages + 3} records), {warc.stat().st_size / 1e6:.1f} MB",
            flush=True,
        )
        results = []
        for workers in args.workers:
            r = run(warc, workers, Path(tmp))
            r["articles_per_s"] = pages / r["seconds"]
            results.append(r)
            if not args.json:
                print(f"workers {workers}: {r['seconds']:.1f} s = {r['articles_per_s']:.1f} pages/s; "
                      f"peak RSS (tree) {r['peak_tree_rss_mb']:.0f} MB; driver RSS at 25/50/100% "
                      f"{r['driver_rss_mb_at_25_50_100']} MB; {r['summary']}", flush=True)  # fmt: skip
        if args.json:
            print(json.dumps({"pages": pages, "runs": results}, indent=2))


if __name__ == "__main__":
    main()
