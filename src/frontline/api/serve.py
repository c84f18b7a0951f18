"""Run the app with uvicorn: the one library call behind `frontline serve`."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable

from frontline.api.settings import ApiSettings
from frontline.errors import InputError
from frontline.web import missing_assets


def serve(
    settings: ApiSettings,
    host: str = "127.0.0.1",
    port: int = 8000,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve until interrupted. Without a token one is made up and announced, so that the
    person who started the server (and only they) can ingest and save."""
    import uvicorn

    from frontline.api.app import create_app

    if missing := missing_assets(settings):
        raise InputError(
            f"the web assets {', '.join(missing)} are not under {settings.assets_dir}",
            hint="run `make install` (it runs `npm ci`) or set FRONTLINE_ASSETS to a node_modules",
        )
    if not settings.token:
        settings = dataclasses.replace(settings, token=secrets.token_urlsafe(16))
        announce(f"ingestion token (this run only): {settings.token}")
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host

    class Server(uvicorn.Server):
        async def startup(self, sockets=None) -> None:  # type: ignore[no-untyped-def]
            await super().startup(sockets)
            if self.started:  # listening now: the URL works when it is printed
                announce(
                    f"frontline is running at http://{shown}:{port}/  (API: /docs; Ctrl-C stops it)"
                )

    config = uvicorn.Config(create_app(settings), host=host, port=port, log_level="warning")
    Server(config).run()
