"""Fuse the coded reports into events and replay the analysts' edits on top.

The events table is derived data. After an ingest, a re-coding or an edit, fusion runs again over
the reports it can concern (`refuse`: the neighbourhood of the changed reports, see
`frontline.store.neighbourhood`; `rebuild`: every report), ids are kept by the reports an event
shares with its earlier self, and then the merges, splits, field edits and deletions of the audit
log that touch those events are applied in order. That is why edits survive re-coding, and why the
incremental result equals a full rebuild.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from typing import Any

import sqlalchemy as sa

from frontline.fuse import Report
from frontline.fuse.cluster import cluster, default_id, fuse_group
from frontline.store import records
from frontline.store.schema import (
    articles,
    claims,
    edits,
    event_actors,
    events,
    reports,
    store_state,
)

EDITABLE = frozenset(records._EVENT_FIELDS) - {"article_id", "event_id", "claims", "evidence"}


# report id -> (cluster id: its fusion group before merges and splits, article id, event id)
Membership = dict[str, tuple[str, str, str]]


def memberships(
    conn: sa.Connection, report_ids: Collection[str] | None = None, where: Any = None
) -> Membership:
    """Which group and event each stored report (all, those of `report_ids`, or matching `where`)
    belongs to now (read before reports are replaced)."""
    query = sa.select(
        reports.c.report_id, reports.c.cluster_id, reports.c.event_id, articles.c.article_id
    ).join(articles, reports.c.article_pk == articles.c.pk)
    if where is not None:
        query = query.where(where)
    chunks = (
        [query]
        if report_ids is None
        else [query.where(reports.c.report_id.in_(chunk)) for chunk in _chunks(sorted(report_ids))]
    )
    return {
        r.report_id: (r.cluster_id or r.event_id, r.article_id, r.event_id)
        for q in chunks
        for r in conn.execute(q)
        if r.event_id
    }


def reports_by_id(conn: sa.Connection, report_ids: Collection[str]) -> list[Report]:
    """Current reports of these ids (in chunks: PostgreSQL takes at most 65,535 parameters)."""
    return [
        r
        for chunk in _chunks(sorted(report_ids))
        for r in load_reports(conn, reports.c.report_id.in_(chunk))
    ]


def load_reports(conn: sa.Connection, where: Any = None) -> list[Report]:
    """Current reports as fusion input (all, or those matching `where`)."""
    query = sa.select(reports, articles.c.published, articles.c.url, articles.c.title).join(
        articles, reports.c.article_pk == articles.c.pk
    )
    query = query.where(articles.c.current)
    if where is not None:
        query = query.where(where)
    return [
        Report(
            row.report_id, records.event_from_record(row.record), row.published, row.url, row.title
        )
        for row in conn.execute(query.order_by(reports.c.report_id))
    ]


def assign_ids(
    groups: list[list[Report]], previous: Membership, taken: Collection[str] = ()
) -> dict[str, list[Report]]:
    """Keep an event's id when its group shares reports with it, or failing that (a re-coding or
    correction that changed every report id of the event) when it is the one such earlier event of
    exactly the same articles; new groups get a derived id. `taken`: ids of events left as they are."""
    present = {r.report_id for g in groups for r in g}
    before: dict[str, set[str]] = {}
    alive: set[str] = set()
    for report_id, (event_id, article_id, _) in previous.items():
        before.setdefault(event_id, set()).add(article_id)
        if report_id in present:
            alive.add(event_id)
    vanished = {i: arts for i, arts in before.items() if i not in alive}
    out: dict[str, list[Report]] = {}
    for group in sorted(groups, key=lambda g: -len(g)):
        votes = Counter(previous[r.report_id][0] for r in group if r.report_id in previous)
        event_id = next((i for i, _ in votes.most_common() if i not in out), None)
        if event_id is None:
            same = [i for i, arts in vanished.items() if arts == {r.article_id for r in group}]
            event_id = same[0] if len(same) == 1 and same[0] not in out else None
        if event_id is None:
            event_id = default_id(group)
            while event_id in out or event_id in taken:
                event_id += "x"
        out[event_id] = group
    return out


def replay_structure(by_id: dict[str, list[Report]], log: Iterable[Any]) -> None:
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


def edit_ids(edit: Any) -> set[str]:
    """Every event id an edit names (kept, merged away, split off)."""
    payload = edit.payload or {}
    return {edit.event_id} | {payload[k] for k in ("other", "new_event_id") if payload.get(k)}


Plan = tuple[dict[str, str], dict[str, list[Report]]]  # cluster id by report id, events


def plan(
    current: list[Report], previous: Membership, log: list[Any], taken: Collection[str] = ()
) -> Plan:
    """Cluster `current`, keep ids (`taken`: ids of the events left alone), replay merges and
    splits. Ids are kept by the groups before the replay, so that replaying again is stable."""
    by_id = assign_ids(cluster(current), previous, taken)
    clusters = {r.report_id: eid for eid, group in by_id.items() for r in group}
    by_id = {eid: list(group) for eid, group in by_id.items()}
    replay_structure(by_id, log)
    return clusters, by_id


def write_events(
    conn: sa.Connection,
    planned: Plan,
    log: list[Any],
    stale: Collection[str] | None,
    report_ids: list[str],
) -> int:
    """Fuse each group, apply field edits and deletions, and replace the events `stale` names
    (None: every event) and the memberships of `report_ids`."""
    clusters, by_id = planned
    fused = {eid: fuse_group(eid, group).to_record() for eid, group in by_id.items()}
    deleted: set[str] = set()
    for edit in log:
        if edit.action == "edit" and edit.event_id in fused:
            fields = (edit.payload or {}).get("fields") or {}
            fused[edit.event_id].update({k: v for k, v in fields.items() if k in EDITABLE})
            fused[edit.event_id].setdefault("edited", []).extend(sorted(fields))
        elif edit.action == "delete":
            deleted.add(edit.event_id)
    _write(conn, by_id, fused, deleted, stale, report_ids)
    by_cluster: dict[str, list[str]] = {}
    for report_id, cluster_id in clusters.items():
        by_cluster.setdefault(cluster_id, []).append(report_id)
    for cluster_id, ids in by_cluster.items():
        for chunk in _chunks(ids):
            conn.execute(
                sa.update(reports)
                .where(reports.c.report_id.in_(chunk))
                .values(cluster_id=cluster_id)
            )
    return len(fused)


def _write(
    conn: sa.Connection,
    by_id: dict[str, list[Report]],
    fused: dict[str, dict[str, Any]],
    deleted: set[str],
    stale: Collection[str] | None,
    report_ids: list[str],
) -> None:
    # In this transaction, so a reader that sees the new events also sees the new generation.
    conn.execute(
        sa.update(store_state)
        .where(store_state.c.name == "events")
        .values(value=store_state.c.value + 1)
    )
    if stale is None:
        for table in (claims, event_actors, events):
            conn.execute(sa.delete(table))
        conn.execute(sa.update(reports).values(event_id=None))
    else:
        gone = sorted(set(stale) | set(fused))
        for chunk in _chunks(gone):
            for table in (claims, event_actors, events):
                conn.execute(sa.delete(table).where(table.c.event_id.in_(chunk)))
        for chunk in _chunks(report_ids):
            conn.execute(
                sa.update(reports).where(reports.c.report_id.in_(chunk)).values(event_id=None)
            )
    if not fused:
        return
    conn.execute(
        sa.insert(events), [records.event_columns(r, eid in deleted) for eid, r in fused.items()]
    )
    actor_rows = [row for r in fused.values() for row in records.actor_rows(r)]
    claim_rows = [row for r in fused.values() for row in records.claim_rows(r)]
    if actor_rows:
        conn.execute(sa.insert(event_actors), actor_rows)
    if claim_rows:
        conn.execute(sa.insert(claims), claim_rows)
    for eid, group in by_id.items():
        for chunk in _chunks([r.report_id for r in group]):
            conn.execute(
                sa.update(reports).where(reports.c.report_id.in_(chunk)).values(event_id=eid)
            )


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def edit_log(conn: sa.Connection) -> list[Any]:
    return list(conn.execute(sa.select(edits).order_by(edits.c.pk)))


def rebuild(conn: sa.Connection, previous: Membership | None = None) -> int:
    """Re-fuse every current report, replay the whole edit log, rewrite the event tables.
    `previous`: the memberships before reports were replaced (default: as stored now)."""
    if previous is None:
        previous = memberships(conn)
    current, log = load_reports(conn), edit_log(conn)
    write_events(conn, plan(current, previous, log), log, None, [r.report_id for r in current])
    return _count(conn)


def _count(conn: sa.Connection) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
