"""How long `recode --all` keeps other writers waiting: the store's write transactions during a
re-coding of the ACLED dev notes (SQLite), against the whole re-coding.

`Store.recode` codes with no transaction open and writes every `--write-every` coded articles in
one transaction; a concurrent `ingest` or API write waits at most as long as the longest of them.

Example:
    .venv/bin/python bench/recode.py
    .venv/bin/python bench/recode.py --limit 300 --write-every 50
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a source tree without installing

from frontline.evaluate.runner import read_articles_jsonl  # noqa: E402
from frontline.store import Store  # noqa: E402
from frontline.store.recode import WRITE_EVERY, RecodeMixin  # noqa: E402

DEFAULT_ARTICLES = ROOT.parent / "shared" / "eval-dev" / "acled_middle_east_dev_articles.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--write-every", type=int, default=WRITE_EVERY)
    args = parser.parse_args()

    writes: list[float] = []
    write = RecodeMixin._write_recoded

    def timed(self, coded):  # noqa: ANN001, ANN202
        start = time.perf_counter()
        try:
            return write(self, coded)
        finally:
            writes.append(time.perf_counter() - start)

    RecodeMixin._write_recoded = timed  # type: ignore[method-assign]
    articles = read_articles_jsonl(args.articles, args.limit)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "recode.db") as store:
        store.ingest(articles)
        start = time.perf_counter()
        report = store.recode(write_every=args.write_every)
        total = time.perf_counter() - start
    print(f"recode --all of {len(report.recoded)} articles ({report.events} events): {total:.2f} s")
    print(
        f"  write transactions: {len(writes)}, longest {max(writes, default=0):.2f} s, "
        f"together {sum(writes):.2f} s ({sum(writes) / total:.0%}); coding holds no lock"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
