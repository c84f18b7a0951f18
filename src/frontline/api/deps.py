"""What routers depend on: the store (opened once per app), the knowledge base and the token."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Header, Request

from frontline.api.settings import ApiSettings


class NotFound(Exception):
    """Answered as 404."""


class Unauthorized(Exception):
    """Answered as 401."""


def settings(request: Request) -> ApiSettings:
    return request.app.state.settings


def store(request: Request):
    """The app's Store, opened (and migrated) on first use."""
    from frontline.store import Store

    if request.app.state.store is None:
        request.app.state.store = Store.open(request.app.state.settings.db)
    return request.app.state.store


def kb():
    from frontline.link.actors import default_kb

    return default_kb()


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need `Authorization: Bearer <token>` matching the server's FRONTLINE_API_TOKEN."""
    expected = request.app.state.settings.token
    if not expected:
        raise Unauthorized("ingestion is disabled: start the server with FRONTLINE_API_TOKEN set")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise Unauthorized("a valid bearer token is required (Authorization: Bearer <token>)")


Token = Depends(require_token)
