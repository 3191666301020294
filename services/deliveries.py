"""Callbacks to ERP systems: an outbox row per final task, sent signed, retried with back-off, then dead.

Each attempt checks the URL again (core.netguard: resolved now, refused when any address is internal) and
is recorded as failed without connecting when refused; the worker's client connects only to checked
addresses. URLs in the log, the task events and log lines never carry credentials.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from core import netguard, tracing
from core.logging import get_logger
from core.settings import Settings
from core.signing import SIGNATURE_HEADER, sign, standard_headers
from services.views import TaskRead, task_view
from storage import deliveries, sources, tasks
from storage.db import Database, json_dumps

log = get_logger("services.deliveries")
MAX_BACKOFF_SECONDS = 3600.0


def backoff(settings: Settings, attempts: int) -> float:
    return min(MAX_BACKOFF_SECONDS, settings.delivery_backoff_seconds * (2 ** max(0, attempts - 1)))


def deliver_due(db: Database, settings: Settings, *, client: httpx.Client, limit: int = 20) -> int:
    """Send the callbacks that are due, each with the task as it is now. Returns how many were attempted."""
    with db.session() as session:
        due = deliveries.due(session, limit=limit)
    for delivery_id in due:
        _attempt(db, settings, delivery_id, client=client)
    return len(due)


def _attempt(db: Database, settings: Settings, delivery_id: int, *, client: httpx.Client) -> None:
    with db.session() as session:
        pending = deliveries.pending(session, delivery_id=delivery_id)
        if pending is None:
            return
        task = TaskRead.model_validate(task_view(session, pending.task)).model_dump(mode="json")
        body = json_dumps({"event": "task.completed", "task": task}).encode()  # the body is a TaskRead
        # During a rotation's overlap the callback carries a v1 signature by the old secret too.
        secret, url, task_id = sources.signing_secrets(pending.source), pending.url, pending.task.id
        traceparent = pending.task.traceparent
    # In the task's trace (core/tracing.py); the receiver gets this span as its parent in `traceparent`.
    attributes = _span_attributes(url, delivery_id, task_id) if tracing.enabled() else None
    with tracing.span("callback.deliver", attributes, traceparent=traceparent, kind="client") as span:
        ok, status_code, error = _send(settings, client, url=url, body=body, secret=secret, delivery_id=delivery_id,
                                       task_id=task_id)
        span.set_attribute("de.delivery.ok", ok)
        if status_code is not None:
            span.set_attribute("http.response.status_code", status_code)
        if not ok:
            tracing.mark_failed(span, str(status_code) if status_code is not None else "no_response")
        _record(db, settings, delivery_id=delivery_id, task_id=task_id, url=url, ok=ok, status_code=status_code,
                error=error)


def _span_attributes(url: str, delivery_id: int, task_id: str) -> dict[str, Any]:
    attributes: dict[str, Any] = {"http.request.method": "POST", "de.delivery.id": delivery_id, "de.task.id": task_id}
    try:
        parsed = httpx.URL(url)  # no credentials, query or path: the receiver's address only
    except httpx.InvalidURL:
        return attributes
    return attributes | {"server.address": parsed.host, "server.port": parsed.port, "url.scheme": parsed.scheme}


def _send(settings: Settings, client: httpx.Client, *, url: str, body: bytes, secret: Any, delivery_id: int,
          task_id: str) -> tuple[bool, int | None, str | None]:
    """One POST of the callback: (ok, status code, error)."""
    status_code: int | None = None
    error: str | None = None
    try:
        netguard.check_url(url, allow_private=settings.allow_private_callbacks)
        target, auth = netguard.without_credentials(url)
        # Both signatures: X-DE-Signature, and Standard Webhooks headers whose id stays the same on every retry.
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body),
                   **standard_headers(secret, f"msg_de_{delivery_id}", body), "X-DE-Delivery": str(delivery_id)}
        tracing.inject(headers)  # W3C traceparent, when tracing is on
        response = client.post(target, content=body, auth=auth, headers=headers,
                               timeout=settings.delivery_timeout_seconds)
        status_code = response.status_code
        ok = 200 <= status_code < 300
    except netguard.UnsafeURL as exc:
        ok, error = False, f"refused: {exc.detail}"[:300]
        log.warning("delivery_refused", task_id=task_id, delivery_id=delivery_id, url=netguard.redact(url),
                    reason=exc.detail)
    except httpx.HTTPError as exc:
        ok, error = False, netguard.redact(f"{type(exc).__name__}: {str(exc)[:200]}")
    return ok, status_code, error


def _record(db: Database, settings: Settings, *, delivery_id: int, task_id: str, url: str, ok: bool,
            status_code: int | None, error: str | None) -> None:
    shown = netguard.redact(url)
    with db.session() as session:
        entry = deliveries.record_attempt(session, delivery_id=delivery_id, ok=ok, status_code=status_code,
                                          error=error, max_attempts=settings.delivery_max_attempts,
                                          backoff=lambda attempts: backoff(settings, attempts))
        if entry is None:
            return
        dead = entry.pop("dead")
        if ok:
            tasks.add_event(session, task_id=task_id, type="delivered", actor="system", data={"url": shown, **entry})
        else:
            tasks.add_event(session, task_id=task_id, type="delivery_failed", actor="system",
                            data={"url": shown, "dead": dead, **entry})
    log.info("delivery_attempt", task_id=task_id, ok=ok, status_code=status_code)


def parse_callback(body: bytes) -> dict[str, Any]:
    return json.loads(body)
