"""The actor knowledge base's cost: load time and memory (budget: under 2 s and 400 MB).

Loads the shipped KB in this fresh process (no spaCy, no gazetteer), then times `find` over the
ACLED dev notes when ../shared is present. Exits 1 when the load breaks the budget.

Example:
    .venv/bin/python bench/kb_load.py
    .venv/bin/python bench/kb_load.py --json
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a source tree without installing

from frontline.link.actors import ActorKB  # noqa: E402

NOTES = ROOT.parent / "shared" / "eval-dev" / "acled_middle_east_dev_articles.jsonl"
BUDGET_SECONDS, BUDGET_MB = 2.0, 400.0


def rss_mb() -> float:
    """Peak resident set size so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    before = rss_mb()
    began = time.perf_counter()
    kb = ActorKB.load()
    load_s = time.perf_counter() - began
    figures = {
        "actors": len(kb),
        "alias_patterns": kb.alias_count,
        "load_seconds": round(load_s, 3),
        "rss_before_mb": round(before, 1),
        "peak_rss_mb": round(rss_mb(), 1),
    }
    if NOTES.exists():
        texts = [json.loads(x)["text"] for x in NOTES.read_text("utf-8").splitlines() if x]
        began = time.perf_counter()
        mentions = sum(len(kb.find(t)) for t in texts)
        took = time.perf_counter() - began
        figures |= {"find_texts": len(texts), "find_mentions": mentions,
                    "find_texts_per_s": round(len(texts) / took, 1)}  # fmt: skip
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:18} {value}")
    return 0 if load_s < BUDGET_SECONDS and figures["peak_rss_mb"] < BUDGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
