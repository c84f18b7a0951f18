"""Acceptance: the three founding reports come out as an ACLED coder would code them.

Tolerant where coders could reasonably differ (associated actors, fatalities of a claim), strict on
type, place, date and actor identity.
"""

from __future__ import annotations

import json

import pytest

from frontline.model import Event
from tests.conftest import SHARED

pytestmark = [pytest.mark.shared, pytest.mark.model]
SEEDS = SHARED / "seeds" / "articles.jsonl"


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[Event]]:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not here")
    from frontline import code_article

    out = {}
    for line in SEEDS.read_text().splitlines():
        rec = json.loads(line)
        out[rec["id"][:3]] = code_article(
            rec["text"], article_id=rec["id"], published=rec["published"], source=rec["source"]
        )
    return out


def _find(events: list[Event], **want: object) -> list[Event]:
    return [e for e in events if all(getattr(e, k) == v for k, v in want.items())]


def _plain(name: str) -> str:
    return name.split(" (")[0].split(":")[0].lower()


# -- seed 000: VICE News, 2015-03-28, the fall of Idlib -----------------------------------------------
def test_seed_000_main_event_is_the_capture_of_idlib(seeds):
    main = seeds["000"][0]
    assert main.sub_event_type == "Non-state actor overtakes territory"
    assert main.event_type == "Battles"
    assert (main.location, main.admin1, main.country) == ("Idlib", "Idleb", "Syria")
    assert main.event_date == "2015-03-28"
    assert not main.background


def test_seed_000_actors_are_the_coalition_against_the_military(seeds):
    main = seeds["000"][0]
    assert _plain(main.actor1) in {
        "jaysh al fatah",
        "jaysh al fateh",
        "jabhat al nusra",
        "al nusra front",
    }
    assoc = main.assoc_actor_1.lower()
    for group in ("ahrar al sham", "jund al aqsa"):
        assert group in assoc
    assert main.actor2.startswith("Military Forces of Syria (2000-")
    assert main.inter1 == 2 and main.inter2 == 1 and main.interaction == 12


def test_seed_000_sohr_figure_is_a_claim(seeds):
    main = seeds["000"][0]
    sohr = [
        c
        for c in main.claims
        if "observatory" in c.claimant.lower() or "monitor" in c.claimant.lower()
    ]
    assert sohr, main.claims
    assert not sohr[0].claimant_is_party
    assert any(c.fatalities == 7 for c in sohr)


def test_seed_000_statue_is_property_destruction(seeds):
    statue = _find(seeds["000"], sub_event_type="Looting/property destruction")
    assert statue and statue[0].event_type == "Strategic developments"
    assert statue[0].admin1 == "Idleb"
    assert any("statue" in ev.text for ev in statue[0].evidence)


def test_seed_000_busra_is_its_own_event_within_the_week(seeds):
    busra = [e for e in seeds["000"] if e.location.startswith(("Busra", "Bosra"))]
    assert busra, [(e.location, e.sub_event_type) for e in seeds["000"]]
    assert busra[0].sub_event_type == "Non-state actor overtakes territory"
    assert busra[0].admin1 == "Dar'a"
    assert busra[0].time_precision == 2
    assert busra[0].event_date and "2015-03-21" <= busra[0].event_date < "2015-03-28"


def test_seed_000_raqqa_under_islamic_state_is_background(seeds):
    raqqa = [e for e in seeds["000"] if e.admin1 == "Ar-Raqqa"]
    assert raqqa and all(e.background for e in raqqa)
    assert any("Islamic State" in e.actor1 for e in raqqa)


def test_seed_000_ranking_of_idlib_names_no_other_captor(seeds):
    at_idlib = [e for e in seeds["000"] if e.admin1 == "Idleb" and e.event_type == "Battles"]
    assert at_idlib and not any("Islamic State" in e.actor1 for e in at_idlib)
    texts = [" ".join(ev.text.split()) for ev in seeds["000"][0].evidence]
    assert any("second Syrian province" in t for t in texts)


