"""The app factory: the REST API under /api (described by /openapi.json) and the web pages."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse

from frontline import __version__
from frontline.api.deps import NotFound, Unauthorized
from frontline.api.routers import ROUTERS
from frontline.api.schemas import ErrorOut
from frontline.api.security import RequestLimits, SecurityHeaders, content_security_policy
from frontline.api.settings import ApiSettings
from frontline.errors import FrontlineError

ERRORS: dict[int | str, dict] = {
    400: {"model": ErrorOut, "description": "Input frontline cannot use; `hint` says what to do"},
    404: {"model": ErrorOut, "description": "No such event, article, actor or place"},
    413: {"model": ErrorOut, "description": "The request body is over the server's limit"},
}


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    """Build the app; the store opens on first use (so creating the app never touches the db)."""
    from frontline.web import mount_web

    settings = settings or ApiSettings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.settings.threads
        yield
        if app.state.store is not None:  # release the database's connections on shutdown
            app.state.store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="frontline",
        version=__version__,
        description="Coded conflict events with their sources, claims and evidence; actors over "
        "time; control of territory; articles; exports; ingestion behind a token.",
        docs_url=None,  # FastAPI's default pages load Swagger UI from a CDN: served locally below
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = None
    for router in ROUTERS:
        app.include_router(router, prefix="/api", responses=ERRORS)
    mount_web(app, settings)
    app.add_middleware(RequestLimits, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders, tiles_url=settings.tiles_url)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="frontline API",
            swagger_js_url="/assets/swagger-ui-dist/swagger-ui-bundle.js",
            swagger_css_url="/assets/swagger-ui-dist/swagger-ui.css",
            swagger_favicon_url="/assets/swagger-ui-dist/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},  # no call to the online validator
        )
        # Swagger UI starts from one inline script: allowed by a nonce for this page only
        nonce = secrets.token_urlsafe(16)
        html = page.body.decode().replace("<script>", f'<script nonce="{nonce}">')
        csp = content_security_policy(settings.tiles_url, script_nonce=nonce)
        return HTMLResponse(html, headers={"Content-Security-Policy": csp})

    @app.exception_handler(FrontlineError)
    async def _frontline_error(_: Request, exc: FrontlineError) -> JSONResponse:
        return JSONResponse(
            {"error": exc.code, "message": exc.args[0], "hint": exc.hint}, status_code=400
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        """FastAPI's 422 with the same fields as our other errors (and its `detail` kept)."""
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
            for e in exc.errors()
        )
        body = {
            "error": "invalid_request",
            "message": problems,
            "hint": "see /docs for the parameters and their formats (dates are YYYY-MM-DD)",
            "detail": jsonable_encoder(exc.errors()),
        }
        return JSONResponse(body, status_code=422)

    @app.exception_handler(NotFound)
    async def _not_found(_: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse({"error": "not_found", "message": str(exc)}, status_code=404)

    @app.exception_handler(Unauthorized)
    async def _unauthorized(_: Request, exc: Unauthorized) -> JSONResponse:
        return JSONResponse(
            {"error": "unauthorized", "message": str(exc)},
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )

    return app
