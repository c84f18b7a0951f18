"""Unidentified criminal perpetrators (lexicons/gangs.yaml): gang, or gang and/or police militia."""

from frontline.events.naming import criminal_violence, gang_template


def test_naming_gangs_brazil_undistinguished_perpetrator():
    text = "a man was killed in a drive-by shooting by two armed men on a motorcycle."
    assert criminal_violence(text, "Brazil")
    assert gang_template(text, "Brazil") == "unidentified-gang-or-police-militia"


def test_naming_gangs_brazil_report_names_a_gang():
    text = "two men were shot to death by gang members in a drive-by shooting."
    assert gang_template(text, "Brazil") == "unidentified-gang"


def test_naming_gangs_other_countries_keep_the_gang_actor():
    text = "a man was killed in a drive-by shooting."
    assert gang_template(text, "Mexico") == "unidentified-gang"
