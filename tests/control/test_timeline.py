"""Control of territory: a timeline per place, controllers with lineage, contested places, and no
silent inheritance by coarse places."""

from __future__ import annotations

import datetime as dt

from frontline.control import control_at, place_history
from frontline.fuse import Report, fuse
from frontline.model import Evidence
from tests.store.coded import claim, event

ARMY = dict(
    actor1="Military Forces of Syria (2000-2024)",
    actor1_id="syria-military",
    actor2="Jaysh al Fatah",
    actor2_id="jaysh-al-fatah",
    sub_event_type="Government regains territory",
)


def _records(*events) -> list[dict]:
    reports = [
        Report(e.event_id, e, dt.date.fromisoformat(e.event_date or "2016-06-01")) for e in events
    ]
    return [f.to_record() for f in fuse(reports)]


def test_a_capture_makes_its_actor_the_controller_from_that_day() -> None:
    records = _records(event("a", 1), event("b", 1, source="Other"))
    assert control_at(records, "2015-03-27") == []
    (idlib,) = control_at(records, "2015-04-30")
    assert (idlib["location"], idlib["controller"], idlib["since"]) == (
        "Idlib",
        "Jaysh al Fatah",
        "2015-03-28",
    )
    assert idlib["lineage"] == ["jaysh-al-fatah"]
    assert len(idlib["sources"]) == 2 and len(idlib["events"]) == 1
    assert idlib["confidence"] > 0.5


def test_a_later_regain_changes_hands_and_the_history_lists_both() -> None:
    records = _records(event("a", 1), event("c", 1, event_date="2016-02-10", **ARMY))
    (idlib,) = control_at(records, "2016-03-01")
    assert (
        idlib["controller"].startswith("Military Forces of Syria")
        and idlib["since"] == "2016-02-10"
    )
    history = place_history(records, "idlib")
    assert [h["controller"] for h in history] == [
        "Jaysh al Fatah",
        "Military Forces of Syria (2000-2024)",
    ]
    assert place_history(records, "169389") == history


def test_the_controller_keeps_its_first_date_through_renamings() -> None:
    nusra = event("a", 1, actor1="Jabhat al Nusra", actor1_id="jabhat-al-nusra")
    hts = event(
        "b", 1, event_date="2017-08-01", actor1="HTS: Hayat Tahrir al Sham", actor1_id="hts"
    )
    (idlib,) = control_at(_records(nusra, hts), "2018-01-01")
    assert idlib["since"] == "2015-03-28"
    assert idlib["lineage"] == ["jabhat-al-nusra", "jfs", "hts"]


def test_a_control_statement_gives_the_controller_since_its_year() -> None:
    statement = event(
        "s",
        1,
        event_date=None,
        time_precision=3,
        background=True,
        flags=["control statement: since 2016"],
        **ARMY,
    )
    (idlib,) = control_at(_records(statement), "2020-01-01")
    assert idlib["since"] == "2016-01-01" and idlib["since_precision"] == 3
    undated = event(
        "u",
        1,
        event_date=None,
        time_precision=3,
        background=True,
        flags=["control statement"],
        **ARMY,
    )
    (held,) = control_at(_records(undated), "2020-01-01")  # published 2016-06-01 (see _records)
    assert held["since"] is None and held["known_from"] == "2016-06-01"
    assert control_at(_records(undated), "2016-05-01") == []


def test_a_place_is_contested_while_claims_conflict() -> None:
    rival = event("b", 1, event_date="2015-03-30", **ARMY)
    (idlib,) = control_at(_records(event("a", 1), rival), "2015-04-01")
    assert idlib["controller"] == "contested"
    assert idlib["claimants"] == ["Jaysh al Fatah", "Military Forces of Syria (2000-2024)"]
    assert idlib["confidence"] <= 0.3
    denied = event("d", 1, claims=[claim("Syrian army", True, "denied")])
    assert control_at(_records(denied), "2015-04-01")[0]["controller"] == "contested"


def test_an_independent_confirmation_outweighs_a_party_denial() -> None:
    claims = [claim("Syrian army", True, "denied"), claim("SOHR", False, "reported")]
    (idlib,) = control_at(_records(event("d", 1, claims=claims)), "2015-04-01")
    assert idlib["controller"] == "Jaysh al Fatah"
    party_only = [claim("Syrian army", True, "denied"), claim("Nusra Front", True, "claimed")]
    (held,) = control_at(_records(event("p", 1, claims=party_only)), "2015-04-01")
    assert held["controller"] == "contested"


