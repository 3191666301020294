from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, status
from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field

from api.deps import AdminDep, ServicesDep
from core import netguard
from storage import keys, sources

router = APIRouter(prefix="/v1/admin", tags=["admin"])

Domain = Literal["finance", "hr", "compliance"]


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]+$")
    role: Literal["staff", "reviewer", "admin"]
    domains: list[Domain] = Field(default_factory=list, max_length=3)


class KeyCreated(BaseModel):
    id: str
    name: str
    role: str
    domains: list[str]
    key: str = Field(description="The secret. Shown once; only its hash is stored.")


class SourceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._-]+$")
    callback_url: AnyHttpUrl | None = Field(default=None, description=(
        "Where final tasks are POSTed: http or https, a host that resolves to public addresses only (unless "
        "DE_ALLOW_PRIVATE_CALLBACKS is set). Credentials in it are sent but never logged or shown."))


class SourceCreated(BaseModel):
    name: str
    secret: str = Field(description="Signs webhooks and callbacks (HMAC-SHA256). Shown once.")
    callback_url: str | None


@router.post("/keys", status_code=status.HTTP_201_CREATED, response_model=KeyCreated)
def create_key(body: KeyCreate, services: ServicesDep, _admin: AdminDep) -> KeyCreated:
    domains = list(keys.DOMAINS) if body.role == "admin" and not body.domains else body.domains
    with services.db.session() as session:
        row, secret = keys.create(session, name=body.name, role=body.role, domains=list(domains))
        return KeyCreated(id=row.id, name=row.name, role=row.role, domains=row.domains, key=secret)


@router.post("/sources", status_code=status.HTTP_201_CREATED, response_model=SourceCreated)
def create_source(body: SourceCreate, services: ServicesDep, _admin: AdminDep) -> SourceCreated:
    callback_url = str(body.callback_url) if body.callback_url else None
    if callback_url is not None:
        try:
            netguard.check_url(callback_url, allow_private=services.settings.allow_private_callbacks)
        except netguard.UnsafeURL as exc:
            raise netguard.UnsafeURL(f"callback_url: {exc.detail}",
                                     errors=[{"field": "callback_url", "message": exc.detail}]) from None
    with services.db.session() as session:
        row = sources.create(session, name=body.name, callback_url=callback_url)
        return SourceCreated(name=row.name, secret=row.secret,
                             callback_url=netguard.redact(row.callback_url) if row.callback_url else None)
