"""The audit log of admin changes: appended to in the same transaction as the change, never updated."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import Unprocessable
from storage.models import AuditEntry, utcnow

ACTIONS = ("holder.created", "key.created", "key.revoked", "key.reinstated", "source.created", "source.rotated",
           "approval_policy.changed", "approval_group.changed", "delegation.set", "delegation.ended")


class Actor(Protocol):
    """Who made a change: a principal (storage.keys.Principal) or nobody (CLI, start-up)."""

    holder_id: str
    key_id: str


def record(session: Session, *, action: str, target: str, actor: Actor | None, channel: str,
           data: dict[str, Any] | None = None) -> None:
    assert action in ACTIONS, action
    session.add(AuditEntry(at=utcnow(), action=action, target=target[:200], channel=channel, data=data or {},
                           actor_holder_id=actor.holder_id if actor else None,
                           actor_key_id=actor.key_id if actor else None))
    session.flush()


def page(session: Session, *, limit: int, cursor: str | None) -> tuple[list[AuditEntry], str | None]:
    """Oldest first; the cursor is the id of the last entry seen."""
    after = 0
    if cursor is not None:
        if not cursor.isdigit() or len(cursor) > 18:
            raise Unprocessable("cursor is not one this service gave out",
                                errors=[{"field": "cursor", "message": "invalid cursor"}])
        after = int(cursor)
    rows = list(session.scalars(select(AuditEntry).where(AuditEntry.id > after).order_by(AuditEntry.id)
                                .limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (str(rows[-1].id) if more and rows else None)
