"""A small store for API tests: articles of our own writing, hand-coded events (no spaCy) whose
evidence offsets point into the article texts."""

from __future__ import annotations

from frontline.model import Article, Claim, Event, Evidence
from frontline.store import Store
from tests.store.coded import FakeCoder, article

TEXTS = {
    "a-idlib": (
        "The Nusra Front and its Jaysh al-Fatah allies captured the city of Idlib on Saturday. "
        "The Nusra Front said 30 soldiers were killed in the assault.",
        "2015-03-28",
        "Levant Wire",
    ),
    "a-jisr": (
        "Jaysh al-Fatah fighters seized Jisr al-Shughur from government forces on Saturday. "
        "A monitoring group said 60 soldiers died.",
        "2015-04-25",
        "Orontes Daily",
    ),
    "a-jisr-2": (
        "Government troops retook Jisr al-Shughur on Monday after a week of fighting.",
        "2015-06-01",
        "Orontes Daily",
    ),
    "a-hts": (
        "Hayat Tahrir al-Sham shelled a village near Idlib, killing two civilians.",
        "2018-02-03",
        "Levant Wire",
    ),
}

PLACES = {
    "Idlib": dict(
        country="Syria", admin1="Idleb", admin2="Idleb", place_id="169389",
        latitude=35.93062, longitude=36.63393,
    ),
    "Jisr ash Shughur": dict(
        country="Syria", admin1="Idleb", admin2="Jisr-Ash-Shugur", place_id="169023",
        latitude=35.81418, longitude=36.31983,
    ),
}  # fmt: skip

GOV = dict(actor2="Military Forces of Syria (2000-2024)", actor2_id="syria-military", inter2=1)


def _ev(article_id: str, sentence: str, **fields) -> Event:
    text = TEXTS[article_id][0]
    start = text.index(sentence)
    place = PLACES[fields.pop("location")]
    base = dict(
        event_date=TEXTS[article_id][1],
        time_precision=1,
        disorder_type="Political violence",
        geo_precision=1,
        location=next(k for k, v in PLACES.items() if v is place),
        **place,
    )
    base.update(fields)
    e = Event(article_id=article_id, event_id=f"{article_id}-1", **base)
    e.evidence = [Evidence(sentence, start, start + len(sentence))]
    return e


def events_for() -> dict[str, list[Event]]:
    nusra_says = TEXTS["a-idlib"][0].index("The Nusra Front said")
    claim_sentence = "The Nusra Front said 30 soldiers were killed in the assault."
    idlib = _ev(
        "a-idlib",
        "The Nusra Front and its Jaysh al-Fatah allies captured the city of Idlib on Saturday.",
        location="Idlib",
        event_type="Strategic developments",
        sub_event_type="Non-state actor overtakes territory",
        actor1="Jabhat al Nusra",
        actor1_id="jabhat-al-nusra",
        assoc_actor_1="Jaysh al Fatah",
        inter1=2,
        fatalities=30,
        **GOV,
    )
    idlib.claims = [
        Claim(
            "Jabhat al Nusra",
            True,
            "said",
            "claimed",
            30,
            Evidence(claim_sentence, nusra_says, nusra_says + len(claim_sentence)),
        )
    ]
    jisr = _ev(
        "a-jisr",
        "Jaysh al-Fatah fighters seized Jisr al-Shughur from government forces on Saturday.",
        location="Jisr ash Shughur",
        event_type="Strategic developments",
        sub_event_type="Non-state actor overtakes territory",
        actor1="Jaysh al Fatah",
        actor1_id="jaysh-al-fatah",
        inter1=2,
        fatalities=60,
        **GOV,
    )
    retaken = _ev(
        "a-jisr-2",
        "Government troops retook Jisr al-Shughur on Monday after a week of fighting.",
        location="Jisr ash Shughur",
        event_type="Battles",
        sub_event_type="Government regains territory",
        actor1="Military Forces of Syria (2000-2024)",
        actor1_id="syria-military",
        inter1=1,
        actor2="Jaysh al Fatah",
        actor2_id="jaysh-al-fatah",
        inter2=2,
    )
    hts = _ev(
        "a-hts",
        "Hayat Tahrir al-Sham shelled a village near Idlib, killing two civilians.",
        location="Idlib",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Hayat Tahrir al Sham",
        actor1_id="hts",
        inter1=2,
        actor2="Civilians (Syria)",
        inter2=7,
        fatalities=2,
        geo_precision=2,
    )
    return {"a-idlib": [idlib], "a-jisr": [jisr], "a-jisr-2": [retaken], "a-hts": [hts]}


def articles() -> list[Article]:
    return [
        article(aid, text, day, source, title=text.split(".")[0])
        for aid, (text, day, source) in TEXTS.items()
    ]


def fill(db: str) -> None:
    with Store.open(db) as s:
        s.ingest(articles(), coder=FakeCoder(events_for()))
