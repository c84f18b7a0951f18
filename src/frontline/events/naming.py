"""Turning a filled frame into an Event: ACLED names valid on the date, codes, place fields."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from dataclasses import replace

from frontline.events.context import ArticleContext
from frontline.events.demonstrators import demonstrators
from frontline.events.frames import Frame
from frontline.events.lexicon import compile_patterns, lexicon_file
from frontline.events.roles import (
    ActorRef,
    infer_opponent,
    later_clause,
    mentions_allies,
    role_candidates,
)
from frontline.events.taxonomy import classify, disorder_of, interaction
from frontline.events.unattributed import fill_unnamed_sides
from frontline.link.actor_countries import (
    countries,
    countries_of_terms,
    country_of_demonym,
    country_of_outlets,
)
from frontline.link.actor_dates import lineage_exists, member_off_dates
from frontline.link.actor_model import CIVIC_KINDS
from frontline.link.actors import ActorKB, strip_period
from frontline.model import ActorMention, Event, Evidence

GENERIC_REBELS = "Opposition Rebels"
BATTLES = {"Armed clash", "Non-state actor overtakes territory", "Government regains territory"}
UNDATED = "no date: actor names without their period"
RIOTS = {"Violent demonstration", "Mob violence"}
# Property destruction hits civilians' property unless the text names another owner (ACLED 2020
# export: 27 of 30 such events have actor2 Civilians).
PROPERTY_EVENTS = RIOTS | {"Looting/property destruction"}
INTERVENED = {"Protest with intervention", "Excessive force against protesters"}
_PROPERTY_ATTACK = re.compile(
    r"\b(?:hurl\w*|threw|thrown|set\s+(?:\w+\s+)?(?:on\s+)?fire|torch\w*|damag\w*|vandali[sz]\w*|"
    r"smash\w*|attack\w*|storm\w*|destroy\w*|loot\w*)\b",
    re.I,
)
_MEMBER_OF = re.compile(
    r"\b(?:members?|supporters?|activists?|officials?|leaders?|workers?|candidates?) of (?:the )?$",
    re.I,
)
# "PML-N's MPA", "a BJP leader": a person of the party
_PARTY_PERSON = re.compile(
    r"(?:['’]s)?\s+(?:local\s+|senior\s+|former\s+)?(?:MPA|MNA|MLA|MP|leaders?|workers?|activists?|"
    r"members?|candidates?|councill?ors?|lawmakers?|legislators?|officials?)\b"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_POSSESSIVE = re.compile(r"['’]s\s+(?:own\s+)?")
UNIDENTIFIED = "unidentified-armed-group"


@functools.cache
def _gangs() -> tuple[frozenset[str], re.Pattern[str]]:
    data = lexicon_file("gangs.yaml")
    return frozenset(data["countries"]), compile_patterns(data["hallmarks"], "gangs.yaml")


@functools.cache
def _undistinguished() -> tuple[dict[str, str], re.Pattern[str]]:
    data = lexicon_file("gangs.yaml")
    return dict(data.get("undistinguished") or {}), compile_patterns(
        data.get("named_gang") or [r"(?!)"], "gangs.yaml"
    )


def gang_template(text: str, country: str | None) -> str:
    """The generic actor of an unidentified criminal perpetrator: "unidentified-gang", or where
    ACLED cannot tell gangs from police militias and the report names no gang, that actor."""
    table, named = _undistinguished()
    if country in table and not named.search(text):
        return table[country]
    return "unidentified-gang"


def criminal_violence(text: str, country: str | None) -> bool:
    """The report bears the marks of organised crime in a country where ACLED codes its
    unidentified perpetrators as gangs (lexicons/gangs.yaml)."""
    countries_, hallmarks = _gangs()
    return country in countries_ and bool(hallmarks.search(text))


def _named_state(kb: ActorKB, template: str, mention: ActorMention) -> str | None:
    """The state whose forces the mention names itself ("military forces of Armenia",
    "Armenian soldiers"): its forces stay that state's wherever the event is."""
    found = kb.templates.get(template)
    home = mention.country
    if found is None or not found.state_branch or not home or home not in countries():
        return None
    named = home in mention.text or any(
        country_of_demonym(w) == home for w in re.findall(r"[A-Z][\w'-]+", mention.text)
    )
    return home if named else None


