"""Running a coder over evaluation articles: loading, the coder contract, the main event."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontline.errors import InputError, ModelError
from frontline.evaluate.metrics import parse_date
from frontline.ingest import article_from_text
from frontline.model import Article, Event

# The shape of `frontline.pipeline.code_articles`: articles in, (article, events) pairs out.
Coder = Callable[[Iterable[Article]], Iterable[tuple[Article, list[Event]]]]


def default_coder() -> Coder:
    """The real pipeline, imported late so the harness works (and tests run) without it."""
    try:
        from frontline.pipeline import code_articles
    except ImportError as exc:
        raise ModelError(
            f"frontline.pipeline is not importable: {exc}",
            hint="pass coder= explicitly, or install frontline with its spaCy pipeline",
        ) from exc
    return code_articles


def per_article(code_one: Callable[[Article], list[Event]]) -> Coder:
    """Adapt a one-article function (e.g. a fake in tests) to the batch `Coder` shape."""

    def code_all(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            yield article, code_one(article)

    return code_all


def main_event(events: Iterable[Event]) -> Event | None:
    """The article's first non-background event: the one scored against the gold row."""
    return next((e for e in events if not e.background), None)


@dataclass
class Coded:
    """The coder's output by article id, and the articles it crashed on (id -> error)."""

    events: dict[str, list[Event]] = field(default_factory=dict)
    crashes: dict[str, str] = field(default_factory=dict)


def run_coder(
    coder: Coder | None, articles: list[Article], *, progress: bool = False, strict: bool = False
) -> Coded:
    """Code every article once.

    A coder exception is recorded against the article being coded (the batch coder yields in
    input order, so it is the one after the last yielded) and coding resumes after it, so one bad
    article does not cost a whole evaluation run; `strict` re-raises instead.
    """
    coder = coder or default_coder()
    coded = Coded()
    bar = _progress_bar(len(articles)) if progress else None
    remaining = articles
    while remaining:
        done = 0
        try:
            for article, events in coder(remaining):
                coded.events[article.id] = list(events)
                done += 1
                if bar is not None:
                    bar.update()
            break
        except Exception as exc:  # recorded per article, see docstring
            if strict or done >= len(remaining):
                raise
            coded.crashes[remaining[done].id] = f"{type(exc).__name__}: {exc}"
            remaining = remaining[done + 1 :]
            if bar is not None:
                bar.update()
    if bar is not None:
        bar.close()
    return coded


def _progress_bar(total: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc="coding", unit="art", file=sys.stderr)


def read_articles_jsonl(path: Path, limit: int | None = None) -> list[Article]:
    """Articles from JSONL records with `id`, `text` and optional `published`/`source`/`title`,
    cleaned as `frontline ingest` cleans them, so the scores are those of the stored coding."""
    articles: list[Article] = []
    for lineno, record in enumerate(_read_jsonl(path), start=1):
        if limit is not None and len(articles) >= limit:
            break
        if "id" not in record or "text" not in record:
            raise InputError(f"{path}:{lineno}: an article needs `id` and `text`")
        articles.append(
            article_from_text(
                record["text"],
                id=str(record["id"]),
                title=record.get("title"),
                published=parse_date(record.get("published")),
                source=record.get("source"),
                where=f"{path}:{lineno}",
            )
        )
    return articles


def read_jsonl(path: Path) -> list[dict]:
    return list(_read_jsonl(path))


def _read_jsonl(path: Path) -> Iterator[dict]:
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    with path.open(encoding="utf-8") as lines:
        for lineno, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
