"""Coverage of ACLED's own actor names in the dev export (reads ../shared at run time)."""

import csv

import pytest

from frontline.link.actors import default_kb
from tests.conftest import SHARED

DEV = SHARED / "eval-dev" / "acled_middle_east_dev.csv"


@pytest.mark.shared
def test_actors_dev_acled_names_known():
    kb = default_kb()
    with DEV.open(encoding="utf-8") as handle:
        names = [r[c] for r in csv.DictReader(handle) for c in ("actor1", "actor2") if r[c]]
    ids = [kb.lookup_name(n) for n in names]
    known = sum(i is not None for i in ids) / len(names)
    named = sum(i is not None and not i.startswith("generic:") for i in ids) / len(names)
    print(f"actor1/actor2 names known: {known:.1%} (named KB actors {named:.1%}) of {len(names)}")
    assert known >= 0.95
