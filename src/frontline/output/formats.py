"""Writing coded events: JSONL (the contract), CSV, ACLED's export columns, and a table for people."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from frontline.model import ACLED_COLUMNS, OUTPUT_FIELDS, Event

FORMATS = ("jsonl", "csv", "acled-csv", "table")
REGION = {
    "Syria": "Middle East", "Yemen": "Middle East", "Iraq": "Middle East", "Lebanon": "Middle East",
    "Turkey": "Middle East", "Iran": "Middle East", "Israel": "Middle East", "Palestine": "Middle East",
    "Saudi Arabia": "Middle East", "Jordan": "Middle East",
}  # fmt: skip


def write_jsonl(events: Iterable[Event], out: TextIO) -> None:
    for e in events:
        out.write(json.dumps(e.to_record(), ensure_ascii=False) + "\n")


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    return {
        k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
        for k, v in record.items()
    }


def write_csv(events: Iterable[Event], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=list(OUTPUT_FIELDS))
    writer.writeheader()
    for e in events:
        writer.writerow(_flat(e.to_record()))


def acled_row(e: Event) -> dict[str, Any]:
    """One row in ACLED's export layout (event_id_cnty from our id; notes from the evidence)."""
    year = e.event_date[:4] if e.event_date else ""
    notes = e.notes or " ".join(ev.text for ev in e.evidence if len(ev.text) > 40)[:2000]
    return {
        "event_id_cnty": e.event_id,
        "event_date": e.event_date or "",
        "year": year,
        "time_precision": e.time_precision,
        "disorder_type": e.disorder_type,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1,
        "assoc_actor_1": e.assoc_actor_1,
        "inter1": e.inter1 or "",
        "actor2": e.actor2,
        "assoc_actor_2": e.assoc_actor_2,
        "inter2": e.inter2 or "",
        "interaction": e.interaction,
        "civilian_targeting": e.civilian_targeting,
        "iso": e.iso or "",
        "region": REGION.get(e.country, ""),
        "country": e.country,
        "admin1": e.admin1,
        "admin2": e.admin2,
        "admin3": e.admin3,
        "location": e.location,
        "latitude": "" if e.latitude is None else round(e.latitude, 4),
        "longitude": "" if e.longitude is None else round(e.longitude, 4),
        "geo_precision": e.geo_precision,
        "source": e.source,
        "source_scale": e.source_scale,
        "notes": notes,
        "fatalities": e.fatalities,
        "tags": "",
        "timestamp": int(dt.datetime.now(dt.UTC).timestamp()),
    }


def write_acled_csv(events: Iterable[Event], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS))
    writer.writeheader()
    for e in events:
        if not e.background:  # ACLED codes news, not history
            writer.writerow(acled_row(e))


def write_table(events: Iterable[Event], out: TextIO) -> None:
    table = Table(title="frontline: coded events", show_lines=False, expand=False)
    for col in (
        "article",
        "date",
        "tp",
        "sub-event type",
        "actor 1 (+assoc)",
        "actor 2",
        "location",
        "admin1",
        "gp",
        "fat",
        "claims",
    ):
        table.add_column(col, overflow="fold")
    for e in events:
        assoc = f" (+ {e.assoc_actor_1})" if e.assoc_actor_1 else ""
        claims = "; ".join(
            f"{c.claimant} {c.stance}"
            + (f" {c.fatalities} killed" if c.fatalities is not None else "")
            for c in e.claims
        )
        table.add_row(
            e.article_id[:14],
            (e.event_date or "?") + (" (bg)" if e.background else ""),
            str(e.time_precision),
            e.sub_event_type,
            e.actor1 + assoc,
            e.actor2,
            e.location,
            e.admin1,
            str(e.geo_precision),
            str(e.fatalities),
            claims[:120],
        )
    Console(file=out, width=200).print(table)


WRITERS = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "acled-csv": write_acled_csv,
    "table": write_table,
}


def write(events: Iterable[Event], fmt: str, out: TextIO) -> None:
    WRITERS[fmt](list(events), out)
