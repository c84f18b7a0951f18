"""Parquet export for the API: an adapter over frontline.output.exports.

The store's `write_parquet` fails when an integer column (inter1, inter2, interaction) mixes numbers
with ACLED's empty value '' (an event without a second actor next to one with). Here the rows are
the same, and '' in a column that otherwise holds numbers becomes a null. Remove this adapter once
`write_parquet` types its columns itself.
"""

from __future__ import annotations

import io
import json
from typing import Any

from frontline.output.exports import EXTRA
from frontline.output.formats import acled_row
from frontline.store.records import event_from_record


def _row(record: dict[str, Any]) -> dict[str, Any]:
    row = acled_row(event_from_record(record))
    row.pop("timestamp")
    row.update({k: record.get(k) for k in EXTRA})
    row["latitude"], row["longitude"] = record.get("latitude"), record.get("longitude")
    row["iso"] = record.get("iso")
    row["sources"] = json.dumps(record.get("sources") or [], ensure_ascii=False)
    row["claims"] = json.dumps(record.get("claims") or [], ensure_ascii=False)
    return row


def _numeric(values: list[Any]) -> bool:
    present = [v for v in values if v not in (None, "")]
    return bool(present) and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in present
    )


def parquet_bytes(records: list[dict[str, Any]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [_row(r) for r in records]
    columns = list(rows[0]) if rows else []
    for col in columns:
        if _numeric([r.get(col) for r in rows]):
            for r in rows:
                if r.get(col) == "":
                    r[col] = None
    table = pa.Table.from_pylist(rows) if rows else pa.table({})
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()
