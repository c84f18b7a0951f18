"""Exports of stored (fused) events: ACLED CSV, GeoJSON, Parquet, JSONL, and ACLED's deletions feed.

Each writer takes the event records the store returns (the Event contract plus `sources`,
`n_sources`, `party_claim_only`, `disagreements`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any, BinaryIO, TextIO

from frontline.model import ACLED_COLUMNS
from frontline.output.formats import acled_row
from frontline.store.records import event_from_record

EXPORT_FORMATS = ("acled-csv", "geojson", "parquet", "jsonl", "deletions")
BINARY_FORMATS = frozenset({"parquet"})
# Store extensions carried next to ACLED's fields in GeoJSON properties and Parquet columns.
EXTRA = (
    "event_id",
    "actor1_id",
    "actor2_id",
    "place_id",
    "background",
    "n_sources",
    "party_claim_only",
    "confidence",
    "deleted",
)


def write_acled_csv(records: list[dict[str, Any]], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS))
    writer.writeheader()
    for record in records:
        if not record.get("background"):  # ACLED codes news, not history
            writer.writerow(acled_row(event_from_record(record)))


def _properties(record: dict[str, Any]) -> dict[str, Any]:
    row = acled_row(event_from_record(record))
    row.pop("timestamp")
    row.update({k: record.get(k) for k in EXTRA})
    return row


def write_geojson(records: list[dict[str, Any]], out: TextIO) -> None:
    """A FeatureCollection of points (events without coordinates have a null geometry)."""
    features = []
    for record in records:
        lat, lon = record.get("latitude"), record.get("longitude")
        geometry = (
            None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
        )
        features.append(
            {
                "type": "Feature",
                "id": record["event_id"],
                "geometry": geometry,
                "properties": _properties(record),
            }
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")


def write_jsonl(records: list[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


# Parquet column types: ACLED's empty value '' becomes a null in a typed column, never a mixed column.
_INT_COLUMNS = frozenset(
    {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
     "fatalities", "n_sources"}
)  # fmt: skip
_FLOAT_COLUMNS = frozenset({"latitude", "longitude", "confidence"})
_BOOL_COLUMNS = frozenset({"background", "party_claim_only", "deleted"})


def _parquet_type(column: str) -> Any:
    import pyarrow as pa

    if column in _INT_COLUMNS:
        return pa.int64()
    if column in _FLOAT_COLUMNS:
        return pa.float64()
    if column in _BOOL_COLUMNS:
        return pa.bool_()
    return pa.string()


def _parquet_value(column: str, value: Any) -> Any:
    if value is None or value == "":
        return None if column in _INT_COLUMNS | _FLOAT_COLUMNS | _BOOL_COLUMNS else ""
    if column in _INT_COLUMNS:
        return int(value)
    if column in _FLOAT_COLUMNS:
        return float(value)
    if column in _BOOL_COLUMNS:
        return bool(value)
    return str(value)


def write_parquet(records: list[dict[str, Any]], out: BinaryIO) -> None:
    """ACLED's columns plus the store's, typed (numbers as integers or floats, flags as booleans);
    sources and claims as JSON text columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for record in records:
        row = _properties(record)
        row["latitude"], row["longitude"] = record.get("latitude"), record.get("longitude")
        row["iso"] = record.get("iso")
        row["sources"] = json.dumps(record.get("sources") or [], ensure_ascii=False)
        row["claims"] = json.dumps(record.get("claims") or [], ensure_ascii=False)
        rows.append({k: _parquet_value(k, v) for k, v in row.items()})
    columns = list(rows[0]) if rows else [c for c in (*ACLED_COLUMNS, *EXTRA) if c != "timestamp"]
    schema = pa.schema([(c, _parquet_type(c)) for c in columns])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), out)


def write_deletions(rows: list[dict[str, Any]], out: TextIO) -> None:
    """ACLED's deletions feed: event_id_cnty, deleted_timestamp (Unix seconds)."""
    writer = csv.DictWriter(out, fieldnames=["event_id_cnty", "deleted_timestamp"])
    writer.writeheader()
    writer.writerows(rows)


TEXT_WRITERS: dict[str, Callable[[list[dict[str, Any]], TextIO], None]] = {
    "acled-csv": write_acled_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
    "deletions": write_deletions,
}


def export_bytes(records: list[dict[str, Any]], fmt: str) -> bytes:
    """The export as bytes (what the web API sends)."""
    if fmt in BINARY_FORMATS:
        buf = io.BytesIO()
        write_parquet(records, buf)
        return buf.getvalue()
    text = io.StringIO()
    TEXT_WRITERS[fmt](records, text)
    return text.getvalue().encode("utf-8")
