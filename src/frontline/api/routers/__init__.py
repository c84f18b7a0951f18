"""One router per resource; create_app mounts them all under /api."""

from frontline.api.routers import actors, coding, meta

ROUTERS = [meta.router, coding.router, actors.router]
