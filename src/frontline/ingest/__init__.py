"""Reading articles (text, HTML, JSONL, stdin) and cleaning them with a true offset map."""

from frontline.ingest.clean import clean_text, load_patterns
from frontline.ingest.html import HtmlExtract, extract_html
from frontline.ingest.readers import (
    article_from_document,
    article_from_html,
    article_from_text,
    content_id,
    detect_format,
    parse_published,
    read_articles,
)

__all__ = [
    "HtmlExtract",
    "article_from_document",
    "article_from_html",
    "article_from_text",
    "clean_text",
    "content_id",
    "detect_format",
    "extract_html",
    "load_patterns",
    "parse_published",
    "read_articles",
]
