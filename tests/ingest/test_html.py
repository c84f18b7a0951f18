"""extract_html on a page we wrote: body kept; nav, footer and comments gone; metadata found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.ingest.html import extract_html

PAGE = (Path(__file__).parent / "fixtures" / "page.html").read_text("utf-8")


def test_html_extracts_body_without_comments_nav_or_footer():
    page = extract_html(PAGE, url="https://example.org/2019/06/shelling")
    assert "killing four people and wounding eleven others" in page.text
    assert "denied that its units had fired" in page.text
    for junk in ("Reader One", "my cousin", "3 comments", "Privacy", "Home", "Copyright"):
        assert junk not in page.text


def test_html_reads_title_date_and_sitename():
    page = extract_html(PAGE)
    assert page.title == "Shelling hits market in northern town"
    assert page.date == dt.date(2019, 6, 14)
    assert page.sitename == "Example Wire"


def test_html_without_article_text_raises_input_error():
    with pytest.raises(InputError, match="no article text"):
        extract_html(
            "<html><head><title>Shell</title></head><body><script>x=1</script></body></html>"
        )
