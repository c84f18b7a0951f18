"""The nationality of demonstrators, for ACLED's generic "Protesters (Country)"/"Rioters (Country)".

ACLED names generic demonstrators for their own country, not the place's: "Palestinians from the Ein
al Hilweh refugee camp demonstrated" (in Lebanon) are Protesters (Palestine). The nationality must be
said of the demonstrators themselves, before the trigger of the protest: a plural demonym
("Palestinians") or a demonym qualifying a people noun ("Syrian refugees"), lexicon in
data/lexicons/demonstrators.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.lexicon import lexicon_file
from frontline.events.taxonomy import classify
from frontline.link.actor_countries import country_of_demonym

if TYPE_CHECKING:
    from frontline.link.actors import ActorKB

_TEMPLATES = {"Protests": "protesters", "Riots": "rioters"}
# Generic people an event's actor1 may be before the demonstrators are named: protesters,
# rioters, civilians and identity groups (refugees, students...), inter 5-7.
_PEOPLE_INTER = (5, 6, 7)

_WORD = re.compile(r"[A-Z][a-z]+s?\b")


@cache
def _people_after() -> re.Pattern[str]:
    raw = lexicon_file("demonstrators.yaml")
    nouns = "|".join(re.escape(n) for n in raw["people_nouns"])
    return re.compile(rf"\s+(?:{nouns})\b", re.I)


def demonstrators(
    kb: ActorKB,
    ctx: ArticleContext,
    frame: Frame,
    on: dt.date | None,
    actor1_id: str | None,
    inter1: int,
) -> tuple[str, str, int, str | None] | None:
    """(name, id, inter, identity) of the demonstrators when the text gives their nationality:
    "Syrian refugees demonstrated" -> Protesters (Syria), with Refugees/IDPs (Syria) as the
    identity ACLED lists as the associated actor. None: keep the actor as coded."""
    template = _TEMPLATES.get(classify(frame.sub_event_type).event_type)
    generic_people = actor1_id is not None and actor1_id.startswith("generic:")
    if template is None or not (actor1_id is None or (generic_people and inter1 in _PEOPLE_INTER)):
        return None
    nationality = demonstrators_country(ctx, frame)
    if nationality is None:
        return None
    actor = kb.generic(template, nationality)
    identity = None
    own = actor1_id.split(":")[1] if actor1_id else None
    if own and own not in _TEMPLATES.values() and own in kb.templates:
        identity = kb.generic(own, nationality).name_at(on)
    return actor.name_at(on), actor.id, actor.inter, identity


def demonstrators_country(ctx: ArticleContext, frame: Frame) -> str | None:
    """The country a nationality word before the trigger gives the demonstrators, or None."""
    text = ctx.text
    lo, hi = frame.clause[0], frame.trigger[0]
    found: set[str] = set()
    for m in _WORD.finditer(text, lo, hi):
        country = country_of_demonym(m.group())
        if country is None:
            continue
        plural_people = m.group().endswith("s") and country_of_demonym(m.group()[:-1]) == country
        if plural_people or _people_after().match(text, m.end()):
            found.add(country)
    return found.pop() if len(found) == 1 else None
