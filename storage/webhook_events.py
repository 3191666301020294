"""Webhook events received, per source and event id: the idempotency record that makes a replay answer as the
first delivery did."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import WebhookEvent

RaceLost = IntegrityError
"""Raised at commit when another request recorded the same event id first: look it up and answer as it did."""


@dataclass(frozen=True)
class Received:
    event_id: str
    body_hash: str
    status_code: int
    response: dict[str, Any]
    task_id: str | None


def get(session: Session, *, source: str, event_id: str) -> Received | None:
    row = session.get(WebhookEvent, (source, event_id))
    if row is None:
        return None
    return Received(row.event_id, row.body_hash, row.status_code, dict(row.response), row.task_id)


def record(session: Session, *, source: str, event_id: str, body_hash: str, type: str, status_code: int,
           response: dict[str, Any], task_id: str | None) -> None:
    session.add(WebhookEvent(source=source, event_id=event_id, body_hash=body_hash, type=type,
                             status_code=status_code, response=response, task_id=task_id))
