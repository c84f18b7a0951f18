"""Load time and resident memory of the actor KB and the gazetteer, measured in one process.

The gazetteer index is built once per machine and cached on disk; a missing cache is built first in
a child process (timed as "first build") so this process measures the warm load that every later
run pays. Then, in order: the actor KB (its Aho-Corasick automaton included), the gazetteer index,
the first `find` and one `find` over a short report (place names are matched by hashing the text's
token n-grams against the index keys, so there is no automaton to build), then the actor KB's `find`
over the same report. RSS is the current resident set after each step. `--kb-notes` also times
the actor KB's `find` over the ACLED dev notes (../shared), the KB's throughput without spaCy.

Example:
    .venv/bin/python bench/load.py
    .venv/bin/python bench/load.py --kb-notes
    FRONTLINE_CACHE_DIR=/tmp/cache .venv/bin/python bench/load.py --json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a source tree without installing

from frontline.evaluate.report import table  # noqa: E402

DEV_NOTES = ROOT.parent / "shared" / "eval-dev" / "acled_middle_east_dev_articles.jsonl"
LOAD_BUDGET_S = 2.0  # issue 3: KB + gazetteer load under 2 s ...
RSS_BUDGET_MB = 400.0  # ... and under 400 MB resident
SAMPLE = (
    "On 9 May 2020, Houthi forces shelled Bab Ghaliq front (Qaatabah, Ad Dali) while regime "
    "forces advanced on Jisr al-Shughur and Kafr Nabl in southern Idlib, near the M4 highway."
)


def rss_mb() -> float:
    """Current resident set size (Linux /proc; falls back to the peak elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step(name: str, fn: Callable[[], Any], rows: list[dict[str, Any]]) -> Any:
    start = time.perf_counter()
    result = fn()
    rows.append({"step": name, "seconds": time.perf_counter() - start, "rss_mb": rss_mb()})
    return result


def ensure_index() -> float | None:
    """Build the gazetteer cache in a child process if it is missing; its build time or None."""
    from frontline.link.gazetteer import cache_path

    if cache_path().exists():
        return None
    start = time.perf_counter()
    code = "from frontline.link.gazetteer import load_index; load_index()"
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ,
                   "PYTHONPATH": str(ROOT / "src")})  # fmt: skip
    return time.perf_counter() - start


def kb_throughput(kb: Any) -> dict[str, Any]:
    """Actor mentions found per second over the dev notes (none without ../shared)."""
    if not DEV_NOTES.exists():
        return {}
    texts = [json.loads(x)["text"] for x in DEV_NOTES.read_text("utf-8").splitlines() if x]
    start = time.perf_counter()
    mentions = sum(len(kb.find(t)) for t in texts)
    took = time.perf_counter() - start
    return {"kb_find_texts": len(texts), "kb_find_mentions": mentions,
            "kb_find_texts_per_s": round(len(texts) / took, 1)}  # fmt: skip


def measure(kb_notes: bool = False) -> dict[str, Any]:
    first_build = ensure_index()
    rows: list[dict[str, Any]] = []
    step("python + imports", lambda: __import__("frontline.link.places"), rows)
    from frontline.link.actors import default_kb
    from frontline.link.places import default_gazetteer

    kb = step("actor KB", default_kb, rows)
    gaz = step("gazetteer index (warm cache)", default_gazetteer, rows)
    step("first find (n-gram key look-up)", lambda: gaz.find("Idlib"), rows)
    found = step("find in a 2-sentence report", lambda: gaz.find(SAMPLE), rows)
    actors = step("actor KB find in the same report", lambda: kb.find(SAMPLE), rows)
    load_s = sum(r["seconds"] for r in rows[1:3])
    idx = gaz.index
    return {
        "first_build_s": first_build,
        "steps": rows,
        "kb_plus_gazetteer_load_s": load_s,
        "rss_after_mb": rows[-1]["rss_mb"],
        "places": len(idx.ids),
        "name_keys": len(idx.keys),
        "actors": len(kb),
        "alias_patterns": kb.alias_count,
        "sample_places": [m.text for m in found],
        "sample_actors": [m.text for m in actors],
        "within_budget": load_s < LOAD_BUDGET_S and rows[-1]["rss_mb"] < RSS_BUDGET_MB,
    } | (kb_throughput(kb) if kb_notes else {})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    parser.add_argument("--kb-notes", action="store_true", help="time the actor KB on dev notes")
    args = parser.parse_args()
    result = measure(args.kb_notes)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    if result["first_build_s"] is not None:
        print(f"gazetteer first build (child process): {result['first_build_s']:.1f} s")
    print(table(["step", "seconds", "RSS after (MB)"],
                [[r["step"], f"{r['seconds']:.2f}", f"{r['rss_mb']:.0f}"]
                 for r in result["steps"]]))  # fmt: skip
    print(f"\nKB + gazetteer load: {result['kb_plus_gazetteer_load_s']:.2f} s "
          f"(budget {LOAD_BUDGET_S} s); RSS {result['rss_after_mb']:.0f} MB "
          f"(budget {RSS_BUDGET_MB:.0f} MB): {'OK' if result['within_budget'] else 'OVER'}")  # fmt: skip
    print(f"index: {result['places']:,} places, {result['name_keys']:,} name keys; "
          f"sample: {', '.join(result['sample_places'])}")  # fmt: skip
    print(f"actor KB: {result['actors']:,} actors, {result['alias_patterns']:,} alias patterns; "
          f"sample: {', '.join(result['sample_actors'])}")  # fmt: skip
    if "kb_find_texts" in result:
        print(
            f"actor KB find: {result['kb_find_texts']} dev notes, "
            f"{result['kb_find_mentions']} mentions, {result['kb_find_texts_per_s']} notes/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
