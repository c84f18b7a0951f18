"""How many of the ACLED dev set's gold locations the embedded gazetteer knows.

A row's location is known when looking its name up in its country (no other context) gives a
candidate; "placed" when one of those candidates lies within 10 km of the gold coordinates;
"admin1" when one carries the gold admin1. ACLED's "City-Neighbourhood" names ("Aden-Hayy al
Qati") count as known through either part. The csv is read from ../shared, never copied.

Example:
    .venv/bin/python bench/gazetteer_coverage.py
    .venv/bin/python bench/gazetteer_coverage.py --gold ../shared/eval-dev/acled_middle_east_dev.csv --misses 20
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a source tree without installing

from frontline.evaluate.report import table  # noqa: E402
from frontline.link.gazetteer import distance_km  # noqa: E402
from frontline.link.places import Gazetteer, default_gazetteer  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval-dev" / "acled_middle_east_dev.csv"
NEAR_KM = 10.0


def _names(location: str) -> list[str]:
    """The location and, for ACLED's 'City-Neighbourhood' names, each part."""
    parts = [p.strip() for p in location.split("-") if p.strip()] if "-" in location else []
    return [location, *reversed(parts)]


def coverage(gaz: Gazetteer, rows: list[dict[str, str]]) -> dict[str, object]:
    known = placed = admin1 = 0
    by_country: dict[str, Counter] = {}
    misses: Counter = Counter()
    for row in rows:
        cands = []
        for name in _names(row["location"]):
            cands = gaz.lookup_rows(name, country=row["country"])
            if cands:
                break
        lat, lon = float(row["latitude"]), float(row["longitude"])
        places = [gaz.place(r) for _, r in cands]
        is_placed = any(distance_km(p.latitude, p.longitude, lat, lon) <= NEAR_KM for p in places)
        has_admin1 = any(p.admin1 == row["admin1"] for p in places)
        known += bool(cands)
        placed += is_placed
        admin1 += has_admin1
        c = by_country.setdefault(row["country"], Counter())
        c["n"] += 1
        c["known"] += bool(cands)
        c["placed"] += is_placed
        if not is_placed:
            misses[(row["country"], row["location"])] += 1
    n = len(rows) or 1
    return {
        "rows": len(rows),
        "known": known / n,
        "placed_10km": placed / n,
        "admin1": admin1 / n,
        "by_country": by_country,
        "misses": misses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--misses", type=int, default=0, help="print the N most frequent misses")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"{args.gold} not found: pass --gold", file=sys.stderr)
        return 2
    with args.gold.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    result = coverage(default_gazetteer(), rows)
    pct = lambda x: f"{100 * x:.1f}%"  # noqa: E731
    print(f"{result['rows']} rows: location known {pct(result['known'])}, "
          f"a candidate within {NEAR_KM:.0f} km {pct(result['placed_10km'])}, "
          f"a candidate with the gold admin1 {pct(result['admin1'])}")  # fmt: skip
    countries = sorted(result["by_country"].items(), key=lambda kv: -kv[1]["n"])
    print(table(["country", "n", "known", f"within {NEAR_KM:.0f} km"],
                [[c, v["n"], pct(v["known"] / v["n"]), pct(v["placed"] / v["n"])]
                 for c, v in countries]))  # fmt: skip
    if args.misses:
        print(table(["country", "location", "rows"],
                    [[c, loc, k] for (c, loc), k in result["misses"].most_common(args.misses)]))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
