"""Articles from WARC/WARC.gz files (warcio), in the layout of Common Crawl News.

CC-NEWS keeps one `response` record per fetched page: the HTTP response (headers, then the HTML)
under `WARC-Target-URI`, fetched at `WARC-Date`. A WET file keeps the extracted text instead, as
`conversion` records. Records that are no article (requests, metadata, robots.txt, images, error
pages, pages without main text) are counted, not yielded: they are not news, and a crawl has many.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from frontline.errors import InputError
from frontline.ingest.readers import article_from_html, article_from_text
from frontline.model import Article

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".wet", ".wet.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
RECORD_END = b"\r\n\r\n"  # WARC 1.1 section 4: what follows each record's block
TRUNCATED = "the file was cut short: fetch it again (the records before the cut were read)"


@dataclass(slots=True)
class WarcCounts:
    """What a WARC file held besides the articles read from it."""

    records: int = 0
    articles: int = 0
    not_pages: int = 0  # requests, metadata, non-HTML responses, HTTP errors
    no_text: int = 0  # HTML pages without main text (index pages, shells)


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return "utf-8"


def _decode(body: bytes, charset: str) -> str:
    try:
        return body.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name in the header
        return body.decode("utf-8", errors="replace")


def _crawl_day(record) -> dt.date | None:  # noqa: ANN001 - warcio's ArcWarcRecord
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_warc(stream: BinaryIO, name: str, counts: WarcCounts | None = None) -> Iterator[Article]:
    """Yield an Article per HTML response (or WET text) of a WARC stream, gzipped or not.

    The page's own date comes first; the crawl day stands in when the page has none (a news
    crawl fetches pages the day they appear, CC-NEWS within hours)."""
    counts = counts if counts is not None else WarcCounts()
    records = ArchiveIterator(stream)
    end = 0  # where the last complete record ends: bytes after it are a truncated record
    try:
        for record in records:
            if record.rec_headers.get_header("Content-Length") is None:  # WARC requires it
                raise InputError(
                    f"{name}: the record after record {counts.records} is truncated "
                    "(its header ends before Content-Length)",
                    hint=TRUNCATED,
                )
            counts.records += 1
            article = _article(record, name, counts)
            records.read_to_end(record)
            if getattr(record.raw_stream, "limit", 0) > 0:  # less than its Content-Length
                raise InputError(f"{name}: record {counts.records} is truncated", hint=TRUNCATED)
            end = records.get_record_offset() + records.get_record_length()
            if article is not None:
                counts.articles += 1
                yield article
    except InputError:
        raise
    except Exception as exc:  # warcio raises its own ArchiveLoadFailed and plain ValueErrors
        if counts.records and _at_end(stream):  # the last gzip member cut inside its first line
            raise InputError(
                f"{name}: the record after record {counts.records} is truncated ({exc})",
                hint=TRUNCATED,
            ) from exc
        raise InputError(
            f"{name}: not a readable WARC file after {counts.records} records ({exc})",
            hint="pass WARC/WARC.gz files as Common Crawl writes them (one gzip member per record)",
        ) from exc
    size = _size(stream)
    if size is not None and end + len(RECORD_END) < size:  # the last record's CRLF CRLF is past it
        raise InputError(
            f"{name}: {size - end} bytes after record {counts.records} are no complete record",
            hint=TRUNCATED,
        )


def _at_end(stream: BinaryIO) -> bool:
    size = _size(stream)
    try:
        return size is not None and stream.tell() >= size
    except (OSError, io.UnsupportedOperation):
        return False


def _size(stream: BinaryIO) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, io.UnsupportedOperation):
        return None


def _article(record, name: str, counts: WarcCounts) -> Article | None:  # noqa: ANN001
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{name} ({url or record.rec_headers.get_header('WARC-Record-ID')})"
    crawled = _crawl_day(record)
    if record.rec_type == "conversion":  # WET: the text only
        text = _decode(record.content_stream().read(), "utf-8")
        if not text.strip():
            counts.no_text += 1
            return None
        return article_from_text(text, url=url, published=crawled, where=where)
    if record.rec_type not in ("response", "resource"):
        counts.not_pages += 1
        return None
    http = record.http_headers
    content_type = (http.get_header("Content-Type") if http else None) or ""
    status = http.get_statuscode() if http else "200"
    if status != "200" or not content_type.lower().startswith(HTML_TYPES):
        counts.not_pages += 1
        return None
    html = _decode(record.content_stream().read(), _charset(content_type))
    try:
        article = article_from_html(html, url=url, where=where)
    except InputError:
        counts.no_text += 1
        log.debug("%s: no article text", where)
        return None
    article.published = article.published or crawled
    return article
