"""read_articles and friends: formats, stdin, metadata precedence, ids and clear errors."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.ingest.readers import (
    article_from_html,
    article_from_text,
    content_id,
    detect_format,
    parse_published,
    read_articles,
)

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REPORT = (
    "Gunmen attack checkpoint near river town\n\n"
    "Gunmen attacked a checkpoint near the river town on Sunday, killing two police officers, "
    "the interior ministry said.\n\nTags: police, attack\n"
)


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    return str(path)


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_readers_text_file_cleans_and_hashes_id(tmp_path):
    [article] = read_articles([write(tmp_path, "a.txt", REPORT)])
    assert article.raw == REPORT
    assert "Tags:" not in article.text and "killing two police officers" in article.text
    assert article.id == content_id(REPORT) and len(article.id) == 16
    assert article.title == "Gunmen attack checkpoint near river town"
    assert all(article.text[c : c + n] == REPORT[r : r + n] for c, r, n in article.offset_map)


def test_readers_same_text_twice_gives_same_id(tmp_path):
    first = next(read_articles([write(tmp_path, "a.txt", REPORT)]))
    second = article_from_text(REPORT)
    assert first.id == second.id


def test_readers_jsonl_records_and_defaults_never_override(tmp_path):
    path = write(
        tmp_path,
        "batch.jsonl",
        jsonl(
            {"id": "r1", "text": REPORT, "published": "2016-05-01", "source": "Own Outlet"},
            {"id": 2, "text": "Shelling hit the village on Friday.", "title": "T"},
        )
        + "\n",  # blank lines are fine
    )
    one, two = read_articles([path], published=dt.date(2020, 1, 1), source="CLI Outlet")
    assert (one.id, one.published, one.source) == ("r1", dt.date(2016, 5, 1), "Own Outlet")
    assert (two.id, two.published, two.source, two.title) == (
        "2", dt.date(2020, 1, 1), "CLI Outlet", "T",
    )  # fmt: skip


def test_readers_jsonl_path_and_html_records(tmp_path):
    write(tmp_path, "story.txt", REPORT)
    html = (FIXTURES / "page.html").read_text("utf-8")
    path = write(
        tmp_path,
        "batch.ndjson",
        jsonl({"id": "p", "path": "story.txt"}, {"id": "h", "html": html, "source": "Mine"}),
    )
    by_path, by_html = read_articles([path])
    assert by_path.raw == REPORT
    assert by_html.source == "Mine"  # the record's own value beats the page's og:site_name
    assert by_html.published == dt.date(2019, 6, 14)  # the page's date fills the gap
    assert "Reader One" not in by_html.text


def test_readers_html_file_uses_page_metadata_unless_given(tmp_path):
    page = (FIXTURES / "page.html").read_text("utf-8")
    [article] = read_articles([write(tmp_path, "page.htm", page)], source="CLI Outlet")
    assert article.source == "Example Wire" and article.published == dt.date(2019, 6, 14)
    assert article.title == "Shelling hits market in northern town"
    given = article_from_html(page, published="2019-06-15", source="Other")
    assert (given.published, given.source) == (dt.date(2019, 6, 15), "Other")


def test_readers_sniff_formats_without_extension():
    assert detect_format("x", "  <!DOCTYPE html><html></html>") == "html"
    assert detect_format("x", '{"id": "a", "text": "b"}\n') == "jsonl"
    assert detect_format("x", "{not json at all}\nText") == "text"
    assert detect_format("x", "Plain report.") == "text"
    assert detect_format("a.html", "Plain report.") == "html"


def test_readers_stdin(monkeypatch):
    data = jsonl({"id": "s1", "text": REPORT})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    [article] = read_articles(["-"])
    assert article.id == "s1"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(REPORT.encode("utf-8"))))
    assert next(read_articles(["-"])).raw == REPORT


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-03-28", dt.date(2015, 3, 28)),
        ("2015-03-28T14:05:00Z", dt.date(2015, 3, 28)),
        (dt.datetime(2015, 3, 28, 9), dt.date(2015, 3, 28)),
        (dt.date(2015, 3, 28), dt.date(2015, 3, 28)),
        ("", None),
        (None, None),
    ],
)
def test_readers_parse_published_accepts(value, expected):
    assert parse_published(value) == expected


def test_readers_bad_date_names_file_line_and_format(tmp_path):
    path = write(
        tmp_path, "b.jsonl", jsonl({"text": REPORT}, {"text": REPORT, "published": "28/03/15"})
    )
    with pytest.raises(InputError) as err:
        list(read_articles([path]))
    assert f"{path}:2" in str(err.value) and "expected YYYY-MM-DD, got '28/03/15'" in str(err.value)
    with pytest.raises(InputError, match="--published: expected YYYY-MM-DD"):
        list(read_articles([path], published="yesterday"))


def test_readers_bad_jsonl_line_is_an_error_not_skipped(tmp_path):
    path = write(tmp_path, "c.jsonl", jsonl({"text": REPORT}) + '{"text": "unterminated\n')
    with pytest.raises(InputError, match=r"c\.jsonl:2: not valid JSON"):
        list(read_articles([path]))
    path = write(tmp_path, "d.jsonl", "[1, 2]\n")
    with pytest.raises(InputError, match=r"d\.jsonl:1: expected a JSON object"):
        list(read_articles([path]))


@pytest.mark.parametrize("record", [{"id": "e"}, {"id": "e", "text": "   \n"}])
def test_readers_empty_text_raises(tmp_path, record):
    path = write(tmp_path, "e.jsonl", jsonl(record))
    with pytest.raises(InputError, match=r"e\.jsonl:1: the article text is empty"):
        list(read_articles([path]))


def test_readers_all_boilerplate_raises():
    with pytest.raises(InputError, match="nothing is left"):
        article_from_text("Share this article\nTags: a, b\n")


def test_readers_binary_missing_and_bad_encoding(tmp_path, caplog):
    with pytest.raises(InputError, match="binary file"):
        list(read_articles([write(tmp_path, "x.bin", b"\x89PNG\r\n\x00\x00\x00")]))
    with pytest.raises(InputError, match="does not exist"):
        list(read_articles([str(tmp_path / "missing.txt")]))
    latin = "Shelling hit the caf\xe9 on Sunday.".encode("latin-1")
    [article] = read_articles([write(tmp_path, "l.txt", latin)])
    assert article.raw == "Shelling hit the caf\ufffd on Sunday."
    assert "not valid UTF-8" in caplog.text


def test_readers_unknown_format_raises(tmp_path):
    with pytest.raises(InputError, match="unknown input format 'pdf'"):
        list(read_articles([write(tmp_path, "a.txt", REPORT)], input_format="pdf"))


def test_readers_examples_jsonl_loads_every_example():
    articles = list(read_articles([str(EXAMPLES / "articles.jsonl")]))
    assert len(articles) == len(list(EXAMPLES.glob("*.txt"))) >= 4
    for article in articles:
        assert article.source == "frontline examples" and article.published is not None
        assert article.title and 100 <= len(article.text.split()) <= 320
        assert "Related:" not in article.text and "Tags:" not in article.text


def test_readers_jsonl_missing_path_names_the_line(tmp_path):
    path = write(tmp_path, "f.jsonl", jsonl({"id": "x", "path": "nowhere.txt"}))
    with pytest.raises(InputError, match=r"f\.jsonl:1: `path` .*nowhere\.txt: does not exist"):
        list(read_articles([path]))
