"""Time questions about actors: lineages that existed on a day, coalition membership by date."""

import datetime as dt

from frontline.link.actor_dates import lineage_end, lineage_exists, member_off_dates
from frontline.link.actors import default_kb

MARCH_2013, APRIL_2015 = dt.date(2013, 3, 15), dt.date(2015, 4, 1)


def test_a_coalition_did_not_exist_before_it_was_formed():
    kb = default_kb()
    assert not lineage_exists(kb, "jaysh-al-fatah", MARCH_2013)
    assert lineage_exists(kb, "jaysh-al-fatah", APRIL_2015)


def test_a_renamed_group_existed_under_its_earlier_name():
    assert lineage_exists(default_kb(), "hts", MARCH_2013)  # as the Nusra Front


def test_unknown_actors_and_undated_events_are_not_ruled_out():
    kb = default_kb()
    assert lineage_exists(kb, "not-in-the-kb", MARCH_2013)
    assert lineage_exists(kb, "jaysh-al-fatah", None)


def test_a_member_named_with_its_coalition_is_off_dates_before_it_joined():
    kb = default_kb()
    assert member_off_dates(kb, "jabhat-al-nusra", {"jaysh-al-fatah"}, MARCH_2013)
    assert not member_off_dates(kb, "jabhat-al-nusra", {"jaysh-al-fatah"}, APRIL_2015)
    assert not member_off_dates(kb, "jabhat-al-nusra", set(), MARCH_2013)  # coalition not named


def test_a_lineage_ends_when_its_last_name_does():
    kb = default_kb()
    assert lineage_end(kb, "jaysh-al-fatah") == dt.date(2017, 1, 28)
    assert lineage_end(kb, "jabhat-al-nusra") == lineage_end(kb, "hts")  # renamed, not ended
    assert lineage_end(kb, "ahrar-al-sham") is None
