"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

`articles` keeps every version of every article; `reports` are the events coded from the current
versions; `events` are the fused events (a cache rebuilt from reports and the `edits` log, so that
analysts' corrections survive re-coding); `claims` and `event_actors` index the fused events;
`skipped` keeps the articles the relevance filter judged off-topic, with its reason.
Changes to these tables ship as an Alembic revision under store/migrations/versions.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import CreateIndex

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(200), nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    sa.Column("current", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("url", sa.Text, index=False),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.String(200)),
    sa.Column("published", sa.Date),
    sa.Column("raw", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("offset_map", sa.JSON, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("article_id", "version", name="uq_articles_id_version"),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("report_id", sa.String(80), primary_key=True),
    sa.Column(
        "article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("background", sa.Boolean, nullable=False),
    sa.Column("event_id", sa.String(40), index=True),
    sa.Column("record", sa.JSON, nullable=False),
    # fusion's block: reports fuse only within one admin1 (see frontline.fuse.cluster)
    sa.Column("country", sa.String(80), nullable=False, server_default=""),
    sa.Column("admin1", sa.String(120), nullable=False, server_default=""),
    sa.Column("event_date", sa.String(10)),  # ISO day, or NULL when unknown or malformed
    sa.Index("ix_reports_block", "country", "admin1", "event_date"),
    # the fusion group's id before merges and splits are replayed: what ids are kept by
    sa.Column("cluster_id", sa.String(40), index=True),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.String(40), primary_key=True),
    sa.Column("event_date", sa.String(10), index=True),
    sa.Column("time_precision", sa.Integer, nullable=False),
    sa.Column("disorder_type", sa.String(60), nullable=False),
    sa.Column("event_type", sa.String(60), nullable=False, index=True),
    sa.Column("sub_event_type", sa.String(80), nullable=False, index=True),
    sa.Column("actor1", sa.Text, nullable=False),
    sa.Column("actor2", sa.Text, nullable=False),
    sa.Column("country", sa.String(80), nullable=False, index=True),
    sa.Column("admin1", sa.String(120), nullable=False, index=True),
    sa.Column("admin2", sa.String(120), nullable=False),
    sa.Column("location", sa.String(200), nullable=False, index=True),
    sa.Column("place_id", sa.String(40)),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer, nullable=False),
    sa.Column("fatalities", sa.Integer, nullable=False),
    sa.Column("background", sa.Boolean, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("party_claim_only", sa.Boolean, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("record", sa.JSON, nullable=False),
)
# Filters compare lower-cased values and skip deleted events; each index ends in the page order
# (newest first, undated last, then by id), so a filtered page is read from the index in order and
# its count from the index alone (1M events: milliseconds, not seconds; bench/api_load.py).
# Migration 0006.
_LIVE_PAGE = (events.c.deleted, events.c.event_date.desc().nulls_last(), events.c.event_id)
for _name, _columns in (
    ("admin1", ("admin1",)),
    ("country", ("country",)),
    ("event_type", ("event_type",)),
    ("sub_event_type", ("sub_event_type",)),
    ("location", ("location",)),
    # the map's usual pairs: a country and a type (otherwise one is checked row by row)
    ("country_event_type", ("country", "event_type")),
    ("country_sub_event_type", ("country", "sub_event_type")),
):
    # PostgreSQL counts from an expression index alone only when it also holds the column
    sa.Index(
        f"ix_events_live_{_name}",
        *(sa.func.lower(events.c[c]) for c in _columns),
        *_LIVE_PAGE,
        postgresql_include=list(_columns),
    )
sa.Index("ix_events_live_place_id", events.c.place_id, *_LIVE_PAGE)
sa.Index("ix_events_live_date", *_LIVE_PAGE)


@compiles(CreateIndex, "sqlite")
def _sqlite_index(create: CreateIndex, compiler: Any, **kw: Any) -> str:
    """SQLite refuses NULLS LAST in an index, and needs none: its NULLs sort first, so last in a
    DESC column, as `ORDER BY event_date DESC NULLS LAST` wants."""
    return compiler.visit_create_index(create, **kw).replace(" NULLS LAST", "")


event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("event_id", sa.String(40), sa.ForeignKey("events.event_id", ondelete="CASCADE")),
    sa.Column("role", sa.String(20), nullable=False),  # actor1 | actor2 | assoc_actor_1 | ...
    sa.Column("actor_id", sa.String(120), index=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Index("ix_event_actors_event", "event_id"),
)
sa.Index("ix_event_actors_name_ci", sa.func.lower(event_actors.c.name))

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "event_id",
        sa.String(40),
        sa.ForeignKey("events.event_id", ondelete="CASCADE"),
        index=True,
    ),
    sa.Column("report_id", sa.String(80), nullable=False),
    sa.Column("article_id", sa.String(200), nullable=False),
    sa.Column("claimant", sa.Text, nullable=False),
    sa.Column("claimant_is_party", sa.Boolean, nullable=False),
    sa.Column("stance", sa.String(20), nullable=False),
    sa.Column("verb", sa.String(60), nullable=False),
    sa.Column("fatalities", sa.Integer),
    sa.Column("sentence", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
)

edits = sa.Table(
    "edits",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(40), nullable=False, index=True),
    sa.Column("action", sa.String(20), nullable=False),  # edit | merge | split | delete
    sa.Column("who", sa.String(120), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("why", sa.Text, nullable=False),
    sa.Column("payload", sa.JSON, nullable=False),  # fields / other event / report ids
    sa.Column("before", sa.JSON),
    sa.Column("after", sa.JSON),
)

skipped = sa.Table(
    "skipped",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(200), nullable=False, index=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.String(200)),
    sa.Column("published", sa.Date),
    sa.Column("raw", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("offset_map", sa.JSON, nullable=False),
    sa.Column("score", sa.Integer, nullable=False),  # the relevance filter's score
    sa.Column("reason", sa.Text, nullable=False),  # the terms that decided it
    sa.Column("skipped_at", sa.DateTime(timezone=True), nullable=False),
)

feeds = sa.Table(  # what `frontline watch` knows of each feed
    "feeds",
    metadata,
    sa.Column("url", sa.String(1000), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("etag", sa.Text),  # validators for the next conditional GET
    sa.Column("last_modified", sa.Text),
    sa.Column("polled_at", sa.DateTime(timezone=True)),
    sa.Column("status", sa.String(40), nullable=False, server_default="new"),
    sa.Column("error", sa.Text),
    sa.Column("entries", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_new", sa.Integer, nullable=False, server_default="0"),
    sa.Column("ingested", sa.Integer, nullable=False, server_default="0"),
    sa.Column("skipped", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failed", sa.Integer, nullable=False, server_default="0"),
)

feed_items = sa.Table(  # each article a feed listed: done (ingested / skipped) or failed, retried
    "feed_items",
    metadata,
    sa.Column("url", sa.String(1000), primary_key=True),
    sa.Column("feed_url", sa.String(1000), nullable=False, index=True),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("error", sa.Text),
    sa.Column("article_id", sa.String(200)),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
)

store_state = sa.Table(  # counters readers key their caches on: 'events' is bumped by every write
    "store_state",
    metadata,
    sa.Column("name", sa.String(40), primary_key=True),
    sa.Column("value", sa.Integer, nullable=False),
)
