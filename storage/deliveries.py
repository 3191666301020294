"""The callback outbox: a row per final task whose source has a callback URL, attempted until delivered or dead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Delivery, Source, Task, utcnow


def enqueue(session: Session, *, task: Task) -> bool:
    """Queue the task's callback when its source has a callback URL; False when it has none."""
    source = session.get(Source, task.source) if task.source else None
    if source is None or not source.callback_url:
        return False
    session.add(Delivery(task_id=task.id, url=source.callback_url, status="pending", attempts=0,
                         next_attempt_at=utcnow(), log=[]))
    session.flush()
    return True


def due(session: Session, *, limit: int) -> list[int]:
    """The ids of pending deliveries whose next attempt is due, the longest waiting first."""
    return list(session.scalars(
        select(Delivery.id).where(Delivery.status == "pending", Delivery.next_attempt_at <= utcnow())
        .order_by(Delivery.next_attempt_at).limit(limit)))


@dataclass(frozen=True)
class PendingDelivery:
    url: str
    task: Task
    source: Source


def pending(session: Session, *, delivery_id: int) -> PendingDelivery | None:
    """A delivery still to attempt, with its task and source; one whose task or source is gone is dead."""
    delivery = session.get(Delivery, delivery_id)
    if delivery is None or delivery.status != "pending":
        return None
    task = session.get(Task, delivery.task_id)
    source = session.get(Source, task.source) if task is not None and task.source else None
    if task is None or source is None:
        delivery.status = "dead"
        return None
    return PendingDelivery(delivery.url, task, source)


def record_attempt(session: Session, *, delivery_id: int, ok: bool, status_code: int | None, error: str | None,
                   max_attempts: int, backoff: Callable[[int], float]) -> dict[str, Any] | None:
    """Log one attempt: delivered, or pending again after `backoff(attempts)` seconds, or dead after `max_attempts`.
    Returns the log entry with `dead`, or None when the delivery is gone."""
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        return None
    delivery.attempts += 1
    entry = {"attempt": delivery.attempts, "at": utcnow().isoformat(), "status_code": status_code, "error": error}
    delivery.log = [*delivery.log, entry]
    dead = not ok and delivery.attempts >= max_attempts
    if ok:
        delivery.status = "delivered"
    else:
        delivery.status = "dead" if dead else "pending"
        delivery.next_attempt_at = utcnow() + dt.timedelta(seconds=backoff(delivery.attempts))
    return entry | {"dead": dead}
