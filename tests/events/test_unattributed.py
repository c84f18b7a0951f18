"""Unattributed events: actor1 is never empty, as in ACLED's coding."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _main(text: str, published: str = "2016-03-10"):
    from frontline import code_article

    return next(e for e in code_article(text, published=published) if not e.background)


def test_an_unattributed_air_strike_is_flown_by_the_air_power_named_before_it():
    text = (
        "Russian warplanes pounded the countryside of Idlib province in Syria on Tuesday.\n\n"
        "Later that day an air strike hit a bakery in Saraqib, killing six civilians."
    )
    event = _main(text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.startswith("Military Forces of Russia")


def test_an_air_strike_with_no_air_power_named_is_by_unidentified_military_forces():
    event = _main(
        "An air strike hit a bakery in Saraqib, Idlib, Syria on Tuesday, killing six civilians."
    )
    assert event.actor1 == "Unidentified Military Forces"
    assert any(f.startswith("actor1 inferred") for f in event.flags)


def test_unattributed_shelling_is_by_an_unidentified_armed_group():
    event = _main(
        "Shells fell on a market in Saraqib, Idlib, Syria on Tuesday, killing four civilians."
    )
    assert event.actor1 == "Unidentified Armed Group (Syria)"


def test_excessive_force_with_only_the_crowd_named_is_by_the_police():
    # found by the whole-coder fuzz target: the crowd moved to actor2 left actor1 empty
    from frontline.ingest import article_from_text
    from frontline.pipeline import code_one

    [event] = code_one(article_from_text("protesters gathered in\nkilling 7 civilians."))
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1.startswith("Police Forces of")
    assert event.actor2.startswith("Protesters")


def test_an_unattributed_bombing_is_by_the_armed_group_the_previous_sentence_has_as_subject():
    events = [
        e
        for e in _all(
            "Islamic State jihadists attacked a town in northern Syria on Thursday. "
            "A first attacker blew himself up at a school, killing 10 Kurdish fighters."
        )
        if e.sub_event_type == "Suicide bomb"
    ]
    assert [e.actor1 for e in events] == ["Islamic State (Syria)"]


def test_a_bombing_in_a_new_paragraph_is_not_the_previous_subjects():
    [bomb] = [
        e
        for e in _all(
            "Islamic State jihadists attacked a town in northern Syria on Thursday.\n\n"
            "In another incident, a roadside bomb exploded in Raqqa, killing 10 people."
        )
        if e.sub_event_type == "Remote explosive/landmine/IED"
    ]
    assert bomb.actor1 == "Unidentified Armed Group (Syria)"


def _all(text: str, published: str = "2016-03-10"):
    from frontline import code_article

    return code_article(text, published=published)


def test_an_arrest_of_people_no_group_is_named_for_detains_civilians():
    from frontline import code_article

    [event] = code_article(
        "On 9 May 2020, police arrested 12 opposition activists in Harare, Zimbabwe."
    )
    assert (event.sub_event_type, event.actor2) == ("Arrests", "Civilians (Zimbabwe)")


def test_a_battle_with_militants_of_no_name_is_against_an_unidentified_armed_group():
    event = _main(
        "On 5 May 2020, security forces killed two militants in an encounter in Shopian "
        "district, Jammu and Kashmir.",
        published="2020-05-06",
    )
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 == "Unidentified Armed Group (India)"
    assert any("does not name" in f for f in event.flags)


def test_a_battle_whose_sentence_names_no_side_is_fought_by_the_previous_sentences_subject():
    text = (
        "On 5 May 2020, in Sao Goncalo, Rio de Janeiro, Military Police officers went to the "
        "Chumbada community to prevent drug trafficking. An intense shoot-out broke out and a "
        "suspect was shot and injured."
    )
    [clash] = [e for e in _all(text, "2020-05-06") if e.sub_event_type == "Armed clash"]
    assert clash.actor1.startswith("Military Forces of Brazil")
    assert clash.actor1.endswith("Military Police")
    assert any("previous sentence" in f for f in clash.flags)


def test_a_battle_sentence_that_names_a_side_keeps_its_own():
    text = (
        "Military Police officers went to the Chumbada community in Sao Goncalo, Rio de Janeiro. "
        "A shoot-out broke out with members of the CV (Red Command)."
    )
    [clash] = [e for e in _all(text, "2020-05-06") if e.sub_event_type == "Armed clash"]
    assert clash.actor1 == "CV: Red Command"