def test_coarse_places_inherit_nothing() -> None:
    governorate = event("g", 1, location="Idleb", place_id="169387", geo_precision=3)
    assert control_at(_records(governorate), "2015-04-30") == []
    listed = control_at(_records(event("a", 1)), "2015-04-30", admin1="Idleb")
    assert [p["location"] for p in listed] == ["Idlib"]  # the capital, never the governorate
    assert control_at(_records(event("a", 1)), "2015-04-30", admin1="Aleppo") == []


def test_fighting_without_a_change_of_hands_says_nothing_about_control() -> None:
    clash = event("a", 1, sub_event_type="Armed clash")
    assert control_at(_records(clash), "2015-04-30") == []


def test_a_withdrawal_passes_the_place_to_the_receiver_or_to_nobody_known() -> None:
    transfer = dict(
        event_type="Strategic developments", sub_event_type="Non-violent transfer of territory"
    )
    handed = event(
        "h",
        1,
        **transfer,
        evidence=[Evidence("Government forces handed over the town to the SDF.", 0, 50)],
        actor1="Military Forces of Syria (2000-2024)",
        actor1_id="syria-military",
        actor2="QSD: Syrian Democratic Forces",
        actor2_id="sdf",
    )
    (place,) = control_at(_records(handed), "2015-04-01")
    assert place["controller"] == "QSD: Syrian Democratic Forces"
    left = event(
        "w",
        1,
        **transfer,
        evidence=[Evidence("Rebels withdrew from the town on Friday.", 0, 40)],
        actor2="",
        actor2_id=None,
    )
    history = place_history(_records(event("a", 1, event_date="2015-03-20"), left), "Idlib")
    assert [h["controller"] for h in history] == ["Jaysh al Fatah", "unknown (vacated)"]
    assert history[-1]["kind"] == "withdrawal of Jaysh al Fatah"
    took = event(
        "t",
        1,
        **transfer,
        evidence=[Evidence("The group took over the town without a fight.", 0, 45)],
    )
    assert control_at(_records(took), "2015-04-01")[0]["controller"] == "Jaysh al Fatah"


def test_coalition_partners_taking_a_town_together_do_not_contest_it() -> None:
    coalition = event("a", 1)  # Jaysh al Fatah takes Idlib
    member = event(
        "b", 1, event_date="2015-03-29", actor1="Jabhat al Nusra", actor1_id="jabhat-al-nusra"
    )
    (idlib,) = control_at(_records(coalition, member), "2015-04-01")
    assert idlib["controller"] == "Jabhat al Nusra"
    assert idlib["since"] == "2015-03-28" and idlib["confidence"] > 0.3


NUSRA = dict(actor1="Jabhat al Nusra", actor1_id="jabhat-al-nusra")
AHRAR = dict(actor1="AAS: Ahrar al Sham", actor1_id="ahrar-al-sham")
HTS = dict(actor1="HTS: Hayat Tahrir al Sham", actor1_id="hts")


def test_partners_taking_a_town_together_do_not_contest_it() -> None:
    # al-Nusra and Ahrar al-Sham were both in Jaysh al-Fatah in 2015
    records = _records(event("a", 1, **AHRAR), event("b", 1, event_date="2015-03-30", **NUSRA))
    (idlib,) = control_at(records, "2015-04-01")
    assert idlib["controller"] == "Jabhat al Nusra" and idlib["since"] == "2015-03-28"


def test_former_partners_who_split_take_a_town_from_each_other() -> None:
    # HTS (al-Nusra renamed) drove Ahrar al-Sham out of Idlib in July 2017, after Jaysh al-Fatah
    ahrar = event("a", 1, **AHRAR)
    hts = event("b", 1, event_date="2017-07-23", **HTS)
    (idlib,) = control_at(_records(ahrar, hts), "2017-08-01")
    assert idlib["controller"] == "HTS: Hayat Tahrir al Sham" and idlib["since"] == "2017-07-23"
    fighting = event("c", 1, event_date="2017-07-20", **AHRAR)  # Ahrar retook it 3 days before
    (idlib,) = control_at(_records(ahrar, fighting, hts), "2017-07-24")
    assert idlib["controller"] == "contested"


def test_the_holdings_of_a_dissolved_coalition_pass_to_its_members() -> None:
    # Jaysh al-Fatah (with al-Nusra, later JFS) took Idlib in 2015 and dissolved in January 2017
    hts = event("b", 1, event_date="2017-08-01", **HTS)
    (idlib,) = control_at(_records(event("a", 1), hts), "2017-09-01")
    assert idlib["controller"] == "HTS: Hayat Tahrir al Sham" and idlib["since"] == "2015-03-28"
