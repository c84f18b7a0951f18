"""Precision and recall of the relevance filter on its labelled fixture (tests/ingest/relevance_fixture.py):
ACLED dev notes and FA-KES articles (positives, from ../shared) against made-up sport, weather,
markets, culture, accident, science, civic and lifestyle news (negatives), per half.

Example:
    .venv/bin/python bench/relevance.py                 # the table of QUALITY.md
    .venv/bin/python bench/relevance.py --misses 20     # tune-half misses only (the held half is never read)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.ingest.relevance_fixture import fixture  # noqa: E402

from frontline.ingest.relevance import relevance  # noqa: E402
from frontline.model import Article  # noqa: E402


def scores(items: list) -> dict[str, float]:
    tp = sum(1 for i, v in items if i.relevant and v.relevant)
    fp = sum(1 for i, v in items if not i.relevant and v.relevant)
    fn = sum(1 for i, v in items if i.relevant and not v.relevant)
    pos = sum(1 for i, _ in items if i.relevant)
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / pos if pos else 0.0,
        "specificity": (len(items) - pos - fp) / (len(items) - pos) if len(items) > pos else 0.0,
        "positives": pos,
        "negatives": len(items) - pos,
        "false_positives": fp,
        "false_negatives": fn,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many tune-half misses")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    items = fixture()
    start = time.perf_counter()
    judged = [(i, relevance(Article(id=i.id, text=i.text, title=i.title))) for i in items]
    seconds = time.perf_counter() - start
    out = {
        "all": scores(judged),
        "tune": scores([p for p in judged if p[0].half == "tune"]),
        "held": scores([p for p in judged if p[0].half == "held"]),
        "articles_per_s": len(items) / seconds,
        "misses_by_kind": dict(Counter(i.kind for i, v in judged if i.relevant != v.relevant)),
    }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for half in ("tune", "held", "all"):
            s = out[half]
            print(f"{half:5} precision {s['precision']:.3f}  recall {s['recall']:.3f}  specificity {s['specificity']:.3f}  "
                  f"({s['positives']} pos, {s['negatives']} neg; FP {s['false_positives']}, FN {s['false_negatives']})")  # fmt: skip
        print(f"{out['articles_per_s']:.0f} articles/s; misses by kind {out['misses_by_kind']}")
    misses = [(i, v) for i, v in judged if i.half == "tune" and i.relevant != v.relevant]
    for item, verdict in misses[: args.misses]:
        print(
            f"\n[{item.kind} {'POS' if item.relevant else 'NEG'}] {item.id}: {verdict.reason}\n  {item.text[:300]}"
        )


if __name__ == "__main__":
    main()
