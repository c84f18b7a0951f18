"""Turn files (plain text, HTML, JSONL) or stdin into cleaned `Article`s.

Metadata precedence, highest first: the record's own value (a JSONL field, or an explicit
argument), then what an HTML page says about itself, then the run-wide default (CLI options).
Defaults fill gaps and never override. Every failure is an InputError naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from frontline.errors import InputError
from frontline.ingest.clean import clean_text
from frontline.ingest.html import extract_html
from frontline.model import Article

log = logging.getLogger(__name__)

FORMATS = ("auto", "text", "html", "jsonl")
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DateLike = dt.date | dt.datetime | str | None
_HEADLINE_MAX = 160  # a first line longer than this is a sentence, not a headline
# A news report is a few thousand characters; a million is a book, and the coder's time grows with
# it. Larger inputs are refused (raise the limit with FRONTLINE_MAX_ARTICLE_CHARS); an HTML page may
# be ten times larger than its text before extraction.
DEFAULT_MAX_ARTICLE_CHARS = 1_000_000
HTML_OVERHEAD = 10


def max_article_chars() -> int:
    value = os.environ.get("FRONTLINE_MAX_ARTICLE_CHARS", "")
    return int(value) if value.isdigit() else DEFAULT_MAX_ARTICLE_CHARS


def _blank(text: str) -> bool:
    """Nothing but white space and invisible format characters (zero-width, direction marks)."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def _too_long(where: str, size: int, limit: int, what: str) -> InputError:
    return InputError(
        f"{where}: the {what} has {size:,} characters, over the limit of {limit:,}",
        hint="split it into articles, or raise FRONTLINE_MAX_ARTICLE_CHARS",
    )


def parse_published(value: DateLike, where: str = "published") -> dt.date | None:
    """Accept a date, a datetime, 'YYYY-MM-DD' or an ISO datetime string; None/'' mean unknown."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise InputError(
        f"{where}: expected YYYY-MM-DD, got {value!r}",
        hint="write the publication date as an ISO date such as 2015-03-28 (or leave it out)",
    )


def content_id(raw: str) -> str:
    """Stable id from the raw text, so ingesting the same article twice gives the same id."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _headline(clean: str) -> str | None:
    """The first line when it reads like a headline: short and not ending like a sentence."""
    first = clean.split("\n", 1)[0].strip()
    is_short = len(first.split()) >= 3 and len(first) <= _HEADLINE_MAX
    if "\n" in clean and is_short and first[-1] not in ".!?:;,\"”'’)":
        return first
    return None


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: DateLike = None,
    source: str | None = None,
    url: str | None = None,
    where: str = "article",
) -> Article:
    """Clean one article's raw text; `where` names it in error messages (file:line)."""
    if not isinstance(text, str) or _blank(text):
        raise InputError(
            f"{where}: the article text is empty",
            hint="give each article a non-empty `text` (or `html`/`path` in JSONL)",
        )
    if len(text) > (limit := max_article_chars()):
        raise _too_long(where, len(text), limit, "article text")
    clean, offset_map = clean_text(text)
    if _blank(clean):
        raise InputError(
            f"{where}: nothing is left once boilerplate (comments, credits, links) is removed",
            hint="check that this is a news report; data/lexicons/boilerplate.yaml lists what "
            "is dropped",
        )
    return Article(
        id=str(id) if id not in (None, "") else content_id(text),
        text=clean,
        raw=text,
        title=title or _headline(clean),
        published=parse_published(published, f"{where}: published"),
        source=source or None,
        url=url or None,
        offset_map=offset_map,
    )


