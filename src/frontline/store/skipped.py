"""The articles the relevance filter skipped: stored with its score and reason, never dropped.

Skipping is idempotent like ingest: the same text under the same id or URL is kept once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from frontline.ingest.relevance import Verdict
from frontline.model import Article
from frontline.store import records
from frontline.store.schema import skipped


class SkippedMixin:
    """`Store` methods for skipped articles (needs `self.engine`)."""

    engine: sa.Engine

    def skip(self, items: list[tuple[Article, Verdict]]) -> tuple[list[str], list[str]]:
        """Keep articles judged off-topic; returns (ids newly skipped, ids skipped before)."""
        new: list[str] = []
        known: list[str] = []
        with self.engine.begin() as conn:
            for article, verdict in items:
                digest = records.content_hash(article)
                same = skipped.c.article_id == article.id
                if article.url:
                    same = sa.or_(same, skipped.c.url == article.url)
                query = sa.select(skipped.c.pk).where(same, skipped.c.content_hash == digest)
                if conn.execute(query).first() is not None:
                    known.append(article.id)
                    continue
                row = records.article_row(article, 1)
                for key in ("version", "current", "ingested_at"):
                    row.pop(key)
                row.update(score=verdict.score, reason=verdict.reason,
                           skipped_at=dt.datetime.now(dt.UTC))  # fmt: skip
                conn.execute(sa.insert(skipped).values(row))
                new.append(article.id)
        return new, known

    def skipped(self, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Skipped articles, newest first: id, url, title, source, published, score, reason."""
        query = sa.select(skipped).order_by(skipped.c.pk.desc()).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [
                {
                    "id": r.article_id,
                    "url": r.url,
                    "title": r.title,
                    "source": r.source,
                    "published": r.published.isoformat() if r.published else None,
                    "score": r.score,
                    "reason": r.reason,
                    "skipped_at": r.skipped_at.isoformat(),
                }
                for r in conn.execute(query)
            ]

    def count_skipped(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(skipped)).scalar_one()
