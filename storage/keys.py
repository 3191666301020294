"""API keys: stored as SHA-256 hashes, shown once, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import ApiKey

ROLES = ("staff", "reviewer", "admin")
DOMAINS = ("finance", "hr", "compliance")
VENDOR_RECORD_DOMAINS = ("finance", "compliance")
"""Vendor master data (bank accounts), invoice history and risk evidence are read by reviewers of these domains
and by admins; staff and HR reviewers are refused (security finding 3)."""


@dataclass(frozen=True)
class Principal:
    key_id: str
    name: str
    role: str
    domains: tuple[str, ...] = field(default_factory=tuple)

    def can_review(self, domain: str) -> bool:
        return self.role == "admin" or (self.role == "reviewer" and domain in self.domains)

    def reads_vendor_records(self) -> bool:
        return self.role == "admin" or (self.role == "reviewer" and any(
            domain in self.domains for domain in VENDOR_RECORD_DOMAINS))


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create(session: Session, *, name: str, role: str, domains: list[str] | None = None,
           secret: str | None = None) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the secret (shown to the caller once, never stored)."""
    secret = secret or "de_" + secrets.token_urlsafe(32)
    row = ApiKey(id=str(uuid.uuid4()), name=name, role=role, domains=sorted(set(domains or [])),
                 key_hash=hash_key(secret), prefix=secret[:7])
    session.add(row)
    session.flush()
    return row, secret


def authenticate(session: Session, *, secret: str) -> Principal | None:
    digest = hash_key(secret)
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == digest, ApiKey.revoked_at.is_(None)))
    if row is None or not hmac.compare_digest(row.key_hash, digest):
        return None
    return Principal(key_id=row.id, name=row.name, role=row.role, domains=tuple(row.domains or ()))


def ensure_admin(session: Session, *, secret: str, name: str = "admin") -> None:
    """Make sure a live admin key with this secret exists (the DE_ADMIN_KEY bootstrap)."""
    digest = hash_key(secret)
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == digest))
    if row is None:
        try:
            with session.begin_nested():  # several processes may start at once; one of them creates it
                create(session, name=name, role="admin", domains=list(DOMAINS), secret=secret)
        except IntegrityError:
            pass
    elif row.role != "admin" or row.revoked_at is not None:
        row.role, row.revoked_at = "admin", None


def principal_by_id(session: Session, *, key_id: str) -> Principal | None:
    """The live principal of a key id (a web session holds the id, never the secret)."""
    row = session.scalar(select(ApiKey).where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None)))
    if row is None:
        return None
    return Principal(key_id=row.id, name=row.name, role=row.role, domains=tuple(row.domains or ()))
