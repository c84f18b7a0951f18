"""frontline.api.uploads: uploaded text, HTML and JSONL become articles; no server paths."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from frontline.api.uploads import read_upload
from frontline.errors import InputError

TEXT = "Shelling hit the town of Saraqib on Monday, residents said."


def test_text_and_html_files() -> None:
    [a] = read_upload("report.txt", TEXT.encode(), dt.date(2020, 2, 3), "Wire")
    assert a.text == TEXT and str(a.published) == "2020-02-03" and a.source == "Wire"
    html = f"<html><head><title>Saraqib</title></head><body><p>{TEXT}</p></body></html>"
    [b] = read_upload("page.html", html.encode())
    assert b.title == "Saraqib" and TEXT in b.text


def test_jsonl_lines_keep_their_own_metadata() -> None:
    lines = [
        {"id": "x1", "text": TEXT, "published": "2020-02-03", "source": "A"},
        {
            "id": "x2",
            "html": f"<html><body><article><p>{TEXT}</p></article></body></html>",
            "url": "https://example.org/x2",
        },
    ]
    data = "\n".join(json.dumps(r) for r in lines).encode()
    a, b = read_upload("batch.jsonl", data, dt.date(2021, 1, 1), "Default")
    assert (a.id, str(a.published), a.source) == ("x1", "2020-02-03", "A")
    assert (b.id, str(b.published), b.source, b.url) == (
        "x2",
        "2021-01-01",
        "Default",
        "https://example.org/x2",
    )


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("batch.jsonl", b'{"id": "p", "path": "/etc/hostname"}', "path"),
        ("batch.jsonl", b"{not json", "not valid JSON"),
        ("batch.jsonl", b'{"id": "e"}', "batch.jsonl:1: no `text` or `html`"),
        ("empty.txt", b"   ", "empty.txt: the article text is empty"),
        ("image.png", b"\x89PNG\x00\x00\x00", "not a text file"),
    ],
)
def test_refused_uploads_say_why(name: str, data: bytes, says: str) -> None:
    with pytest.raises(InputError, match=says):
        list(read_upload(name, data))
