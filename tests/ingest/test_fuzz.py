"""Fuzzing the readers and the cleaner: any input gives a clean InputError or a sane Article.

Sane means: the cleaned text is stitched from raw slices (the offset map holds), nothing but
InputError escapes, and nothing hangs. RELIABILITY.md records how many inputs these runs try.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontline.errors import InputError
from frontline.ingest import read_articles
from frontline.ingest.readers import (
    article_from_html,
    article_from_text,
    max_article_chars,
    parse_published,
)
from frontline.model import Article

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text a crawler meets: words of a report, Arabic, direction marks, zero-width and control
# characters, odd line breaks and stray markup.
PIECES = st.sampled_from(
    [
        "Syrian warplanes struck Ariha on Sunday, killing 7 civilians.",
        "قصف الطيران الحربي مدينة أريحا",
        "\u200b",
        "\u200f",
        "\u202e",
        "\ufeff",
        "\x00",
        "\r\n",
        "\n\n",
        "\t",
        "Comments (3)",
        "Share on Facebook",
        "<script>alert(1)</script>",
        "&amp;",
        "31/02/2015",
        "  ",
    ]
)
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=30).map("".join)


def _sane(article: Article) -> None:
    assert article.text.strip()
    assert article.raw
    for clean_start, raw_start, length in article.offset_map:
        piece = article.text[clean_start : clean_start + length]
        assert piece == article.raw[raw_start : raw_start + length]


@FUZZ
@given(text=st.one_of(st.text(), NEWSY))
def test_any_text_is_an_article_with_true_offsets_or_an_input_error(text: str) -> None:
    try:
        article = article_from_text(text, published="2015-05-31")
    except InputError as exc:
        assert str(exc).startswith("[E")  # a coded message naming the input
        return
    _sane(article)


def _tags(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    tag = st.sampled_from(["div", "p", "article", "span", "table", "td", "script", "b", "i"])
    return st.tuples(tag, st.lists(children, max_size=4)).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"
    )


HTML = st.recursive(NEWSY, _tags, max_leaves=40)
BROKEN_HTML = st.lists(
    st.sampled_from(["<div>", "</p>", "<p", "<!--", "-->", "<html>", "<body>", "<![CDATA[", ">"])
    | NEWSY,
    max_size=40,
).map("".join)


@FUZZ
@given(html=st.one_of(HTML, BROKEN_HTML, st.text()))
def test_any_html_is_an_article_or_an_input_error(html: str) -> None:
    try:
        article = article_from_html(f"<html><body>{html}</body></html>")
    except InputError:
        return
    _sane(article)


def test_deeply_nested_html_does_not_overflow_the_stack() -> None:
    page = "<div>" * 5000 + "Syrian warplanes struck Ariha, killing 7 civilians." + "</div>" * 5000
    try:
        article = article_from_html(page)
    except InputError:
        return
    assert "Ariha" in article.text


@FUZZ
@given(value=st.one_of(st.text(max_size=30), st.integers().map(str), st.dates().map(str)))
def test_any_date_string_is_a_date_or_an_input_error(value: str) -> None:
    try:
        parsed = parse_published(value)
    except InputError as exc:
        assert "published" in str(exc)
        return
    assert parsed is None or isinstance(parsed, dt.date)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_any_bytes_in_a_file_are_articles_or_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    for name in ("report.txt", "page.html", "feed.jsonl"):
        path = folder / name
        path.write_bytes(data)
        try:
            articles = list(read_articles([str(path)]))
        except InputError as exc:
            assert name in str(exc)  # the error names the file
            continue
        for article in articles:
            _sane(article)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "text": NEWSY | JSON_VALUES,
        "html": HTML | JSON_VALUES,
        "published": st.text(max_size=12) | JSON_VALUES,
        "source": JSON_VALUES,
        "id": JSON_VALUES,
        "title": JSON_VALUES,
        "path": st.sampled_from(["/etc/passwd", "../x.txt", "missing.txt"]) | JSON_VALUES,
    },
)


@FUZZ
@given(lines=st.lists(RECORDS.map(json.dumps) | st.text(max_size=30), min_size=1, max_size=5))
def test_any_jsonl_line_is_an_article_or_an_error_naming_the_line(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str]
) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "feed.jsonl"
    path.write_text("\n".join(line.replace("\n", " ") for line in lines), "utf-8")
    try:
        articles = list(read_articles([str(path)]))
    except InputError as exc:
        assert "feed.jsonl" in str(exc)
        return
    for article in articles:
        _sane(article)


def test_an_over_long_text_is_refused_before_it_is_cleaned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FRONTLINE_MAX_ARTICLE_CHARS", "1000")
    assert max_article_chars() == 1000
    with pytest.raises(InputError, match="over the limit of 1,000"):
        article_from_text("Syrian warplanes struck Ariha. " * 100)
    with pytest.raises(InputError, match="HTML page"):
        article_from_html("<p>" + "x" * 20_000 + "</p>")


def test_a_50_mb_file_is_refused_by_default(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Syrian warplanes struck Ariha. " * 1_700_000, "utf-8")  # ~52 MB
    with pytest.raises(InputError, match="huge.txt.*over the limit"):
        list(read_articles([str(path)]))


@pytest.mark.parametrize("text", ["\u200b\u200c\u200d", "\u200f\u202e \n\ufeff", "\u2060\t"])
def test_invisible_only_text_is_empty(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        article_from_text(text)
