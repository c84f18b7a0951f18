"""Group reports into events and choose each event's values by ACLED's rules.

Greedy and deterministic: the most precise news reports seed the events; a report joins the event
whose every news report it matches (complete link keeps near-misses apart); background mentions
only need to match the event's best report, and start a low-precision event of their own when
nothing matches.
"""

from __future__ import annotations

import copy
import hashlib
from collections import Counter

from frontline.events.taxonomy import TERRITORIAL
from frontline.fuse.match import ActorGroups, actor_groups, parse_date, same_event
from frontline.fuse.model import COMPARED, FusedEvent, Report


def _order(r: Report) -> tuple:
    e = r.event
    return (e.background, e.time_precision, e.geo_precision, -len(e.evidence), r.report_id)


def _block(r: Report) -> tuple[str, str]:
    """Reports can only fuse inside one admin1 (places_match needs the same place, a place 3 km
    away, or the same admin unit), so only groups of the same admin1 are compared."""
    return (r.event.country, r.event.admin1)


def cluster(reports: list[Report], groups: ActorGroups = actor_groups) -> list[list[Report]]:
    """Reports grouped by event, most precise report first in each group."""
    groups_out: list[list[Report]] = []
    blocks: dict[tuple[str, str], list[list[Report]]] = {}
    for report in sorted(reports, key=_order):
        best = None
        for members in blocks.get(_block(report), []):
            if any(m.article_id == report.article_id for m in members):
                continue
            news = [m for m in members if not m.event.background] or members[:1]
            targets = news[:1] if report.event.background else news
            if all(same_event(report, m, groups) for m in targets):
                best = members
                break
        if best is None:
            best = [report]
            groups_out.append(best)
            blocks.setdefault(_block(report), []).append(best)
        else:
            best.append(report)
    return groups_out


def default_id(members: list[Report]) -> str:
    """A stable id: derived from the group's smallest report id."""
    key = min(r.report_id for r in members)
    return "ev-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def fuse(reports: list[Report], groups: ActorGroups = actor_groups) -> list[FusedEvent]:
    """Cluster the reports and fuse each group (ids from `default_id`)."""
    return [fuse_group(default_id(g), g) for g in cluster(reports, groups)]


def fuse_group(event_id: str, members: list[Report]) -> FusedEvent:
    """One event from its reports: the most precise date and place, the most conservative
    fatalities, every claim, and the values the sources disagree on kept per source."""
    members = sorted(members, key=_order)
    news = [m for m in members if not m.event.background]
    basis = news or members
    event = copy.deepcopy(basis[0].event)
    event.event_id = event_id
    _choose_date(event, basis)
    _choose_place(event, basis)
    _choose_type(event, basis)
    stated = [m.event.fatalities for m in basis if m.event.fatalities > 0]
    event.fatalities = min(stated) if stated else 0
    event.background = not news
    for field in ("assoc_actor_1", "assoc_actor_2"):
        names = [n for m in basis for n in getattr(m.event, field).split("; ") if n]
        names = [n for n in dict.fromkeys(names) if n not in (event.actor1, event.actor2)]
        setattr(event, field, "; ".join(names))
    event.source = "; ".join(dict.fromkeys(m.event.source for m in members if m.event.source))
    event.claims = [c for m in members for c in m.event.claims]
    event.flags = list(dict.fromkeys(f for m in basis for f in m.event.flags))
    n_articles = len({m.article_id for m in members})
    if n_articles > 1:
        event.flags.append(f"fused from {n_articles} articles")
    if news and len(news) < len(members):
        event.flags.append("corroborated by a background mention")
    if not news:  # a mention in passing dates an event loosely at best
        event.time_precision = max(event.time_precision, 3)
        event.flags.append("known only from background mentions")
    event.confidence = round(
        min(0.95, max(m.event.confidence for m in members) + 0.05 * (n_articles - 1)), 2
    )
    fused = FusedEvent(event_id, event, members, _disagreements(news or members))
    if fused.party_claim_only:
        event.flags.append("only source: a claim by a party to the fighting")
    return fused


def _choose_date(event, basis: list[Report]) -> None:
    dated = [m.event for m in basis if m.event.event_date]
    if not dated:
        return
    best_tp = min(e.time_precision for e in dated)
    days = Counter(e.event_date for e in dated if e.time_precision == best_tp)
    top = max(days.values())
    event.event_date = min(d for d, n in days.items() if n == top)
    event.time_precision = best_tp


_PLACE_FIELDS = (
    "location",
    "latitude",
    "longitude",
    "place_id",
    "country",
    "iso",
    "admin1",
    "admin2",
    "admin3",
    "geo_precision",
)


def _choose_place(event, basis: list[Report]) -> None:
    placed = [m.event for m in basis if m.event.location]
    if not placed:
        return
    best_gp = min(e.geo_precision for e in placed)
    candidates = [e for e in placed if e.geo_precision == best_gp]
    counts = Counter(e.place_id or e.location for e in candidates)
    chosen = max(candidates, key=lambda e: counts[e.place_id or e.location])
    for f in _PLACE_FIELDS:
        setattr(event, f, getattr(chosen, f))


def _choose_type(event, basis: list[Report]) -> None:
    """The sub-event type most sources give; a change of territory outranks the fight for it."""
    counts = Counter(m.event.sub_event_type for m in basis)
    sub = max(counts, key=lambda s: (counts[s], s in TERRITORIAL))
    chosen = next(m.event for m in basis if m.event.sub_event_type == sub)
    event.sub_event_type, event.event_type = chosen.sub_event_type, chosen.event_type
    event.disorder_type = chosen.disorder_type


def _disagreements(members: list[Report]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for field in COMPARED:
        values: dict = {}
        for m in members:
            values.setdefault(getattr(m.event, field), []).append(m.article_id)
        if len(values) > 1:
            out[field] = [{"value": v, "articles": ids} for v, ids in values.items()]
    return out


__all__ = ["cluster", "default_id", "fuse", "fuse_group", "parse_date"]
