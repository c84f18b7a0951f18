"""`frontline ingest` of a crawl directory: WARC and JSONL.gz streamed into the store, a progress
bar with articles/s, and a second run that changes nothing."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from frontline.cli import app
from tests.ingest.test_bulk import pages
from tests.ingest.warcs import write_warc


@pytest.mark.model
def test_ingest_a_directory_of_warc_and_jsonl_gz_with_progress(tmp_path):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    write_warc(crawl / "CC-NEWS-20240305.warc.gz", pages(3))
    with gzip.open(crawl / "notes.jsonl.gz", "wt") as fh:
        fh.write(json.dumps({"id": "n1", "published": "2024-03-02",
                             "text": "Protesters rallied outside parliament on Saturday."}) + "\n")  # fmt: skip
    db = str(tmp_path / "f.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(crawl), "--db", db, "--progress"])
    assert first.exit_code == 0, first.output
    assert "4 added" in first.output and "articles/s" in first.output
    again = runner.invoke(app, ["ingest", str(crawl), "--db", db])
    assert "0 added, 0 replaced, 4 unchanged" in again.output
