from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from fastapi import APIRouter, Path, Query, Response, status
from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field

from api.deps import AdminDep, ServicesDep
from api.schemas import problem_doc
from core import netguard
from core.signing import standard_secret
from storage import audit, holders, keys, sources

if TYPE_CHECKING:  # annotations only: storage owns the tables and their queries
    from storage.models import ApiKey, Holder


router = APIRouter(prefix="/v1/admin", tags=["admin"])

Domain = Literal["finance", "hr", "compliance"]
# No C0 or C1 control characters; invisible ones are removed when the holder id is derived (core.identity).
NAME_PATTERN = r"^[^\x00-\x1f\x7f-\x9f]+$"


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, pattern=NAME_PATTERN,
                      description="Who holds the key; without `holder_id`, the holder's id is this name normalised "
                                  "(NFKC, case-folded, invisible characters removed, spaces collapsed), and a name "
                                  "that normalises to an existing holder is 409.")
    role: Literal["staff", "reviewer", "admin"]
    domains: list[Domain] = Field(default_factory=list, max_length=3)
    holder_id: str | None = Field(default=None, min_length=1, max_length=200, pattern=NAME_PATTERN,
                                  description="Add the key to this holder (created as a person if new): how a "
                                              "person gets a second key. `name` is then the key's label.")
    display_name: str | None = Field(default=None, min_length=1, max_length=200, pattern=NAME_PATTERN,
                                     description="The holder's name as people read it (for a new holder).")


class HolderOut(BaseModel):
    id: str = Field(description="Normalised, unique across persons and systems")
    kind: Literal["person", "system"]
    display_name: str


class KeyCreated(BaseModel):
    id: str
    name: str
    role: str
    domains: list[str]
    key: str = Field(description="The secret. Shown once; only its hash is stored.")
    holder: HolderOut


class KeyOut(BaseModel):
    id: str
    name: str
    holder: HolderOut
    role: str
    domains: list[str]
    prefix: str = Field(description="The secret's first characters, to recognise a key; never the secret")
    created_at: dt.datetime
    revoked_at: dt.datetime | None


class KeyList(BaseModel):
    items: list[KeyOut]


class SourceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._-]+$")
    callback_url: AnyHttpUrl | None = Field(default=None, description=(
        "Where final tasks are POSTed: http or https, a host that resolves to public addresses only (unless "
        "DE_ALLOW_PRIVATE_CALLBACKS is set). Credentials in it are sent but never logged or shown."))


class SourceCreated(BaseModel):
    name: str
    secret: str = Field(description="Signs webhooks and callbacks (HMAC-SHA256). Shown once.")
    standard_webhooks_secret: str = Field(description="The same secret as Standard Webhooks libraries take it "
                                                      "(whsec_ + base64). Shown once.")
    callback_url: str | None


class SourceRotate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    overlap_seconds: int = Field(default=int(sources.DEFAULT_OVERLAP.total_seconds()), ge=0,
                                 le=int(sources.MAX_OVERLAP.total_seconds()), strict=True,
                                 description="How long the replaced secret still verifies webhooks (default 24 h, "
                                             "at most 7 days)")


class SourceRotated(BaseModel):
    name: str
    secret: str = Field(description="The new secret. Shown once. Callbacks are signed with it (and, during the "
                                    "overlap, with the previous one too, as a second v1 signature).")
    standard_webhooks_secret: str = Field(description="The new secret as Standard Webhooks libraries take it")
    rotated_at: dt.datetime
    previous_secret_expires_at: dt.datetime = Field(description="Until then the replaced secret is accepted too")


class AuditOut(BaseModel):
    id: int
    at: dt.datetime
    action: str
    target: str
    actor_holder_id: str | None = Field(description="Who: the holder of the admin key (null: CLI or start-up)")
    actor_key_id: str | None
    channel: str = Field(description="api, cli, startup, migration or demo")
    data: dict[str, Any]


class AuditPage(BaseModel):
    items: list[AuditOut]
    next_cursor: str | None


def _holder(holder: Holder) -> HolderOut:
    return HolderOut(id=holder.id, kind=holder.kind, display_name=holder.display_name)  # type: ignore[arg-type]


def _key(row: ApiKey, holder: Holder) -> KeyOut:
    return KeyOut(id=row.id, name=row.name, holder=_holder(holder), role=row.role, domains=list(row.domains or []),
                  prefix=row.prefix, created_at=row.created_at, revoked_at=row.revoked_at)


