"""`frontline serve`: registered on the main Typer app with one line in frontline/cli.py."""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.cli_store import fail
from frontline.errors import FrontlineError


def serve_command(
    db: Annotated[
        str | None, typer.Option(help="SQLite file or postgresql:// URL (default frontline.db).")
    ] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            help="Bearer token for ingestion (default FRONTLINE_API_TOKEN, else made up)."
        ),
    ] = None,
    tiles_url: Annotated[
        str | None, typer.Option(help="Optional online XYZ tile URL for a second base layer.")
    ] = None,
) -> None:
    """Serve the REST API and the web app (map, timeline, control, events, code an article).

    Example: frontline serve --db frontline.db --port 8000
    """
    from frontline.api.serve import serve
    from frontline.api.settings import ApiSettings

    try:
        settings = ApiSettings.from_env(db=db, token=token, tiles_url=tiles_url)
        serve(settings, host=host, port=port, announce=typer.echo)
    except FrontlineError as exc:
        fail(exc)
