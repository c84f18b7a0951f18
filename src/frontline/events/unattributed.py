"""Actors for reports that name none: ACLED never leaves actor1 empty.

An unattributed air strike is flown by the air power the article last named before it (a coder reads
the report as a whole: "Russian jets pounded Idlib ... the strikes killed ten"); any other unnamed
perpetrator gets ACLED's generic actor for the event type (data/codebook/unattributed.yaml), flagged
as inferred so an analyst can review it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import yaml

from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.roles import ActorRef
from frontline.model import ActorMention

if TYPE_CHECKING:
    from frontline.link.actors import ActorKB


@cache
def _rules() -> dict[str, Any]:
    path = files("frontline").joinpath("data", "codebook", "unattributed.yaml")
    return yaml.safe_load(path.read_text("utf-8"))


def unattributed_template(sub_event_type: str) -> str:
    """The generic template ACLED codes as actor1 of an unattributed event of this type."""
    rules = _rules()["actor1"]
    return rules["by_sub_event"].get(sub_event_type, rules["default"])


def fill_unnamed_sides(kb: ActorKB, ctx: ArticleContext, frame: Frame, country: str | None) -> None:
    """Give the frame the actors ACLED would code where the report names none."""
    rules = _rules()
    sub = frame.sub_event_type
    facing = rules["forces_facing_crowd"]
    a1 = frame.actor1
    crowd_only = a1 is not None and a1.inter in facing["crowd_inter"] and frame.actor2 is None
    if sub in facing["sub_events"] and crowd_only:
        frame.actor1, frame.actor2 = _generic(kb, ctx, frame, facing["template"], country), a1
        frame.flags.append("actor1 inferred: the report names no forces facing the crowd")
    if frame.actor1 is None and (prev := _previous_subject(ctx, frame)) is not None:
        frame.actor1 = prev
        frame.flags.append("actor1 inferred: the subject of the previous sentence")
    if frame.actor1 is None:
        frame.actor1 = _air_power(ctx, frame) or _generic(
            kb,
            ctx,
            frame,
            rules["actor1"]["by_sub_event"].get(sub, rules["actor1"]["default"]),
            country,
        )
        frame.flags.append("actor1 inferred: the report names no perpetrator")
    template = rules["actor2"]["by_sub_event"].get(sub)
    if frame.actor2 is None and template is not None:
        frame.actor2 = _generic(kb, ctx, frame, template, country)
        frame.flags.append("actor2 inferred: the report names one side")
    unnamed = rules["unnamed_armed_side"]
    if frame.actor2 is None and sub in unnamed["sub_events"] and _names_unnamed_group(ctx, frame):
        frame.actor2 = _generic(kb, ctx, frame, unnamed["template"], country)
        frame.flags.append("actor2 inferred: an armed group the report does not name")


@cache
def _unnamed_group_re() -> re.Pattern[str]:
    nouns = sorted(_rules()["unnamed_armed_side"]["nouns"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in nouns)})\b", re.I)


def _names_unnamed_group(ctx: ArticleContext, frame: Frame) -> bool:
    """The frame's clause names an armed group by a common noun that no actor mention covers."""
    lo, hi = frame.clause
    covered = [(m.start, m.end) for m in ctx.actors]
    return any(
        not any(s <= m.start() < e for s, e in covered)
        for m in _unnamed_group_re().finditer(ctx.text, lo, hi)
    )


def _previous_subject(ctx: ArticleContext, frame: Frame) -> ActorRef | None:
    rules = _rules()["previous_subject"]
    if frame.sub_event_type not in rules["sub_events"]:
        rules = rules["sideless_battles"]
        lo, hi = frame.sentence.start_char, frame.sentence.end_char
        if frame.sub_event_type not in rules["sub_events"] or ctx.within(ctx.actors, lo, hi):
            return None
    sents = ctx.sentences
    i = next((n for n, s in enumerate(sents) if s.start_char == frame.sentence.start_char), 0)
    if i == 0:
        return None
    prev = sents[i - 1]
    if ctx.paragraph_of(prev.start_char) != ctx.paragraph_of(frame.sentence.start_char):
        return None
    target = frame.actor2.actor_id if frame.actor2 is not None else None
    for m in ctx.within(ctx.actors, prev.start_char, prev.end_char):
        if m.kind != "kb" or m.inter not in rules["inter"] or m.actor_id == target:
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and any(t.dep_ in ("nsubj", "nsubjpass") or
                                    t.head.dep_ in ("nsubj",) for t in span):  # fmt: skip
            return ActorRef(m, m.actor_id, m.inter, m.country)
    return None


def _air_power(ctx: ArticleContext, frame: Frame) -> ActorRef | None:
    rules = _rules()["air_powers"]
    if frame.sub_event_type not in rules["sub_events"]:
        return None
    target = frame.actor2.actor_id if frame.actor2 is not None else None
    before = [
        m for m in ctx.actors
        if m.kind == "kb" and m.end <= frame.trigger[0] and m.inter in rules["inter"]
        and m.actor_id != target
    ]  # fmt: skip
    if not before:
        return None
    last = before[-1]
    return ActorRef(last, last.actor_id, last.inter, last.country)


def _generic(
    kb: ActorKB, ctx: ArticleContext, frame: Frame, template: str, country: str | None
) -> ActorRef:
    actor = kb.generic(template, country or "Unknown")
    start, end = frame.trigger
    mention = ActorMention(
        start,
        end,
        ctx.text[start:end],
        actor_id=actor.id,
        kind="generic",
        inter=actor.inter,
        country=country,
    )
    return ActorRef(mention, actor.id, actor.inter, country)
