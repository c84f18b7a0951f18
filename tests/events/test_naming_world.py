"""Naming beyond the Middle East: unidentified criminal perpetrators (lexicons/gangs.yaml) and
state forces the text names by their country."""

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


def test_naming_state_named_by_the_text_stays_that_state():
    from frontline.pipeline import code_article

    text = (
        "On 8 May 2020, military forces of Armenia fired with unspecified weapons on the "
        "positions of the military forces of Azerbaijan located at Munjuglu, Tovuz."
    )
    event = code_article(text, published="2020-05-09")[0]
    assert event.actor1 == "Military Forces of Armenia (2018-)"
    assert event.actor2 == "Military Forces of Azerbaijan (2003-)"


def test_naming_unplaced_event_country_from_a_word_only_it_uses():
    from frontline.pipeline import code_article

    text = "On 8 May 2020, a drug suspect was killed during a police raid in Barangay Kapitan Pepe."
    event = code_article(text, published="2020-05-09")[0]
    assert event.actor1 == "Police Forces of the Philippines (2016-)"
