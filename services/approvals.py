"""Approval chains: policies (versioned, validated), groups of deciders, delegations, and who may decide a task's
current step (n eyes: no holder decides two steps of a task, nor a task they requested; a delegate decides "X for
Y", never for their own request)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from agent.kinds import KINDS
from core.clock import utcnow
from core.errors import Forbidden, NotFound, Unprocessable
from core.validation import validate
from storage import approvals, holders, tasks
from storage.keys import DOMAINS, Principal
from tools.approvals import ApprovalPolicy, check_bands, groups_named

if TYPE_CHECKING:  # annotations only: storage owns the tables and their queries
    from storage.models import ApprovalGroup, ApprovalPolicyRow, Delegation, Task


class PolicyRead(BaseModel):
    """A kind's approval policy as stored (one version), or `version: null` when none is configured."""

    kind: str
    version: int | None = None
    policy: dict[str, Any] | None = Field(default=None, description="tools.approvals.ApprovalPolicy as JSON")
    created_at: str | None = None
    created_by: str | None = None
    default: str | None = Field(default=None, description="Without a policy: what decides instead")


class GroupRead(BaseModel):
    name: str
    domain: str
    members: list[str]
    updated_at: str


class GroupList(BaseModel):
    items: list[GroupRead]


class DelegationRead(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    holder: str = Field(description="Who is away (the delegator)")
    to: str = Field(description="Who decides for them")
    starts_at: str = Field(alias="from")
    until: str
    active: bool
    for_me: list[str] = Field(default_factory=list, description="Whose steps are delegated to the caller now")


def _kind(kind: str) -> Any:
    if kind not in KINDS:
        raise NotFound(f"no task kind {kind!r}; one of {', '.join(KINDS)}")
    return KINDS[kind]


def policy_view(kind: str, row: ApprovalPolicyRow | None) -> dict[str, Any]:
    if row is None:
        return {"kind": kind, "version": None, "policy": None, "created_at": None, "created_by": None,
                "default": f"one step, decided by a reviewer of the {KINDS[kind].domain} domain"}
    return {"kind": kind, "version": row.version, "policy": row.body, "created_at": row.created_at.isoformat(),
            "created_by": row.created_by, "default": None}


def get_policy(session: Session, *, kind: str, version: int | None = None) -> dict[str, Any]:
    _kind(kind)
    if version is None:
        return policy_view(kind, approvals.current_policy(session, kind=kind))
    row = approvals.policy(session, kind=kind, version=version)
    if row is None:
        raise NotFound(f"no version {version} of the {kind} approval policy")
    return policy_view(kind, row)


def put_policy(session: Session, *, kind: str, body: Any, actor: Principal) -> dict[str, Any]:
    """Validate and store the next version: bands without gaps or overlaps, every group known and of the kind's
    domain. Tasks already started keep their version."""
    task_kind = _kind(kind)
    policy: ApprovalPolicy = validate(ApprovalPolicy, body)
    errors = check_bands(policy, actions=task_kind.approval_actions)
    if policy.basis == "amount" and not task_kind.amounts:
        errors.insert(0, {"field": "basis", "message": f"{kind} has no amount; band it by action"})
    for field, name in groups_named(policy):
        group = approvals.group(session, name=name)
        if group is None:
            errors.append({"field": field, "message": f"unknown group {name!r} (PUT /v1/admin/groups/{name})"})
        elif group.domain != task_kind.domain:
            errors.append({"field": field, "message": f"group {name!r} decides for {group.domain}, not "
                                                      f"{task_kind.domain}"})
    if errors:
        raise Unprocessable(f"invalid approval policy: {errors[0]['field']}: {errors[0]['message']}", errors=errors)
    row = approvals.add_policy(session, kind=kind, body=policy.model_dump(mode="json", exclude_none=True),
                               actor=actor)
    return policy_view(kind, row)


class GroupPut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    domain: str = Field(description="finance, hr or compliance: the domain whose tasks the group decides")
    members: list[str] = Field(max_length=500, description="Holder ids (GET /v1/admin/keys shows them)")


def group_view(row: ApprovalGroup) -> dict[str, Any]:
    return {"name": row.name, "domain": row.domain, "members": list(row.members or []),
            "updated_at": row.updated_at.isoformat()}


def put_group(session: Session, *, name: str, body: GroupPut, actor: Principal) -> dict[str, Any]:
    if body.domain not in DOMAINS:
        raise Unprocessable(f"domain must be one of {', '.join(DOMAINS)}",
                            errors=[{"field": "domain", "message": f"one of {', '.join(DOMAINS)}"}])
    members = list(dict.fromkeys(holders.holder_id(member, field=f"members.{i}")
                                 for i, member in enumerate(body.members)))
    unknown = approvals.unknown_holders(session, holder_ids=members)
    if unknown:
        raise Unprocessable(f"unknown holder {unknown[0]!r}", errors=[
            {"field": f"members.{members.index(u)}", "message": f"unknown holder {u!r}"} for u in unknown])
    return group_view(approvals.put_group(session, name=name, domain=body.domain, members=members, actor=actor))


def list_groups(session: Session) -> dict[str, Any]:
    return {"items": [group_view(row) for row in approvals.groups(session)]}


class DelegationPut(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    to: str = Field(min_length=1, max_length=200, description="The delegate's holder id")
    starts_at: dt.datetime | None = Field(default=None, alias="from", description="Default: now")
    until: dt.datetime


def delegation_view(row: Delegation | None) -> dict[str, Any] | None:
    if row is None:
        return None
    now = utcnow()
    return {"holder": row.holder_id, "to": row.to_holder, "from": row.starts_at.isoformat(),
            "until": row.until.isoformat(), "active": row.starts_at <= now < row.until}


def put_delegation(session: Session, *, principal: Principal, body: DelegationPut) -> dict[str, Any]:
    to = holders.holder_id(body.to, field="to")
    starts = _aware(body.starts_at) if body.starts_at else utcnow()
    until = _aware(body.until)
    if to == principal.holder_id:
        raise Unprocessable("a delegation goes to someone else", errors=[{"field": "to", "message": "yourself"}])
    holder = holders.get(session, holder_id=to)
    if holder is None:
        raise Unprocessable(f"unknown holder {to!r}", errors=[{"field": "to", "message": "unknown holder"}])
    if holder.kind != "person":
        raise Unprocessable(f"{to!r} is a system, not a person", errors=[{"field": "to", "message": "a system"}])
    if until <= starts:
        raise Unprocessable("until must be after from", errors=[{"field": "until", "message": "not after from"}])
    if until <= utcnow():
        raise Unprocessable("until is in the past", errors=[{"field": "until", "message": "in the past"}])
    row = approvals.set_delegation(session, holder_id=principal.holder_id, to_holder=to, starts_at=starts,
                                   until=until, actor=principal)
    return delegation_view(row) or {}


def get_delegation(session: Session, *, principal: Principal) -> dict[str, Any]:
    view = delegation_view(approvals.delegation(session, holder_id=principal.holder_id))
    if view is None:
        raise NotFound("no delegation")
    return view | {"for_me": delegated_to(session, principal=principal)}


def delegated_to(session: Session, *, principal: Principal) -> list[str]:
    """Whose steps the caller may decide now, as their delegate."""
    return approvals.delegators_of(session, holder_id=principal.holder_id, at=utcnow())


def end_delegation(session: Session, *, principal: Principal) -> None:
    if not approvals.end_delegation(session, holder_id=principal.holder_id, actor=principal):
        raise NotFound("no delegation")


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class StepRight:
    """Who decides a task's current step: the caller themselves (on_behalf_of None) or for a delegator."""

    step: dict[str, Any]
    on_behalf_of: str | None = None


def current_step(task: Task) -> dict[str, Any]:
    """The step awaiting a decision; a task without a chain (paused before chains) has one step by the domain."""
    for step in task.steps or []:
        if step.get("step") == task.current_step:
            return step
    return {"step": None, "group": None, "role": "reviewer"}


def _deciding_groups(session: Session, step: dict[str, Any]) -> list[ApprovalGroup]:
    names = [name for name in (step.get("group"), step.get("escalated_to")) if name]
    return [group for group in (approvals.group(session, name=name) for name in names) if group is not None]


def may_see(session: Session, principal: Principal, task: Task) -> bool:
    """Whether the caller's groups (their own, or a delegator's) may decide the task's current step: the reviews
    list shows only those. Admins and the domain's reviewers for a step by role."""
    if principal.role == "admin":
        return True
    step = current_step(task)
    if step.get("role") == "reviewer" and not step.get("escalated_to"):
        return True
    members = {member for group in _deciding_groups(session, step) for member in group.members or []}
    if step.get("role") == "reviewer" or principal.holder_id in members:
        return True
    return bool(members & set(approvals.delegators_of(session, holder_id=principal.holder_id, at=utcnow())))


def step_right(session: Session, *, principal: Principal, task: Task, requesters: set[str]) -> StepRight:
    """Whether (and for whom) the caller may decide the current step, or Forbidden. The caller has passed the
    domain and own-request checks (services/reviews.authorize)."""
    step = current_step(task)
    decided: set[str] = set()
    for event in tasks.events(session, task_id=task.id):
        if event.type == "decided":
            data = event.data or {}
            decided.update(filter(None, (data.get("holder", event.actor), data.get("on_behalf_of"))))
    if principal.holder_id in decided:
        raise Forbidden("n eyes: one holder decides at most one step of a task")
    groups = _deciding_groups(session, step)
    members = {member for group in groups for member in group.members or []}
    if step.get("role") == "reviewer" or principal.holder_id in members:
        return StepRight(step)
    for delegator in approvals.delegators_of(session, holder_id=principal.holder_id, at=utcnow()):
        if delegator in members and delegator not in requesters and delegator not in decided:
            return StepRight(step, on_behalf_of=delegator)
    names = " or ".join(repr(group.name) for group in groups) or repr(step.get("group"))
    raise Forbidden(f"step {step.get('step')} is decided by the group {names} (or a delegate of a member)")
