"""The tuning and held-out halves of each dev set.

Rules are grown by reading misses; scores on the rows that were read overstate what users get. Each
dev set is therefore cut once into a `tune` half, whose misses may be read, and a `held` half, which
is only measured. The world notes are cut by country (`world_halves.tsv`), so the held half also
measures countries the coder was never tuned on; any other row falls by a hash of its id.
"""

from __future__ import annotations

import csv
import hashlib
from functools import cache
from importlib import resources
from typing import Literal

Half = Literal["tune", "held"]
HALVES: tuple[Half, ...] = ("tune", "held")


def hash_half(key: str) -> Half:
    """`tune` when the last hex digit of the key's SHA-1 is even: stable across runs and machines."""
    return "tune" if int(hashlib.sha1(key.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "held"


@cache
def country_halves() -> dict[str, Half]:
    """Country (ACLED spelling) -> its half of the world dev set, from `world_halves.tsv`."""
    text = resources.files(__package__).joinpath("world_halves.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    halves: dict[str, Half] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["half"] not in HALVES:
            raise ValueError(f"world_halves.tsv: {row['country']} has half {row['half']!r}")
        halves[row["country"]] = row["half"]  # type: ignore[assignment]
    return halves


def acled_half(row: dict[str, str]) -> Half:
    """The half of an ACLED gold row: its country's, else by its event id."""
    return country_halves().get(row.get("country", "")) or hash_half(row["event_id_cnty"])
