"""Sides by date: lineage across renamings, coalition partners only while they are partners,
members of a coalition on the day, nested coalitions, and the cached lookup equal to the KB's."""

from __future__ import annotations

import datetime as dt

import pytest

from frontline.link.actor_model import actor_from_dict
from frontline.link.actor_sides import SideIndex, side_of
from frontline.link.actors import ActorKB

SRC = ["written for these tests"]


def _actor(id: str, start: str, end: str | None = None, **more) -> dict:
    name = {"name": id.replace("-", " ").title(), "start": start, "end": end}
    return {"id": id, "names": [name], "inter": 2, "kind": "rebel", "sources": SRC, **more}


# Red Front and Blue Brigade fight together in the Alliance (2015-2017), then each other; Red Front
# renames itself Red Army in 2018; the Alliance sits in the Grand Council in 2016; Green Group joins
# the Alliance late and never leaves.
FACTS = [
    _actor("red-front", "2012-01-01", "2018-01-01", successor=[{"id": "red-army", "date": "2018-01-01"}],
           member_of=[{"id": "alliance", "start": "2015-03-01", "end": "2017-01-01"}]),
    _actor("red-army", "2018-01-01"),
    _actor("blue-brigade", "2012-01-01",
           member_of=[{"id": "alliance", "start": "2015-03-01", "end": "2017-01-01"}]),
    _actor("green-group", "2012-01-01"),
    _actor("alliance", "2015-03-01", "2017-01-01", kind="coalition",
           members=[{"id": "green-group", "start": "2016-06-01"}],
           member_of=[{"id": "grand-council", "start": "2016-01-01", "end": "2017-01-01"}]),
    _actor("grand-council", "2016-01-01", "2017-01-01", kind="coalition"),
]  # fmt: skip


@pytest.fixture(scope="module")
def sides() -> SideIndex:
    return SideIndex(ActorKB([actor_from_dict(raw, "test") for raw in FACTS], []))


def _partners(sides: SideIndex, a: str, b: str, on: dt.date | None) -> bool:
    return bool(sides.side(a, on) & sides.side(b, on))


def test_partners_in_a_coalition_are_one_side_while_it_lasts(sides: SideIndex) -> None:
    assert _partners(sides, "red-front", "blue-brigade", dt.date(2015, 6, 1))
    assert not _partners(sides, "red-front", "blue-brigade", dt.date(2014, 6, 1))  # not yet
    assert not _partners(sides, "red-front", "blue-brigade", dt.date(2017, 6, 1))  # split
    assert not _partners(sides, "red-army", "blue-brigade", dt.date(2019, 6, 1))


def test_a_renamed_group_stays_one_side_with_its_earlier_names(sides: SideIndex) -> None:
    for day in (dt.date(2013, 1, 1), dt.date(2015, 6, 1), dt.date(2020, 1, 1), None):
        assert _partners(sides, "red-front", "red-army", day)
    # an outlet calling the 2015 group by its later name still finds its 2015 partners
    assert _partners(sides, "red-army", "blue-brigade", dt.date(2015, 6, 1))


def test_a_coalition_includes_its_members_of_the_day_and_its_own_coalitions(
    sides: SideIndex,
) -> None:
    spring, autumn = dt.date(2016, 3, 1), dt.date(2016, 9, 1)
    assert "green-group" not in sides.side("alliance", spring)
    assert "green-group" in sides.side("alliance", autumn)  # joined in June
    assert "grand-council" in sides.side("red-front", spring)  # through the Alliance
    assert "grand-council" not in sides.side("red-front", dt.date(2015, 6, 1))
    assert {"red-front", "red-army"} <= sides.side("alliance", spring)  # a member's lineage


def test_a_dissolved_coalition_is_judged_on_its_last_day(sides: SideIndex) -> None:
    after = dt.date(2019, 1, 1)
    assert sides.side("alliance", after) == sides.side("alliance", dt.date(2016, 12, 31))
    assert _partners(sides, "alliance", "red-army", after)  # its members inherit what it held


def test_undated_sides_are_every_relation_ever(sides: SideIndex) -> None:
    assert _partners(sides, "red-army", "blue-brigade", None)
    assert sides.side("green-group", None) == {"green-group", "alliance", "grand-council"}


def test_unknown_generic_and_provisional_actors_have_no_side(sides: SideIndex) -> None:
    for actor_id in (None, "", "nobody", "generic:civilians", "prov:some-brigade"):
        assert sides.side(actor_id, dt.date(2016, 1, 1)) == frozenset()


def test_the_cached_timeline_equals_the_knowledge_base_on_every_day(sides: SideIndex) -> None:
    day, last = dt.date(2014, 12, 1), dt.date(2018, 3, 1)
    while day <= last:
        for actor_id in sides.kb.actors:
            judged = (
                min(day, dt.date(2016, 12, 31))
                if actor_id in ("alliance", "grand-council")
                else day
            )
            assert sides.side(actor_id, day) == sides.side_on(actor_id, judged), (actor_id, day)
        day += dt.timedelta(days=5)


def test_the_shipped_kb_splits_jaysh_al_fatah_partners_after_2017() -> None:
    nusra_2015 = side_of("jabhat-al-nusra", dt.date(2015, 4, 1))
    assert nusra_2015 & side_of("ahrar-al-sham", dt.date(2015, 4, 1))
    assert not side_of("hts", dt.date(2017, 7, 20)) & side_of("ahrar-al-sham", dt.date(2017, 7, 20))
