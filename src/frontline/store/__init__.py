"""The event store: articles with versions, coded reports, fused events, claims and edits."""

from frontline.store.query import EventFilter
from frontline.store.store import IngestReport, Store

__all__ = ["EventFilter", "IngestReport", "Store"]
