"""The `Store`: articles in, fused events, claims, control and the audit log out.

    store = Store.open("frontline.db")            # or "postgresql://user@host:5432/db"
    store.ingest(read_articles(["examples/articles.jsonl"]))
    store.events(EventFilter(actor="HTS", date_from="2024-11-01"), limit=50, offset=0)

Every method returns plain JSON-ready dicts; the web API serves them as they are.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic.util import CommandError
from tqdm import tqdm

from frontline.errors import InputError, StoreError
from frontline.fuse import Report
from frontline.ingest.relevance import Verdict
from frontline.model import Article, Event
from frontline.store import records
from frontline.store.coding import Coder, IngestReport, default_coder, report_rows
from frontline.store.db import make_engine, open_error, shown, write_lock
from frontline.store.edits import EditsMixin
from frontline.store.feed_status import FeedStatusMixin
from frontline.store.migrate import upgrade
from frontline.store.neighbourhood import refuse
from frontline.store.query import EventFilter, count_events, probe_in_date_order, select_events
from frontline.store.read_cache import ReadCache
from frontline.store.rebuild import Membership, load_reports, memberships, rebuild
from frontline.store.recode import RecodeMixin
from frontline.store.schema import articles, claims, edits, events, reports, store_state
from frontline.store.skipped import SkippedMixin

STREAM_BATCH = 128  # articles per transaction of ingest_stream: memory stays flat, writes stay few


class Store(EditsMixin, FeedStatusMixin, RecodeMixin, SkippedMixin):
    """An event store on SQLite or PostgreSQL (same schema, migrated on open)."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.revision = upgrade(engine)
        self._cache = ReadCache()

    @classmethod
    def open(cls, db: str | Path | None = None) -> Store:
        """Open (creating and migrating as needed) 'frontline.db', a path, or a postgresql:// URL."""
        try:
            return cls(make_engine(db))
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"cannot open {shown(db)}: the {exc.name} driver is not installed",
                hint="install the PostgreSQL extra: pip install 'frontline[postgres]'",
            ) from None
        except (sa.exc.DBAPIError, sa.exc.ArgumentError, CommandError) as exc:
            raise open_error(db, exc) from None

    def close(self) -> None:
        if self.engine.dialect.name == "sqlite":  # refresh planner statistics that went stale
            with contextlib.suppress(sa.exc.DBAPIError), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------
    def ingest(
        self,
        items: Iterable[Article],
        coder: Coder | None = None,
        progress: bool = False,
        rebuild_all: bool = False,
    ) -> IngestReport:
        """Store and code articles. The same article again changes nothing; a new text under the
        same id or URL becomes a new version whose events replace the old version's (the old
        version is kept). Only the neighbourhood of the new and replaced reports is re-fused.
        The articles are coded first, then written in one transaction: a coder failure leaves
        the store as it was, and concurrent ingests code in parallel and write in turn.
        `progress`: a bar on stderr; `rebuild_all`: re-fuse every report (same result, slower)."""
        items = list(items)
        precoded = self._precode(items, coder, progress)
        report, todo = IngestReport(), []
        removed: list[Report] = []
        removed_membership: Membership = {}
        with self.engine.begin() as conn:
            write_lock(conn)
            for article in items:
                old = self._current(conn, article)
                if old is not None and old.content_hash == records.content_hash(article):
                    report.unchanged.append(article.id)
                    continue
                version = 1
                if old is not None:
                    gone = reports.c.article_pk == old.pk
                    removed += load_reports(conn, gone)
                    removed_membership.update(memberships(conn, where=gone))
                    conn.execute(sa.delete(reports).where(gone))
                    conn.execute(
                        sa.update(articles).where(articles.c.pk == old.pk).values(current=False)
                    )
                    version = old.version + 1
                    todo = [(pk, a) for pk, a in todo if pk != old.pk]  # replaced in this batch
                    article.id = old.article_id  # a correction keeps the article's identity
                    report.replaced.append(article.id)
                else:
                    report.added.append(article.id)
                pk = conn.execute(
                    sa.insert(articles).values(records.article_row(article, version))
                ).inserted_primary_key[0]
                todo.append((pk, article))
            stored = self._count(conn, reports)
            added = self._code(conn, todo, coder, progress, precoded)
            # a batch as large as the store: re-fusing everything is cheaper (and the same)
            rebuild_all = rebuild_all or len(added) + len(removed) > stored
            if todo and rebuild_all:
                previous = {**removed_membership, **memberships(conn)}  # replaced ones too
                report.events = rebuild(conn, previous)
            elif todo:
                report.events = refuse(conn, removed, removed_membership, added)
            else:
                report.events = self._count(conn)
        return report

    def ingest_stream(
        self,
        items: Iterable[Article],
        coder: Coder | None = None,
        batch_size: int = STREAM_BATCH,
        on_batch: Callable[[IngestReport], None] | None = None,
        relevant: Callable[[Article], Verdict] | None = None,
    ) -> IngestReport:
        """`ingest` of a stream too large to hold, `batch_size` articles at a time (each batch is
        one transaction: a crash loses at most the batch being written, and ingesting the input
        again skips what is stored). `relevant` (frontline.ingest.relevance.relevance) judges each
        article before it is coded: the off-topic ones are stored as skipped, with the reason.
        `on_batch` gets the running report after each batch."""
        total = IngestReport()
        batch: list[Article] = []

        def flush() -> None:
            verdicts = [(a, relevant(a)) for a in batch] if relevant else []
            off_topic = [(a, v) for a, v in verdicts if not v.relevant]
            if off_topic:
                new, known = self.skip(off_topic)
                total.skipped += new
                total.unchanged += known
            keep = [a for a, v in verdicts if v.relevant] if relevant else batch
            total.merge(self.ingest(keep, coder=coder))
            if on_batch:
                on_batch(total)

        for article in items:
            batch.append(article)
            if len(batch) >= batch_size:
                flush()
                batch = []
        if batch or not (total.added or total.unchanged or total.replaced or total.skipped):
            flush()  # the last batch, or none: the report still counts the stored events
        return total

    def rebuild(self, previous: Membership | None = None) -> int:
        """Re-fuse all reports and replay the edit log; returns the number of events."""
        with self.engine.begin() as conn:
            write_lock(conn)
            return rebuild(conn, previous)

    def refuse(self, event_ids: Collection[str]) -> int:
        """Re-fuse the neighbourhood of some events (after an edit); returns the number of events."""
        with self.engine.begin() as conn:
            write_lock(conn)
            return refuse(conn, touched=event_ids)

    def _count(self, conn: sa.Connection, table: sa.Table = events) -> int:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()

    def _current(self, conn: sa.Connection, article: Article) -> Any:
        same = articles.c.article_id == article.id
        if article.url:
            same = sa.or_(same, articles.c.url == article.url)
        return conn.execute(sa.select(articles).where(articles.c.current, same)).first()

    def _precode(
        self, items: list[Article], coder: Coder | None, progress: bool
    ) -> dict[int, tuple[str, list[Event]]]:
        """Code, before the write lock, the articles the batch will store: not those stored
        already with the same text, nor a version that a later one in the batch replaces. The
        write pass decides for itself and codes what this guessed wrong (another process may
        have stored an article meanwhile)."""
        chosen: dict[str, Article] = {}  # the batch's last version of each article, by id/url
        stored: dict[str, tuple[str, str]] = {}  # key -> (article id, content hash)
        with self.engine.connect() as conn:
            for article in items:
                keys = [f"id:{article.id}"] + ([f"url:{article.url}"] if article.url else [])
                known = next((stored[k] for k in keys if k in stored), None)
                if known is None:
                    old = self._current(conn, article)
                    known = (old.article_id, old.content_hash) if old is not None else None
                if known is not None and known[1] == records.content_hash(article):
                    continue
                if known is not None:
                    article.id = known[0]  # as the write pass does: a correction keeps the id
                    keys.append(f"id:{known[0]}")
                for k in keys:
                    if k in chosen:
                        del chosen[k]
                key = keys[0]
                chosen[key] = article
                for k in keys:
                    stored[k] = (article.id, records.content_hash(article))
        batch = list({id(a): a for a in chosen.values()}.values())
        if not batch:
            return {}
        coded = (coder or default_coder)(batch)
        if progress:
            coded = tqdm(coded, total=len(batch), unit="article", desc="coding")
        return {id(a): (a.id, events) for a, events in coded}

    def _code(
        self,
        conn: sa.Connection,
        todo: list[tuple[int, Article]],
        coder: Coder | None,
        progress: bool = False,
        precoded: dict[int, tuple[str, list[Event]]] | None = None,
    ) -> list[str]:
        """Store the reports of the articles (coded now, or before as `precoded` if they kept
        their id); returns the new report ids."""
        added: list[str] = []
        if not todo:
            return added
        pks = {id(a): pk for pk, a in todo}
        precoded = precoded or {}
        ready = [
            (a, precoded[id(a)][1])
            for _, a in todo
            if id(a) in precoded and precoded[id(a)][0] == a.id
        ]
        rest = [a for _, a in todo if all(a is not r for r, _ in ready)]
        coded_articles: Iterable[tuple[Article, list[Event]]] = ready
        if rest:
            now = (coder or default_coder)(rest)
            if progress:
                now = tqdm(now, total=len(rest), unit="article", desc="coding")
            coded_articles = [*ready, *now]
        for article, coded in coded_articles:
            rows = report_rows(pks[id(article)], coded)
            if rows:
                conn.execute(sa.insert(reports), rows)
                added += [r["report_id"] for r in rows]
        return added

    # -- reading ------------------------------------------------------------------------------
    def events(
        self,
        filters: EventFilter | None = None,
        limit: int | None = 100,
        offset: int = 0,
        order: str = "date_desc",
    ) -> list[dict[str, Any]]:
        """Fused event records matching `filters`, one page; `order` is date_desc (default),
        date_asc, fatalities_desc or sources_desc."""
        f = filters or EventFilter()
        probe = False
        if f.actor and limit is not None and order == "date_desc":  # the order an index keeps
            live = EventFilter(
                include_background=f.include_background, include_deleted=f.include_deleted
            )
            matching = self.count_events(f)
            # none to read: misled by its estimate, PostgreSQL would probe the whole date index
            # for an actor with no events (3 s on 1M events)
            if matching <= offset:
                return []
            probe = probe_in_date_order(matching, self.count_events(live), offset + limit)
        query = select_events(f, order, probe_actors=probe).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [{**row.record, "deleted": row.deleted} for row in conn.execute(query)]

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many events match `filters` (for pagination; kept until the events change)."""
        f = filters or EventFilter()

        def count() -> int:
            with self.engine.connect() as conn:
                return conn.execute(count_events(f)).scalar_one()

        return self._cache.get(self.generation(), ("count", f), count)

    def generation(self) -> int:
        """A number every write to the events changes (from any process sharing the database)."""
        query = sa.select(store_state.c.value).where(store_state.c.name == "events")
        with self.engine.connect() as conn:
            return conn.execute(query).scalar() or 0

    def event(self, event_id: str) -> dict[str, Any]:
        """One fused event with its sources (per-source values and evidence), claims and edits.
        Raises StoreError when there is no such event."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(events.c.record, events.c.deleted).where(events.c.event_id == event_id)
            ).first()
        if row is None:
            raise StoreError(f"no event {event_id!r}", hint="list ids with `frontline events`")
        return {
            **row.record,
            "deleted": row.deleted,
            "claims": self.claims(event_id),
            "edits": self.audit_log(event_id),
        }

    def claims(self, event_id: str) -> list[dict[str, Any]]:
        """The claims behind an event: claimant, party or not, stance, figures, article, sentence."""
        query = sa.select(claims).where(claims.c.event_id == event_id).order_by(claims.c.pk)
        with self.engine.connect() as conn:
            return [
                {
                    k: getattr(r, k)
                    for k in (
                        "claimant",
                        "claimant_is_party",
                        "stance",
                        "verb",
                        "fatalities",
                        "article_id",
                        "report_id",
                        "sentence",
                        "start",
                        "end",
                    )
                }
                for r in conn.execute(query)
            ]

    def actor_events(
        self, actor: str, limit: int | None = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Events of an actor and its lineage (name or KB id)."""
        return self.events(EventFilter(actor=actor), limit=limit, offset=offset)

    def articles(
        self, limit: int | None = 100, offset: int = 0, all_versions: bool = False
    ) -> list[dict[str, Any]]:
        """Stored articles (current versions unless `all_versions`), newest ingest first."""
        query = sa.select(articles).order_by(articles.c.pk.desc()).offset(offset)
        if not all_versions:
            query = query.where(articles.c.current)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [records.article_record(r) for r in conn.execute(query)]

    def count_articles(self, all_versions: bool = False) -> int:
        """How many articles `articles` lists in all (for pagination)."""
        query = sa.select(sa.func.count()).select_from(articles)
        if not all_versions:
            query = query.where(articles.c.current)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def article(self, article_id: str) -> dict[str, Any]:
        """The current version with its texts, and the earlier versions (metadata only)."""
        query = (
            sa.select(articles)
            .where(articles.c.article_id == article_id)
            .order_by(articles.c.version.desc())
        )
        with self.engine.connect() as conn:
            rows = list(conn.execute(query))
        if not rows:
            raise StoreError(
                f"no article {article_id!r}",
                hint="list articles with the API or `frontline events`",
            )
        out = records.article_record(rows[0], with_text=True)
        out["versions"] = [records.article_record(r) for r in rows]
        return out

    def audit_log(self, event_id: str | None = None) -> list[dict[str, Any]]:
        """Analysts' edits (who, when, why, before and after), oldest first."""
        query = sa.select(edits).order_by(edits.c.pk)
        if event_id:
            query = query.where(
                sa.or_(
                    edits.c.event_id == event_id, edits.c.payload["other"].as_string() == event_id
                )
            )
        with self.engine.connect() as conn:
            return [
                {
                    "id": r.pk,
                    "event_id": r.event_id,
                    "action": r.action,
                    "who": r.who,
                    "at": r.at.isoformat(),
                    "why": r.why,
                    "payload": r.payload,
                    "before": r.before,
                    "after": r.after,
                }
                for r in conn.execute(query)
            ]

    def deletions(self) -> list[dict[str, Any]]:
        """Deleted events in the layout of ACLED's deletions feed."""
        query = (
            sa.select(edits.c.event_id, edits.c.at)
            .where(edits.c.action == "delete")
            .order_by(edits.c.pk)
        )
        with self.engine.connect() as conn:
            return [
                {"event_id_cnty": r.event_id, "deleted_timestamp": int(r.at.timestamp())}
                for r in conn.execute(query)
            ]

    def export(self, fmt: str, filters: EventFilter | None = None) -> bytes:
        """Events matching `filters` as acled-csv, geojson, parquet or jsonl bytes; "deletions"
        gives ACLED's deletions feed."""
        from frontline.output.exports import EXPORT_FORMATS, export_bytes

        if fmt not in EXPORT_FORMATS:
            raise InputError(
                f"unknown export format {fmt!r}", hint=f"use one of {', '.join(EXPORT_FORMATS)}"
            )
        rows = self.deletions() if fmt == "deletions" else self.events(filters, limit=None)
        return export_bytes(rows, fmt)

    # -- control of territory -----------------------------------------------------------------
    def control_at(self, on: dt.date | str, admin1: str | None = None) -> list[dict[str, Any]]:
        """Places with their controller on `on` (see frontline.control.control_at)."""
        from frontline.control import state_at

        return state_at(self._changes(), on, admin1)

    def place_history(self, place: str) -> list[dict[str, Any]]:
        """Every change of control of a place (name or gazetteer id), oldest first."""
        from frontline.control import history_of
        from frontline.store.query import place_ids

        return history_of(self._changes(), place, place_ids(place))

    def _changes(self) -> list[Any]:
        """Every change of control the events tell, oldest first (kept until the events change).
        Read from the territorial sub-events placed at precision 1 (control statements are coded
        as such), found by index."""
        from frontline.control import changes_from, is_control_record
        from frontline.events.taxonomy import TERRITORIAL

        def read() -> list[Any]:
            query = sa.select(events.c.record).where(
                sa.not_(events.c.deleted),
                events.c.sub_event_type.in_(sorted(TERRITORIAL)),
                events.c.geo_precision == 1,
            )
            with self.engine.connect() as conn:
                rows = [r.record for r in conn.execute(query) if is_control_record(r.record)]
            return changes_from(rows)

        return self._cache.get(self.generation(), "changes", read)
