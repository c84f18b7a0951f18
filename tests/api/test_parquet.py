"""frontline.api.parquet: events with and without a second actor export together."""

from __future__ import annotations

import io

import pyarrow.parquet as pq

from frontline.api.parquet import parquet_bytes
from frontline.output.exports import export_bytes
from tests.api import stored


def _records() -> list[dict]:
    events = stored.events_for()
    with_actor2 = events["a-jisr"][0].to_record()
    alone = events["a-hts"][0]
    alone.actor2, alone.inter2, alone.actor2_id = "", 0, None  # ACLED leaves inter2 empty
    return [
        {**with_actor2, "event_id": "e1", "sources": []},
        {**alone.to_record(), "event_id": "e2", "sources": []},
    ]


def test_mixed_empty_and_numeric_inter_columns() -> None:
    table = pq.read_table(io.BytesIO(parquet_bytes(_records())))
    assert table.num_rows == 2
    assert table.column("inter2").to_pylist() == [1, None]
    assert table.column("actor2").to_pylist()[1] == ""


def test_same_columns_as_the_store_export_where_that_works() -> None:
    one = _records()[:1]
    ours = pq.read_table(io.BytesIO(parquet_bytes(one)))
    theirs = pq.read_table(io.BytesIO(export_bytes(one, "parquet")))
    assert ours.column_names == theirs.column_names

    # The store writes '' for a missing text value; the adapter keeps it null.
    def blank(rows: list[dict]) -> list[dict]:
        return [{k: "" if v is None else v for k, v in r.items()} for r in rows]

    assert blank(ours.to_pylist()) == blank(theirs.to_pylist())
