"""Coverage-guided fuzzing of the readers with atheris (libFuzzer), beside the hypothesis tests.

Each target takes the fuzzer's bytes as a document (decoded as the file readers decode them) and
must give an Article whose offset map is exact, or an InputError; anything else is a finding
(atheris stops and prints the input). Not part of `make test`: atheris is not a dependency.

    .venv/bin/pip install atheris   # a cp311 manylinux wheel
    .venv/bin/python bench/fuzz_atheris.py html -atheris_runs=20000
    .venv/bin/python bench/fuzz_atheris.py text|html|date|jsonl -max_total_time=60
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
with atheris.instrument_imports(include=["frontline"]):
    from frontline.errors import InputError
    from frontline.ingest.readers import (
        article_from_html,
        article_from_text,
        parse_published,
        read_articles,
    )

TMP = Path(tempfile.mkdtemp(prefix="fl-fuzz-"))


def _exact(article) -> None:
    for clean_start, raw_start, length in article.offset_map:
        assert (
            article.text[clean_start : clean_start + length]
            == (article.raw[raw_start : raw_start + length])
        ), "offset map points at other characters"


def text(data: bytes) -> None:
    with contextlib.suppress(InputError):
        _exact(article_from_text(data.decode("utf-8", "replace")))


def html(data: bytes) -> None:
    with contextlib.suppress(InputError):
        _exact(article_from_html(data.decode("utf-8", "replace")))


def date(data: bytes) -> None:
    with contextlib.suppress(InputError):
        parse_published(data.decode("utf-8", "replace")[:64])


def jsonl(data: bytes) -> None:
    path = TMP / "fuzz.jsonl"
    path.write_bytes(data)
    try:
        for article in read_articles([str(path)]):
            _exact(article)
    except InputError:
        pass


TARGETS = {"text": text, "html": html, "date": date, "jsonl": jsonl}

if __name__ == "__main__":
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()
