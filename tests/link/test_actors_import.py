"""Importers for PETRARCH dictionaries and simple CSV actor lists."""

import datetime as dt
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.link.actor_import import import_csv, import_petrarch

FIXTURES = Path(__file__).parent / "fixtures"


def test_actors_import_petrarch_entries_and_codes():
    actors = {a.names[0].name: a for a in import_petrarch(FIXTURES / "actors_petrarch.txt")}
    assert set(actors) == {"Bashar Al-Assad", "Nuri Al-Maliki", "Abdullah Gul"}
    assad = actors["Bashar Al-Assad"]
    assert assad.aliases == ["Assad", "Bashar Assad"]
    assert [c.id for c in assad.codes] == ["SYRGOV", "SYRMIL"]
    assert assad.codes[0].start == dt.date(2000, 7, 17) and assad.codes[0].end is None
    assert assad.codes[1].end == dt.date(2000, 7, 16)
    assert (assad.country, assad.inter, assad.id) == ("Syria", 1, "petrarch:bashar-al-assad")
    maliki = actors["Nuri Al-Maliki"]
    assert maliki.codes[1].start == dt.date(2014, 9, 8)
    assert actors["Abdullah Gul"].codes[0].end == dt.date(2014, 8, 28)


def test_actors_import_petrarch_rejects_orphan_synonym(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("+ORPHAN_\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_petrarch(bad)


def test_actors_import_csv():
    first, second = import_csv(FIXTURES / "actors.csv")
    assert first.id == "csv:liwa-example"
    assert first.aliases == ["Example Brigade", "Liwa al-Example"]
    assert (first.inter, first.country) == (2, "Syria")
    assert (first.names[0].start, first.names[0].end) == (dt.date(2013, 1, 1), dt.date(2016, 6, 30))
    assert (second.inter, second.kind, second.names[0].start) == (4, "identity", None)


def test_actors_import_csv_rejects_unknown_country(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,aliases,type,country,start,end\nX,,2,Atlantis,,\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_csv(bad)
