"""frontline's REST API and web app (FastAPI): `create_app(settings)`; `frontline serve` runs it.

Imported lazily: `frontline.cli` registers `serve` from here and must not load FastAPI and spaCy
for every command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontline.api.app import create_app
    from frontline.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from frontline.api.app import create_app

        return create_app
    if name == "ApiSettings":
        from frontline.api.settings import ApiSettings

        return ApiSettings
    raise AttributeError(name)
