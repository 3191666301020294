"""Tasks and their append-only event log. Status changes are compare-and-set on the version."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, func, or_, select, text, update
from sqlalchemy.orm import Session

from core.errors import BadRequest, NotFound
from storage.models import Delivery, Task, TaskEvent, TaskOriginal, utcnow

FINAL_STATUSES = ("approved", "rejected", "completed", "failed")
EVENT_TYPES = ("created", "tool_run", "flags_raised", "paused", "decided", "finalized", "delivered",
               "delivery_failed", "escalated", "failed", "recovered", "purged")


def create(session: Session, *, kind: str, domain: str, source: str | None, requester: str | None,
           input: dict[str, Any], actor: str, task_id: str | None = None,
           requester_holder: str | None = None, traceparent: str | None = None,
           approval_policy_version: int | None = None) -> Task:
    """A queued task. `requester_holder` is the holder id (storage.holders) of who asked: four eyes and
    "own tasks" compare it, never the free-text `requester`. `traceparent`: the W3C trace context of the request
    that created it (core/tracing.py), the parent of the spans of its run, resume and callback."""
    now = utcnow()
    task = Task(id=task_id or str(uuid.uuid4()), kind=kind, status="queued", domain=domain, source=source,
                requester=requester, requester_holder=requester_holder, created_at=now, updated_at=now, version=1,
                input=input, risk_flags=[], attempts=0, traceparent=traceparent,
                approval_policy_version=approval_policy_version)
    session.add(task)
    session.flush()
    add_event(session, task_id=task.id, type="created", actor=actor,
              data={"kind": kind, "source": source, "requester": requester}, key="created")
    notify_queued(session)
    return task


def keep_original(session: Session, *, task_id: str, filename: str, media_type: str, content: bytes) -> None:
    """Keep the file a task came from (an invoice PDF or XML): the reviewer sees it beside what was read."""
    session.add(TaskOriginal(task_id=task_id, filename=filename, media_type=media_type, size=len(content),
                             sha256=hashlib.sha256(content).hexdigest(), content=content, created_at=utcnow()))


def original(session: Session, *, task_id: str) -> TaskOriginal | None:
    return session.get(TaskOriginal, task_id)


NOTIFY_CHANNEL = "de_tasks"


def notify_queued(session: Session) -> None:
    """On PostgreSQL, wake the workers listening in other processes (delivered when this transaction commits)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": NOTIFY_CHANNEL})


def get(session: Session, *, task_id: str) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound(f"no task {task_id}")
    return task


def find(session: Session, *, task_id: str) -> Task | None:
    """The task, or None (`get` raises NotFound instead)."""
    return session.get(Task, task_id)


def mark_purged(session: Session, *, task_id: str, input: dict[str, Any] | None = None,
                result: dict[str, Any] | None = None) -> None:
    """Retention: the task's personal data is gone (its input and result replaced when given)."""
    task = get(session, task_id=task_id)
    if input is not None:
        task.input = input
    if result is not None:
        task.result = result
    task.purged_at = utcnow()


def ids(session: Session) -> list[str]:
    return list(session.scalars(select(Task.id)))


def due_for_purge(session: Session, *, cutoff: dt.datetime, after: str, limit: int) -> list[str]:
    """Final tasks last changed before `cutoff` and not purged yet, by id after `after` (keyset pages)."""
    return list(session.scalars(
        select(Task.id).where(Task.status.in_(FINAL_STATUSES), Task.updated_at < cutoff, Task.purged_at.is_(None),
                              Task.id > after).order_by(Task.id).limit(limit)))


def add_event(session: Session, *, task_id: str, type: str, actor: str, data: dict[str, Any] | None = None,
              key: str | None = None) -> bool:
    """Append an event. With a key, the event is written at most once per task (replays are no-ops)."""
    assert type in EVENT_TYPES, type
    if key is not None:
        exists = session.scalar(select(TaskEvent.id).where(TaskEvent.task_id == task_id, TaskEvent.key == key))
        if exists is not None:
            return False
    session.add(TaskEvent(task_id=task_id, type=type, actor=actor, data=data or {}, key=key, at=utcnow()))
    session.flush()
    return True


