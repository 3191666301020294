"""Pure ASGI middleware: request ids and access logs, metrics, the request body limit, and tracing."""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.metrics import Metrics
from core import tracing
from core.logging import get_logger

KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
log = get_logger("api.access")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")


def _problem_bytes(status: int, title: str, detail: str) -> bytes:
    return json.dumps({"type": f"https://digital-employee.dev/problems/{status}", "title": title,
                       "status": status, "detail": detail}).encode()


class BodyLimitMiddleware:
    """413 before the app reads a body larger than the limit (declared or streamed)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_large = int(declared) > self.max_bytes
            except ValueError:
                await self._reject(send, 400, "Malformed request", "Content-Length is not a number")
                return
            if too_large:
                await self._reject(send, 413, "Request body too large", f"the limit is {self.max_bytes} bytes")
                return
        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not response_started:
                await self._reject(send, 413, "Request body too large", f"the limit is {self.max_bytes} bytes")

    @staticmethod
    async def _reject(send: Send, status: int, title: str, detail: str) -> None:
        body = _problem_bytes(status, title, detail)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/problem+json"),
                                (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class _BodyTooLarge(Exception):
    pass


class RequestContextMiddleware:
    """X-Request-ID in and out, bound to every log line; access log; request metrics."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        status_holder: dict[str, Any] = {"status": 500}
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        structlog.contextvars.bind_contextvars(request_id=request_id)
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            method = scope["method"] if scope["method"] in KNOWN_METHODS else "other"  # labels stay bounded
            self.metrics.observe_request(method, template, status_holder["status"], elapsed)
            log.info("request", method=method, path=template, status=status_holder["status"],
                     ms=round(elapsed * 1000, 2))
            structlog.contextvars.unbind_contextvars("request_id")


class TracingMiddleware:
    """A SERVER span per HTTP request (core/tracing.py), the child of the caller's `traceparent` when it sends one,
    named `METHOD /route/{template}`. Outermost, so the access log line carries the trace id. The app adds it only
    when tracing is wanted; while tracing is off it passes requests through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not tracing.enabled():
            await self.app(scope, receive, send)
            return
        carrier = {name.decode("latin-1"): value.decode("latin-1") for name, value in scope.get("headers") or []
                   if name in (b"traceparent", b"tracestate")}
        method = scope["method"] if scope["method"] in KNOWN_METHODS else "_OTHER"
        status: dict[str, int] = {}

        async def send_with_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        with tracing.server_span(method, carrier, {"http.request.method": method, "url.path": scope.get("path"),
                                                   "url.scheme": scope.get("scheme")}) as span:
            try:
                await self.app(scope, receive, send_with_status)
            finally:
                route = getattr(scope.get("route"), "path", None)
                if route:
                    span.update_name(f"{method} {route}")
                    span.set_attribute("http.route", route)
                if "code" in status:
                    span.set_attribute("http.response.status_code", status["code"])
                    if status["code"] >= 500:
                        tracing.mark_failed(span, str(status["code"]))
