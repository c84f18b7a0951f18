"""Rebuild the fused events from the coded reports and replay the analysts' edits on top.

The events table is derived data: fusion runs again after every ingest or re-coding, ids are kept
by the reports an event shares with its earlier self, and then every merge, split, field edit and
deletion of the audit log is applied in order. That is why edits survive re-coding.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa

from frontline.fuse import Report
from frontline.fuse.cluster import cluster, default_id, fuse_group
from frontline.store import records
from frontline.store.schema import articles, claims, edits, event_actors, events, reports

EDITABLE = frozenset(records._EVENT_FIELDS) - {"article_id", "event_id", "claims", "evidence"}


Membership = dict[str, tuple[str, str]]  # report id -> (event id, article id)


def memberships(conn: sa.Connection) -> Membership:
    """Which event each stored report belongs to now (read before reports are replaced)."""
    query = sa.select(reports.c.report_id, reports.c.event_id, articles.c.article_id).join(
        articles, reports.c.article_pk == articles.c.pk
    )
    return {r.report_id: (r.event_id, r.article_id) for r in conn.execute(query) if r.event_id}


def load_reports(conn: sa.Connection) -> list[Report]:
    """Current reports as fusion input."""
    query = sa.select(reports, articles.c.published, articles.c.url, articles.c.title).join(
        articles, reports.c.article_pk == articles.c.pk
    )
    return [
        Report(
            row.report_id, records.event_from_record(row.record), row.published, row.url, row.title
        )
        for row in conn.execute(query.where(articles.c.current).order_by(reports.c.report_id))
    ]


def _assign_ids(groups: list[list[Report]], previous: Membership) -> dict[str, list[Report]]:
    """Keep an event's id when its group shares reports with it, or failing that (a re-coding
    that changed the report ids) when it is the one earlier event of exactly the same articles;
    new groups get a derived id."""
    before: dict[str, set[str]] = {}
    for event_id, article_id in previous.values():
        before.setdefault(event_id, set()).add(article_id)
    out: dict[str, list[Report]] = {}
    for group in sorted(groups, key=lambda g: -len(g)):
        votes = Counter(previous[r.report_id][0] for r in group if r.report_id in previous)
        event_id = next((i for i, _ in votes.most_common() if i not in out), None)
        if event_id is None:
            same = [i for i, arts in before.items() if arts == {r.article_id for r in group}]
            event_id = same[0] if len(same) == 1 and same[0] not in out else None
        if event_id is None:
            event_id = default_id(group)
            while event_id in out:
                event_id += "x"
        out[event_id] = group
    return out


def _replay_structure(by_id: dict[str, list[Report]], log: list[Any]) -> None:
    """Merges and splits, in the order analysts made them."""
    for edit in log:
        payload = edit.payload or {}
        if edit.action == "merge":
            other = payload["other"]
            moved = by_id.pop(other, [])
            keep = by_id.setdefault(edit.event_id, [])
            wanted = set(payload.get("reports") or [])
            for eid, group in list(by_id.items()):  # the other's reports, wherever they went
                if eid != edit.event_id:
                    moved += [r for r in group if r.report_id in wanted]
                    by_id[eid] = [r for r in group if r.report_id not in wanted]
            keep += [r for r in moved if r not in keep]
        elif edit.action == "split":
            wanted = set(payload["reports"])
            taken: list[Report] = []
            for eid, group in list(by_id.items()):
                taken += [r for r in group if r.report_id in wanted]
                by_id[eid] = [r for r in group if r.report_id not in wanted]
            if taken:
                by_id[payload["new_event_id"]] = taken
    for eid in [e for e, g in by_id.items() if not g]:
        del by_id[eid]


def rebuild(conn: sa.Connection, previous: Membership | None = None) -> int:
    """Re-fuse every current report, replay the edit log, rewrite the event tables. `previous`:
    the memberships before reports were replaced (default: as stored now)."""
    if previous is None:
        previous = memberships(conn)
    by_id = _assign_ids(cluster(load_reports(conn)), previous)
    log = list(conn.execute(sa.select(edits).order_by(edits.c.pk)))
    _replay_structure(by_id, log)
    fused = {eid: fuse_group(eid, group).to_record() for eid, group in by_id.items()}
    deleted: set[str] = set()
    for edit in log:
        if edit.action == "edit" and edit.event_id in fused:
            fields = (edit.payload or {}).get("fields") or {}
            fused[edit.event_id].update({k: v for k, v in fields.items() if k in EDITABLE})
            fused[edit.event_id].setdefault("edited", []).extend(sorted(fields))
        elif edit.action == "delete":
            deleted.add(edit.event_id)
    conn.execute(sa.delete(claims))
    conn.execute(sa.delete(event_actors))
    conn.execute(sa.delete(events))
    conn.execute(sa.update(reports).values(event_id=None))
    if fused:
        conn.execute(
            sa.insert(events),
            [records.event_columns(r, eid in deleted) for eid, r in fused.items()],
        )
        actor_rows = [row for r in fused.values() for row in records.actor_rows(r)]
        claim_rows = [row for r in fused.values() for row in records.claim_rows(r)]
        if actor_rows:
            conn.execute(sa.insert(event_actors), actor_rows)
        if claim_rows:
            conn.execute(sa.insert(claims), claim_rows)
        for eid, group in by_id.items():
            conn.execute(
                sa.update(reports)
                .where(reports.c.report_id.in_([r.report_id for r in group]))
                .values(event_id=eid)
            )
    return len(fused)
