"""The coder: from an article's mentions to ACLED events, each field with its evidence."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time

from frontline.events import merge, refine
from frontline.events.claims import find_claims
from frontline.events.context import ArticleContext
from frontline.events.control import control_frames
from frontline.events.frames import Frame, find_frames
from frontline.events.impact import impact_place
from frontline.events.lexicon import cues
from frontline.events.naming import Namer
from frontline.events.roles import assign_roles, infer_opponent, role_candidates
from frontline.events.split_places import SPLIT_FLAG, split_all
from frontline.events.taxonomy import same_event_type
from frontline.events.when_where import choose_date, choose_place
from frontline.model import Event
from frontline.nlp.fatalities import fatalities_from
from frontline.nlp.figures import find_figures

TERRITORIAL_BATTLES = {"Non-state actor overtakes territory", "Government regains territory"}
BACKGROUND_AGE = dt.timedelta(days=45)  # older than this before publication: context, not news
# A report codes in well under a second; a pathological text (the same sentence 10,000 times)
# could take minutes. Past this budget the rest of its frames are dropped and its events flagged.
DEFAULT_TIME_LIMIT_S = 60.0
TIME_LIMIT_FLAG = "coding-time-limit: the article's later frames were not coded"
log = logging.getLogger(__name__)


def time_limit() -> float:
    """Seconds one article may take (FRONTLINE_MAX_CODING_SECONDS)."""
    try:
        return float(os.environ.get("FRONTLINE_MAX_CODING_SECONDS") or DEFAULT_TIME_LIMIT_S)
    except ValueError:
        return DEFAULT_TIME_LIMIT_S


def code(ctx: ArticleContext, namer: Namer) -> list[Event]:
    mentions = role_candidates(ctx.text, ctx.actors)
    frames = find_frames(ctx)
    previous: Frame | None = None
    deadline = time.monotonic() + time_limit()
    for number, frame in enumerate(frames):
        if time.monotonic() > deadline:
            log.warning("%s: coding stopped after %d of %d frames (time limit)",
                        ctx.article.id, number, len(frames))  # fmt: skip
            frames = frames[:number]
            for kept in frames:
                kept.flags.append(TIME_LIMIT_FLAG)
            break
        anchor = previous if previous and previous.sentence is frame.sentence else None
        assign_roles(ctx, frame, mentions, anchor.actor1 if anchor else None)
        # a projectile is coded where it came down, else the frame's place is chosen as usual
        frame.place, frame.geo_precision = impact_place(ctx, frame) or choose_place(ctx, frame)
        _unlisted_place_near(ctx, frame)
        frame.date, frame.time_precision = choose_date(ctx, frame, anchor)
        _figures_and_claims(ctx, frame, mentions)
        if frame.sub_event_type in TERRITORIAL_BATTLES | {"Armed clash"}:
            infer_opponent(ctx, frame, mentions, namer.allies(ctx, frame))
        _party_claimed_territory(frame)
        published = ctx.article.published
        if frame.date and published and published - frame.date > BACKGROUND_AGE:
            frame.background = True
        elif frame.background and _dated_recently(ctx, frame):
            frame.background = (
                False  # "On 9 May 2020, workers of a plant closed years ago protested"
            )
        previous = frame
    found = len(frames)
    frames = _split_by_place(ctx, frames)
    frames = _fold_restatements(frames)
    frames += control_frames(ctx, mentions, found)
    events = [namer.finish(ctx, frame) for frame in frames]
    events = [e for e in events if e is not None]
    events = refine.apply_all(events)
    return merge.order(merge.merge(events), _headline_deaths(ctx.article.title))


def _headline_deaths(title: str | None) -> frozenset[int]:
    """The death tolls a headline gives ("Air strikes kill 12 in rebel-held areas")."""
    if not title:
        return frozenset()
    return frozenset(f.count for f in find_figures(title) if f.kind == "killed" and f.count)


def _split_by_place(ctx: ArticleContext, frames: list[Frame]) -> list[Frame]:
    """One frame per listed place (ACLED: one event per location); each part's place is checked
    again for an unlisted village beside it."""
    frames = split_all(ctx, frames)
    for frame in frames:
        if any(f.startswith(SPLIT_FLAG) for f in frame.flags):
            frame.flags = [f for f in frame.flags if not f.startswith(merge.UNLISTED_PLACE_FLAG)]
            _unlisted_place_near(ctx, frame)
    return frames


def _figures_and_claims(ctx: ArticleContext, frame: Frame, mentions: list) -> None:
    lo, hi = frame.sentence.start_char, frame.window_end
    figures = [f for f in ctx.figures if f.start >= lo and f.end <= hi]
    sentences = [s for s in ctx.sentences if s.start_char >= lo and s.end_char <= hi]
    party_spans: list[tuple[int, int]] = []
    for sent in sentences:
        sent_figures = [f for f in figures if sent.start_char <= f.start < sent.end_char]
        claims = find_claims(sent, mentions, sent_figures, frame.trigger[0])
        frame.claims.extend(claims)
        if any(c.claimant_is_party and c.fatalities is not None for c in claims):
            party_spans.append((sent.start_char, sent.end_char))
    # A party's own casualty figure stays a claim; ACLED counts independent reports.
    counted = [f for f in figures if not any(s <= f.start < e for s, e in party_spans)]
    frame.fatalities = fatalities_from(counted)


def _party_claimed_territory(frame: Frame) -> None:
    """A capture only a belligerent claims stays its claim: the event is coded as the fighting."""
    if frame.sub_event_type not in TERRITORIAL_BATTLES or not frame.claims:
        return
    in_sentence = [
        c for c in frame.claims if c.evidence and c.evidence.start == frame.sentence.start_char
    ]
    if in_sentence and all(c.claimant_is_party and c.stance == "claimed" for c in in_sentence):
        frame.sub_event_type = "Armed clash"
        frame.flags.append("territorial change claimed by a party")


def _dated_recently(ctx: ArticleContext, frame: Frame) -> bool:
    """The trigger's own clause carries a date close to publication: news, whatever else it says."""
    published = ctx.article.published
    cs, ce = frame.clause
    return any(
        d.value is not None
        and published is not None
        and abs(published - d.value) <= BACKGROUND_AGE
        and cs <= d.start < ce
        for d in ctx.dates
    )


