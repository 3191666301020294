"""Webhook events received, per source and event id: the idempotency record that makes a replay answer as the
first delivery did."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import WebhookEvent

RaceLost = IntegrityError
"""Raised at commit when another request recorded the same event id first: look it up and answer as it did."""

Outcome = Literal["accepted", "applied"]
"""What the event did: `accepted`, a task was created and queued; `applied`, master data was written."""

# The column predates the outcome and keeps the encoding it was written with (the answer's status code), so rows
# from before and after read alike without a migration. Nothing outside this module sees these numbers.
_STORED: dict[str, int] = {"accepted": 202, "applied": 200}


@dataclass(frozen=True)
class Received:
    event_id: str
    body_hash: str
    outcome: Outcome
    response: dict[str, Any]
    task_id: str | None


def get(session: Session, *, source: str, event_id: str) -> Received | None:
    row = session.get(WebhookEvent, (source, event_id))
    if row is None:
        return None
    outcome: Outcome = "accepted" if row.status_code == _STORED["accepted"] else "applied"
    return Received(row.event_id, row.body_hash, outcome, dict(row.response), row.task_id)


def record(session: Session, *, source: str, event_id: str, body_hash: str, type: str, outcome: Outcome,
           response: dict[str, Any], task_id: str | None) -> None:
    session.add(WebhookEvent(source=source, event_id=event_id, body_hash=body_hash, type=type,
                             status_code=_STORED[outcome], response=response, task_id=task_id))
