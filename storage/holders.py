"""Holders of keys: persons and systems (ERP sources), one normalised id each (core.identity)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.errors import Conflict, Unprocessable
from core.identity import HolderIdError, normalise_holder_id
from storage import audit
from storage.audit import Actor
from storage.models import Holder, utcnow

KINDS = ("person", "system")


def holder_id(name: str, *, field: str) -> str:
    """The normalised id of a name, or 422 naming the field."""
    try:
        return normalise_holder_id(name)
    except HolderIdError as exc:
        raise Unprocessable(f"{field} {exc}", errors=[{"field": field, "message": str(exc)}]) from None


def get(session: Session, *, holder_id: str) -> Holder | None:
    return session.get(Holder, holder_id)


def describe(holder: Holder) -> str:
    return f"the source {holder.display_name!r}" if holder.kind == "system" else f"the person {holder.display_name!r}"


def create(session: Session, *, holder_id: str, kind: str, display_name: str, actor: Actor | None,
           channel: str) -> Holder:
    assert kind in KINDS, kind
    existing = session.get(Holder, holder_id)
    if existing is not None:
        raise Conflict(f"the holder id {holder_id!r} is taken by {describe(existing)}")
    holder = Holder(id=holder_id, kind=kind, display_name=display_name.strip()[:200] or holder_id,
                    created_at=utcnow())
    session.add(holder)
    session.flush()
    audit.record(session, action="holder.created", target=holder_id, actor=actor, channel=channel,
                 data={"kind": kind, "display_name": holder.display_name})
    return holder
