"""What routers depend on: the store (opened once per app), the knowledge base and the token."""

from __future__ import annotations

import secrets
import threading
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from frontline.api.settings import ApiSettings
from frontline.link.actors import ActorKB, default_kb
from frontline.store import Store


class NotFound(Exception):
    """Answered as 404."""


class Unauthorized(Exception):
    """Answered as 401."""


def settings(request: Request) -> ApiSettings:
    return request.app.state.settings


_OPENING = threading.Lock()


def store(request: Request) -> Store:
    """The app's Store, opened (and migrated) once, on first use."""
    state = request.app.state
    if state.store is None:
        with _OPENING:  # requests run in a thread pool: only one of them opens and migrates
            if state.store is None:
                state.store = Store.open(state.settings.db)
    return state.store


def kb() -> ActorKB:
    return default_kb()


_BEARER = HTTPBearer(
    auto_error=False, description="the server's FRONTLINE_API_TOKEN (or `serve --token`)"
)


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)] = None,
) -> None:
    """Writes need `Authorization: Bearer <token>` matching the server's FRONTLINE_API_TOKEN."""
    expected = request.app.state.settings.token
    if not expected:
        raise Unauthorized("ingestion is disabled: start the server with FRONTLINE_API_TOKEN set")
    given = credentials.credentials if credentials else ""
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise Unauthorized("a valid bearer token is required (Authorization: Bearer <token>)")


Token = Depends(require_token)
