"""ACLED's codebook rules that depend on who the actors are, applied after naming.

Each rule is a small function Event -> None; `apply_all` runs them in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from frontline.events.taxonomy import classify, disorder_of, interaction
from frontline.events.unattributed import unattributed_template
from frontline.link.actor_model import CIVIC_KINDS
from frontline.link.actors import default_kb
from frontline.model import Event

STATE, REBEL, POLITICAL, IDENTITY, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = range(1, 9)
ARMED = {STATE, REBEL, POLITICAL, IDENTITY, EXTERNAL}


def _set_sub(event: Event, sub: str) -> None:
    info = classify(sub)
    event.sub_event_type, event.event_type = info.name, info.event_type
    event.disorder_type = disorder_of(sub)


def _swap(event: Event) -> None:
    event.actor1, event.actor2 = event.actor2, event.actor1
    event.inter1, event.inter2 = event.inter2, event.inter1
    event.actor1_id, event.actor2_id = event.actor2_id, event.actor1_id
    event.assoc_actor_1, event.assoc_actor_2 = event.assoc_actor_2, event.assoc_actor_1


def _generic(country: str, template: str) -> str:
    return template.format(country=country or "Unknown")


_STATE_FORCES = ("Military Forces of", "Police Forces of")  # ACLED's names for state forces


def territory_by_actor(event: Event) -> None:
    """Government regains territory is for state forces or their affiliates fighting beside them
    (ACLED); non-state actors overtake it."""
    if event.event_type != "Battles" or event.sub_event_type == "Armed clash":
        return
    allies = [a.strip() for a in event.assoc_actor_1.split(";")]
    by_government = event.inter1 == STATE or any(a.startswith(_STATE_FORCES) for a in allies)
    sub = "Government regains territory" if by_government else "Non-state actor overtakes territory"
    _set_sub(event, sub)


_FIREARMS = re.compile(
    r"\b(?:opened fire|gunfire|gunshots?|shot|shooting|firearms?|guns?|rifles?|bullets?|grenades?|"
    r"gunmen|armed)\b",
    re.I,
)


def party_clashes_are_riots(event: Event) -> None:
    """Supporters of parties, unions or movements who clash unarmed are rioters (ACLED: Mob
    violence; an armed clash is between organised armed groups): each side is Rioters (Country)
    with its party as the associated actor."""
    if event.sub_event_type != "Armed clash":
        return
    kb = default_kb()
    sides = [aid for aid in (event.actor1_id, event.actor2_id) if aid]
    if not sides or not all(aid in kb and kb.get(aid).kind in CIVIC_KINDS for aid in sides):
        return
    if any(_FIREARMS.search(e.text) for e in event.evidence):
        return
    _set_sub(event, "Mob violence")
    for side in ("1", "2"):
        if getattr(event, f"actor{side}"):
            _rioters_with(event, side)


def _rioters_with(event: Event, side: str) -> None:
    """The side becomes Rioters (Country), with the actor it was as its associate."""
    name = getattr(event, f"actor{side}")
    assoc = getattr(event, f"assoc_actor_{side}")
    setattr(event, f"assoc_actor_{side}", "; ".join(filter(None, [name, assoc])))
    setattr(event, f"actor{side}", _generic(event.country, "Rioters ({country})"))
    setattr(event, f"actor{side}_id", None)
    setattr(event, f"inter{side}", RIOTERS)


def militias_in_a_mob_are_its_associates(event: Event) -> None:
    """Mob violence: a party's militia or supporters that take part are the rioters' associate,
    not a side of their own (ACLED: 83 of 84 tune-half Mob violence rows have Rioters as actor1;
    "Imbonerakure and CNL fought one another" is Rioters with Imbonerakure). An identity militia
    (a tribe's, a clan's) stays the armed mob it is."""
    if event.sub_event_type != "Mob violence":
        return
    for side in ("1", "2"):
        if getattr(event, f"inter{side}") == POLITICAL:
            _rioters_with(event, side)


_CROWD = re.compile(
    r"\b(?:groups? of|communit(?:y|ies)|villagers|residents|inhabitants|people|youths|families|"
    r"neighbou?rs|mob|crowd|supporters|students|fans)\b",
    re.I,
)
# firearms, armed groups or deaths make it a battle between armed groups
_SHOTS = re.compile(
    r"\b(?:fire|fired|shot|shots|shooting|shoot-?outs?|gun\w*|rifles?|RPGs?|grenades?|rockets?|"
    r"militias?|militiamen|militants|armed|killed|dead|died)\b",
    re.I,
)


def unarmed_brawls_are_riots(event: Event) -> None:
    """A clash whose sides are people, villagers or communities rather than any armed group the
    report names, fought without firearms, is a riot (ACLED: Mob violence; an armed clash is
    between organised armed groups): actor1 is Rioters (Country)."""
    if event.sub_event_type != "Armed clash" or not event.actor1.startswith("Unidentified Armed"):
        return
    if not any(f.startswith("actor1 inferred") for f in event.flags):
        return  # the unidentified group was named ("gunmen"): armed
    if event.inter2 not in (0, STATE, CIVILIANS, RIOTERS, PROTESTERS):
        return
    texts = [e.text for e in event.evidence]
    if not any(_CROWD.search(t) for t in texts) or any(_SHOTS.search(t) for t in texts):
        return
    _set_sub(event, "Mob violence")
    event.actor1, event.inter1, event.actor1_id = (
        _generic(event.country, "Rioters ({country})"),
        RIOTERS,
        None,
    )


_HARMED = re.compile(
    r"\b(?:killed|injured|wounded|beat(?:en)? up|beaten|shot|stabbed|hacked)\b", re.I
)
_FIGHT = re.compile(
    r"\b(?:clash\w*|fought|fight\w*|battles?|firefights?|gunfights?|exchang\w* (?:of )?fire|"
    r"soldiers?|troops|police\w*|forces|fighters|militants|militias?|positions?|bases?|"
    r"checkpoints?|convoys?|patrols?|army|rebels|insurgents|guards?|shoot-?outs?|"
    # a victim of the drug trade is taken for an armed gang's member (ACLED)
    r"drugs?|traffick\w*|gangs?|dealers?)\b",
    re.I,
)


def one_sided_attacks_are_on_civilians(event: Event) -> None:
    """An armed side that harms people no armed side is named for, with no fight told, attacks
    civilians (ACLED: Attack; an armed clash needs two armed sides)."""
    if event.sub_event_type != "Armed clash" or event.actor2 or event.inter1 not in ARMED:
        return
    _attack_on_civilians_if(event, _HARMED, _FIGHT)


def _attack_on_civilians_if(event: Event, told: re.Pattern[str], unless: re.Pattern[str]) -> None:
    """An Attack on Civilians of the country when the evidence tells `told` and not `unless`."""
    texts = [e.text for e in event.evidence]
    if not any(told.search(t) for t in texts) or any(unless.search(t) for t in texts):
        return
    _set_sub(event, "Attack")
    event.actor2, event.inter2 = _generic(event.country, "Civilians ({country})"), CIVILIANS
    event.actor2_id, event.assoc_actor_2 = None, ""


_OFF_DUTY = re.compile(r"\boff[- ]duty\b", re.I)
_FIRE_RETURNED = re.compile(
    r"\b(?:exchang\w* (?:of )?(?:fire|gunfire|shots)|shoot-?outs?|gun ?battles?|returned (?:the )?fire|"
    r"fired back|clash\w*|firefights?)\b",
    re.I,
)


def off_duty_forces_are_civilians(event: Event) -> None:
    """A police officer or soldier attacked off duty is a civilian victim (ACLED: Attack on
    Civilians; 6 of 8 tune-half notes of off-duty victims), unless fire was returned."""
    # an "Attack" on forces is still one: violence_needs_civilian_target makes it a clash later
    if event.sub_event_type in ("Armed clash", "Attack") and event.inter2 == STATE:
        _attack_on_civilians_if(event, _OFF_DUTY, _FIRE_RETURNED)


_EXCHANGE = re.compile(r"\b(?:exchang\w*|clash\w*|traded fire|fought each other)\b", re.I)


def home_forces_lead_an_exchange(event: Event) -> None:
    """Two states' forces exchanging fire, with no side said to start it: the forces of the country
    where it happened are actor1 (ACLED codes cross-border exchanges from the side of the country
    the event lies in: India-Pakistan fire across the LoC in Azad Kashmir is Pakistan's first)."""
    if event.sub_event_type != "Armed clash" or not event.country:
        return
    home = tuple(f"{kind} {event.country} (" for kind in _STATE_FORCES)
    if not event.actor2.startswith(home) or event.actor1.startswith(home):
        return
    if not event.actor1.startswith(_STATE_FORCES):
        return
    # the first evidence sentence tells an exchange (an event without evidence is not held back)
    if not event.evidence or _EXCHANGE.search(event.evidence[0].text):
        _swap(event)


def civilians_are_no_side_in_battle(event: Event) -> None:
    """Civilians hurt in a battle are its casualties, not a side (ACLED): they leave the actor slots."""
    if event.event_type != "Battles":
        return
    if event.inter1 == CIVILIANS:
        _swap(event)
    if event.inter2 == CIVILIANS:
        event.actor2, event.inter2, event.actor2_id, event.assoc_actor_2 = "", 0, None, ""
    if not event.actor1:
        # the civilians were the only party named: ACLED's unknown armed actor fought (never empty)
        _unidentified_armed_actor1(event)
        event.flags.append("actor1 inferred: the report names no perpetrator")


def _unidentified_armed_actor1(event: Event) -> None:
    """ACLED's generic unknown perpetrator, Unidentified Armed Group (Country), as actor1."""
    event.actor1 = _generic(event.country, "Unidentified Armed Group ({country})")
    event.inter1, event.actor1_id = POLITICAL, None


def demonstrators_lead(event: Event) -> None:
    """Protests and riots: the demonstrators are actor1; forces that intervene are actor2."""
    if event.event_type not in ("Protests", "Riots"):
        return
    want = PROTESTERS if event.event_type == "Protests" else RIOTERS
    label = "Protesters" if want == PROTESTERS else "Rioters"
    if event.inter1 in (want, CIVILIANS) and not event.actor1.startswith(label):
        # "workers protested": the identity group is the protesters' associate (ACLED); plain
        # civilians ("residents protested") are no identity group
        identity = "" if event.actor1.startswith("Civilians (") else event.actor1
        event.assoc_actor_1 = "; ".join(filter(None, [identity, event.assoc_actor_1]))
        event.actor1, event.inter1, event.actor1_id = (
            _generic(event.country, f"{label} ({{country}})"),
            want,
            None,
        )
        return
    if event.inter1 == want:
        return
    if event.inter2 == want:
        _swap(event)
        return
    if event.inter2 in (PROTESTERS, RIOTERS) and event.inter1 in ARMED:
        # "clashed with police ...; 2 protesters were shot dead": the crowd leads, as it is
        # this event's kind of crowd; the forces it faced are the second side
        _swap(event)
        event.actor1, event.inter1 = _generic(event.country, f"{label} ({{country}})"), want
        event.actor1_id = None
        return
    if event.inter1 in (PROTESTERS, RIOTERS):
        template = "Protesters ({country})" if want == PROTESTERS else "Rioters ({country})"
        event.actor1, event.inter1 = _generic(event.country, template), want
        return
    if (
        event.sub_event_type == "Mob violence"
        and event.inter1 in ARMED | {CIVILIANS}
        and not event.actor1.startswith(_STATE_FORCES)
    ):
        return  # an armed mob stays the mob; state forces (at home or abroad) are what it fights
    if event.inter1 in ARMED and not event.actor2:
        event.actor2, event.inter2, event.actor2_id = event.actor1, event.inter1, event.actor1_id
    template = "Protesters ({country})" if want == PROTESTERS else "Rioters ({country})"
    event.actor1, event.inter1, event.actor1_id = _generic(event.country, template), want, None
    event.assoc_actor_1 = ""
    if event.sub_event_type == "Peaceful protest":
        # a peaceful protest has no second side unless forces intervene (its own sub-event type)
        event.actor2, event.inter2, event.actor2_id, event.assoc_actor_2 = "", 0, None, ""


def excessive_force_actor(event: Event) -> None:
    """Excessive force: the forces are actor1 and the protesters actor2."""
    if event.sub_event_type == "Excessive force against protesters" and event.inter1 == PROTESTERS:
        _swap(event)


def violence_needs_civilian_target(event: Event) -> None:
    """An 'attack' on an armed actor is a battle; on nobody named, civilians are the target."""
    if event.event_type != "Violence against civilians":
        return
    if event.inter2 in ARMED and event.inter1 in ARMED:
        _set_sub(event, "Armed clash")
    elif event.inter1 == CIVILIANS and event.inter2 in ARMED:
        _swap(event)
    if event.event_type == "Violence against civilians":
        if not event.actor1:
            _unidentified_armed_actor1(event)
        if not event.actor2 or event.inter2 != CIVILIANS:
            event.actor2, event.inter2 = _generic(event.country, "Civilians ({country})"), CIVILIANS


def arrests_by_non_state(event: Event) -> None:
    """'Arrests' by a non-state group are abductions (ACLED)."""
    if event.sub_event_type == "Arrests" and event.inter1 in (REBEL, POLITICAL, IDENTITY):
        _set_sub(event, "Abduction/forced disappearance")
        if not event.actor2:
            event.actor2, event.inter2 = _generic(event.country, "Civilians ({country})"), CIVILIANS


def unattributed_explosions(event: Event) -> None:
    """An explosion with no named perpetrator (its victims were the only party named) is coded to
    ACLED's unidentified actor for its kind (codebook/unattributed.yaml)."""
    if event.event_type == "Explosions/Remote violence" and not event.actor1:
        # the frame had an actor1 (the victims), so the naming step filled nothing
        actor = default_kb().generic(
            unattributed_template(event.sub_event_type), event.country or "Unknown"
        )
        event.actor1, event.inter1, event.actor1_id = actor.name, actor.inter, actor.id
    if event.event_type == "Explosions/Remote violence" and event.inter1 == CIVILIANS:
        if event.actor2 and event.inter2 != CIVILIANS:
            _swap(event)
        else:
            event.actor2, event.inter2 = event.actor1, event.inter1
            event.actor1, event.inter1 = "", 0
            unattributed_explosions(event)


_PEOPLE_HIT = re.compile(
    r"\b(?:killing|killed|kills?|injuring|injured|injures?|wounding|wounded)\s+(?:at least\s+|some\s+|"
    r"about\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|several)?\s*"
    r"(?:\w+\s+)?(?:people|persons|civilians|residents|villagers|children|women|men|passers-by|"
    r"Palestinians|Israelis|Syrians|Yemenis|Iraqis|Lebanese|Ukrainians|Afghans)\b"
)


def explosions_on_people_hit_civilians(event: Event) -> None:
    """A strike or blast that kills or injures people, no armed side named as its target, hits
    civilians (ACLED: Civilians as actor2 of Explosions/Remote violence)."""
    if event.event_type != "Explosions/Remote violence" or event.actor2:
        return
    if any(_PEOPLE_HIT.search(e.text) for e in event.evidence):
        event.actor2, event.inter2 = _generic(event.country, "Civilians ({country})"), CIVILIANS


def civilian_targeting(event: Event) -> None:
    if event.inter2 == CIVILIANS and event.event_type in (
        "Violence against civilians",
        "Explosions/Remote violence",
    ):
        event.civilian_targeting = "Civilian targeting"


def codes(event: Event) -> None:
    event.interaction = interaction(event.inter1, event.inter2)


RULES: tuple[Callable[[Event], None], ...] = (
    party_clashes_are_riots,
    unarmed_brawls_are_riots,
    militias_in_a_mob_are_its_associates,
    one_sided_attacks_are_on_civilians,
    off_duty_forces_are_civilians,
    home_forces_lead_an_exchange,
    civilians_are_no_side_in_battle,
    territory_by_actor,
    demonstrators_lead,
    excessive_force_actor,
    violence_needs_civilian_target,
    arrests_by_non_state,
    unattributed_explosions,
    explosions_on_people_hit_civilians,
    civilian_targeting,
    codes,
)


def apply_all(events: list[Event]) -> list[Event]:
    for event in events:
        for rule in RULES:
            rule(event)
    return events
