from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, status
from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field

from api.deps import AdminDep, ServicesDep
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
    callback_url: AnyHttpUrl | None = None


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
    with services.db.session() as session:
        row = sources.create(session, name=body.name,
                             callback_url=str(body.callback_url) if body.callback_url else None)
        return SourceCreated(name=row.name, secret=row.secret, callback_url=row.callback_url)
