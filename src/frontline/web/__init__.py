"""The web app: HTML pages and our own JS/CSS under /static, npm packages under /assets.

Everything the pages load is served by frontline itself (no CDN), so the app works offline.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from frontline.api.settings import ApiSettings
from frontline.web.layout import render

HERE = Path(__file__).parent
# npm packages (package.json) the pages use; only these are served from node_modules.
ASSET_PACKAGES = (
    "leaflet",
    "leaflet.markercluster",
    "swagger-ui-dist",
    "topojson-client",
    "world-atlas",
)


def mount_web(app: FastAPI, settings: ApiSettings) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for pkg in ASSET_PACKAGES:
        folder = settings.assets_dir / pkg
        if folder.is_dir():
            app.mount(f"/assets/{pkg}", StaticFiles(directory=folder), name=f"assets-{pkg}")

    def page(name: str):
        def serve() -> HTMLResponse:
            return HTMLResponse(render(name))  # the shared layout around pages/<name>

        return serve

    app.get("/", include_in_schema=False)(page("map.html"))
    app.get("/code", include_in_schema=False)(page("code.html"))
    app.get("/actors/{actor_id}", include_in_schema=False)(page("actor.html"))
    app.get("/articles", include_in_schema=False)(page("articles.html"))
    app.get("/articles/{article_id:path}", include_in_schema=False)(page("articles.html"))


def missing_assets(settings: ApiSettings) -> list[str]:
    """The npm packages not found under assets_dir (run `make install`, which runs `npm ci`)."""
    return [p for p in ASSET_PACKAGES if not (settings.assets_dir / p).is_dir()]
