"""Convert the Who's On First locality tables into the package's village file.

Reads wof_{sy,lb,iq,ye}_localities.tsv (../shared/reference/gazetteer, see its README) and writes
src/frontline/data/places/wof_localities.tsv.gz (see frontline.link.geo_wof for the columns and
the rules), then prints what was merged, mapped and dropped.

Example:
    .venv/bin/python bench/convert_wof.py
    .venv/bin/python bench/convert_wof.py --src /work/shared/reference/gazetteer --out /tmp/v.tsv.gz
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a source tree without installing

from frontline.link.geo_wof import VILLAGES_FILE, convert, write_villages  # noqa: E402

SRC = ROOT.parent / "shared" / "reference" / "gazetteer"
OUT = ROOT / "src" / "frontline" / "data" / "places" / VILLAGES_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=SRC, help="folder of wof_CC_localities.tsv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    paths = sorted(args.src.glob("wof_*_localities.tsv"))
    if not paths:
        sys.exit(f"no wof_CC_localities.tsv in {args.src}")
    villages, stats = convert(paths)
    write_villages(villages, args.out)
    for name, count in sorted(stats.items()):
        print(f"{name}: {count}")
    print(f"wrote {args.out} ({args.out.stat().st_size / 2**20:.1f} MB)")


if __name__ == "__main__":
    main()
