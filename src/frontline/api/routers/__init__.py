"""One router per resource; create_app mounts them all under /api."""

from frontline.api.routers import (
    actors,
    articles,
    coding,
    events,
    exports,
    feeds,
    ingest,
    meta,
    places,
)

ROUTERS = [
    meta.router,
    events.router,
    actors.router,
    places.router,
    articles.router,
    feeds.router,
    exports.router,
    ingest.router,
    coding.router,
]