@router.post("/keys", status_code=status.HTTP_201_CREATED, response_model=KeyCreated,
             responses={409: problem_doc("The name normalises to an existing holder (send holder_id to add "
                                             "a key to it)")})
def create_key(body: KeyCreate, services: ServicesDep, admin: AdminDep) -> KeyCreated:
    domains = list(keys.DOMAINS) if body.role == "admin" and not body.domains else body.domains
    with services.db.session() as session:
        row, secret = keys.create(session, name=body.name, role=body.role, domains=list(domains),
                                  holder_id=body.holder_id, display_name=body.display_name, actor=admin)
        holder = holders.get(session, holder_id=row.holder_id)
        assert holder is not None
        return KeyCreated(id=row.id, name=row.name, role=row.role, domains=row.domains, key=secret,
                          holder=_holder(holder))


@router.get("/keys", response_model=KeyList, summary="Every key with its holder (never a secret or hash)")
def list_keys(services: ServicesDep, _admin: AdminDep,
              holder_id: str | None = Query(default=None, max_length=200)) -> KeyList:
    wanted = holders.holder_id(holder_id, field="holder_id") if holder_id is not None else None
    with services.db.session() as session:
        return KeyList(items=[_key(row, holder) for row, holder in keys.list_keys(session, holder_id=wanted)])


@router.delete("/keys/{key_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               summary="Revoke a key: it is refused (401) from then on, and its web sessions end",
               responses={404: problem_doc("No such key"),
                          409: problem_doc("The last live admin key")})
def revoke_key(services: ServicesDep, admin: AdminDep, key_id: str = Path(max_length=36)) -> Response:
    with services.db.session() as session:
        keys.revoke(session, key_id=key_id, actor=admin)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/sources", status_code=status.HTTP_201_CREATED, response_model=SourceCreated)
def create_source(body: SourceCreate, services: ServicesDep, admin: AdminDep) -> SourceCreated:
    callback_url = str(body.callback_url) if body.callback_url else None
    if callback_url is not None:
        try:
            netguard.check_url(callback_url, allow_private=services.settings.allow_private_callbacks)
        except netguard.UnsafeURL as exc:
            raise netguard.UnsafeURL(f"callback_url: {exc.detail}",
                                     errors=[{"field": "callback_url", "message": exc.detail}]) from None
    with services.db.session() as session:
        row = sources.create(session, name=body.name, actor=admin, callback_url=callback_url)
        return SourceCreated(name=row.name, secret=row.secret, standard_webhooks_secret=standard_secret(row.secret),
                             callback_url=netguard.redact(row.callback_url) if row.callback_url else None)


@router.post("/sources/{name}/rotate", response_model=SourceRotated,
             summary="A new signing secret; the old one still verifies webhooks during the overlap window",
             responses={404: problem_doc("No such source")})
def rotate_source(services: ServicesDep, admin: AdminDep, body: SourceRotate | None = None,
                  name: str = Path(max_length=100)) -> SourceRotated:
    overlap = dt.timedelta(seconds=(body or SourceRotate()).overlap_seconds)
    with services.db.session() as session:
        row = sources.rotate(session, name=name, overlap=overlap, actor=admin)
        assert row.rotated_at is not None and row.previous_secret_expires_at is not None
        return SourceRotated(name=row.name, secret=row.secret, standard_webhooks_secret=standard_secret(row.secret),
                             rotated_at=row.rotated_at,
                             previous_secret_expires_at=row.previous_secret_expires_at)


@router.get("/audit", response_model=AuditPage, summary="The audit log of admin changes, oldest first")
def audit_log(services: ServicesDep, _admin: AdminDep, limit: int = Query(default=100, ge=1, le=1000),
              cursor: str | None = Query(default=None, max_length=40)) -> AuditPage:
    with services.db.session() as session:
        rows, next_cursor = audit.page(session, limit=limit, cursor=cursor)
        return AuditPage(items=[AuditOut(id=r.id, at=r.at, action=r.action, target=r.target,
                                         actor_holder_id=r.actor_holder_id, actor_key_id=r.actor_key_id,
                                         channel=r.channel, data=r.data or {}) for r in rows],
                         next_cursor=next_cursor)