class Namer:
    def __init__(self, kb: ActorKB) -> None:
        self.kb = kb

    # -- actors ------------------------------------------------------------------------------
    @staticmethod
    def _template_of(ref: ActorRef) -> str | None:
        return ref.actor_id.split(":")[1] if ref.actor_id.startswith("generic:") else None

    def name(
        self, ref: ActorRef | None, on: dt.date | None, country: str | None
    ) -> tuple[str, str | None, int]:
        """(ACLED name, KB id, inter code) of an actor reference on a date in a country."""
        if ref is None:
            return "", None, 0
        template = self._template_of(ref)
        if template is not None:
            # Named tribes and clans carry their name in the mention ("Al Hayash").
            slots = {"name": ref.mention.text} if self._named(template) else {}
            home = _named_state(self.kb, template, ref.mention)
            actor = self.kb.generic(template, home or country or "Unknown", **slots)
            inter = 8 if home and country and home != country else actor.inter
            return _undated(actor.name_at(on), on), actor.id, inter
        aid = self.kb.resolve_on(self.kb.localize(ref.actor_id, country), on)
        actor = self.kb.get(aid)
        return _undated(actor.name_at(on), on), aid, self.kb.inter_in(aid, country)

    def _named(self, template: str) -> bool:
        found = self.kb.templates.get(template)
        return found is not None and "name" in found.slots

    def is_generic_rebels(self, ref: ActorRef | None) -> bool:
        """'rebels', 'opposition fighters': the article may name who they are."""
        if ref is None or self._template_of(ref):
            return False
        return self.kb.get(ref.actor_id).name.startswith(GENERIC_REBELS)

    def allies(self, ctx: ArticleContext, frame: Frame) -> set[str]:
        """Ids allied with actor1 on the frame's date: coalition partners and lineage. Generic
        'rebels' are first resolved to who the article says they are, as naming will do."""
        if frame.actor1 is None or frame.actor1.actor_id.startswith("generic:"):
            return set()
        on = frame.date if isinstance(frame.date, dt.date) else ctx.article.published
        out: set[str] = set()
        own = frame.actor1.actor_id
        if self.is_generic_rebels(frame.actor1):
            facing = frame.actor2
            resolved, members = self._who_are_the_rebels(ctx, frame, frame.actor1, on, facing)
            out |= {own, *(m.actor_id for m in members)}
            # the article's other armed groups side with the rebels, but not the one the
            # clause sets against them ("rebel shelling of a district held by the YPG")
            out |= {
                a.actor_id for a in ctx.actors
                if a.inter == 2 and (facing is None or a.actor_id != facing.actor_id)
            }  # fmt: skip
            own = resolved.actor_id
        out |= set(self.kb.lineage(own)) | set(self.kb.coalitions_of(own, on))
        for c in self.kb.coalitions_of(own, on):
            out |= set(self.kb.members(c, on))
        return out | set(self.kb.members(own, on))

    def _coalition(self, ctx: ArticleContext, frame: Frame, on: dt.date | None) -> None:
        """Generic 'rebels' or 'jihadists' are who the article names: the coalition with its
        members named in the article, else the most-named armed group; 'X and its allies' gets
        X's coalition partners as associates."""
        if self.is_generic_rebels(frame.actor1):
            frame.actor1, members = self._who_are_the_rebels(
                ctx, frame, frame.actor1, on, other=frame.actor2
            )
            frame.assoc1 = members + frame.assoc1
        elif frame.actor1 and not self._template_of(frame.actor1) and mentions_allies(ctx, frame):
            own = frame.actor1.actor_id
            named = {a.actor_id for a in ctx.actors}
            allies = {m for c in self.kb.coalitions_of(own, on) for m in self.kb.members(c, on)}
            ordered = [a.actor_id for a in ctx.actors if a.actor_id in (allies & named) - {own}]
            frame.assoc1 += [self._ref(ctx, m) for m in dict.fromkeys(ordered)]
        if self.is_generic_rebels(frame.actor2):
            frame.actor2, members = self._who_are_the_rebels(
                ctx, frame, frame.actor2, on, other=frame.actor1
            )
            frame.assoc2 = members + frame.assoc2

    def _sides_apart(self, ctx: ArticleContext, frame: Frame) -> None:
        """actor2 cannot be actor1's own coalition partner or lineage (known only once generic
        'rebels' are resolved): the partner joins actor1's associates and a battle's other side is
        looked for again with the settled ally set."""
        a1, a2 = frame.actor1, frame.actor2
        if a1 is None or a2 is None or a1.actor_id == a2.actor_id:
            return
        allied = self.allies(ctx, frame)
        if a2.actor_id not in allied:
            return
        if all(r.actor_id != a2.actor_id for r in frame.assoc1):
            frame.assoc1.append(a2)
        frame.actor2, frame.assoc2 = None, []
        frame.flags.append("actor2 was actor1's ally: moved to its associates")
        if frame.sub_event_type in BATTLES:
            infer_opponent(ctx, frame, role_candidates(ctx.text, ctx.actors), allied)

    def _article_country(self, ctx: ArticleContext, frame: Frame) -> str | None:
        """Where an unplaced event happened, from the article rather than the place alone: the
        country it names most (names count double, demonyms, named groups' countries and words
        only one country uses once),
        else the home country of the outlet that published it.
        A state force's own country is not the theatre when the article names another one
        ("Saudi shelling of villages in northwestern Yemen")."""
        counts: Counter[str] = Counter()
        for name in countries():
            counts[name] += 2 * len(re.findall(rf"\b{re.escape(name)}\b", ctx.text))
        for word in _CAPITALISED.findall(ctx.text):
            if (country := country_of_demonym(word)) is not None:
                counts[country] += 1
        for m in ctx.actors:
            if m.kind == "kb" and m.country and self.kb.get(m.actor_id).kind != "state":
                counts[m.country] += 1
        for country in countries_of_terms(ctx.text):  # "Barangay", "LGA": one country's words
            counts[country] += 1
        counts = +counts
        a1 = frame.actor1
        own = a1.country if a1 is not None and not self._template_of(a1) else None
        if own and (not counts or self.kb.get(a1.actor_id).kind != "state"):
            return own
        if counts:
            return counts.most_common(1)[0][0]
        # Nothing in the text: the home country of the local outlet that published it.
        return own or ctx.country_focus() or country_of_outlets(ctx.article.source)

    def _property_owners(self, ctx: ArticleContext, frame: Frame) -> None:
        """Rioters who attack property ("hurled Molotov cocktails at the bank") with no force
        named act on civilians' property: ACLED codes Civilians as actor2 (export 2020: 13 of 15
        such riots); so does any property destruction with no other target named."""
        if frame.sub_event_type not in PROPERTY_EVENTS or frame.actor2 is not None:
            return
        lo, hi = frame.sentence.start_char, frame.window_end
        cue = _PROPERTY_ATTACK.search(ctx.text, lo, hi)
        if cue is None and frame.sub_event_type in RIOTS:
            return
        forces = [
            m for m in ctx.actors
            if lo <= m.start < hi and m.inter == 1
            and (frame.actor1 is None or m.actor_id != frame.actor1.actor_id)
        ]  # fmt: skip
        if forces and frame.sub_event_type in RIOTS:  # "hurled rocks at Military forces"
            frame.actor2 = ActorRef(forces[0], forces[0].actor_id, 1, forces[0].country)
            return
        at = cue.start() if cue else frame.trigger[0]
        text = cue.group() if cue else ctx.text[frame.trigger[0] : frame.trigger[1]]
        mention = ActorMention(at, at + len(text), text, "generic:civilians", "generic", 7)
        frame.actor2 = ActorRef(mention, "generic:civilians", 7, None)

    def _intervening_forces(self, ctx: ArticleContext, frame: Frame) -> None:
        """A protest with intervention has an intervener: with none in the clause, the first state
        force named from the protest on ("...a sit-in protest. Police intervened and moved the
        protesters out") is actor2, in the frame's sentences first, else later in the article."""
        if frame.sub_event_type not in INTERVENED or frame.actor2 is not None:
            return
        own = frame.actor1.actor_id if isinstance(frame.actor1, ActorRef) else None
        forces = [m for m in ctx.actors if m.inter == 1 and m.actor_id != own
                  and m.start >= frame.sentence.start_char]  # fmt: skip
        within = [m for m in forces if m.start < frame.window_end]
        pick = (within or forces or [None])[0]
        if pick is not None:
            frame.actor2 = ActorRef(pick, pick.actor_id, 1, pick.country)
            frame.flags.append("actor2: the state force named after the protest")

    def _civilians_with_identity(self, ctx: ArticleContext, frame: Frame) -> None:
        """A targeted identity group ("a woman", "fishermen") or a member of a party ("a member
        of HDP's local assembly") is coded as Civilians with the group as associate (ACLED export
        2020: 67 such actor2, none as the group alone)."""
        ref = frame.actor2
        # (not where the other side is a party too: "BJP and TMC workers clashed" are two sides)
        if ref is not None and self._party_member(ctx, ref) and not self._is_party(frame.actor1):
            frame.actor2 = ActorRef(ref.mention, "generic:civilians", 7, ref.country)
            frame.assoc2.insert(0, ref)
            return
        template = self.kb.templates.get(self._template_of(ref) or "") if ref else None
        if ref is None or template is None or template.kind != "identity" or template.inter != 7:
            return
        frame.actor2 = ActorRef(ref.mention, "generic:civilians", 7, ref.country)
        frame.assoc2.insert(0, ref)

    def _is_party(self, ref: ActorRef | None) -> bool:
        return (
            isinstance(ref, ActorRef)
            and not self._template_of(ref)
            and ref.actor_id in self.kb
            and self.kb.get(ref.actor_id).kind in CIVIC_KINDS
        )

    def _party_member(self, ctx: ArticleContext, ref: ActorRef) -> bool:
        if not self._is_party(ref):
            return False
        text, m = ctx.text, ref.mention
        return bool(_MEMBER_OF.search(text, max(0, m.start - 24), m.start)) or bool(
            _PARTY_PERSON.match(text, m.end)
        )

    def _settle_sides(
        self, ctx: ArticleContext, frame: Frame, on: dt.date | None, country: str | None
    ) -> None:
        """ACLED's rules on who the two sides are, applied in order before naming."""
        if frame.sub_event_type == "Peaceful protest":
            # ACLED codebook: a peaceful protest has no second actor (forces that intervene make
            # it another sub-event type); who or what is protested against is not a party.
            frame.actor2, frame.assoc2 = None, []
        self._possessor_units(ctx, frame)
        self._capturing_side(ctx, frame)
        self._civilians_with_identity(ctx, frame)
        self._property_owners(ctx, frame)
        self._intervening_forces(ctx, frame)
        self._coalition(ctx, frame, on)
        self._sides_apart(ctx, frame)
        self._as_operation(frame, on, country)

    def _armed_government(self, frame: Frame) -> None:
        """ "Syrian government air strikes": a government that fights or strikes does so by its
        military (ACLED: Government of X is the state's civilian authority, Military Forces of X
        its armed forces)."""
        if classify(frame.sub_event_type).event_type not in _ARMED_EVENT_TYPES:
            return
        for side in (1, 2):
            ref: ActorRef | None = getattr(frame, f"actor{side}")
            if ref is None or self._template_of(ref) or ref.actor_id not in self.kb:
                continue
            actor = self.kb.get(ref.actor_id)
            if actor.kind != "state" or not actor.country:
                continue
            if not actor.name.startswith("Government of "):
                continue
            military = self.kb.generic("military", actor.country)
            if military.id in self.kb:
                setattr(frame, f"actor{side}", replace(ref, actor_id=military.id, inter=1))

    def _capturing_side(self, ctx: ArticleContext, frame: Frame) -> None:
        """ "The monitor confirmed that the town had fallen": a capture with no agent in its clause
        was made by the non-state side the article names (resolved like generic 'rebels')."""
        if frame.sub_event_type != "Non-state actor overtakes territory" or frame.actor1:
            return
        other = frame.actor2.actor_id if isinstance(frame.actor2, ActorRef) else None
        side = [m for m in ctx.actors if m.kind == "kb" and m.inter == 2 and m.actor_id != other]
        rebels = [m for m in side if self.is_generic_rebels(ActorRef(m, m.actor_id))]
        pick = (rebels or side or [None])[0]
        if pick is not None:
            frame.actor1 = ActorRef(pick, pick.actor_id, pick.inter, pick.country)
            frame.flags.append("actor1 inferred from the article")

    def _possessor_units(self, ctx: ArticleContext, frame: Frame) -> None:
        """ "the PMF's Badr Organization": a group named as a state force's own is coded as that
        force, the group as its associate (ACLED)."""
        for side in (1, 2):
            ref: ActorRef | None = getattr(frame, f"actor{side}")
            if ref is None or self._template_of(ref):
                continue
            owner = next(
                (
                    m for m in ctx.actors
                    if m.end < ref.mention.start
                    and _POSSESSIVE.fullmatch(ctx.text[m.end : ref.mention.start])
                ),
                None,
            )  # fmt: skip
            if owner is None or owner.kind != "kb" or self.kb.get(owner.actor_id).kind != "state":
                continue
            if self._unit_of(ref.actor_id, owner.actor_id):
                continue  # "the regime's Military Intelligence": the unit's own name says it all
            setattr(
                frame, f"actor{side}", ActorRef(owner, owner.actor_id, owner.inter, owner.country)
            )
            getattr(frame, f"assoc{side}").insert(0, ref)

    def _unit_of(self, unit: str, force: str) -> bool:
        seen: set[str] = set()
        while unit in self.kb and unit not in seen:
            seen.add(unit)
            parent = self.kb.get(unit).parent
            if parent == force:
                return True
            unit = parent or ""
        return False

    def _as_operation(self, frame: Frame, on: dt.date | None, country: str | None) -> None:
        """A state's forces acting where ACLED codes them as their coalition's operation (KB
        `acts_as`): the operation is the actor, the forces its first associate."""
        for side in (1, 2):
            ref: ActorRef | None = getattr(frame, f"actor{side}")
            if ref is None or self._template_of(ref):
                continue
            own = self.kb.resolve_on(self.kb.localize(ref.actor_id, country), on)
            operation = self.kb.acting_as(own, country, on)
            other: ActorRef | None = getattr(frame, f"actor{3 - side}")
            if operation is None or (other is not None and other.actor_id == operation):
                continue
            actor = self.kb.get(operation)
            setattr(frame, f"actor{side}", ActorRef(ref.mention, operation, actor.inter, country))
            assoc: list = getattr(frame, f"assoc{side}")
            assoc.insert(0, ref)

    def _who_are_the_rebels(
        self,
        ctx: ArticleContext,
        frame: Frame,
        ref: ActorRef,
        on: dt.date | None,
        other: ActorRef | None = None,
    ) -> tuple[ActorRef, list[ActorRef]]:
        # only groups that existed on the day (no Jaysh al-Fatah in 2013), not those the article
        # names as members of its coalition before they joined it, none named only in the
        # event's "... and later became the stronghold of IS" clause, and never the other side
        # ("rebel shelling of a neighbourhood held by the YPG": not the YPG)
        named_any = {a.actor_id for a in ctx.actors if a.kind == "kb"}
        lo, hi = later_clause(ctx.text, frame)
        facing = other.actor_id if other is not None else None
        kb_ids = [
            a.actor_id for a in ctx.actors
            if a.kind == "kb" and not lo <= a.start < hi and lineage_exists(self.kb, a.actor_id, on)
            and a.actor_id != facing
            and not member_off_dates(self.kb, a.actor_id, named_any, on)
        ]  # fmt: skip
        named = set(kb_ids)
        overlap = {aid: len(set(self.kb.members(aid, on)) & named) for aid in dict.fromkeys(kb_ids)}
        coalitions = sorted((a for a, n in overlap.items() if n), key=lambda a: -overlap[a])
        if coalitions:
            members = [m for m in self.kb.members(coalitions[0], on) if m in named]
            return self._ref(ctx, coalitions[0]), [self._ref(ctx, m) for m in members]
        groups = [
            a for a in kb_ids
            if self.kb.get(a).inter in (2, 3) and not self.is_generic_rebels(self._ref(ctx, a))
            and self.kb.get(a).kind not in ("network", "generic")
        ]  # fmt: skip
        if groups:
            best = max(dict.fromkeys(groups), key=groups.count)
            return self._ref(ctx, best), []
        return ref, []

    def _ref(self, ctx: ArticleContext, actor_id: str) -> ActorRef:
        mention = next(a for a in ctx.actors if a.actor_id == actor_id)
        return ActorRef(mention, actor_id=actor_id, inter=mention.inter, country=mention.country)

    # -- event -------------------------------------------------------------------------------
    def finish(self, ctx: ArticleContext, frame: Frame) -> Event | None:
        place = frame.place
        on = frame.date if isinstance(frame.date, dt.date) else None
        # An undated event is named as of publication; with no date at all, without a period.
        named_on = on or ctx.article.published
        if named_on is None:
            frame.flags.append(UNDATED)
        country = place.country if place is not None else self._article_country(ctx, frame)
        self._settle_sides(ctx, frame, named_on, country)
        fill_unnamed_sides(self.kb, ctx, frame, country)
        self._armed_government(frame)
        if (
            frame.actor1 is not None
            and self._template_of(frame.actor1) == UNIDENTIFIED
            and criminal_violence(ctx.text[frame.sentence.start_char : frame.window_end], country)
        ):
            window = ctx.text[frame.sentence.start_char : frame.window_end]
            gang = self.kb.generic(gang_template(window, country), country)
            frame.actor1 = replace(frame.actor1, actor_id=gang.id, inter=gang.inter)
        a1, a1_id, inter1 = self.name(frame.actor1, named_on, country)
        a2, a2_id, inter2 = self.name(frame.actor2, named_on, country)
        identity = None
        if (found := demonstrators(self.kb, ctx, frame, named_on, a1_id, inter1)) is not None:
            a1, a1_id, inter1, identity = found
        assoc1 = self._assoc(frame.assoc1, named_on, country, exclude={a1, a2})
        assoc1 = [identity, *assoc1] if identity and identity not in assoc1 else assoc1
        assoc2 = self._assoc(frame.assoc2, named_on, country, exclude={a1, a2, *assoc1})
        for side, aid, name in ((1, a1_id, a1), (2, a2_id, a2)):
            if aid and aid.startswith("prov:"):
                frame.flags.append(f"actor{side} {name!r} is provisional: not in the KB yet")
        sub = classify(frame.sub_event_type)
        event = Event(
            article_id=ctx.article.id,
            event_date=on.isoformat() if on else None,
            time_precision=frame.time_precision,
            disorder_type=disorder_of(sub.name),
            event_type=sub.event_type,
            sub_event_type=sub.name,
            actor1=a1,
            assoc_actor_1="; ".join(assoc1),
            inter1=inter1,
            actor2=a2,
            assoc_actor_2="; ".join(assoc2),
            inter2=inter2,
            interaction=interaction(inter1, inter2),
            country=country or "",
            source=ctx.article.source or "",
            fatalities=frame.fatalities or 0,
            actor1_id=a1_id,
            actor2_id=a2_id,
            background=frame.background,
            claims=frame.claims,
            evidence=list(frame.evidence),
            flags=list(frame.flags),
        )
        if place is not None:
            event.iso = place.iso
            event.admin1 = place.admin1 or ""
            event.admin2 = place.admin2 or ""
            event.admin3 = place.admin3 or ""
            event.location = place.name
            event.latitude = place.latitude
            event.longitude = place.longitude
            event.place_id = place.place_id
            event.geo_precision = frame.geo_precision
            event.evidence.append(Evidence(place.text, place.start, place.end))
        else:
            event.geo_precision = 3
        event.event_id = _event_id(event, frame)
        return event

    def _assoc(
        self, refs: list[ActorRef], on: dt.date | None, country: str | None, exclude: set[str]
    ) -> list[str]:
        names: list[str] = []
        for ref in refs:
            n, _, _ = self.name(ref, on, country)
            if n and n not in exclude and n not in names:
                names.append(n)
        return names


_ARMED_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


def _undated(name: str, on: dt.date | None) -> str:
    """Without any date the regime period of a name is unknown: leave it out, don't guess it."""
    return name if on is not None else strip_period(name)


def _event_id(event: Event, frame: Frame) -> str:
    """Stable id: the article, the trigger's offset and the type (re-coding gives the same id)."""
    key = f"{event.article_id}|{frame.trigger[0]}|{event.sub_event_type}"
    if frame.split_key:  # one of several events split from one report by place
        key += f"|{frame.split_key}"
    return f"{event.article_id}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"
