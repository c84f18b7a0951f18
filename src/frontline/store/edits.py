"""Analysts correct the machine: edit, merge, split and delete events, each in the audit log.

An edit is stored as an instruction (which fields, which reports), not as a patched row, so the
rebuild after an ingest or a re-coding applies it again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import sqlalchemy as sa

from frontline.errors import StoreError
from frontline.store.rebuild import EDITABLE
from frontline.store.schema import edits, events, reports


class EditsMixin:
    engine: sa.Engine

    def refuse(self, event_ids: Any) -> int:  # provided by Store
        raise NotImplementedError

    def event(self, event_id: str) -> dict[str, Any]:  # provided by Store
        raise NotImplementedError

    def _snapshot(self, event_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(events.c.record, events.c.deleted).where(events.c.event_id == event_id)
            ).first()
        return {**row.record, "deleted": row.deleted} if row else None

    def _require(self, event_id: str) -> dict[str, Any]:
        snap = self._snapshot(event_id)
        if snap is None:
            raise StoreError(f"no event {event_id!r}", hint="list ids with `frontline events`")
        return snap

    def _log(
        self, event_id: str, action: str, who: str, why: str, payload: dict, before: Any
    ) -> int:
        if not who or not why:
            raise StoreError(
                "an edit needs who made it and why", hint="pass --who NAME and --why TEXT"
            )
        row = {
            "event_id": event_id,
            "action": action,
            "who": who,
            "why": why,
            "payload": payload,
            "before": before,
            "at": dt.datetime.now(dt.UTC),
        }
        with self.engine.begin() as conn:
            return conn.execute(sa.insert(edits).values(row)).inserted_primary_key[0]

    def _finish(self, pk: int, event_id: str) -> dict[str, Any] | None:
        self.refuse([event_id])  # the edit names its other events: they are re-fused too
        after = self._snapshot(event_id)
        with self.engine.begin() as conn:
            conn.execute(sa.update(edits).where(edits.c.pk == pk).values(after=after))
        return after

    def edit_event(
        self, event_id: str, fields: dict[str, Any], who: str, why: str
    ) -> dict[str, Any]:
        """Set fields of an event (e.g. {"fatalities": 3}); returns the event after the edit."""
        bad = sorted(set(fields) - EDITABLE)
        if bad:
            raise StoreError(
                f"cannot edit {', '.join(bad)}",
                hint=f"editable fields: {', '.join(sorted(EDITABLE))}",
            )
        before = self._require(event_id)
        pk = self._log(event_id, "edit", who, why, {"fields": fields}, before)
        return self._finish(pk, event_id) or {}

    def merge_events(self, keep_id: str, other_id: str, who: str, why: str) -> dict[str, Any]:
        """Fold `other_id` into `keep_id` (the two are one event); returns the merged event."""
        if keep_id == other_id:
            raise StoreError(
                "cannot merge an event with itself", hint="give two different event ids"
            )
        before = self._require(keep_id)
        other = self._require(other_id)
        payload = {"other": other_id, "reports": [s["report_id"] for s in other["sources"]]}
        pk = self._log(keep_id, "merge", who, why, payload, {"keep": before, "other": other})
        return self._finish(pk, keep_id) or {}

    def split_event(
        self, event_id: str, report_ids: list[str], who: str, why: str
    ) -> dict[str, Any]:
        """Move some of an event's reports to a new event; returns the new event."""
        before = self._require(event_id)
        own = {s["report_id"] for s in before["sources"]}
        if not report_ids or not set(report_ids) <= own or set(report_ids) == own:
            raise StoreError(
                "a split takes some, not all, of the event's reports",
                hint=f"reports of {event_id}: {', '.join(sorted(own))}",
            )
        new_id = (
            "ev-"
            + hashlib.sha1(("split|" + "|".join(sorted(report_ids))).encode()).hexdigest()[:12]
        )
        pk = self._log(
            event_id,
            "split",
            who,
            why,
            {"reports": sorted(report_ids), "new_event_id": new_id},
            before,
        )
        self._finish(pk, event_id)
        return self._snapshot(new_id) or {}

    def delete_event(self, event_id: str, who: str, why: str) -> None:
        """Withdraw an event; it stays in the audit log and in the deletions feed."""
        before = self._require(event_id)
        pk = self._log(event_id, "delete", who, why, {}, before)
        self._finish(pk, event_id)

    def report_ids(self, event_id: str) -> list[str]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    sa.select(reports.c.report_id).where(reports.c.event_id == event_id)
                ).scalars()
            )
