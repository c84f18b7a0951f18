"""Re-coding stored articles with the current knowledge, without blocking the store meanwhile.

Coding a large store takes minutes; writing its result takes a fraction of a second per batch. So
the articles are read, then coded with no transaction open, and every `WRITE_EVERY` coded articles
are written in a short transaction of their own (under the write lock: PostgreSQL's advisory
lock, SQLite's file lock) that replaces their reports and re-fuses their neighbourhood. A running
`serve` keeps answering and an `ingest` writes between two batches.

Each batch leaves the store as a full rebuild would (incremental fusion re-fuses everything the
changed reports can touch), so `recode --all` ends where a rebuild of every report ends. An article
replaced by a new version while it was being coded keeps the new version's reports: the ingest
that stored it coded it with the same knowledge.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

import sqlalchemy as sa
from tqdm import tqdm

from frontline.errors import StoreError
from frontline.model import Article, Event
from frontline.store import records
from frontline.store.coding import Coder, IngestReport, default_coder, report_rows
from frontline.store.db import write_lock
from frontline.store.neighbourhood import refuse
from frontline.store.rebuild import _count, load_reports, memberships
from frontline.store.schema import articles, reports

# Coded articles written per transaction: about a second of coding, a fraction of it to write.
WRITE_EVERY = 100

Coded = tuple[int, Article, list[Event]]  # the stored article's pk, the article, its events


class RecodeMixin:
    engine: sa.Engine

    def recode(
        self,
        coder: Coder | None = None,
        article_ids: Collection[str] | None = None,
        progress: bool = False,
        write_every: int = WRITE_EVERY,
    ) -> IngestReport:
        """Re-code every current article (after the knowledge grew), or only `article_ids`, and
        re-fuse what their reports touch; analysts' edits survive. Coding holds no lock; each
        `write_every` articles are written in one short transaction."""
        rows = self._to_recode(article_ids)
        out = IngestReport()
        if rows:
            batch = [records.article_from_row(r) for r in rows]
            pks = {r.article_id: r.pk for r in rows}  # one current version per article id
            coded: Iterable[tuple[Article, list[Event]]] = (coder or default_coder)(batch)
            if progress:
                coded = tqdm(coded, total=len(batch), unit="article", desc="coding")
            pending: list[Coded] = []
            for article, events in coded:
                pending.append((pks[article.id], article, events))
                if len(pending) >= write_every:
                    out.recoded += self._write_recoded(pending)
                    pending = []
            if pending:
                out.recoded += self._write_recoded(pending)
        with self.engine.connect() as conn:
            out.events = _count(conn)
        return out

    def _to_recode(self, article_ids: Collection[str] | None) -> list[Any]:
        """The current articles to re-code (all, or these ids: each must be stored)."""
        query = sa.select(articles).where(articles.c.current).order_by(articles.c.pk)
        if article_ids is not None:
            query = query.where(articles.c.article_id.in_(sorted(set(article_ids))))
        with self.engine.connect() as conn:
            rows = list(conn.execute(query))
        missing = set(article_ids or ()) - {r.article_id for r in rows}
        if missing:
            raise StoreError(
                f"no article {', '.join(sorted(missing))}",
                hint="give ids of stored articles (the API lists them)",
            )
        return rows

    def _write_recoded(self, coded: list[Coded]) -> list[str]:
        """Replace the reports of the articles still current and re-fuse their neighbourhood, in
        one transaction; returns the ids of the articles written."""
        with self.engine.begin() as conn:
            write_lock(conn)
            pks = [pk for pk, _, _ in coded]
            current = set(
                conn.execute(
                    sa.select(articles.c.pk).where(articles.c.pk.in_(pks), articles.c.current)
                ).scalars()
            )
            coded = [c for c in coded if c[0] in current]
            if not coded:
                return []
            gone = reports.c.article_pk.in_([pk for pk, _, _ in coded])
            removed, previous = load_reports(conn, gone), memberships(conn, where=gone)
            conn.execute(sa.delete(reports).where(gone))
            added: list[str] = []
            for pk, _, events in coded:
                if rows := report_rows(pk, events):
                    conn.execute(sa.insert(reports), rows)
                    added += [r["report_id"] for r in rows]
            refuse(conn, removed, previous, added)
        return [article.id for _, article, _ in coded]
