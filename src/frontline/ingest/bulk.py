"""Bulk input: directories, JSONL(.gz) and WARC(.gz) files read as a stream of Articles.

    bulk = BulkInput(["crawl/", "notes.jsonl.gz"])
    for article in bulk: ...          # one at a time: a 40 GB crawl needs no more memory than one
    bulk.position / bulk.total_bytes  # how far through the input bytes (for a progress bar's ETA)

A directory is walked in name order for the files frontline reads (other files are ignored).
Large formats (JSONL, gzip, WARC) are read line by line or record by record; a text or HTML file
is one article and is read whole.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from frontline.errors import InputError
from frontline.ingest.readers import (
    FORMATS,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    DateLike,
    _fill,
    _from_record_line,
    _read_bytes,
    article_from_document,
    detect_format,
    parse_published,
)
from frontline.ingest.warc import WARC_SUFFIXES, WarcCounts, read_warc
from frontline.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
GZ_JSONL_SUFFIXES = {s + ".gz" for s in JSONL_SUFFIXES}


def _suffix(path: Path) -> str:
    """'.jsonl.gz', '.warc.gz' for double suffixes, else the last one; lower case."""
    name = path.name.lower()
    for double in (*GZ_JSONL_SUFFIXES, *WARC_SUFFIXES):
        if name.endswith(double):
            return double
    return path.suffix.lower()


READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | GZ_JSONL_SUFFIXES | set(WARC_SUFFIXES)


def expand_paths(paths: list[str]) -> list[str]:
    """Files of the inputs: each directory replaced by the readable files under it, in order."""
    out: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            found = sorted(
                str(p) for p in folder.rglob("*") if p.is_file() and _suffix(p) in READABLE
            )
            if not found:
                raise InputError(
                    f"{path}: the directory holds no article files",
                    hint="frontline reads " + ", ".join(sorted(READABLE)) + " files",
                )
            out.extend(found)
        else:
            out.append(path)
    return out


class BulkInput:
    """The articles of many inputs, streamed; tracks the bytes read for progress."""

    def __init__(
        self,
        paths: list[str],
        input_format: str = "auto",
        published: DateLike = None,
        source: str | None = None,
    ) -> None:
        if input_format not in FORMATS:
            raise InputError(
                f"unknown input format {input_format!r}", hint="use one of: " + ", ".join(FORMATS)
            )
        self.files = expand_paths(paths)
        self.input_format = input_format
        self.published = parse_published(published, "--published")
        self.source = source
        self.total_bytes = sum(Path(f).stat().st_size for f in self.files if Path(f).is_file())
        self.warc = WarcCounts()
        self._done_bytes = 0
        self._open: BinaryIO | None = None

    @property
    def position(self) -> int:
        """Bytes of the input read so far (of compressed files: compressed bytes)."""
        current = self._open.tell() if self._open is not None and not self._open.closed else 0
        return min(self.total_bytes, self._done_bytes + current)

    def __iter__(self) -> Iterator[Article]:
        for path in self.files:
            yield from self._read(path)
            if path != "-" and Path(path).is_file():
                self._done_bytes += Path(path).stat().st_size

    def _read(self, path: str) -> Iterator[Article]:
        suffix = _suffix(Path(path))
        streamed = path != "-" and self.input_format in ("auto", "jsonl")
        if streamed and suffix in WARC_SUFFIXES:
            with self._opened(path) as raw:
                for article in read_warc(raw, path, self.warc):
                    yield _fill(article, self.published, self.source)
            return
        if streamed and (suffix in GZ_JSONL_SUFFIXES or suffix in JSONL_SUFFIXES):
            with self._opened(path) as raw:
                data = gzip.GzipFile(fileobj=raw) if suffix.endswith(".gz") else raw
                yield from self._jsonl(path, io.TextIOWrapper(data, "utf-8-sig", "replace"))
            return
        name, content = _read_bytes(path)
        fmt = detect_format(name, content) if self.input_format == "auto" else self.input_format
        if fmt == "jsonl":
            yield from self._jsonl(name, io.StringIO(content))
        else:
            article = article_from_document(content, fmt, where=name)
            yield _fill(article, self.published, self.source)

    def _jsonl(self, name: str, lines: io.TextIOBase) -> Iterator[Article]:
        base = Path.cwd() if name == "<stdin>" else Path(name).resolve().parent
        try:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    article = _from_record_line(line, f"{name}:{number}", base)
                    yield _fill(article, self.published, self.source)
        except (OSError, EOFError) as exc:  # a truncated or corrupt gzip file
            raise InputError(f"{name}: cannot be read to the end ({exc})") from exc

    def _opened(self, path: str) -> _Tracked:
        try:
            return _Tracked(self, open(path, "rb"))  # noqa: SIM115 - closed by _Tracked
        except OSError as exc:
            what = "does not exist" if not Path(path).exists() else f"cannot be read ({exc})"
            raise InputError(
                f"{path}: {what}", hint="pass article files, directories or '-' for stdin"
            ) from exc


class _Tracked:
    """An open input file the BulkInput reports its position in while it is read."""

    def __init__(self, bulk: BulkInput, raw: BinaryIO) -> None:
        self.bulk, self.raw = bulk, raw

    def __enter__(self) -> BinaryIO:
        self.bulk._open = self.raw
        return self.raw

    def __exit__(self, *_: object) -> None:
        self.bulk._open = None
        self.raw.close()
