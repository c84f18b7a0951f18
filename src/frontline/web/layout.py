"""One layout for every page: pages/_layout.html holds the head, the skip link, the nav and the
scripts (listed here); pages/<name>.html holds only the page's own <main>. Filled in on every request
(cheap), so an edited page shows on reload as before."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template

PAGES = Path(__file__).parent / "pages"
# The site's nav, in order: (href, label).
NAV = (("/", "Map"), ("/articles", "Articles"), ("/code", "Code an article"), ("/docs", "API"))
# Leaflet's stylesheets, for the pages with a map (before our own app.css, which overrides them).
MAP_STYLESHEETS = (
    "/assets/leaflet/dist/leaflet.css",
    "/assets/leaflet.markercluster/dist/MarkerCluster.css",
    "/assets/leaflet.markercluster/dist/MarkerCluster.Default.css",
)

# What the map pages load, in order: Leaflet and TopoJSON, then (after common.js) our map code.
MAP_LIBRARIES = (
    "/assets/leaflet/dist/leaflet.js",
    "/assets/leaflet.markercluster/dist/leaflet.markercluster.js",
    "/assets/topojson-client/dist/topojson-client.min.js",
)
MAP_SCRIPTS = ("/static/flmap.js", "/static/timeline.js", "/static/eventcard.js")


@dataclass(frozen=True, slots=True)
class Page:
    file: str  # the page's own part, under pages/
    title: str
    skip_to: str  # id the "skip" link jumps to
    skip_text: str = "Skip to content"
    current: str | None = None  # nav href marked as the current page
    has_map: bool = False
    scripts: tuple[str, ...] = ()  # the page's own, after common.js (and the map's)


PAGE_LIST = (
    Page(
        "map.html",
        "Map",
        "filters",
        "Skip to filters",
        current="/",
        has_map=True,
        scripts=("/static/control.js", "/static/map.js"),
    ),
    Page("actor.html", "Actor", "actor", has_map=True, scripts=("/static/actor.js",)),
    Page(
        "articles.html",
        "Articles",
        "main",
        current="/articles",
        scripts=("/static/coded.js", "/static/articles.js"),
    ),
    Page(
        "code.html",
        "Code an article",
        "main",
        current="/code",
        scripts=("/static/coded.js", "/static/code.js"),
    ),
)
BY_FILE = {p.file: p for p in PAGE_LIST}


def _nav(current: str | None) -> str:
    return "".join(
        f'<a href="{href}" aria-current="page">{label}</a>'
        if href == current
        else f'<a href="{href}">{label}</a>'
        for href, label in NAV
    )


def render(file: str) -> str:
    """The full HTML of a page: the shared layout around the page's own part."""
    page = BY_FILE[file]
    sheets = (*MAP_STYLESHEETS, "/static/app.css") if page.has_map else ("/static/app.css",)
    scripts = (
        (*MAP_LIBRARIES, "/static/common.js", *MAP_SCRIPTS, *page.scripts)
        if page.has_map
        else ("/static/common.js", *page.scripts)
    )
    layout = Template((PAGES / "_layout.html").read_text("utf-8"))
    return layout.substitute(
        title=page.title,
        stylesheets="".join(f'<link rel="stylesheet" href="{s}">\n' for s in sheets),
        skip_to=page.skip_to,
        skip_text=page.skip_text,
        nav=_nav(page.current),
        main=(PAGES / file).read_text("utf-8"),
        scripts="".join(f'<script src="{s}"></script>\n' for s in scripts),
    )
