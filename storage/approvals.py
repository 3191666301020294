"""Approval policies (versioned), groups of deciders and delegations: their tables and queries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import audit
from storage.audit import Actor
from storage.models import ApprovalGroup, ApprovalPolicyRow, Delegation, Holder, utcnow


def current_policy(session: Session, *, kind: str) -> ApprovalPolicyRow | None:
    """The latest version of a kind's policy, or None (no policy: one step by the domain's reviewers)."""
    return session.scalar(select(ApprovalPolicyRow).where(ApprovalPolicyRow.kind == kind)
                          .order_by(ApprovalPolicyRow.version.desc()).limit(1))


def policy(session: Session, *, kind: str, version: int) -> ApprovalPolicyRow | None:
    return session.get(ApprovalPolicyRow, (kind, version))


def add_policy(session: Session, *, kind: str, body: dict[str, Any], actor: Actor | None,
               channel: str = "api") -> ApprovalPolicyRow:
    """The next version of a kind's policy (the earlier ones stay: tasks keep the version they started with).
    Two admins racing for one version: the loser's insert fails on the primary key (409)."""
    latest = session.scalar(select(func.max(ApprovalPolicyRow.version)).where(ApprovalPolicyRow.kind == kind)) or 0
    row = ApprovalPolicyRow(kind=kind, version=latest + 1, body=body, created_at=utcnow(),
                            created_by=actor.holder_id if actor else None)
    session.add(row)
    session.flush()
    audit.record(session, action="approval_policy.changed", target=kind, actor=actor, channel=channel,
                 data={"version": row.version})
    return row


def group(session: Session, *, name: str) -> ApprovalGroup | None:
    return session.get(ApprovalGroup, name)


def groups(session: Session) -> list[ApprovalGroup]:
    return list(session.scalars(select(ApprovalGroup).order_by(ApprovalGroup.name)))


def groups_of(session: Session, *, holder_ids: set[str]) -> dict[str, ApprovalGroup]:
    """The groups any of these holders is a member of, by name."""
    return {row.name: row for row in groups(session) if holder_ids & set(row.members or [])}


def put_group(session: Session, *, name: str, domain: str, members: list[str], actor: Actor | None,
              channel: str = "api") -> ApprovalGroup:
    row = session.get(ApprovalGroup, name)
    if row is None:
        row = ApprovalGroup(name=name, domain=domain, members=members, updated_at=utcnow())
        session.add(row)
    else:
        row.domain, row.members, row.updated_at = domain, members, utcnow()
    session.flush()
    audit.record(session, action="approval_group.changed", target=name, actor=actor, channel=channel,
                 data={"domain": domain, "members": members})
    return row


def unknown_holders(session: Session, *, holder_ids: list[str]) -> list[str]:
    known = set(session.scalars(select(Holder.id).where(Holder.id.in_(holder_ids)))) if holder_ids else set()
    return [holder for holder in holder_ids if holder not in known]


def delegation(session: Session, *, holder_id: str) -> Delegation | None:
    return session.get(Delegation, holder_id)


def set_delegation(session: Session, *, holder_id: str, to_holder: str, starts_at: dt.datetime, until: dt.datetime,
                   actor: Actor | None, channel: str = "api") -> Delegation:
    """One delegation per delegator: a new one replaces the one before."""
    row = session.get(Delegation, holder_id)
    if row is None:
        row = Delegation(holder_id=holder_id, to_holder=to_holder, starts_at=starts_at, until=until,
                         created_at=utcnow())
        session.add(row)
    else:
        row.to_holder, row.starts_at, row.until, row.created_at = to_holder, starts_at, until, utcnow()
    session.flush()
    audit.record(session, action="delegation.set", target=holder_id, actor=actor, channel=channel,
                 data={"to": to_holder, "from": starts_at.isoformat(), "until": until.isoformat()})
    return row


def end_delegation(session: Session, *, holder_id: str, actor: Actor | None, channel: str = "api") -> bool:
    row = session.get(Delegation, holder_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    audit.record(session, action="delegation.ended", target=holder_id, actor=actor, channel=channel)
    return True


def delegators_of(session: Session, *, holder_id: str, at: dt.datetime) -> list[str]:
    """Whose steps this holder may decide at `at`: the delegators whose delegation to it is running."""
    return list(session.scalars(select(Delegation.holder_id).where(
        Delegation.to_holder == holder_id, Delegation.starts_at <= at, Delegation.until > at)
        .order_by(Delegation.holder_id)))
