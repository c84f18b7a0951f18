"""Exports of stored events for the API: ACLED CSV, GeoJSON, Parquet, JSONL (as bytes).

ACLED CSV reuses frontline.output.formats; GeoJSON and Parquet flatten the fused records.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any, Literal

from frontline.model import ACLED_COLUMNS
from frontline.output.formats import acled_row
from frontline.store.records import event_from_record

Format = Literal["acled-csv", "geojson", "parquet", "jsonl"]
MEDIA_TYPES: dict[str, str] = {
    "acled-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
    "jsonl": "application/x-ndjson",
}
SUFFIX = {"acled-csv": "csv", "geojson": "geojson", "parquet": "parquet", "jsonl": "jsonl"}
_NESTED = ("sources", "claims", "evidence", "flags", "disagreements")


def export(records: list[dict[str, Any]], fmt: Format) -> bytes:
    writers: dict[str, Callable[[list[dict[str, Any]]], bytes]] = {
        "acled-csv": _acled_csv,
        "geojson": _geojson,
        "parquet": _parquet,
        "jsonl": _jsonl,
    }
    return writers[fmt](records)


def _acled_csv(records: list[dict[str, Any]]) -> bytes:
    import csv

    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), extrasaction="ignore")
    writer.writeheader()
    for r in records:
        if not r.get("background"):
            writer.writerow(acled_row(event_from_record(r)))
    return out.getvalue().encode("utf-8")


def _properties(r: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in r.items() if k not in _NESTED}
    props["sources"] = sorted({s.get("source") or "" for s in r.get("sources") or []} - {""})
    return props


def _geojson(records: list[dict[str, Any]]) -> bytes:
    features = [
        {
            "type": "Feature",
            "id": r["event_id"],
            "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
            "properties": _properties(r),
        }
        for r in records
        if r.get("latitude") is not None and r.get("longitude") is not None
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode("utf-8")


def _flat(r: dict[str, Any]) -> dict[str, Any]:
    """Scalars as they are; nested values (sources, claims, evidence) as JSON text."""
    return {
        k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
        for k, v in r.items()
    }


def _parquet(records: list[dict[str, Any]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [_flat(r) for r in records]
    columns = list(dict.fromkeys(k for row in rows for k in row))
    schema = _schema(rows, columns)
    text = {f.name for f in schema if f.type == pa.string()}
    rows = [{k: str(v) if k in text and v is not None else v for k, v in r.items()} for r in rows]
    table = pa.Table.from_pylist(rows, schema=schema) if rows else pa.table({})
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def _schema(rows: list[dict[str, Any]], columns: list[str]):
    import pyarrow as pa

    def kind(col: str) -> pa.DataType:
        values = [r.get(col) for r in rows if r.get(col) is not None]
        if values and all(isinstance(v, bool) for v in values):
            return pa.bool_()
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return pa.int64()
        if values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            return pa.float64()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


def _jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
