"""Settings of the API server, from options or the environment (FRONTLINE_DB, FRONTLINE_API_TOKEN,
FRONTLINE_ASSETS, FRONTLINE_TILES_URL, FRONTLINE_MAX_BODY_BYTES, FRONTLINE_API_THREADS)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from frontline.api.security import DEFAULT_MAX_BODY

DEFAULT_DB = "frontline.db"
# Threads that run the (synchronous) endpoints. The work is Python holding the GIL, so more threads
# add no throughput and starve the event loop that reads requests and keeps connections
# (bench/api_load.py, BENCHMARKS.md); waiting requests queue on the loop instead.
DEFAULT_THREADS = 4
# `make install` runs `npm ci` at the repository root; an editable install finds node_modules there.
REPO_NODE_MODULES = Path(__file__).resolve().parents[3] / "node_modules"


@dataclass(frozen=True, slots=True)
class ApiSettings:
    db: str = DEFAULT_DB  # SQLite path or a SQLAlchemy URL (postgresql://...)
    # Ingestion and saving need this bearer token; None disables them (read-only server).
    token: str | None = None
    assets_dir: Path = REPO_NODE_MODULES  # the npm packages the pages load (leaflet, world-atlas)
    # Online tiles are optional: an XYZ URL template shown as a second base layer when set.
    tiles_url: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY  # larger request bodies are answered 413
    threads: int = DEFAULT_THREADS

    @classmethod
    def from_env(cls, **overrides: object) -> ApiSettings:
        values: dict[str, object] = {
            "db": os.environ.get("FRONTLINE_DB", DEFAULT_DB),
            "token": os.environ.get("FRONTLINE_API_TOKEN") or None,
            "assets_dir": Path(os.environ.get("FRONTLINE_ASSETS", REPO_NODE_MODULES)),
            "tiles_url": os.environ.get("FRONTLINE_TILES_URL") or None,
            "max_body_bytes": int(os.environ.get("FRONTLINE_MAX_BODY_BYTES") or DEFAULT_MAX_BODY),
            "threads": int(os.environ.get("FRONTLINE_API_THREADS") or DEFAULT_THREADS),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