# -- seed 001: Long War Journal, 2015-04-26, Jisr al-Shughur ------------------------------------------
def test_seed_001_main_event_is_the_capture_of_jisr_al_shughur(seeds):
    main = seeds["001"][0]
    assert main.sub_event_type == "Non-state actor overtakes territory"
    assert main.admin1 == "Idleb"
    assert "shughur" in main.location.lower()
    assert main.event_date == "2015-04-25"
    assert _plain(main.actor1) in {"jabhat al nusra", "al nusra front"}
    assoc = main.assoc_actor_1.lower()
    assert "ahrar al sham" in assoc and "turkistan islamic party" in assoc


def test_seed_001_gains_in_latakia_and_al_ghab(seeds):
    events = [e for e in seeds["001"] if not e.background]
    assert any(e.admin1 == "Lattakia" for e in events), [(e.location, e.admin1) for e in events]
    assert any(e.admin1 == "Hama" for e in events)


def test_seed_001_jisr_al_shughur_changes_hands_once(seeds):
    jisr = [
        e
        for e in seeds["001"]
        if "shughur" in e.location.lower() and e.sub_event_type.endswith("territory")
    ]
    assert [e.event_date for e in jisr] == ["2015-04-25"]


def test_seed_001_unlisted_village_in_latakia_is_no_capture_of_the_city(seeds):
    latakia = [e for e in seeds["001"] if e.admin1 == "Lattakia" and not e.background]
    assert latakia and all(e.geo_precision >= 2 for e in latakia)


def test_seed_001_ongoing_fighting_is_no_capture(seeds):
    for e in seeds["001"]:
        if e.sub_event_type.endswith("territory") and not e.background:
            assert not all("is also fighting" in ev.text for ev in e.evidence if len(ev.text) > 40)


def test_seed_001_fall_of_idlib_is_background(seeds):
    idlib = [e for e in seeds["001"] if e.location == "Idlib"]
    assert idlib and all(e.background for e in idlib)


def test_seed_001_ignores_comments_and_tags(seeds):
    text = " ".join(ev.text for e in seeds["001"] for ev in e.evidence)
    for junk in ("Will Fenwick", "T-55MV", "Boko Haram", "Tags:", "donation"):
        assert junk not in text


# -- seed 002: RT, 2024-11-29, HTS enters Aleppo ------------------------------------------------------
def test_seed_002_hts_enters_aleppo_as_a_clash_with_its_claim(seeds):
    main = seeds["002"][0]
    assert (main.event_type, main.sub_event_type) == ("Battles", "Armed clash")
    assert (main.location, main.admin1) == ("Aleppo", "Aleppo")
    assert main.event_date == "2024-11-29"
    assert main.actor1 == "HTS: Hayat Tahrir al Sham"
    assert main.actor2.startswith("Military Forces of Syria (2000-2024)")
    hts = [c for c in main.claims if c.claimant_is_party and c.stance == "claimed"]
    assert hts


def test_seed_002_offensive_launched_two_days_before(seeds):
    launched = [e for e in seeds["002"] if e.event_date == "2024-11-27"]
    assert launched and launched[0].event_type == "Battles"
    assert launched[0].actor1 == "HTS: Hayat Tahrir al Sham"


def test_seed_002_air_strikes_with_the_russian_claim(seeds):
    strikes = _find(seeds["002"], sub_event_type="Air/drone strike")
    assert strikes
    strike = strikes[0]
    assert "Russia" in strike.actor1 or "Russia" in strike.assoc_actor_1
    party = [c for c in strike.claims if c.claimant_is_party]
    assert any(c.fatalities == 400 for c in party), strike.claims


def test_seed_002_defense_ministry_claim_kept(seeds):
    claims = [c for e in seeds["002"] for c in e.claims]
    assert any("ministry" in c.claimant.lower() and c.claimant_is_party for c in claims)


def test_seed_002_hts_and_nusra_share_a_lineage(seeds):
    from frontline.link.actors import default_kb

    kb = default_kb()
    hts = next(e.actor1_id for e in seeds["002"] if e.actor1.startswith("HTS"))
    nusra = next(e.actor1_id for e in seeds["001"] if "nusra" in e.actor1.lower())
    assert kb.lineage_root(hts) == kb.lineage_root(nusra)


def test_seed_002_background_statements_are_not_news(seeds):
    for e in seeds["002"]:
        if e.event_date and e.event_date < "2024-01-01":
            assert e.background
