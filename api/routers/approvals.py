"""Approval chains over HTTP: policies and groups (admin), a reviewer's own delegation. Thin: services decide."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Path, Query, Response, status

from api.deps import AdminDep, ReviewerDep, ServicesDep
from api.schemas import problem_doc
from services import approvals
from services.approvals import DelegationPut, DelegationRead, GroupList, GroupPut, GroupRead, PolicyRead

router = APIRouter(prefix="/v1", tags=["approvals"])

POLICY_EXAMPLE = {"basis": "amount", "currency": "EUR", "rates": {"USD": "0.92"}, "bands": [
    {"up_to": "50000", "steps": [{"group": "ap-reviewers", "sla_hours": 24}]},
    {"above": "50000", "up_to": "1000000", "steps": [{"group": "ap-reviewers"}, {"group": "finance-managers"}]},
    {"above": "1000000", "steps": [{"group": "ap-reviewers"}, {"group": "finance-managers"}, {"group": "cfo"}]}]}


@router.get("/admin/approval-policies/{kind}",
            response_model=PolicyRead, summary="A task kind's approval policy (the latest version, or "
            "?version=N); version null: none configured, one step by the domain's reviewers",
            responses={404: problem_doc("No such task kind or version")})
def get_policy(services: ServicesDep, _admin: AdminDep, kind: str = Path(max_length=40),
               version: int | None = Query(default=None, ge=1)) -> dict[str, Any]:
    with services.db.session() as session:
        return approvals.get_policy(session, kind=kind, version=version)


@router.put("/admin/approval-policies/{kind}",
            response_model=PolicyRead, summary="Store the next version of a kind's approval policy "
            "(tasks already started keep theirs)",
            responses={404: problem_doc("No such task kind"),
                       422: problem_doc("Invalid policy: a gap or overlap between bands, an unknown group, a group "
                                        "of another domain")})
def put_policy(services: ServicesDep, admin: AdminDep, kind: str = Path(max_length=40),
               body: dict[str, Any] = Body(openapi_examples={"finance": {"value": POLICY_EXAMPLE}})) -> dict[str, Any]:
    with services.db.session() as session:
        return approvals.put_policy(session, kind=kind, body=body, actor=admin)


@router.get("/admin/groups", response_model=GroupList, summary="The groups of deciders and their members")
def list_groups(services: ServicesDep, _admin: AdminDep) -> dict[str, Any]:
    with services.db.session() as session:
        return approvals.list_groups(session)


@router.put("/admin/groups/{name}",
            response_model=GroupRead, summary="Create a group of deciders or set its domain and members",
            responses={422: problem_doc("An unknown holder, an unknown domain")})
def put_group(body: GroupPut, services: ServicesDep, admin: AdminDep,
              name: str = Path(pattern=r"^[a-z0-9][a-z0-9._-]{0,99}$")) -> dict[str, Any]:
    with services.db.session() as session:
        return approvals.put_group(session, name=name, body=body, actor=admin)


@router.get("/me/delegation",
            response_model=DelegationRead, summary="Your delegation (and whose steps are delegated to you now)",
            responses={404: problem_doc("You have no delegation")})
def get_delegation(services: ServicesDep, principal: ReviewerDep) -> dict[str, Any]:
    with services.db.session() as session:
        return approvals.get_delegation(session, principal=principal)


@router.put("/me/delegation", response_model=DelegationRead,
            summary="While you are away, `to` decides the steps you may decide, as \"to for you\"; never a task "
                    "either of you requested",
            responses={422: problem_doc("Unknown holder, a system, yourself, until not after from")})
def put_delegation(body: DelegationPut, services: ServicesDep, principal: ReviewerDep) -> dict[str, Any]:
    with services.db.session() as session:
        return approvals.put_delegation(session, principal=principal, body=body)


@router.delete("/me/delegation", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               summary="End your delegation", responses={404: problem_doc("You have no delegation")})
def end_delegation(services: ServicesDep, principal: ReviewerDep) -> Response:
    with services.db.session() as session:
        approvals.end_delegation(session, principal=principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
