"""Time-aware names: lineages (Nusra -> JFS -> HTS) and regime periods."""

import datetime as dt

import pytest

from frontline.link.actors import default_kb


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def test_actors_time_lineage_shared_by_nusra_and_hts(kb):
    assert kb.lineage("jabhat-al-nusra") == kb.lineage("hts") == ["jabhat-al-nusra", "jfs", "hts"]
    assert kb.lineage_root("hts") == "jabhat-al-nusra"


def test_actors_time_name_follows_lineage(kb):
    assert kb.name_on("jabhat-al-nusra", dt.date(2024, 11, 29)) == "HTS: Hayat Tahrir al Sham"
    assert kb.name_on("hts", dt.date(2015, 5, 1)) == "Jabhat al Nusra"
    assert kb.name_on("jabhat-al-nusra", dt.date(2016, 10, 1)) == "Jabhat Fateh al Sham"
    assert kb.resolve_on("jfs", dt.date(2017, 1, 28)) == "hts"
    assert kb.resolve_on("jfs", dt.date(2017, 1, 27)) == "jfs"


def test_actors_time_no_date_gives_own_latest_name(kb):
    assert kb.name_on("jabhat-al-nusra") == "Jabhat al Nusra"
    assert kb.name_on("syria-military") == "Military Forces of Syria (2024-)"


def test_actors_time_syrian_military_before_and_after_fall_of_assad(kb):
    assert (
        kb.name_on("syria-military", dt.date(2024, 12, 7)) == "Military Forces of Syria (2000-2024)"
    )
    assert kb.name_on("syria-military", dt.date(2024, 12, 8)) == "Military Forces of Syria (2024-)"
    assert (
        kb.name_on("syria-military", dt.date(2020, 5, 1)) == "Military Forces of Syria (2000-2024)"
    )


def test_actors_time_sub_unit_names_follow_parent(kb):
    assert kb.name_on("syria-military-intelligence", dt.date(2020, 5, 1)) == (
        "Military Forces of Syria (2000-2024) Military Intelligence"
    )
    unit = kb.get("syria-military-intelligence")
    assert "Military Forces of Syria (2000-) Military Intelligence" in unit.all_names()
    assert kb.get("yemen-security-belt").parent == "yemen-military"


def test_actors_time_islamic_state_names(kb):
    assert (
        kb.name_on("islamic-state", dt.date(2013, 6, 1)) == "Islamic State of Iraq and the Levant"
    )
    assert kb.name_on("al-qaeda-in-iraq", dt.date(2020, 1, 1)) == "Islamic State"
    assert kb.name_on("islamic-state", dt.date(2005, 1, 1)) == "Al Qaeda in Iraq"


def test_actors_time_saudi_coalition_operation_rename(kb):
    assert kb.name_on("operation-decisive-storm", dt.date(2020, 1, 1)) == "Operation Restoring Hope"
    assert kb.name_on("operation-restoring-hope", dt.date(2015, 4, 1)) == "Operation Decisive Storm"
