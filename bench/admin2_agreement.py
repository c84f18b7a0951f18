"""How often the main event's admin2 equals ACLED's, by country (`frontline evaluate` does not score
admin2: most countries' rows would fail it for want of an admin2 table).

Codes the ACLED dev notes as `frontline evaluate` does. The csv is read from ../shared, never copied.

Example:
    .venv/bin/python bench/admin2_agreement.py
    .venv/bin/python bench/admin2_agreement.py --gold ../shared/eval-dev/acled_middle_east_dev.csv
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a source tree without installing

from frontline.evaluate.acled import evaluate_acled  # noqa: E402
from frontline.evaluate.report import table  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval-dev" / "acled_middle_east_dev.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args()
    if not args.gold.exists():
        sys.exit(f"{args.gold} not found: pass --gold")
    report = evaluate_acled(args.gold, progress=False)
    n, same = Counter(), Counter()
    for row in report.rows:
        country = row.gold["country"]
        n[country] += 1
        same[country] += row.event is not None and row.event.admin2 == row.gold["admin2"]
    total = sum(same.values()) / max(1, sum(n.values()))
    print(f"{sum(n.values())} rows: admin2 as ACLED's {total:.1%}")
    rows = [[c, k, f"{same[c] / k:.1%}"] for c, k in n.most_common()]
    print(table(["country", "n", "admin2"], rows))


if __name__ == "__main__":
    main()