def transition(session: Session, *, task_id: str, version: int, from_status: str | tuple[str, ...],
               to_status: str, **fields: Any) -> bool:
    """Compare-and-set: move the task only if it still has this version and status. True if it moved."""
    statuses = (from_status,) if isinstance(from_status, str) else from_status
    values = {"status": to_status, "version": Task.version + 1, "updated_at": utcnow(), **fields}
    result = session.execute(
        update(Task).where(Task.id == task_id, Task.version == version, Task.status.in_(statuses)).values(**values)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def claim_next(session: Session, *, lease_seconds: int, owner: str | None = None) -> Task | None:
    """Claim the oldest queued task for this worker (queued → running), or None.

    On PostgreSQL the row is locked with SKIP LOCKED, so concurrent workers take different tasks instead of
    racing for the same one; the compare-and-set below still guarantees one claim per task everywhere
    (SQLite ignores FOR UPDATE and serialises writers with BEGIN IMMEDIATE).
    """
    for _ in range(5):
        candidate = session.execute(
            select(Task.id, Task.version).where(Task.status == "queued").order_by(Task.created_at, Task.id).limit(1)
            .with_for_update(skip_locked=True)
        ).first()
        if candidate is None:
            return None
        lease = utcnow() + dt.timedelta(seconds=lease_seconds)
        if transition(session, task_id=candidate.id, version=candidate.version, from_status="queued",
                      to_status="running", lease_until=lease, lease_owner=owner, attempts=Task.attempts + 1):
            session.flush()
            task = session.get(Task, candidate.id)
            if task is not None:
                session.refresh(task)
            return task
    return None


def renew_lease(session: Session, *, task_id: str, version: int, lease_seconds: int) -> bool:
    """Extend the lease of a task this worker still holds (same version, still running). False if it lost it."""
    result = session.execute(
        update(Task).where(Task.id == task_id, Task.version == version, Task.status == "running")
        .values(lease_until=utcnow() + dt.timedelta(seconds=lease_seconds))
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def requeue_abandoned(session: Session, *, all_running: bool = False,
                      owner_gone: Callable[[str | None], bool] | None = None) -> list[str]:
    """Put `running` tasks whose worker is gone back to `queued`: leases that expired, tasks whose owner
    `owner_gone` says is dead, or (`all_running`) every one of them."""
    now = utcnow()
    moved = []
    rows = session.execute(select(Task.id, Task.version, Task.lease_owner, Task.lease_until)
                           .where(Task.status == "running")).all()
    for row in rows:
        expired = row.lease_until is None or row.lease_until < now
        if not (all_running or expired or (owner_gone is not None and owner_gone(row.lease_owner))):
            continue
        if transition(session, task_id=row.id, version=row.version, from_status="running", to_status="queued",
                      lease_until=None, lease_owner=None):
            add_event(session, task_id=row.id, type="recovered", actor="system",
                      data={"reason": "lease expired" if expired else "its worker stopped", "worker": row.lease_owner})
            moved.append(row.id)
    return moved


def escalate_overdue(session: Session) -> list[str]:
    """An `escalated` event, once per due time, for every review past its `review_due_at`. With an approval chain
    the overdue step also passes to its escalation group (the next step's group, or a named one): from then on
    members of either group may decide it."""
    now = utcnow()
    overdue = session.execute(select(Task.id, Task.review_due_at, Task.domain, Task.version).where(
        Task.status == "awaiting_review", Task.review_due_at.is_not(None), Task.review_due_at < now)).all()
    raised = []
    for task_id, due, domain, version in overdue:
        hours = round((now - due).total_seconds() / 3600, 2)
        task = session.get(Task, task_id)
        step = _current_step(task) if task is not None and task.version == version else None
        data: dict[str, Any] = {"review_due_at": due.isoformat(), "overdue_hours": hours, "domain": domain}
        if step is not None:
            data |= {"step": step.get("step"), "group": step.get("group"), "escalated_to": step.get("escalate_to")}
        if not add_event(session, task_id=task_id, type="escalated", actor="system",
                         key=f"escalated:{due.isoformat()}", data=data):
            continue
        raised.append(task_id)
        if task is not None and step is not None and step.get("escalate_to"):
            marked = {"escalated_to": step["escalate_to"], "escalated_at": now.isoformat()}
            session.execute(update(Task).where(Task.id == task_id, Task.version == version,
                                               Task.status == "awaiting_review")
                            .values(steps=[s | marked if s.get("step") == step.get("step") else s
                                           for s in task.steps or []])
                            .execution_options(synchronize_session=False))
    return raised


def _current_step(task: Task) -> dict[str, Any] | None:
    return next((s for s in task.steps or [] if task.current_step and s.get("step") == task.current_step), None)


def events(session: Session, *, task_id: str) -> list[TaskEvent]:
    return list(session.scalars(select(TaskEvent).where(TaskEvent.task_id == task_id).order_by(TaskEvent.id)))


def deliveries(session: Session, *, task_id: str) -> list[Delivery]:
    return list(session.scalars(select(Delivery).where(Delivery.task_id == task_id).order_by(Delivery.id)))


def _encode_cursor(created_at: dt.datetime, task_id: str) -> str:
    raw = json.dumps([created_at.isoformat(), task_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def cursor_of(task: Task) -> str:
    """The cursor of the page that starts after this task."""
    return _encode_cursor(task.created_at, task.id)


def _decode_cursor(cursor: str) -> tuple[dt.datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created, task_id = json.loads(raw)
        return dt.datetime.fromisoformat(created), str(task_id)
    except (ValueError, TypeError):
        raise BadRequest("cursor is not one this service issued") from None


def list_pending_reviews(session: Session, *, domains: tuple[str, ...] | None, kind: str | None, limit: int,
                         cursor: str | None, overdue: bool) -> tuple[list[Task], str | None]:
    """Tasks awaiting review in these domains (None: all), oldest first, keyset-paginated."""
    query = select(Task).where(Task.status == "awaiting_review")
    if domains is not None:
        query = query.where(Task.domain.in_(domains))
    if kind:
        query = query.where(Task.kind == kind)
    if overdue:
        query = query.where(Task.review_due_at.is_not(None), Task.review_due_at < utcnow())
    if cursor:
        created, task_id = _decode_cursor(cursor)
        query = query.where(or_(Task.created_at > created, and_(Task.created_at == created, Task.id > task_id)))
    rows = list(session.scalars(query.order_by(Task.created_at, Task.id).limit(limit + 1)))
    next_cursor = _encode_cursor(rows[limit - 1].created_at, rows[limit - 1].id) if len(rows) > limit else None
    return rows[:limit], next_cursor


def count_by_status(session: Session) -> dict[str, int]:
    return {status: count for status, count in session.execute(select(Task.status, func.count()).group_by(Task.status))}
