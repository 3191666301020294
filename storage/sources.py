"""ERP sources: systems that may call webhooks. Their secret signs both directions, so it is kept."""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from core.errors import Conflict
from storage.models import Source


def create(session: Session, *, name: str, callback_url: str | None = None) -> Source:
    if session.get(Source, name) is not None:
        raise Conflict(f"source {name!r} exists already")
    row = Source(name=name, secret="whsec_" + secrets.token_urlsafe(32), callback_url=callback_url)
    session.add(row)
    session.flush()
    return row


def get(session: Session, *, name: str) -> Source | None:
    return session.get(Source, name)
