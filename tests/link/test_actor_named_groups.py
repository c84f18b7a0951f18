"""Named tribes and clans read from the text."""

from frontline.link.actor_named_groups import find_named_groups


def names(text):
    return [(g.name, g.template) for g in find_named_groups(text)]


def test_named_groups_tribesmen_and_coordinated_names():
    assert names("clashes erupted between Al Hayash tribesmen and pro-Houthi forces") == [
        ("Al Hayash", "tribal-militia")
    ]
    assert names("between Al Tilan and Al Dahshal Ba al Harith tribal militias") == [
        ("Al Tilan", "tribal-militia"),
        ("Al Dahshal Ba al Harith", "tribal-militia"),
    ]


def test_named_groups_families_are_clans():
    assert names("a fight between the Al Salih and Al Tlais families") == [
        ("Al Salih", "clan-militia"),
        ("Al Tlais", "clan-militia"),
    ]


def test_named_groups_descriptions_are_not_names():
    for text in ("Armed tribesmen attacked", "Yemeni tribesmen", "Sunni Arab tribes", "Tribesmen"):
        assert names(text) == [], text
    assert names("Armed Al Awad tribesmen") == [("Al Awad", "tribal-militia")]


def test_named_groups_armed_ethnic_groups():
    from frontline.link.actor_named_groups import find_named_groups

    found = find_named_groups("Tiv militias attacked; suspected Fulani herdsmen killed 3 Fulani.")
    assert [(g.name, g.template) for g in found] == [
        ("Tiv", "ethnic-militia"),
        ("Fulani", "ethnic-militia"),
    ]
    assert find_named_groups("Peul herders clashed")[0].name == "Fulani"  # ACLED's spelling
    # raiders and pastoralists who act are the group's armed men; herders an act takes are victims
    assert [g.name for g in find_named_groups("Suspected Murle raiders attacked a camp.")] == [
        "Murle"
    ]
    assert find_named_groups("Misseriya pastoralists stabbed a soldier.")[0].name == "Misseriya"
    assert find_named_groups("Gunmen abducted 5 Fulani herders near Koro.") == []
    # two groups may share the noun
    assert [g.name for g in find_named_groups("Tiv and Ichen Ethnic Militias clashed.")] == [
        "Tiv",
        "Ichen",
    ]


def test_named_groups_ethnic_militia_name_in_a_country():
    from frontline.link.actors import default_kb

    kb = default_kb()
    (m,) = [x for x in kb.find("Tiv militias attacked Ichen villages", country="Nigeria")]
    assert (
        kb.generic("ethnic-militia", "Nigeria", name="Tiv").name == "Tiv Ethnic Militia (Nigeria)"
    )
    assert m.actor_id == "generic:ethnic-militia:tiv:nigeria"


def test_named_groups_communal_militias_by_their_community():
    from frontline.link.actors import default_kb

    kb = default_kb()
    text = "communal militias from Yagaba and Kubori marched to Gordi and attacked Fulani settlers."
    found = [(m.text, m.actor_id) for m in kb.find(text, country="Ghana")]
    assert found == [
        ("Yagaba", "generic:communal-militia:yagaba:ghana"),
        ("Kubori", "generic:communal-militia:kubori:ghana"),
    ]  # no generic "communal militias", and "settlers" is ACLED's Israeli actor only
    name = kb.generic("communal-militia", "Ghana", name="Yagaba").name
    assert name == "Yagaba Communal Militia (Ghana)"
    assert [m.actor_id for m in kb.find("settlers attacked", country="Palestine")] == [
        "generic:settlers"
    ]


def test_named_groups_named_gangs_where_acled_codes_gangs():
    from frontline.link.actors import default_kb

    kb = default_kb()

    def found(text, country="Mexico"):
        return [(m.text, m.actor_id) for m in kb.find(text, country=country)]

    assert found("members of the Los Enanos gang stabbed a man") == [
        ("Los Enanos", "generic:named-gang:los-enanos")
    ]
    assert kb.generic("named-gang", "Mexico", name="Los Enanos").name == "Los Enanos Gang"
    assert found("members of the Gulf Cartel") == [("Gulf Cartel", "mexico-gulf-cartel")]
    assert found("In Tijuana gang members shot a man") == [
        ("gang members", "generic:unidentified-gang:mexico")
    ]
    assert found("members of the Los Enanos gang", country="Syria") == []
