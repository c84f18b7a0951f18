"""Conversions between the data model and stored rows (JSON records and indexed columns)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from frontline.model import Article, Claim, Event, Evidence

_EVENT_FIELDS = set(Event.__dataclass_fields__)


def content_hash(article: Article) -> str:
    return hashlib.sha256((article.raw or article.text).encode("utf-8")).hexdigest()


def event_from_record(record: dict[str, Any]) -> Event:
    """Rebuild an Event from its `to_record()` dict (extra keys such as sources are ignored)."""
    values = {k: v for k, v in record.items() if k in _EVENT_FIELDS}
    values["claims"] = [
        Claim(**{**c, "evidence": Evidence(**c["evidence"]) if c.get("evidence") else None})
        for c in record.get("claims") or []
    ]
    values["evidence"] = [Evidence(**v) for v in record.get("evidence") or []]
    values["flags"] = list(record.get("flags") or [])
    return Event(**values)


def article_row(article: Article, version: int) -> dict[str, Any]:
    return {
        "article_id": article.id,
        "version": version,
        "current": True,
        "url": article.url,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "raw": article.raw or article.text,
        "text": article.text,
        "content_hash": content_hash(article),
        "offset_map": [list(run) for run in article.offset_map],
        "ingested_at": dt.datetime.now(dt.UTC),
    }


def article_from_row(row: Any) -> Article:
    return Article(
        id=row.article_id,
        text=row.text,
        raw=row.raw,
        title=row.title,
        published=row.published,
        source=row.source,
        url=row.url,
        offset_map=[tuple(run) for run in row.offset_map or []],
    )


def article_record(row: Any, with_text: bool = False) -> dict[str, Any]:
    out = {
        "article_id": row.article_id,
        "version": row.version,
        "current": row.current,
        "url": row.url,
        "title": row.title,
        "source": row.source,
        "published": row.published.isoformat() if row.published else None,
        "content_hash": row.content_hash,
        "ingested_at": row.ingested_at.isoformat() if row.ingested_at else None,
    }
    if with_text:
        out["text"], out["raw"] = row.text, row.raw
    return out


def event_columns(record: dict[str, Any], deleted: bool) -> dict[str, Any]:
    """The indexed columns of the events table, from a fused event record."""
    return {
        "event_id": record["event_id"],
        "event_date": record.get("event_date"),
        "time_precision": record.get("time_precision") or 3,
        "disorder_type": record.get("disorder_type") or "",
        "event_type": record.get("event_type") or "",
        "sub_event_type": record.get("sub_event_type") or "",
        "actor1": record.get("actor1") or "",
        "actor2": record.get("actor2") or "",
        "country": record.get("country") or "",
        "admin1": record.get("admin1") or "",
        "admin2": record.get("admin2") or "",
        "location": record.get("location") or "",
        "place_id": record.get("place_id"),
        "latitude": record.get("latitude"),
        "longitude": record.get("longitude"),
        "geo_precision": record.get("geo_precision") or 3,
        "fatalities": record.get("fatalities") or 0,
        "background": bool(record.get("background")),
        "n_sources": record.get("n_sources") or 1,
        "party_claim_only": bool(record.get("party_claim_only")),
        "deleted": deleted,
        "record": record,
    }


def actor_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for role, id_key in (("actor1", "actor1_id"), ("actor2", "actor2_id")):
        if record.get(role):
            rows.append(
                {
                    "event_id": record["event_id"],
                    "role": role,
                    "actor_id": record.get(id_key),
                    "name": record[role],
                }
            )
    for role in ("assoc_actor_1", "assoc_actor_2"):
        for name in filter(None, (record.get(role) or "").split("; ")):
            rows.append(
                {"event_id": record["event_id"], "role": role, "actor_id": None, "name": name}
            )
    return rows


def claim_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for source in record.get("sources") or []:
        for c in source.get("claims") or []:
            ev = c.get("evidence") or {}
            rows.append(
                {
                    "event_id": record["event_id"],
                    "report_id": source["report_id"],
                    "article_id": source["article_id"],
                    "claimant": c["claimant"],
                    "claimant_is_party": bool(c["claimant_is_party"]),
                    "stance": c["stance"],
                    "verb": c.get("verb") or "",
                    "fatalities": c.get("fatalities"),
                    "sentence": ev.get("text"),
                    "start": ev.get("start"),
                    "end": ev.get("end"),
                }
            )
    return rows
