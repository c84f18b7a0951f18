"""Statements of standing control ("Raqqa, now the de facto capital of the Islamic State",
"the city, which has been controlled by government forces since 2016") become background
territorial events: not news, but the facts a control timeline is built from.
"""

from __future__ import annotations

import re

from frontline.events.context import ArticleContext
from frontline.events.frames import Frame
from frontline.events.roles import ActorRef
from frontline.model import ARMED_INTERS, ActorMention, Evidence

_CONTROL = re.compile(
    r"\b(?:(?:now|is|was|became) )?the (?:de facto |self-declared |effective )?capital of|"
    r"\b(?:has|have|had) been (?:controlled|held|ruled|run|occupied) by|"
    r"\b(?:controlled|held|ruled|run|occupied) by|"
    r"\bunder (?:the )?(?:full )?control of|\bstronghold of",
    re.I,
)
_SINCE = re.compile(r"\bsince ((?:19|20)\d\d)\b")
_STATE_INTER = 1


def control_frames(
    ctx: ArticleContext, mentions: list[ActorMention], start_index: int
) -> list[Frame]:
    frames: list[Frame] = []
    places = [p for p in ctx.places if p.score >= 0.3 and p.feature != "country"]
    for sent in ctx.sentences:
        for m in _CONTROL.finditer(sent.text):
            at = sent.start_char + m.end()
            # only an armed actor holds ground ("beds occupied by men, women and children")
            actor = next(
                (a for a in mentions if at <= a.start <= at + 40 and a.inter in ARMED_INTERS), None
            )
            before = [p for p in places if p.end <= sent.start_char + m.start()]
            if actor is None or not before:
                continue
            place = before[-1]
            if place.end < sent.start_char and ctx.paragraph_of(place.start) != ctx.paragraph_of(
                at
            ):
                continue
            sub = (
                "Government regains territory"
                if actor.inter == _STATE_INTER
                else "Non-state actor overtakes territory"
            )
            frame = Frame(
                sub_event_type=sub,
                rank=0,
                clause=(sent.start_char, sent.end_char),
                sentence=sent,
                trigger=(sent.start_char + m.start(), at),
                window_end=sent.end_char,
                index=start_index + len(frames),
                background=True,
            )
            frame.evidence.append(Evidence(sent.text, sent.start_char, sent.end_char))
            since = _SINCE.search(sent.text[m.end() :])
            frame.flags.append(
                f"control statement: since {since.group(1)}" if since else "control statement"
            )
            frame.place, frame.geo_precision = place, place.geo_precision
            frame.date, frame.time_precision = None, 3
            frame.actor1 = ActorRef(actor, actor.actor_id, actor.inter, actor.country)
            frames.append(frame)
    return frames
