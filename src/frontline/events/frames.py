"""Event frames: candidate events found clause by clause, before roles, places and dates are filled.

A frame starts at a clause with a trigger and owns the follow-up sentences that carry no trigger of
their own ("4 QSD fighters were killed."), which is how ACLED notes and news reports are written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from frontline.events.context import ArticleContext
from frontline.events.lexicon import TriggerHit, cues, find_triggers, mask_context, mask_negated
from frontline.model import Claim, Evidence

# A clause that opens with "N days after ..." reports an earlier event inside the sentence.
_SUBCLAUSE = re.compile(
    r",\s+(?=(?:(?:\w+|\d+) (?:days?|weeks?|hours?) )?(?:after|before|since|while|as)\s)", re.I
)
# The events whose projectiles come down somewhere (events/impact.py locates them there).
PROJECTILE_TYPES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
_FIGURE_ONLY = re.compile(r"\b(?:killed|wounded|injured|dead|died|fatalit|casualt|toll)\w*", re.I)


@dataclass(slots=True)
class Frame:
    sub_event_type: str
    rank: int
    clause: tuple[int, int]  # absolute offsets of the clause holding the trigger
    sentence: Span
    trigger: tuple[int, int]
    window_end: int  # end of the last follow-up sentence this frame owns
    index: int  # order of appearance in the article
    background: bool = False
    relative_anchor: str | None = None  # "two days after": date relative to the enclosing clause
    restates: bool = False  # a ranking of an event reported elsewhere ("the second city to fall")
    split_key: str = ""  # set on the copies of a frame split by place: part of their event id
    evidence: list[Evidence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # filled by roles/place/date stages
    actor1: object | None = None
    actor2: object | None = None
    assoc1: list[object] = field(default_factory=list)
    assoc2: list[object] = field(default_factory=list)
    place: object | None = None
    geo_precision: int = 1
    date: object | None = None
    time_precision: int = 3
    fatalities: int | None = None
    confidence: float = 0.5
    flags: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.clause[0]


def _clauses(sent: Span) -> list[tuple[int, int]]:
    """Split a sentence where a subordinate clause reporting another event begins."""
    text, base = sent.text, sent.start_char
    cuts = [m.start() for m in _SUBCLAUSE.finditer(text)]
    bounds = [0, *cuts, len(text)]
    return [(base + a, base + b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _is_hypothetical(ctx: ArticleContext, start: int, end: int) -> bool:
    """A trigger under a modal or a verb of threat/plan/denial is not an event (ACLED §2)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    c = cues()
    token = span.root
    asserted = False  # the path so far is asserted whatever the next head means
    for tok in [token, *token.ancestors]:
        if any(ch.dep_ == "aux" and ch.lower_ in c.modals for ch in tok.children):
            return True
        if tok is not token and not asserted and tok.lemma_.lower() in c.hypothetical_heads:
            return True
        # a subject is asserted in its own right: "protesters demanded new elections"
        if tok.dep_ in ("ROOT", "nsubj", "nsubjpass"):
            break
        # so is a conjoined verb ("police prevented and detained 5 people"), though not outside
        # what governs both ("vowed to retaliate and attack"); and a clause before its head is
        # reported, not planned ("students protested ..., they also called for help")
        asserted = tok.dep_ == "conj" or (tok.dep_ == "ccomp" and tok.i < tok.head.i)
    before = ctx.text[max(ctx.doc[token.sent.start].idx, start - 40) : start]
    return bool(re.search(r"\b(?:will|would|could|might|may)\s+(?:\w+\s+){0,2}$", before, re.I))


def _is_background(ctx: ArticleContext, sent: Span) -> bool:
    return bool(cues().background.search(sent.text))


def _hits(ctx: ArticleContext, cs: int, ce: int, window: str) -> list[TriggerHit]:
    """The clause's real triggers, best first; mentions of other events count only if nothing else
    does. `window` is the text a rule's context must be found in."""
    clause = ctx.text[cs:ce]
    for text in (mask_context(clause), mask_negated(clause)):
        hits = [
            h
            for h in find_triggers(text, window)
            if not _is_hypothetical(ctx, cs + h.start, cs + h.end)
            and not _in_group_name(ctx, cs + h.start, cs + h.end)
        ]
        if hits:
            return hits
    return []


def _in_group_name(ctx: ArticleContext, start: int, end: int) -> bool:
    """A trigger word inside a group's name ("the Battle of Victory operations room") names the
    group, not an event. At the mention's end it is the noun the group is named for ("Saudi-led
    coalition airstrikes"), and generic mentions ("protesters") are what they do: both stay."""
    return any(
        a.kind != "generic" and a.start <= start and end <= a.end and ctx.text[end : a.end].strip()
        for a in ctx.actors
    )


def _restates(ctx: ArticleContext, sent: Span, trigger_start: int) -> bool:
    """The trigger is what a ranking or comparison is about ("the second province to fall")."""
    base = sent.start_char
    return any(
        base + m.start() <= trigger_start < base + m.end()
        for m in cues().restatement.finditer(sent.text)
    )


