"""What every response carries and every request is held to: security headers and a body cap.

Both are plain ASGI middleware (no buffering of bodies, so streaming uploads stay streaming):
- headers: a Content-Security-Policy that allows no inline or foreign script (pages load only
  /static and /assets), no framing, no MIME sniffing, no referrer leaks;
- request limits: a request whose Content-Length, or whose streamed body, exceeds the limit is
  answered 413 before a router reads it; a NUL character in the path or query (which no name,
  id or filter holds, and which PostgreSQL cannot compare) is answered 400.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BODY = 25_000_000  # an upload may be 20 MB of articles plus its multipart envelope


def content_security_policy(tiles_url: str | None = None, script_nonce: str | None = None) -> str:
    """The pages' policy; online tiles (when configured) are the only foreign images."""
    images = ["'self'", "data:"]
    if tiles_url:
        parts = urlsplit(tiles_url)  # {s}.tile.example.org: any subdomain
        images.append(f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}")
    scripts = "'self'" + (f" 'nonce-{script_nonce}'" if script_nonce else "")
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            # inline style attributes (colour swatches) are allowed; inline script never is
            "style-src 'self' 'unsafe-inline'",
            f"img-src {' '.join(images)}",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


class SecurityHeaders:
    """Add the security headers to every HTTP response that does not set its own."""

    def __init__(self, app: ASGIApp, tiles_url: str | None = None) -> None:
        self.app = app
        self.headers = {
            b"content-security-policy": content_security_policy(tiles_url).encode(),
            b"x-content-type-options": b"nosniff",
            b"x-frame-options": b"DENY",
            b"referrer-policy": b"no-referrer",
            b"cross-origin-opener-policy": b"same-origin",
            b"permissions-policy": b"camera=(), microphone=(), geolocation=()",
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers.items() if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyTooLarge(Exception):
    pass


class RequestLimits:
    """Answer 413 to a request body larger than `max_bytes`, declared or streamed, and 400 to a
    URL with a NUL character."""

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b""):
            await _answer(send, 400, "invalid_request", "the URL holds a NUL character",
                          "remove %00 from the path and the query")  # fmt: skip
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send)
            return
        seen, exceeded, refused = 0, False, False

        async def counted() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    exceeded = True
                    raise BodyTooLarge
            return message

        async def replaced(message: Message) -> None:
            # a router that caught the error (FastAPI answers 400 to a body it could not read)
            # still answers 413
            nonlocal refused
            if not exceeded:
                await send(message)
            elif not refused:
                refused = True
                await self._refuse(send)

        try:
            await self.app(scope, counted, replaced)
        except BodyTooLarge:
            if not refused:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        await _answer(
            send,
            413,
            "request_too_large",
            f"the request body is larger than {self.max_bytes} bytes",
            "split the upload into smaller files (or raise FRONTLINE_MAX_BODY_BYTES)",
        )


async def _answer(send: Send, status: int, error: str, message: str, hint: str) -> None:
    """An error in the API's usual shape (error, message, hint), sent before any router runs."""
    body = json.dumps({"error": error, "message": message, "hint": hint}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
