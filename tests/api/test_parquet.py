"""Parquet export through the API's records: events with and without a second actor export together."""

from __future__ import annotations

import io

import pyarrow.parquet as pq

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
    table = pq.read_table(io.BytesIO(export_bytes(_records(), "parquet")))
    assert table.num_rows == 2
    assert table.column("inter2").to_pylist() == [1, None]
    assert table.column("actor2").to_pylist()[1] == ""
