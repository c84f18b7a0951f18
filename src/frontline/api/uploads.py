"""Uploaded files for ingestion: text, HTML or JSONL, read as `frontline ingest` reads files,
except that a JSONL record may not point at a file on the server (`path`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from frontline.api.coding import read_pasted
from frontline.errors import InputError
from frontline.ingest import detect_format
from frontline.model import Article

MAX_BYTES = 20_000_000


def read_upload(
    name: str, data: bytes, published: dt.date | None = None, source: str | None = None
) -> Iterator[Article]:
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than {MAX_BYTES} bytes", hint="split it into parts")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} is not a text file", hint="upload text, HTML or JSONL")
    content = data.decode("utf-8-sig", errors="replace")
    fmt = detect_format(name, content)
    if fmt != "jsonl":
        yield read_pasted(content, fmt=fmt, published=published, source=source, where=name)  # type: ignore[arg-type]
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if line.strip():
            yield _from_record(line, f"{name}:{number}", published, source)


def _from_record(line: str, where: str, published: dt.date | None, source: str | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg})", hint="one object a line") from exc
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object", hint="one object a line")
    if "path" in record:
        raise InputError(
            f"{where}: `path` cannot be used in an upload",
            hint="put the article in `text` or `html`",
        )
    body, fmt = (record.get("text"), "text") if record.get("text") else (record.get("html"), "html")
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{where}: no `text` or `html`", hint="give each line a `text` or `html`")
    return read_pasted(
        body,
        fmt=fmt,  # type: ignore[arg-type]
        published=record.get("published") or published,
        source=record.get("source") or source,
        title=record.get("title"),
        url=record.get("url"),
        article_id=record.get("id"),
        where=where,
    )
