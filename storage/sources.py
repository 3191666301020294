"""ERP sources: systems that may call webhooks. Their secret signs both directions, so it is kept.

A source is a holder too (kind "system", storage.holders): its name takes a holder id, so no person's key can
be named like it. A rotation keeps the replaced secret valid for an overlap window, then only the new one."""

from __future__ import annotations

import base64
import datetime as dt
import secrets

from sqlalchemy.orm import Session

from core.errors import Conflict, NotFound
from storage import audit, holders
from storage.audit import Actor
from storage.models import Source, utcnow

DEFAULT_OVERLAP = dt.timedelta(hours=24)
MAX_OVERLAP = dt.timedelta(days=7)


def _new_secret() -> str:
    # 32 random bytes in standard base64 after whsec_: the form Standard Webhooks libraries take as their key.
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def create(session: Session, *, name: str, callback_url: str | None = None, actor: Actor | None = None,
           channel: str = "api") -> Source:
    if session.get(Source, name) is not None:
        raise Conflict(f"source {name!r} exists already")
    holder_id = holders.holder_id(name, field="name")
    taken = holders.get(session, holder_id=holder_id)
    if taken is not None:
        raise Conflict(f"the name {name!r} normalises to the holder id {holder_id!r}, which is "
                       f"{holders.describe(taken)}; a source needs a name of its own")
    holders.create(session, holder_id=holder_id, kind="system", display_name=name, actor=actor, channel=channel)
    row = Source(name=name, holder_id=holder_id, secret=_new_secret(), callback_url=callback_url, created_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, action="source.created", target=name, actor=actor, channel=channel,
                 data={"holder_id": holder_id, "callback_url": callback_url})
    return row


def get(session: Session, *, name: str) -> Source | None:
    return session.get(Source, name)


def rotate(session: Session, *, name: str, overlap: dt.timedelta = DEFAULT_OVERLAP, actor: Actor | None = None,
           channel: str = "api") -> Source:
    """A new secret; the one it replaces still verifies until now + overlap. An older previous secret (from a
    rotation whose window is still open) ends at once: at most two secrets are valid at any time."""
    if not dt.timedelta(0) <= overlap <= MAX_OVERLAP:
        raise ValueError(f"overlap must be between 0 and {MAX_OVERLAP}")
    row = session.get(Source, name, with_for_update=True)
    if row is None:
        raise NotFound(f"no source {name}")
    now = utcnow()
    row.previous_secret, row.previous_secret_expires_at = row.secret, now + overlap
    row.secret, row.rotated_at = _new_secret(), now
    session.flush()
    audit.record(session, action="source.rotated", target=name, actor=actor, channel=channel,
                 data={"overlap_seconds": int(overlap.total_seconds()),
                       "previous_secret_expires_at": row.previous_secret_expires_at.isoformat()})
    return row


def signing_secrets(row: Source, *, now: dt.datetime | None = None) -> list[str]:
    """The secrets a webhook from this source may be signed with now: the current one, and the replaced one
    while its overlap window lasts."""
    now = now or utcnow()
    valid = [row.secret]
    if row.previous_secret and row.previous_secret_expires_at is not None and now < row.previous_secret_expires_at:
        valid.append(row.previous_secret)
    return valid
