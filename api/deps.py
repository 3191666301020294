"""Typed dependencies: the process's services, and the caller's principal from a bearer key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from agent.runner import TaskRunner
from agent.worker import Worker
from api.metrics import Metrics
from core.errors import Forbidden, Unauthorized
from core.ratelimit import RateLimiter
from core.settings import Settings
from services.chat import ChatService
from services.policies import PolicyService
from storage import keys
from storage.db import Database
from storage.keys import Principal

_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer <key>`.")


@dataclass
class Services:
    settings: Settings
    db: Database
    runner: TaskRunner
    metrics: Metrics
    policies: PolicyService
    chat: ChatService = None  # type: ignore[assignment]  # set by the lifespan, once the worker exists
    worker: Worker | None = None
    limiter: RateLimiter = field(default_factory=lambda: RateLimiter(per_minute=0, burst=1))


def get_services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_principal(services: ServicesDep,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise Unauthorized("send `Authorization: Bearer <key>`", headers={"WWW-Authenticate": "Bearer"})
    secret = credentials.credentials
    if len(secret) > 512:
        raise Unauthorized("invalid API key", headers={"WWW-Authenticate": "Bearer"})
    with services.db.session() as session:
        principal = keys.authenticate(session, secret=secret)
    if principal is None:
        raise Unauthorized("invalid API key", headers={"WWW-Authenticate": "Bearer"})
    services.limiter.hit(f"key:{principal.key_id}")
    return principal


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def require_role(*roles: str) -> Callable[[Principal], Principal]:
    def check(principal: PrincipalDep) -> Principal:
        if principal.role not in roles:
            raise Forbidden(f"this needs the role {' or '.join(roles)}; the key has {principal.role}")
        return principal

    return check


def require_vendor_records(principal: PrincipalDep) -> Principal:
    if not principal.reads_vendor_records():
        raise Forbidden("vendor master data, invoice history and risk evidence are for finance and compliance "
                        "reviewers and admins")
    return principal


AdminDep = Annotated[Principal, Depends(require_role("admin"))]
VendorRecordsDep = Annotated[Principal, Depends(require_vendor_records)]
ReviewerDep = Annotated[Principal, Depends(require_role("reviewer", "admin"))]
