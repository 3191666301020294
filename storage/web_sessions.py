"""Server-side web sessions: a token per sign-in, stored as its SHA-256, ended by logout or expiry."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.hashing import secret_digest
from storage.models import WebSessionRow, utcnow


def create(session: Session, *, key_id: str, lifetime: dt.timedelta) -> str:
    """A new session for a key; returns its token (the cookie carries it, signed; the row only its hash)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.execute(delete(WebSessionRow).where(WebSessionRow.expires_at <= now))  # dead anyway: keep it small
    session.add(WebSessionRow(id=secret_digest(token), key_id=key_id, created_at=now, expires_at=now + lifetime))
    session.flush()
    return token


def live_key_id(session: Session, *, token: str) -> str | None:
    """The key id of a session that is neither revoked nor expired, else None."""
    return session.scalar(select(WebSessionRow.key_id).where(
        WebSessionRow.id == secret_digest(token), WebSessionRow.revoked_at.is_(None),
        WebSessionRow.expires_at > utcnow()))


def revoke(session: Session, *, token: str) -> None:
    row = session.get(WebSessionRow, secret_digest(token))
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
