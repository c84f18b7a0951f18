"""Incremental fusion: re-fuse only what a change of reports can concern, with the result of a
full rebuild.

Why a neighbourhood is enough: clustering (frontline.fuse.cluster) is greedy in one global order
and a report only joins a group one of whose members it matches (`same_event`). So the groups of a
connected component of the "matches" graph are the groups that component would form on its own:
reports elsewhere can neither join its groups nor change the order inside it. Matching needs the
same country and admin1 and dates inside the reports' windows (up to a month for time_precision 3,
a year back for a background mention: `date_reach`), so a component is found by following matches
from the changed reports (including the removed ones) through indexed queries of their admin1
block and days.

The neighbourhood is then closed over the earlier fusion: every report of an event a neighbour was
part of (its id may move), and every merge or split of the audit log that names one of these events
or reports (with all the events and reports that edit names). Only those edits are replayed, in
their order, and only those events are rewritten.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import sqlalchemy as sa

from frontline.fuse import Report
from frontline.fuse.match import date_reach, same_event
from frontline.store.rebuild import (
    Membership,
    _chunks,
    _count,
    edit_ids,
    edit_log,
    load_reports,
    memberships,
    plan,
    reports_by_id,
    write_events,
)
from frontline.store.schema import events, reports


def _block(r: Report) -> tuple[str, str]:
    return (r.event.country or "", r.event.admin1 or "")


class _Taken:
    """Event ids stored outside the neighbourhood (asked of the database one id at a time)."""

    def __init__(self, conn: sa.Connection, mine: set[str]) -> None:
        self.conn, self.mine = conn, mine

    def __contains__(self, event_id: object) -> bool:
        if event_id in self.mine:
            return False
        query = sa.select(events.c.event_id).where(events.c.event_id == event_id)
        return self.conn.execute(query).first() is not None


class Neighbourhood:
    """The reports, events and edits a change concerns, grown to a closed set."""

    def __init__(self, conn: sa.Connection, log: list[Any]) -> None:
        self.conn, self.log = conn, log
        self.reports: dict[str, Report] = {}
        self.event_ids: set[str] = set()
        self.edits: list[Any] = []
        self._loaded: dict[str, Report] = {}  # candidates read so far, by report id
        self._todo_reports: list[Report] = []
        self._todo_events: set[str] = set()

    def add_events(self, ids: Collection[str]) -> None:
        new = set(ids) - self.event_ids
        self.event_ids |= new
        self._todo_events |= new

    def add_reports(self, found: Collection[Report], sources_only: bool = False) -> None:
        """Add reports; `sources_only`: removed reports, whose matches count but not themselves."""
        for r in found:
            if r.report_id not in self.reports:
                if not sources_only:
                    self.reports[r.report_id] = r
                self._todo_reports.append(r)

    def close(self) -> None:
        """Grow to a fixed point: matches in the block, earlier events' reports, edits."""
        while self._todo_reports or self._todo_events:
            while self._todo_reports:
                self._follow_matches(self._todo_reports.pop())
            ids, self._todo_events = sorted(self._todo_events), set()
            if ids:
                for chunk in _chunks(ids):
                    named = sa.or_(reports.c.event_id.in_(chunk), reports.c.cluster_id.in_(chunk))
                    self.add_reports(load_reports(self.conn, named))
            self._take_edits()
            now = memberships(self.conn, list(self.reports)).values()
            self.add_events({i for c, _, e in now for i in (c, e)} - self.event_ids)

    def _follow_matches(self, report: Report) -> None:
        """Add the reports `report` matches: same block, a day in its reach (or none known)."""
        country, admin1 = _block(report)
        where = sa.and_(reports.c.country == country, reports.c.admin1 == admin1)
        reach = date_reach(report)
        if reach is not None:
            days = sa.or_(
                reports.c.event_date.between(reach[0].isoformat(), reach[1].isoformat()),
                reports.c.event_date.is_(None),
                *([] if report.event.background else [reports.c.background]),
            )
            where = sa.and_(where, days)
        ids = set(self.conn.execute(sa.select(reports.c.report_id).where(where)).scalars())
        for r in reports_by_id(self.conn, ids - set(self.reports) - set(self._loaded)):
            self._loaded[r.report_id] = r
        self.add_reports(
            [
                m
                for i in sorted(ids - set(self.reports))
                if (m := self._loaded.get(i)) is not None
                and (same_event(report, m) or same_event(m, report))
            ]
        )

    def _take_edits(self) -> None:
        taken = {e.pk for e in self.edits}
        for edit in self.log:
            if edit.pk in taken:
                continue
            named = set((edit.payload or {}).get("reports") or [])
            if edit_ids(edit) & self.event_ids or named & set(self.reports):
                self.edits.append(edit)
                taken.add(edit.pk)
                self.add_events(edit_ids(edit))
                if named - set(self.reports):
                    self.add_reports(reports_by_id(self.conn, named - set(self.reports)))
        self.edits.sort(key=lambda e: e.pk)


def refuse(
    conn: sa.Connection,
    removed: Collection[Report] = (),
    removed_membership: Membership | None = None,
    added: Collection[str] = (),
    touched: Collection[str] = (),
) -> int:
    """Re-fuse the neighbourhood of `removed` reports (already deleted; with the events they were
    in), `added` report ids and `touched` event ids (an analyst's edit). Returns the number of
    events in the store."""
    log = edit_log(conn)
    hood = Neighbourhood(conn, log)
    removed_membership = removed_membership or {}
    hood.add_events({i for c, _, e in removed_membership.values() for i in (c, e)} | set(touched))
    hood.add_reports(removed, sources_only=True)
    if added:
        hood.add_reports(reports_by_id(conn, added))
    while True:
        hood.close()
        current = sorted(hood.reports.values(), key=lambda r: r.report_id)
        previous = {**removed_membership, **memberships(conn, [r.report_id for r in current])}
        planned = plan(current, previous, hood.edits, _Taken(conn, hood.event_ids))
        ids = set(planned[1]) | set(planned[0].values())
        inside = {e.pk for e in hood.edits}
        if not any(edit_ids(e) & ids for e in log if e.pk not in inside):
            break  # else a new id is one an edit outside names: that edit belongs here too
        hood.add_events(ids)
    write_events(conn, planned, hood.edits, hood.event_ids, [r.report_id for r in current])
    return _count(conn)