def _fold_restatements(frames: list[Frame]) -> list[Frame]:
    """A ranking of an event ("Idlib is the second province to fall") is evidence for the event of
    the same type at the same place, not a capture by whichever actor is named nearby; with no such
    event it stays only if it is news, not background."""
    kept: list[Frame] = []
    for frame in frames:
        if not frame.restates:
            kept.append(frame)
            continue
        target = next((f for f in frames if not f.restates and _same_event(f, frame)), None)
        if target is not None:
            target.evidence += [e for e in frame.evidence if e not in target.evidence]
        elif not frame.background:
            kept.append(frame)
    return kept


def _same_event(a: Frame, b: Frame) -> bool:
    if a.place is None or b.place is None:
        return False
    return a.place.key == b.place.key and same_event_type(a.sub_event_type, b.sub_event_type)


UNLISTED_CONTEXT = 80  # characters before the known place searched for "<Name> village in"


def _unlisted_place_near(ctx: ArticleContext, frame: Frame) -> None:
    """ "Al Ghani village in Latakia": the event is at a village the gazetteer does not know, in the
    area of Latakia, so Latakia is only its nearest known place (geo_precision 2), not where it was."""
    place = frame.place
    if place is None or frame.geo_precision != 1:
        return
    lo = max(frame.sentence.start_char, place.start - UNLISTED_CONTEXT)
    m = cues().unlisted_place_before.search(ctx.text, lo, place.start)
    if m is None or m.end() != place.start:
        return
    if any(m.start() <= p.start and p.end <= m.end() for p in ctx.places if p.score >= 0.3):
        return  # the village is a known place after all: it is the better location
    frame.geo_precision = 2
    frame.flags.append(f"{merge.UNLISTED_PLACE_FLAG} {place.text}")