def _in_relative_clause(ctx: ArticleContext, start: int, end: int) -> bool:
    """A trigger inside a relative clause describes a participant or a place ("an area which the
    group has seized"), not the event the sentence reports."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(tok.dep_ == "relcl" for tok in [span.root, *span.root.ancestors])


def _continue(frame: Frame, hit: TriggerHit, sent: Span) -> None:
    """A follow-up sentence reports the frame's outcome or escalation ("Police dispersed them")."""
    joined = hit.rule.joined_type(frame.sub_event_type)
    if joined != frame.sub_event_type:
        frame.sub_event_type, frame.rank = joined, hit.rule.rank
        frame.flags.append(f"{joined} from a follow-up sentence")
    frame.window_end = sent.end_char
    frame.evidence.append(Evidence(sent.text, sent.start_char, sent.end_char))


def find_frames(ctx: ArticleContext) -> list[Frame]:
    frames: list[Frame] = []
    current: Frame | None = None
    for sent in ctx.sentences:
        clause_frames: list[Frame] = []
        follows = current is not None and _belongs_to(ctx, current, sent)
        if follows and current is not None and _tells_impact(current, sent):
            current.window_end = sent.end_char
            current.evidence.append(Evidence(sent.text, sent.start_char, sent.end_char))
            continue
        continued = False
        for i, (cs, ce) in enumerate(_clauses(sent)):
            hits = _hits(ctx, cs, ce, sent.text)
            if i == 0 and follows and current is not None:
                follow = _follow_up(ctx, current, sent, (cs, ce), hits)
                if follow is not None:
                    _continue(current, follow, sent)
                    continued = True
                    continue
            if not hits:
                continue
            best: TriggerHit = hits[0]
            clause = ctx.text[cs:ce]
            frame = Frame(
                sub_event_type=best.sub_event_type,
                rank=best.rule.rank,
                clause=(cs, ce),
                sentence=sent,
                trigger=(cs + best.start, cs + best.end),
                window_end=sent.end_char,
                index=len(frames) + len(clause_frames),
                background=_is_background(ctx, sent),
                restates=_restates(ctx, sent, cs + best.start),
            )
            if i > 0:
                lead = re.match(
                    r",\s+((?:(?:\w+|\d+) (?:days?|weeks?|hours?) )?(?:after|before))", clause
                )
                frame.relative_anchor = lead.group(1) if lead else None
            frame.evidence.append(Evidence(sent.text, sent.start_char, sent.end_char))
            clause_frames.append(frame)
        if clause_frames:
            frames.extend(clause_frames)
            current = clause_frames[0]
        elif current is not None and follows and not continued:
            current.window_end = sent.end_char
            if _FIGURE_ONLY.search(sent.text):
                current.evidence.append(Evidence(sent.text, sent.start_char, sent.end_char))
    return frames


def _follow_up(
    ctx: ArticleContext,
    frame: Frame,
    sent: Span,
    clause: tuple[int, int],
    hits: list[TriggerHit],
) -> TriggerHit | None:
    """The hit by which a sentence's first clause continues `frame`, if it does. A follow-up is read
    in its frame's context too: "Police dispersed them" needs no protest word of its own."""
    cs, ce = clause
    window = ctx.text[frame.sentence.start_char : sent.end_char]
    for hit in (*_hits(ctx, cs, ce, window)[:1], *hits[:1]):
        if hit.rule.continues_frame(frame.sub_event_type) and _continues(
            ctx, frame, sent, cs + hit.start, cs + hit.end
        ):
            return hit
    return None


def _continues(ctx: ArticleContext, frame: Frame, sent: Span, start: int, end: int) -> bool:
    """A follow-up continues its frame unless it is background, says it in a relative clause
    ("an area the group has seized"), or is somewhere else."""
    return not (
        _is_background(ctx, sent)
        or _in_relative_clause(ctx, start, end)
        or _names_new_place(ctx, frame, sent)
    )


def _names_new_place(ctx: ArticleContext, frame: Frame, sent: Span) -> bool:
    """A follow-up sentence naming a place its frame does not name reports another event there."""

    def names(start: int, end: int) -> set[str]:
        return {p.key for p in ctx.within(ctx.places, start, end) if p.score >= 0.3}

    own = names(frame.sentence.start_char, frame.window_end)
    return bool(names(sent.start_char, sent.end_char) - own)


def _tells_impact(frame: Frame, sent: Span) -> bool:
    """ "The rocket exploded in an open field near X": where the frame's projectiles came down, the
    same event even at a place the frame did not name."""
    return frame.sub_event_type in PROJECTILE_TYPES and bool(
        cues().impact_sentence.match(sent.text)
    )


def _belongs_to(ctx: ArticleContext, frame: Frame, sent: Span) -> bool:
    """A trigger-less sentence continues the frame in the same paragraph."""
    return ctx.paragraph_of(sent.start_char) == ctx.paragraph_of(frame.sentence.start_char)
