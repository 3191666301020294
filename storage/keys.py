"""API keys: stored as SHA-256 hashes, shown once, compared in constant time. Each key belongs to a holder
(storage.holders): four eyes and visibility compare holder ids, never a key's free-text name."""

from __future__ import annotations

import hmac
import secrets
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.errors import Conflict, NotFound
from core.hashing import secret_digest
from core.identity import holder_id_or_none
from storage import audit, holders
from storage.audit import Actor
from storage.models import ApiKey, Holder, utcnow

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
    holder_id: str
    domains: tuple[str, ...] = field(default_factory=tuple)
    holder_kind: str = "person"
    display_name: str = ""

    def can_review(self, domain: str) -> bool:
        return self.role == "admin" or (self.role == "reviewer" and domain in self.domains)

    def reads_vendor_records(self) -> bool:
        return self.role == "admin" or (self.role == "reviewer" and any(
            domain in self.domains for domain in VENDOR_RECORD_DOMAINS))

    @property
    def identities(self) -> frozenset[str]:
        """The holder ids this caller answers to: its holder's id, and its display name normalised (a PO's
        requester is free text from the ERP, which may spell the person either way)."""
        return frozenset(filter(None, (self.holder_id, holder_id_or_none(self.display_name))))


def _keys_with_holders() -> Select[tuple[ApiKey, Holder]]:
    return select(ApiKey, Holder).join(Holder, Holder.id == ApiKey.holder_id)


def _principal(row: ApiKey, holder: Holder) -> Principal:
    return Principal(key_id=row.id, name=row.name, role=row.role, holder_id=holder.id,
                     domains=tuple(row.domains or ()), holder_kind=holder.kind, display_name=holder.display_name)


def holder_of_named(session: Session, *, name: str) -> str | None:
    """The holder id of the key with this name, if there is one (the first created)."""
    return session.scalar(select(ApiKey.holder_id).where(ApiKey.name == name).order_by(ApiKey.created_at).limit(1))


def key_named(session: Session, *, name: str) -> bool:
    return session.scalar(select(ApiKey.id).where(ApiKey.name == name).limit(1)) is not None


def hash_key(secret: str) -> str:
    return secret_digest(secret)


def create(session: Session, *, name: str, role: str, domains: list[str] | None = None,
           secret: str | None = None, holder_id: str | None = None, display_name: str | None = None,
           actor: Actor | None = None, channel: str = "api") -> tuple[ApiKey, str]:
    """Create a key; returns the row and the secret (shown to the caller once, never stored).

    Without `holder_id` the key's holder is a new person whose id is the normalised `name`; a name that
    normalises to an existing holder (a person or a source) is a Conflict, so a second "fiona" (or
    "Fiona\\u200b") is never created by accident. With `holder_id` the key is added to that holder, which is
    created (a person) when it does not exist yet; `name` is then the key's label.
    """
    name_id = holders.holder_id(name, field="name")
    if holder_id is not None:
        wanted = holders.holder_id(holder_id, field="holder_id")
        holder = holders.get(session, holder_id=wanted)
        if holder is None:
            holder = holders.create(session, holder_id=wanted, kind="person",
                                    display_name=display_name or holder_id, actor=actor, channel=channel)
    else:
        existing = holders.get(session, holder_id=name_id)
        if existing is not None:
            raise Conflict(f"the name {name!r} normalises to the holder id {name_id!r}, which is "
                           f"{holders.describe(existing)}; to give that holder another key, send "
                           f"holder_id {name_id!r}; else choose another name")
        holder = holders.create(session, holder_id=name_id, kind="person", display_name=display_name or name,
                                actor=actor, channel=channel)
    secret = secret or "de_" + secrets.token_urlsafe(32)
    row = ApiKey(id=str(uuid.uuid4()), name=name.strip(), holder_id=holder.id, role=role,
                 domains=sorted(set(domains or [])), key_hash=hash_key(secret), prefix=secret[:7], created_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, action="key.created", target=row.id, actor=actor, channel=channel,
                 data={"name": row.name, "holder_id": holder.id, "role": role, "domains": row.domains,
                       "prefix": row.prefix})
    return row, secret


def authenticate(session: Session, *, secret: str) -> Principal | None:
    digest = hash_key(secret)
    found = session.execute(_keys_with_holders().where(ApiKey.key_hash == digest,
                                                       ApiKey.revoked_at.is_(None))).first()
    if found is None or not hmac.compare_digest(found[0].key_hash, digest):
        return None
    return _principal(*found)


def ensure_admin(session: Session, *, secret: str, name: str = "admin") -> None:
    """Make sure a live admin key with this secret exists (the DE_ADMIN_KEY bootstrap), held by `name`."""
    digest = hash_key(secret)
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == digest))
    if row is None:
        try:
            with session.begin_nested():  # several processes may start at once; one of them creates it
                create(session, name=name, role="admin", domains=list(DOMAINS), secret=secret, holder_id=name,
                       channel="startup")
        except IntegrityError:
            pass
    elif row.role != "admin" or row.revoked_at is not None:
        row.role, row.revoked_at = "admin", None
        audit.record(session, action="key.reinstated", target=row.id, actor=None, channel="startup",
                     data={"reason": "DE_ADMIN_KEY is set to this key's secret"})


def principal_by_id(session: Session, *, key_id: str) -> Principal | None:
    """The live principal of a key id (a web session holds the id, never the secret)."""
    found = session.execute(_keys_with_holders().where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))).first()
    return _principal(*found) if found is not None else None


def list_keys(session: Session, *, holder_id: str | None = None) -> list[tuple[ApiKey, Holder]]:
    """Every key with its holder, oldest first (revoked ones too, with their revoked_at)."""
    query = _keys_with_holders()
    if holder_id is not None:
        query = query.where(ApiKey.holder_id == holder_id)
    return [(key, holder) for key, holder in session.execute(query.order_by(ApiKey.created_at, ApiKey.id))]


def revoke(session: Session, *, key_id: str, actor: Actor | None, channel: str = "api") -> ApiKey:
    """Revoke a key (idempotent). The last live admin key is kept: revoking it is a Conflict."""
    row = session.get(ApiKey, key_id)
    if row is None:
        raise NotFound(f"no key {key_id}")
    if row.revoked_at is not None:
        return row
    if row.role == "admin":
        # Lock the live admin keys (PostgreSQL; SQLite's write lock is already held) so two admins revoking
        # each other's keys at once cannot both succeed and leave none.
        live = session.scalars(select(ApiKey.id).where(ApiKey.role == "admin", ApiKey.revoked_at.is_(None))
                               .with_for_update()).all()
        if len(live) <= 1:
            raise Conflict("this is the last live admin key; create another admin key before revoking it")
    row.revoked_at = utcnow()
    session.flush()
    audit.record(session, action="key.revoked", target=row.id, actor=actor, channel=channel,
                 data={"name": row.name, "holder_id": row.holder_id, "role": row.role})
    return row

