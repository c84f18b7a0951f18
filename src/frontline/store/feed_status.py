"""What `frontline watch` recorded of each feed, for the API's /api/feeds and the web app."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from frontline.store.schema import feed_items, feeds


class FeedStatusMixin:
    """`Store.feeds()` (needs `self.engine`)."""

    engine: sa.Engine

    def feeds(self) -> list[dict[str, Any]]:
        """Each watched feed: last poll, status and error, entries, counts, items pending retry."""
        pending = (
            sa.select(feed_items.c.feed_url, sa.func.count().label("n"))
            .where(feed_items.c.status == "failed")
            .group_by(feed_items.c.feed_url)
            .subquery()
        )
        query = (
            sa.select(feeds, sa.func.coalesce(pending.c.n, 0).label("failing"))
            .outerjoin(pending, pending.c.feed_url == feeds.c.url)
            .order_by(feeds.c.url)
        )
        with self.engine.connect() as conn:
            return [
                {
                    "url": r.url,
                    "title": r.title,
                    "status": r.status,
                    "error": r.error,
                    "polled_at": r.polled_at.isoformat() if r.polled_at else None,
                    "entries": r.entries,
                    "last_new": r.last_new,
                    "ingested": r.ingested,
                    "skipped": r.skipped,
                    "failed": r.failed,
                    "failing_items": r.failing,
                }
                for r in conn.execute(query)
            ]
