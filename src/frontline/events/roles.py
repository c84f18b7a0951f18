"""Who did what to whom: actor1, actor2 and their associates for a frame.

Word order carries most of it in news and in ACLED notes: the acting side comes before the trigger,
the target after it, "between X and Y" names both, and "by X" names the actor of a passive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.taxonomy import classify
from frontline.link.state_forces import POSITION_NOUNS
from frontline.model import ARMED_INTERS, ActorMention

# Joiners that make the next actor an associate of the previous one.
_ALLY = re.compile(
    r"^\s*(?:,|and|&|with|as well as|alongside|together with|along with|supported by|backed by|"
    r"in cooperation with|in coordination with|,? including|and (?:its|their) allies?,?)\s*(?:the\s+)?$",
    re.I,
)
_BY = re.compile(r"\bby\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}$", re.I)
# who holds a place, a post or a side's positions ("held by Daesh", "manned by the army")
_HOLDER_VERBS = r"held|controlled|occupied|manned|run"
_BY_RIGHT_AFTER = re.compile(r"\s*by\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}$", re.I)
# "as reported by HPG", "claimed by the group": a source, not the agent of a passive; "a town
# held by Daesh", "forces surrounded by IS": who holds a place or a side, not who acted.
_NOT_AGENT_BY = re.compile(
    r"\b(?:reported|claimed|announced|stated|confirmed|cited|quoted|published|documented|"
    r"according|released|posted|shared|broadcast|aired|issued|"
    rf"{_HOLDER_VERBS}|besieged|surrounded|encircled|backed|supported|led|trained|"
    r"armed|funded|administered|governed|dominated|guarded|defended|protected|"
    r"populated|inhabited)\s+by\s+(?:the\s+|an?\s+)?"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+|an?\s+)?$", re.I)
# "<victims> were wounded by <agent> shelling", "... killed as a result of <agent> sniper fire",
# "... killed in <agent> shelling": the agent of a passive, named before its act
_PASSIVE_BY = re.compile(
    r"[^.;]{0,30}?\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s+"
    r"(?:\w+\s+){0,3}?(?:by|as a result of|due to|in|during)\s+(?:the\s+|an?\s+)?$",
    re.I,
)
# Harm suffered: a passive subject of these is the victim, not the actor.
_HARM = re.compile(
    r"(?:found\s+(?:dead|killed|shot|executed|murdered)|kill|injur|wound|shot|execut|kidnap|abduct|"
    r"assassinat|murder|stabb|tortur|arrest|detain|beat|lynch|hack|attack|assault|under\s)",
    re.I,
)
# Case-sensitive: "gunmen believed to belong to IS shot ..." has no auxiliary "is".
# ("came under fire": the subject is on the receiving end, as of a passive)
_HARMED_AUX = re.compile(r"\b(?:[Ww]as|[Ww]ere|been|being|is|are|got|came|come)\s+(?:\w+ly\s+)?$")
# "came under fire from NAF": who fired
_FROM_RIGHT_AFTER = re.compile(r"^\s+from\s+(?:the\s+)?$", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$", re.I)
# "dozens of government soldiers, allied militiamen and rebels had been killed": victims
_VICTIM_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:was|were|had been|have been|has been)\s+(?:reportedly\s+)?"
    r"(?:killed|wounded|injured|captured|arrested|detained|abducted|executed|shot)\b",
    re.I,
)
# "a MINUSMA convoy hit an IED": who runs into a device
_HIT_DEVICE = re.compile(
    r"[^.;]{0,40}?\b(?:hit|hits|struck|strikes|ran over|runs over|drove over|stepped on|steps on|"
    r"trod on|triggered|set off)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:IEDs?|(?:land)?mines?|bombs?|explosive devices?|explosives?)\b",
    re.I,
)
# "an IED exploded ..., leaving 3 rapid reaction forces personnel injured": victims, not actors
_LEFT_VICTIMS = re.compile(r"\b(?:left|leaving|leave)\s+(?:\w+\s+){0,2}$", re.I)
_RECIPROCAL = re.compile(
    r"(?:clash|fought|fight|scuffl|brawl|exchang|shoot-?out|firefight|gun ?battle)", re.I
)
_WITH_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:with|against|on|at)\b", re.I)
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# "air strikes on positions held by government forces": who holds what was hit is hit
_HELD_BY = re.compile(
    r"\b(?:positions?|posts?|bases?|areas?|sites?|depots?|headquarters|checkpoints?|barracks)\s+"
    rf"(?:{_HOLDER_VERBS}|used)\s+by\s+(?:the\s+|an?\s+)?(?:\w+\s+){{0,2}}$",
    re.I,
)
# "during the funeral of a regime fighter": whose funeral or body it is was hit, not acting
_VICTIM_OF = re.compile(
    r"\b(?:funerals?|bod(?:y|ies)|burial|killing|death|deaths|assassination|murder) of "
    r"(?:an? |the |two |three |\d+ )?(?:[\w-]+ ){0,2}$",
    re.I,
)
# "terrorists from Jaish al-Fateh fired": members of the group named, not its target
_MEMBERS_FROM = re.compile(
    r"\b(?:terrorists|militants|fighters|members|gunmen|elements|rebels|insurgents|jihadists|"
    r"militiamen)\s+from\s+(?:the\s+)?$",
    re.I,
)
# "shelled Ukrainian positions": a side's positions are where it is hit, never who acts
_POSITIONS = re.compile(rf"\s+{POSITION_NOUNS}\b", re.I)
_ONE_SIDED = ("Explosions/Remote violence", "Violence against civilians")
_ONE_SIDE = re.compile(r"\bon (?:the )?one side,? and\b", re.I)
BETWEEN_REACH = 60  # "clashes reportedly erupted on Saturday between X and Y"
_TARGET = re.compile(
    r"\b(?:against|targeting|on|at|toward|towards|from)\s+(?:the\s+|an?\s+)?$", re.I
)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|they|the group|the militants|the jihadists)\s+(?:\w+\s+){0,4}$", re.I
)
_ALLIES = re.compile(r"\b(?:and|with) (?:its|their) allies\b|\ballied (?:groups|factions)\b", re.I)
# "Raqqa fell to rebels in March 2013 and later became the stronghold of IS": a clause coordinated
# by "later/then/subsequently/afterwards" reports what came after, and its actors are not parties.
_LATER_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:later|then|subsequently|afterwards|thereafter)\s+(?=[a-z])",
    re.I,
)


@dataclass(slots=True)
class ActorRef:
    """An actor as the coder sees it: a KB id ("generic:civilians:syria" for generic actors)."""

    mention: ActorMention
    actor_id: str
    inter: int = 0
    country: str | None = None


# "al Qaeda's branch", "the al Qaeda-affiliated Nusra Front", "a coalition of rebel groups": the
# mention qualifies another actor and is not a party itself.
_QUALIFIER = re.compile(
    r"^(?:['’]s\b|-(?:affiliated|linked|backed|led|aligned|allied|held|controlled)\b)"
)
HEAD_OF_REACH = 40  # "a coalition of the Ahrar al-Sham and ..."
_HEAD_OF = re.compile(r"^\s+(?:of|called|named|known as|made up of)\b")
# "a military post belonging to Asayish": the owner named next is the party.
_BELONGS_TO = re.compile(
    r"^\s+(?:(?:believed|thought|said|suspected|assumed|reported) to\s+)?"
    r"(?:belong(?:s|ed|ing)? to|affiliated (?:with|to)|loyal to|run by|manned by)\s+[A-Z]"
)
# A verb of violence right before a mention makes it the object ("killed 4 PKK militants").
_OBJECT_CUE = re.compile(
    r"\b(?:kill|injur|wound|target|attack|destroy|captur|arrest|detain|abduct|kidnapp?|repel|"
    r"repuls|shell|ambush|thwart|foil)\w*\b[^.;]{0,32}$|\b(?:responded to|clashed with|shot at|fired (?:at|on)|"
    r"opened fire (?:at|on))\s"
    r"[^.;]{0,24}$",
    re.I,
)
# "HPG reported that Turkish forces ...": the source of the report, not a party.
_SOURCE_OF_REPORT = re.compile(r"^\s+(?:reported|said|stated|announced|claimed)\s+that\b")
# "the Syrian Coalition condemns the massacre", "... mourns five rescue workers": who reacts to
# an act speaks of it, and is no party to it either.
_REACTS = re.compile(
    r"\s+(?:condemn|denounc|mourn|deplor|lament|decr[iy]|offer\w* condolences|sent condolences)",
    re.I,
)
# "A source at the Aleppo Police Command said that ...": the source's institution, not a party.
_SOURCE_AT = re.compile(
    r"\bsources?\s+(?:at|in|from|within|close to)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I
)
# "according to a source at Aleppo Police Command", "citing the Syrian army": a source too.
_ACCORDING_TO = re.compile(
    r"\b(?:according to|citing|quoting)\s+(?:(?:an?|the)\s+)?(?:\w+\s+){0,3}?"
    r"(?:(?:sources?|officials?|spokes(?:man|woman|person))\s+(?:at|in|from|of|with|within|close to)"
    r"\s+(?:the\s+)?(?:\w+\s+){0,3})?$",
    re.I,
)


_POSSESSED_ACT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:shelling|attacks?|strikes?|airstrikes?|fire|bombardment|raids?|"
    r"offensive|operation|assault|ambush|drones?|rockets?|missiles?|artillery|snipers?)\b",
    re.I,
)


def _possessed_event(text: str, m: ActorMention, rest: list[ActorMention]) -> bool:
    """ "the PMF's rocket shelling": the possessive owns an act, not another actor ("al Qaeda's
    branch, the Nusra Front"), when no other actor is named right after it."""
    if not re.match(r"['’]s\b", text[m.end : m.end + 2]):
        return False
    if _POSSESSED_ACT.match(text, m.end + 2):
        return True
    if m.kind != "kb":
        return False  # "an old man's body": a person's belongings, not a party's act
    return not any(0 <= r.start - m.end <= 40 for r in rest)


def role_candidates(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions that can fill a role: not possessives, not adjectives, not 'a coalition of ...',
    and one per actor where a name is followed by its acronym ("Hayat Tahrir al-Sham (HTS)")."""
    out: list[ActorMention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        after = text[m.end : m.end + 12]
        if _QUALIFIER.match(after) and not _possessed_event(text, m, ordered[i + 1 :]):
            continue
        if _SOURCE_OF_REPORT.match(text[m.end : m.end + 24]) or _REACTS.match(text, m.end):
            continue
        if _ACCORDING_TO.search(text, max(0, m.start - 80), m.start) or _SOURCE_AT.search(
            text, max(0, m.start - 60), m.start
        ):
            continue
        if _common_noun(text, m) and (
            (_HEAD_OF.match(after) and _actor_follows(m, ordered[i + 1 :]))
            or _BELONGS_TO.match(text[m.end : m.end + 30])
        ):
            continue
        if (
            m.text.islower()
            and out
            and re.fullmatch(r"[\s\"”’']{0,3}", text[out[-1].end : m.start])
        ):
            continue  # "HTS gunmen", "the Battle of Victory coalition": a head noun after a name
        if (
            out
            and out[-1].actor_id == m.actor_id
            and re.fullmatch(r"\s*\(?\s*", text[out[-1].end : m.start])
        ):
            continue
        out.append(m)
    return out


def _actor_follows(m: ActorMention, rest: list[ActorMention]) -> bool:
    """ "members of the PKK" names the PKK; "the governor of Hadramawt" names a place: the head
    noun stands for itself."""
    return any(0 <= r.start - m.end <= HEAD_OF_REACH for r in rest)


def _common_noun(text: str, m: ActorMention) -> bool:
    """'rebels', or 'Jihadists' capitalised only because it opens the sentence."""
    if m.text.islower():
        return True
    opens = re.search(r"(?:^|[.!?\n][\"”’']?)\s*$", text[max(0, m.start - 4) : m.start])
    return bool(opens) and m.text[1:].islower()


def _ref(m: ActorMention) -> ActorRef:
    return ActorRef(m, actor_id=m.actor_id, inter=m.inter, country=m.country)


def assign_roles(
    ctx: ArticleContext,
    frame: Frame,
    mentions: list[ActorMention],
    anchor_actor: ActorRef | None = None,
) -> None:
    """Fill frame.actor1/actor2/assoc1/assoc2 from the actor mentions of its clause."""
    _by_word_order(ctx, frame, mentions, anchor_actor)
    if frame.actor1 is None:
        _pronoun_subject(ctx, frame, mentions)
    _attacker_first(ctx.text, frame)
    if isinstance(frame.actor1, ActorRef) and frame.actor2 is None:
        _reporting_party(ctx, frame)


def _reporting_party(ctx: ArticleContext, frame: Frame) -> None:
    """ "HPG reported that Turkish forces conducted airstrikes": an armed group reporting strikes
    with no other target named reports strikes on itself."""
    lo, hi = frame.sentence.start_char, frame.sentence.end_char
    for m in ctx.actors:
        if not (lo <= m.start < hi) or m.inter not in (2, 3, 4):
            continue
        if m.actor_id != frame.actor1.actor_id and _SOURCE_OF_REPORT.match(
            ctx.text[m.end : m.end + 24]
        ):
            frame.actor2 = _ref(m)
            return


_PRONOUN_START = re.compile(r"^\s*(?:They|It|The group|The forces|The fighters|The militants)\b")


def _pronoun_subject(ctx: ArticleContext, frame: Frame, mentions: list[ActorMention]) -> None:
    """ "They then made territorial gains": the subject of the previous sentence acts again."""
    cs, ts = frame.clause[0], frame.trigger[0]
    if not _PRONOUN_START.match(ctx.text[cs:ts]):
        return
    previous = [s for s in ctx.sentences if s.end_char <= frame.sentence.start_char]
    if not previous:
        return
    lo, hi = previous[-1].start_char, previous[-1].end_char
    subject = [m for m in mentions if lo <= m.start and m.end <= hi]
    if subject:
        frame.actor1 = _ref(subject[0])
        frame.assoc1 = _allies_of(ctx.text, subject[0], subject[1:])


# "X thwarted a Houthi attack", "X repelled an IS attack": ACLED codes the attacker named as the
# attack's modifier as actor1 and the side that held as actor2. ("X thwarted an attack of Y forces"
# it codes the other way round, X first; "an attack by Y forces" names Y the attacker.)
_THWARTED = (
    r"\b(?:thwart|repel|repuls|foil|fend|fought off|beat back|pushed back)\w*\s+(?:an?|the)\s+"
)
_ATTACKS = r"(?:attacks?|incursions?|offensives?|assaults?|infiltrations?)"
_THWART = re.compile(rf"{_THWARTED}$", re.I)
# "LNA forces repelled an attack by GNA forces": the agent of the attack noun attacked
_THWART_BY = re.compile(rf"{_THWARTED}(?:[\w-]+\s+){{0,3}}?{_ATTACKS}\s+by\s+(?:the\s+)?$", re.I)
_ATTACK_NOUN = re.compile(rf"^\s+{_ATTACKS}\b", re.I)


def _attacker_first(text: str, frame: Frame) -> None:
    # Only the mention chosen as actor2 is tried: widening it to any mention of that actor
    # ("thwarted a Houthi attack ..., fatalities among Houthi forces") fixed 5 dev rows and broke 6;
    # ACLED codes the modifier form both ways.
    a1, a2 = frame.actor1, frame.actor2
    if not isinstance(a1, ActorRef) or not isinstance(a2, ActorRef):
        return
    if a1.mention.end > a2.mention.start:
        return
    between = text[a1.mention.end : a2.mention.start]
    modifier = _THWART.search(between) and _ATTACK_NOUN.match(
        text[a2.mention.end : a2.mention.end + 20]
    )
    if modifier or _THWART_BY.search(between):
        frame.actor1, frame.actor2 = a2, a1
        frame.assoc1, frame.assoc2 = frame.assoc2, frame.assoc1


def _by_word_order(
    ctx: ArticleContext,
    frame: Frame,
    mentions: list[ActorMention],
    anchor_actor: ActorRef | None,
) -> None:
    cs, ce = frame.clause
    ts, te = frame.trigger
    ce = before_later_clause(ctx.text, te, ce)
    in_clause = [m for m in mentions if m.start >= cs and m.end <= ce]
    if not in_clause:
        in_clause = [m for m in mentions if m.start >= frame.sentence.start_char and m.end <= ce]
    # A mention inside or around the trigger ("Saudi-led coalition airstrikes", "gunmen riding
    # a motorcycle shot") names its actor.
    # ("attacked farmers": a victim inside the trigger is its object, as one after it is)
    before = [m for m in in_clause if m.start < te and not _taken_object(ctx.text, (ts, te), m)]
    after = [m for m in in_clause if m not in before]
    text = ctx.text
    # "clashes between X and Y"
    for m in after:
        if m.start - te > BETWEEN_REACH:
            break  # "..., as tensions between X and Y grow": another clause's pair
        if _BETWEEN.search(text[te : m.start]) or _BETWEEN.search(
            text[max(cs, m.start - 12) : m.start]
        ):
            idx = after.index(m)
            frame.actor1 = _ref(m)
            rest = after[idx + 1 :]
            # "between X and Y on one side and Z on the other": Y is X's associate
            sides = _ONE_SIDE.search(text, m.end, ce)
            if sides and rest:
                own = [r for r in rest if r.start < sides.start()]
                rest = [r for r in rest if r.start >= sides.end()]
                frame.assoc1 = [_ref(r) for r in own]
            if rest:
                frame.actor2 = _ref(rest[0])
                frame.assoc2 = _allies_of(text, rest[0], rest[1:])
            return
    # passive: "... was killed by X"
    # An active clause with its subject named ("Turkish forces clashed with ... following an
    # attempt by QSD fighters") has no passive agent.
    passive = not before or _PASSIVE_AUX.search(text[max(cs, ts - 25) : ts]) is not None
    # "... following the death of five rescue workers in airstrikes by the Russian and regime
    # forces": "by" right after the act names its agent, whoever the clause opened with (not a
    # demonstration's: "dispersed by police" names who intervened)
    by_act = classify(frame.sub_event_type).event_type not in ("Protests", "Riots")
    agent = next(
        (
            m
            for m in after
            if (passive or (by_act and _BY_RIGHT_AFTER.match(text[te : m.start])))
            and _BY.search(text[te : m.start])
            and not _NOT_AGENT_BY.search(text[te : m.start])
        ),
        None,
    )
    if agent is not None:
        frame.actor1 = _ref(agent)
        others = [m for m in before + after if m is not agent]
        if others:
            frame.actor2 = _ref(others[0])
        return
    agent = next((m for m in before[1:] if _PASSIVE_BY.match(text, before[0].end, m.start)), None)
    if agent is not None and _NOT_AGENT_BY.search(text[before[0].end : agent.start]) is None:
        # "a Ukrainian soldier was killed by NAF sniper fire": the agent named before the act
        frame.actor1, frame.actor2 = _ref(agent), _ref(before[0])
        return
    agent_first = bool(before) and _BY.search(text[max(cs, before[0].start - 30) : before[0].start])
    if (
        before
        and not agent_first
        and _HARMED_AUX.search(text[max(cs, ts - 25) : ts])
        and _HARM.match(text, ts)
    ):
        # "a member of the NDF was found dead": the subject of a passive harm is its victim
        # (not "migrants caught by border guards were beaten": the agent of a relative clause)
        frame.actor2 = _ref(before[0])
        frame.assoc2 = _allies_of(text, before[0], before[1:])
        # "positions came under fire from NAF": who fired, right after the act
        source = next((m for m in after if _FROM_RIGHT_AFTER.match(text[te : m.start])), None)
        if source is not None:
            frame.actor1 = _ref(source)
        return
    harmed = before and _VICTIM_AFTER.match(text, before[0].end, min(ce, before[0].end + 60))
    # (a side killed in a clash, "a police officer was killed after exchanging fire with ...",
    # is still a side of it, named first)
    # a battle whose clause tells no exchange ("two police officers were shot in a drive-by") is
    # one-sided too: the harmed are its target, whoever attacked them
    one_sided = classify(frame.sub_event_type).event_type in _ONE_SIDED or not _RECIPROCAL.search(
        text, cs, ce
    )
    if harmed and (after or (one_sided and len(before) == 1 and harmed.end() <= te)):
        # "3 PKK militants were killed during operations carried out by the Gendarmerie": the
        # victims named first are the target of the actor named after the trigger ("... in air
        # strikes on a town held by Daesh": not of who holds the place); "a soldier was killed by
        # an IED", "3 PKK militants were killed in airstrikes": the passive's subject is the
        # target even where no actor is named (refine infers the agent)
        acting = [m for m in after if not _NOT_AGENT_BY.search(text[te : m.start])]
        frame.actor2 = _ref(before[0])
        if acting:
            frame.actor1 = _ref(acting[0])
            frame.assoc1 = _allies_of(text, acting[0], acting[1:])
        return
    if before and _POSITIONS.match(text, before[0].end):
        # "the enemy opened fire on Ukrainian positions": the positions' side is the target
        frame.actor2 = _ref(before[0])
        acting = [m for m in before[1:] + after if not _POSITIONS.match(text, m.end)]
        if acting:
            frame.actor1 = _ref(acting[0])
        return
    if before and _VICTIM_OF.search(text, max(cs, before[0].start - 40), before[0].start):
        # "the body of a woman was found": whose body it is was the victim, not the actor
        frame.actor2 = _ref(before[0])
        acting = [m for m in before[1:] + after if _BY.search(text[before[0].end : m.start])]
        if acting:
            frame.actor1 = _ref(acting[0])
        return
    if before and _HIT_DEVICE.match(text, before[0].end):
        # "a MINUSMA convoy hit an IED": who runs into a device is its target; who planted it acts
        frame.actor2 = _ref(before[0])
        acting = [m for m in after if _BY.search(text[te : m.start])]
        if acting:
            frame.actor1 = _ref(acting[0])
        return
    if before:
        head = before[0]
        frame.actor1 = _ref(head)
        frame.assoc1 = _allies_of(text, head, before[1:])
        pair = _RECIPROCAL.match(text, ts, te) and not _WITH_AFTER.match(text, te)
        if pair and frame.assoc1 and _AND.fullmatch(text, head.end, frame.assoc1[0].mention.start):
            # "BJP and TMC supporters clashed": two subjects of a reciprocal act are its sides
            frame.actor2, frame.assoc1 = frame.assoc1[0], []
            return
        if after:
            frame.actor2 = _ref(after[0])
            frame.assoc2 = _allies_of(text, after[0], after[1:])
        else:  # "Turkish forces killed 4 PKK militants during airstrikes": the object precedes
            chained = {id(r.mention) for r in frame.assoc1}
            rest = [
                m for m in before[1:]
                if id(m) not in chained and m.actor_id != head.actor_id
                and _OBJECT_CUE.search(text[max(head.end, m.start - 40) : m.start])
            ]  # fmt: skip
            if rest:
                frame.actor2 = _ref(rest[0])
    elif after:
        targets = [
            m
            for m in after
            if not _MEMBERS_FROM.search(text, max(cs, m.start - 40), m.start)
            and (
                _TARGET.search(text[max(cs, m.start - 14) : m.start])
                or _POSITIONS.match(text, m.end)
                or _OBJECT_CUE.search(text[max(te, m.start - 40) : m.start])
                or _taken_object(text, frame.trigger, m)
                or _LEFT_VICTIMS.search(text[max(te, m.start - 30) : m.start])
                or _VICTIM_OF.search(text, max(te, m.start - 40), m.start)
                or _HELD_BY.search(text, max(te, m.start - 40), m.start)
                or _VICTIM_AFTER.match(text, m.end, min(ce, m.end + 60))
            )
        ]
        if anchor_actor is not None and _PRONOUN_SUBJECT.search(text[cs:ts]):
            frame.actor1 = anchor_actor  # "..., two days after it launched an offensive"
            frame.actor2 = _ref(targets[0] if targets else after[0])
            return
        if targets and targets[0] is after[0]:
            frame.actor2 = _ref(after[0])  # "strikes against the jihadists": a target, no actor
            return
        frame.actor1 = _ref(after[0])
        frame.assoc1 = _allies_of(text, after[0], after[1:])
        chained = {id(r.mention) for r in frame.assoc1}
        rest = [m for m in after[1:] if id(m) not in chained]
        if rest:  # "Movement of forces: Russian and Turkish forces carried out a joint patrol"
            frame.actor2 = _ref(rest[0])


# "arrested 5 suspected Al Shabaab members", "attacked farmers": who an act takes or harms, right
# after its verb
_TAKEN = re.compile(
    r"\b(?:arrest|detain|abduct|kidnapp?|captur|round|attack|assault|kill|shot|shoot|injur|wound|"
    r"beat|stab|hack|tortur|execut|ambush)\w*(?:\s+up)?"
    r"\s+(?:(?!(?:during|in|at|by|after|with|from|of|on|for|and)\b)[\w-]+\s+){0,3}$",
    re.I,
)


def _taken_object(text: str, trigger: tuple[int, int], m: ActorMention) -> bool:
    """The mention is the object of the act's verb, inside the trigger or right after it."""
    ts, _ = trigger
    return m.start > ts and _TAKEN.search(text, ts, m.start) is not None


def before_later_clause(text: str, te: int, ce: int) -> int:
    """The clause ends where a coordinated clause of what happened later begins."""
    later = _LATER_CLAUSE.search(text, te, ce)
    return later.start() if later else ce


def later_clause(text: str, frame: Frame) -> tuple[int, int]:
    """The span of the frame's clause that reports what happened later (empty if none)."""
    ce = frame.clause[1]
    return before_later_clause(text, frame.trigger[1], ce), ce


def _allies_of(text: str, head: ActorMention, rest: list[ActorMention]) -> list[ActorRef]:
    """Actors chained to `head` by ',', 'and', 'supported by'... are its associates."""
    out: list[ActorRef] = []
    prev = head
    for m in rest:
        if _ALLY.match(text[prev.end : m.start]) or _ALLY.match(
            re.sub(r"\([^)]*\)", "", text[prev.end : m.start])
        ):
            out.append(_ref(m))
            prev = m
        else:
            break
    return out


def mentions_allies(ctx: ArticleContext, frame: Frame) -> bool:
    return bool(_ALLIES.search(ctx.text[frame.clause[0] : frame.clause[1]]))


def infer_opponent(
    ctx: ArticleContext, frame: Frame, mentions: list[ActorMention], allied: set[str]
) -> None:
    """A battle needs two sides: take the nearest armed actor of the paragraph, then of the article,
    that is not actor1 or its ally (ACLED coders read the whole report)."""
    if frame.actor2 is not None or frame.actor1 is None:
        return
    own = {frame.actor1.actor_id, *allied}
    armed = [m for m in mentions if m.inter in ARMED_INTERS and m.actor_id not in own]
    if not armed:
        return
    para = ctx.paragraph_of(frame.sentence.start_char)
    same_para = [m for m in armed if ctx.paragraph_of(m.start) == para]
    pools = [same_para, armed]
    if frame.actor1.inter != 1:  # rebels fight the state first
        pools = [[m for m in p if m.inter == 1] for p in pools] + [
            [m for m in p if m.inter != 2] for p in pools
        ]
    pool = next((p for p in pools if p), None)
    if not pool:
        return
    best = min(pool, key=lambda m: abs(m.start - frame.trigger[0]))
    frame.actor2 = _ref(best)
    frame.flags.append("actor2 inferred from the article")
