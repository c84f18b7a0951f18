"""A progress bar for bulk ingest: bytes of the input read (so an ETA), articles and articles/s."""

from __future__ import annotations

import time

from tqdm import tqdm

from frontline.ingest.bulk import BulkInput


class BulkProgress:
    """Shows how far a BulkInput is; `update(n)` after each stored batch of a run of n articles."""

    def __init__(self, bulk: BulkInput, enabled: bool, desc: str = "ingest") -> None:
        self.bulk = bulk
        self.started = time.perf_counter()
        self.bar = tqdm(
            total=bulk.total_bytes or None,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            desc=desc,
            disable=not enabled,
        )

    def rate(self, articles: int) -> float:
        return articles / max(time.perf_counter() - self.started, 1e-9)

    def update(self, articles: int) -> None:
        self.bar.n = self.bulk.position
        self.bar.set_postfix_str(f"{articles} articles, {self.rate(articles):.1f} articles/s")

    def close(self) -> None:
        self.bar.n = self.bulk.position
        self.bar.close()
