"""The labelled fixture of the relevance filter.

Negatives: made-up, real-looking news that is not about conflict, protest or political violence —
sport, weather and disasters, markets, culture, accidents, science and civic news — generated
from templates with varied fillers, including the hard cases that share conflict words ("the
visitors attacked down the left", "a market crash", "shooting a film", "the storm killed three").
Positives: ACLED's dev notes and the FA-KES articles, read from ../shared at test time (never
copied here). Each item has a half (tune / held, by a hash of its id) as the evaluation does.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("FRONTLINE_SHARED", ROOT.parent / "shared"))
POSITIVE_FILES = (
    "eval-dev/acled_world_dev_articles.jsonl",
    "eval-dev/acled_middle_east_dev_articles.jsonl",
    "eval-dev/fakes_dev_articles.jsonl",
)


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    title: str | None
    text: str
    relevant: bool
    kind: str

    @property
    def half(self) -> str:
        return "tune" if int(hashlib.sha256(self.id.encode()).hexdigest(), 16) % 2 else "held"


TEAMS = ["Riverside United", "Northport City", "Atletico Serrano", "FC Valdmark", "Kingsbridge Rovers",
         "Sporting Almora", "Eastfield Wanderers", "Dynamo Karsk", "Olympic Belmare", "Harbour Town"]  # fmt: skip
PLAYERS = ["Marco Velasquez", "Tomas Okafor", "Liam Brennan", "Yusuf Demir", "Kenji Aoki",
           "Andre Silva", "Pieter de Wit", "Samuel Mensah", "Rafael Ortiz", "Ivan Petrenko"]  # fmt: skip
CITIES = ["Lisbon", "Nairobi", "Manila", "Lagos", "Bogota", "Karachi", "Lyon", "Osaka", "Denver",
          "Cairo", "Jakarta", "Lima", "Kyiv", "Dhaka", "Accra", "Hanoi", "Istanbul", "Quito"]  # fmt: skip
DAYS = [
    "on Saturday",
    "on Sunday",
    "on Tuesday night",
    "on Wednesday",
    "late on Friday",
    "on Monday",
]
COMPANIES = ["Halvorsen Group", "Meridian Tech", "Coastal Mining", "Arbor Foods", "Nexa Motors",
             "Brightline Energy", "Solano Pharma", "Kestrel Airlines", "Orion Retail"]  # fmt: skip
ARTISTS = ["Elena Marsh", "The Lanterns", "Dario Conti", "Mina Park", "Oskar Lind", "Nadia Rahman"]


def _sport(r: random.Random) -> tuple[str, str]:
    home, away = r.sample(TEAMS, 2)
    a, b = r.sample(PLAYERS, 2)
    g1, g2 = r.randint(0, 4), r.randint(0, 3)
    lines = [
        f"{home} {g1}-{g2} {away}: {a} decides a tense derby",
        f"{home} beat {away} {g1}-{g2} {r.choice(DAYS)} as {a} scored twice in the second half.",
        f"The visitors attacked relentlessly down the left and {b} shot narrowly wide before the break.",
        "'We killed the game off after the hour, the lads fought for every ball,' the coach said.",
        f"{away}'s defence came under siege in the closing minutes and their keeper was a wall.",
        f"The win lifts {home} to third in the league, two points clear with eight matches left.",
        "Fans invaded the pitch at the final whistle to celebrate a result that keeps the title race alive.",
        f"{b} was booked for a late challenge and will miss the cup semi-final through suspension.",
        "It was a battle in midfield, with both sides firing shots from distance in a frantic opening.",
        "The striker, signed in the summer transfer window, has now scored eleven goals this season.",
    ]  # fmt: skip
    return lines[0], " ".join(r.sample(lines[1:], r.randint(4, 7)))


def _other_sport(r: random.Random) -> tuple[str, str]:
    a, b = r.sample(PLAYERS, 2)
    city = r.choice(CITIES)
    sport = r.choice(["tennis", "cricket", "rugby", "basketball", "athletics", "cycling", "boxing"])
    lines = [
        f"{a} storms into the {city} Open final after beating {b}",
        f"{a} blasted 14 aces and broke serve four times to reach the final of the {city} {sport} event {r.choice(DAYS)}.",
        "The second seed attacked the net at every chance and fired a forehand winner on match point.",
        f"{b} said he had been shot down by a brilliant opponent and would target the grand slam next month.",
        "In the boxing ring, the champion knocked out his challenger with a devastating right hook in the fifth round.",
        "The bowlers destroyed the top order, taking five wickets for 30 runs before lunch.",
        "The team captured the trophy for a third year running, the coach said, praising a squad that fought back from 20 points down.",
        "Officials said the tournament drew record crowds despite the heat, and the final was sold out.",
        "The sprinter exploded out of the blocks and set a national record in the 100 metres.",
    ]  # fmt: skip
    return lines[0], " ".join(r.sample(lines[1:], r.randint(3, 6)))


def _weather(r: random.Random) -> tuple[str, str]:
    city = r.choice(CITIES)
    dead = r.randint(2, 40)
    lines = [
        f"Storm batters {city} region, {dead} dead as rivers burst their banks",
        f"Heavy rain and winds of up to 120 km/h hit {city} {r.choice(DAYS)}, flooding low-lying districts.",
        f"The storm killed {dead} people and left thousands without power, the disaster management agency said.",
        "Forecasters expect another 200 millimetres of rainfall by Thursday and warned of landslides in the hills.",
        "Rescue teams evacuated residents by boat as the flood waters rose; several bodies were recovered from collapsed houses.",
        "Temperatures will fall to four degrees overnight, the meteorological office said, with snow on higher ground.",
        "Schools were closed and the army was deployed to help with the relief effort and clear blocked roads.",
        "An earthquake of magnitude 6.1 struck off the coast, shaking buildings but causing no major damage.",
        "Wildfires fanned by strong gusts have destroyed hundreds of homes and forced villagers to flee.",
        "A heatwave has pushed temperatures above 45 degrees Celsius, and hospitals reported cases of heatstroke.",
    ]  # fmt: skip
    return lines[0], " ".join(r.sample(lines[1:], r.randint(3, 6)))


def _markets(r: random.Random) -> tuple[str, str]:
    co = r.choice(COMPANIES)
    pct = round(r.uniform(1.5, 14.0), 1)
    lines = [
        f"Market crash wipes {pct}% off tech stocks as investors flee",
        f"Shares of {co} plunged {pct}% {r.choice(DAYS)} after the company cut its profit forecast for the year.",
        "The sell-off hit the Nasdaq hardest; traders described a bloodbath in chip stocks.",
        "Analysts said the crash was triggered by fears that the central bank would raise interest rates again.",
        "Bond yields rose ten basis points and the dollar strengthened against the euro and the yen.",
        f"{co} said it would cut 1,200 jobs and shut two plants, a move unions called an attack on workers.",
        "Brent crude futures fell below 70 dollars a barrel as inflation data surprised on the downside.",
        "The chief executive told shareholders the group would fight the hostile takeover bid.",
        "Quarterly revenue rose to 4.2 billion dollars, beating estimates, but margins shrank.",
        "The merger, valued at 9 billion dollars, still needs approval from regulators in three countries.",
    ]  # fmt: skip
    return lines[0], " ".join(r.sample(lines[1:], r.randint(3, 6)))


def _culture(r: random.Random) -> tuple[str, str]:
    artist = r.choice(ARTISTS)
    city = r.choice(CITIES)
    lines = [
        f"{artist} begins shooting a war film in {city}",
        f"The director began shooting the period drama in {city} {r.choice(DAYS)}, with a cast of 300 extras.",
        "The film, a story of a soldier returning home after the war, is due to premiere at the autumn festival.",
        f"{artist}'s new album explodes with energy, a critic wrote, calling it a triumph.",
        "The band killed it on stage, fans said, after a concert that sold out in minutes.",
        "The exhibition at the national museum features paintings of battles from the 18th century.",
        "The novel, about a family torn apart by a long-forgotten rebellion, topped the bestseller list.",
        "The series was a box office bomb but has found a second life on streaming services.",
        "The theatre company will tour the production across the country next spring.",
        "Critics praised the cinematography and the score, though some found the plot thin.",
    ]  # fmt: skip
    return lines[0], " ".join(r.sample(lines[1:], r.randint(3, 6)))


def _accident(r: random.Random) -> tuple[str, str]:
    city = r.choice(CITIES)
    n = r.randint(2, 30)
    lines = [
        f"{n} killed as bus plunges off mountain road near {city}",
        f"A bus carrying {n + 20} passengers veered off a road near {city} {r.choice(DAYS)}, killing {n} people.",
        "Police said the driver lost control on a sharp bend; the injured were taken to hospital.",
        f"A fire broke out in a textile factory overnight, and firefighters recovered the bodies of {n} workers.",
        "Investigators blamed a short circuit and said the emergency exits had been locked.",
        "A ferry capsized on the river and divers were searching for the missing, officials said.",
        "Two trains collided at a junction, derailing several carriages and injuring dozens.",
        "A gas explosion destroyed a block of flats, and rescuers pulled survivors from the rubble.",
        "The factory owner was detained for questioning over safety violations.",
    ]  # fmt: skip
    return lines[0], " ".join(r.sample(lines[1:], r.randint(3, 5)))


def _science_health(r: random.Random) -> tuple[str, str]:
    city = r.choice(CITIES)
    lines = [
        f"Researchers in {city} report new treatment that attacks tumour cells",
        "Scientists said the drug attacks cancer cells while sparing healthy tissue, in a trial of 400 patients.",
        "The virus has killed more than 200 people since the outbreak began, health officials said.",
        "Doctors are fighting a losing battle against antibiotic resistance, the report warned.",
        "The vaccination campaign will target children under five in rural areas, the ministry said.",
        "A rocket carrying a weather satellite lifted off from the launch site and reached orbit.",
        "Astronomers observed an explosion of a distant star, a supernova visible with a telescope.",
        "The study, published in a medical journal, found that regular exercise cut the risk of heart disease.",
        "Hospitals were told to prepare for a surge in flu cases this winter.",
    ]  # fmt: skip
    return lines[0], " ".join(r.sample(lines[1:], r.randint(3, 5)))


def _civic(r: random.Random) -> tuple[str, str]:
    city = r.choice(CITIES)
    lines = [
        "Parliament passes budget after marathon debate",
        f"Lawmakers approved the budget {r.choice(DAYS)} by 212 votes to 180 after a twelve-hour debate.",
        "The opposition attacked the plan as a tax raid on the middle class.",
        "The finance minister defended the spending cuts and said the deficit would fall next year.",
        f"The city council of {city} voted to extend the tram line to the airport by 2030.",
        "Voters will go to the polls in March; the latest survey shows the two main parties neck and neck.",
        "The mayor launched a campaign to fight litter and plant 10,000 trees.",
        "Teachers' unions welcomed the pay deal, which ends months of negotiations.",
        "The president is on a three-day state visit to discuss trade, energy and tourism.",
    ]  # fmt: skip
    return lines[0], " ".join(r.sample(lines[1:], r.randint(3, 5)))


def _lifestyle(r: random.Random) -> tuple[str, str]:
    city = r.choice(CITIES)
    lines = [
        f"The ten best food markets in {city}",
        f"The night market in {city} is a riot of colour and smells, with stalls selling grilled fish and sweets.",
        "Our critic tried the new restaurant's tasting menu, which takes diners on a journey through the region.",
        "Prices at the farmers' market have shot up this year because of the drought.",
        "The chef said her grandmother's recipe for lamb stew was the secret weapon of the kitchen.",
        "Hotels report strong bookings for the festival season, and flights are filling fast.",
        "Gardeners are fighting a plague of slugs after the wet summer.",
        "The museum's new wing opens next month with a collection of medieval armour.",
    ]  # fmt: skip
    return lines[0], " ".join(r.sample(lines[1:], r.randint(3, 5)))


FAMILIES = {
    "sport": _sport, "other_sport": _other_sport, "weather": _weather, "markets": _markets,
    "culture": _culture, "accident": _accident, "science_health": _science_health,
    "civic": _civic, "lifestyle": _lifestyle,
}  # fmt: skip


def negatives(per_family: int = 100, seed: int = 12) -> list[Item]:
    """`per_family` made-up texts of each family (distinct texts; hundreds in all)."""
    r = random.Random(seed)
    out: list[Item] = []
    for kind, make in FAMILIES.items():
        seen: set[str] = set()
        tries = 0
        while len(seen) < per_family and tries < per_family * 20:
            tries += 1
            title, text = make(r)
            if text in seen:
                continue
            seen.add(text)
            out.append(Item(f"neg-{kind}-{len(seen)}", title, text, False, kind))
    return out


def positives(shared: Path = SHARED) -> Iterator[Item]:
    """ACLED dev notes and FA-KES articles (skipped by callers when ../shared is absent)."""
    for name in POSITIVE_FILES:
        kind = Path(name).stem
        with (shared / name).open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if (record.get("text") or "").strip():
                    yield Item(str(record["id"]), record.get("title"), record["text"], True, kind)


def fixture(shared: Path = SHARED) -> list[Item]:
    return [*positives(shared), *negatives()]
