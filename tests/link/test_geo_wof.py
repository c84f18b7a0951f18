"""The Who's On First converter (geo_wof) on a fixture table we wrote."""

from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.link import geo_wof
from frontline.link.translit import name_key

FIXTURE = Path(__file__).parent / "fixtures" / "wof" / "wof_sy_localities.tsv"


@pytest.fixture(scope="module")
def converted():
    villages, stats = geo_wof.convert([FIXTURE])
    return {v.pid: v for v in villages}, stats


def test_current_records_mapped_to_acled_admin_units(converted):
    by_id, _ = converted
    kansafra = by_id["9100001"]
    assert (kansafra.name, kansafra.cc, kansafra.admin1_code, kansafra.admin2) == (
        "Kansafrah", "SY", "SY.12", "Ariha")  # fmt: skip
    assert by_id["9100003"].admin1_code == "SY.11"  # WOF's "Homs (Hims)"


def test_deprecated_record_is_an_alias_of_its_successor_or_dropped(converted):
    by_id, stats = converted
    kansafra = by_id["9100001"]
    keys = {name_key(n) for n in kansafra.alt_names}
    assert name_key("Kinsafra") in keys and "كنصفرة" in kansafra.alt_names
    assert "Кансафра" not in kansafra.alt_names  # scripts the index does not read
    assert "Kansafra" not in kansafra.alt_names  # same key as the name
    assert "9100004" not in by_id
    assert stats["deprecated kept as aliases"] == 1 and stats["deprecated dropped"] == 1


def test_one_place_per_geonames_id_and_no_region_takes_the_nearest(converted):
    by_id, stats = converted
    assert "Dirdara" in by_id["9100002"].alt_names  # the second current record merged
    assert stats["merged current duplicates"] == 1
    assert by_id["wof:5"].admin1_code == "SY.11"  # nearest labelled record: Homs' Dardarah
    assert "9100005" not in by_id  # placeholder coordinates far from any labelled record


def test_write_and_read_round_trip(converted, tmp_path):
    by_id, _ = converted
    out = tmp_path / "v.tsv.gz"
    geo_wof.write_villages(list(by_id.values()), out)
    rows = {r["id"]: r for r in geo_wof.read_villages(out)}
    assert rows["9100001"]["admin1"] == "Idleb" and rows["9100001"]["name_ar"] == "كنصفرة"
    assert out.read_bytes() == (geo_wof.write_villages(list(by_id.values()), out) or
                                out.read_bytes())  # deterministic  # fmt: skip


def test_bad_table_is_an_input_error(tmp_path):
    bad = tmp_path / "wof_sy_localities.tsv"
    bad.write_text("wof_id\tname\n1\tX\n", encoding="utf-8")
    with pytest.raises(InputError):
        geo_wof.convert([bad])


def test_imported_villages_merge_by_geonames_id_into_an_index(tmp_path):
    from frontline.link import geo_build
    from frontline.link.gazetteer import GazIndex

    geo_wof.import_wof([FIXTURE.parent], tmp_path)
    (path,) = geo_wof.imported_paths(tmp_path)
    idx = GazIndex(fingerprint="test")
    town = idx.add("9100002", "Dardarah", 36.01, 36.61, "SY", "SY.12", pop=900)
    geo_build._add_villages(idx, geo_wof.read_villages(path))
    assert idx.ids.count("9100002") == 1 and not idx.village[town]  # the town stays one place
    assert town in idx.rows(name_key("دردرة"))  # with WOF's Arabic name
    (kansafra,) = idx.rows(name_key("Kansafrah"))
    assert idx.village[kansafra] and idx.admin2[kansafra] == "Ariha"
    assert kansafra in idx.rows(name_key("كنصفرة"))
