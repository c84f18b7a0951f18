"""frontline's REST API and web app (FastAPI): `create_app(settings)`; `frontline serve` runs it."""

from frontline.api.app import create_app
from frontline.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]