def article_from_html(
    html: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: DateLike = None,
    source: str | None = None,
    url: str | None = None,
    where: str = "article",
) -> Article:
    """Extract the page's main text; its own title, date and site name fill what is not given."""
    if len(html) > (limit := max_article_chars() * HTML_OVERHEAD):
        raise _too_long(where, len(html), limit, "HTML page")
    try:
        page = extract_html(html, url=url)
    except InputError as exc:
        raise InputError(f"{where}: {exc.args[0]}", hint=exc.hint) from exc
    return article_from_text(
        page.text,
        id=id,
        title=title or page.title,
        published=parse_published(published, f"{where}: published") or page.date,
        source=source or page.sitename,
        url=url,
        where=where,
    )


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (BOM tolerated); binary files are refused, other bytes replaced with a warning."""
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{name}: looks like a binary file, not text, HTML or JSONL",
            hint="convert it to UTF-8 text first (PDF and Word files are not read directly)",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        log.warning("%s: not valid UTF-8 (%s); undecodable bytes replaced", name, exc.reason)
        return data.decode("utf-8", errors="replace")


def _read_bytes(path: str) -> tuple[str, str]:
    """(name for messages, decoded content) of a path, or of stdin for '-'."""
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        text = _decode(stream.read(), "<stdin>") if stream is not None else sys.stdin.read()
        return "<stdin>", text
    file = Path(path)
    if not file.is_file():
        what = "is a directory" if file.is_dir() else "does not exist"
        raise InputError(
            f"{path}: {what}",
            hint="pass article files (.txt, .html, .jsonl) or '-' to read stdin",
        )
    try:
        return path, _decode(file.read_bytes(), path)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc


def detect_format(name: str, content: str) -> str:
    """'jsonl', 'html' or 'text', from the extension, else from the content's first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    head = content.lstrip()
    if head[:200].lower().startswith(("<!doctype", "<html", "<?xml", "<head", "<body", "<article")):
        return "html"
    if head.startswith("{"):
        try:
            if isinstance(json.loads(head.split("\n", 1)[0]), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    return "text"


def read_articles(
    paths: list[str],
    input_format: str = "auto",
    published: DateLike = None,
    source: str | None = None,
) -> Iterator[Article]:
    """Yield one Article per text/HTML file, per JSONL line and per WARC page; '-' reads stdin;
    a directory stands for the article files under it (see frontline.ingest.bulk).

    `published` and `source` are run-wide defaults: they fill a missing value, never replace one.
    """
    from frontline.ingest.bulk import BulkInput  # bulk reads its formats with this module's

    yield from BulkInput(paths, input_format, published, source)


def article_from_document(content: str, fmt: str, *, where: str, **meta: Any) -> Article:
    """One text or HTML document as an Article: the one place that picks the reader by format."""
    if fmt == "html":
        return article_from_html(content, where=where, **meta)
    return article_from_text(content, where=where, **meta)


def _fill(article: Article, published: dt.date | None, source: str | None) -> Article:
    """Apply run-wide defaults only where the article has no value of its own."""
    article.published = article.published or published
    article.source = article.source or source
    return article


def _from_record_line(line: str, where: str, base: Path) -> Article:
    """One JSONL line as an Article; `where` is 'file:line' for messages."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: not valid JSON ({exc.msg} at column {exc.colno})",
            hint="each line must be one JSON object such as "
            '{"id": "a1", "text": "...", "published": "2015-03-28"}',
        ) from exc
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    return _from_record(record, where, base)


def _from_record(record: dict[str, Any], where: str, base: Path) -> Article:
    meta = {
        "id": record.get("id"),
        "title": record.get("title"),
        "published": record.get("published"),
        "source": record.get("source"),
        "url": record.get("url"),
    }
    for key in ("title", "source", "url"):
        if meta[key] is not None and not isinstance(meta[key], str):
            raise InputError(f"{where}: `{key}` must be a string, got {meta[key]!r}")
    if isinstance(record.get("text"), str) and record["text"].strip():
        return article_from_text(record["text"], where=where, **meta)
    if isinstance(record.get("html"), str) and record["html"].strip():
        return article_from_html(record["html"], where=where, **meta)
    if isinstance(record.get("path"), str):
        target = (base / record["path"]).resolve()
        if target.suffix.lower() in JSONL_SUFFIXES:
            raise InputError(f"{where}: `path` points to another JSONL file ({record['path']})")
        try:
            name, content = _read_bytes(str(target))
        except InputError as exc:
            raise InputError(f"{where}: `path` {exc.args[0]}", hint=exc.hint) from exc
        fmt = detect_format(name, content)
        return article_from_document(content, fmt, where=f"{where} ({record['path']})", **meta)
    raise InputError(
        f"{where}: the article text is empty or missing",
        hint="give each record a non-empty `text`, `html` or `path` (relative to the JSONL file)",
    )
