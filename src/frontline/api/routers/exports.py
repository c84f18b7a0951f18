"""GET /api/export: the filtered events as ACLED CSV, GeoJSON, Parquet or JSONL; and ACLED's
deletions feed."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from frontline.api import queries
from frontline.api.deps import store
from frontline.api.filters import Filters, event_filters
from frontline.output.exports import export_bytes
from frontline.store import Store

router = APIRouter(tags=["exports"])
Format = Literal["acled-csv", "geojson", "parquet", "jsonl"]
MEDIA_TYPES: dict[str, str] = {
    "acled-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
    "jsonl": "application/x-ndjson",
}
SUFFIX = {"acled-csv": "csv", "geojson": "geojson", "parquet": "parquet", "jsonl": "jsonl"}
StoreDep = Annotated[Store, Depends(store)]


@router.get(
    "/export",
    response_class=Response,
    responses={200: {"content": {t: {} for t in MEDIA_TYPES.values()}}},
)
def export(
    s: StoreDep,
    f: Annotated[Filters, Depends(event_filters)],
    format: Annotated[Format, Query(description="file format")] = "acled-csv",
) -> Response:
    """Every event matching the filters (no paging), as a download."""
    _, records = queries.find_events(
        s, f.event, source=f.source, lineage=f.lineage, limit=10**9, offset=0
    )
    name = f"frontline-events.{SUFFIX[format]}"
    return Response(
        export_bytes(records, format),
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/deletions")
def deletions(s: StoreDep) -> list[dict]:
    """Deleted events in the layout of ACLED's deletions feed (event_id_cnty, deleted_timestamp)."""
    return s.deletions()
