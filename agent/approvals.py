"""The approval chain of a task, as the review gate sees it: which steps the task's policy version asks for, given
the proposal as it stands (an edit re-evaluates it), and what each step's decision was."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from core.logging import get_logger
from storage import approvals, tasks
from storage.db import Database
from tools.approvals import ApprovalPolicy, default_steps, plan

log = get_logger("agent.approvals")


def _amount(proposal: dict[str, Any]) -> Decimal | None:
    for key in ("amount_to_pay", "amount_to_credit"):
        value = proposal.get(key)
        if value is not None:
            try:
                return Decimal(str(value))
            except InvalidOperation:
                return None
    return None


def required_steps(db: Database, *, task_id: str, kind: str, proposal: dict[str, Any]) -> dict[str, Any]:
    """`{policy_version, band, basis, basis_value, currency, converted, rate, steps}` for the proposal. Without a
    policy: one step by the domain's reviewers (policy_version None)."""
    with db.session() as session:
        task = tasks.get(session, task_id=task_id)
        version = task.approval_policy_version
        row = approvals.policy(session, kind=kind, version=version) if version is not None else None
        body = dict(row.body) if row is not None else None
    if body is None:
        return {"policy_version": None, "band": None, "basis": None, "basis_value": None, "currency": None,
                "converted": None, "rate": None, "steps": default_steps()}
    try:
        policy = ApprovalPolicy.model_validate(body)
    except ValidationError:  # stored only after validation; a version that no longer parses takes the safe default
        log.exception("approval_policy_invalid", kind=kind, version=version)
        return {"policy_version": version, "band": None, "basis": None, "basis_value": None, "currency": None,
                "converted": None, "rate": None, "steps": default_steps()}
    return {"policy_version": version, **plan(policy, amount=_amount(proposal), currency=proposal.get("currency"),
                                            action=proposal.get("action"))}


def chain_view(required: dict[str, Any], approvals_so_far: list[dict[str, Any]], *,
               current: int | None) -> dict[str, Any]:
    """The chain with each step's decision: `approved`/`edited`/`rejected` (decided), `pending` (the current step),
    `waiting` (later), `skipped` (after a reject)."""
    rejected = any(decision.get("decision") == "reject" for decision in approvals_so_far)
    steps = []
    count = max(len(required["steps"]), len(approvals_so_far))
    for index in range(count):
        number = index + 1
        rule = required["steps"][index] if index < len(required["steps"]) else {}
        step = {"step": number, "name": rule.get("name"), "group": rule.get("group"), "role": rule.get("role"),
                "sla_hours": rule.get("sla_hours"), "escalate_to": rule.get("escalate_to")}
        if index < len(approvals_so_far):
            decision = approvals_so_far[index]
            step |= {"group": decision.get("group", step["group"]), "role": decision.get("role", step["role"]),
                     "name": decision.get("step_name") or step["name"],
                     "status": {"approve": "approved", "edit": "edited", "reject": "rejected"}[decision["decision"]],
                     "decision": decision["decision"], "decided_by": decision["by"],
                     "on_behalf_of": decision.get("on_behalf_of"), "decided_at": decision["at"],
                     "comment": decision.get("comment"), "edits": decision.get("edits")}
        else:
            step |= {"status": "skipped" if rejected else ("pending" if number == current else "waiting"),
                     "decision": None, "decided_by": None, "on_behalf_of": None, "decided_at": None}
        steps.append(step)
    return {"policy_version": required["policy_version"], "band": required["band"], "basis": required["basis"],
            "basis_value": required["basis_value"], "currency": required["currency"],
            "converted": required["converted"], "rate": required["rate"], "current_step": current, "steps": steps}


def merge_escalations(previous: list[dict[str, Any]] | None, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep what the row knows and the graph does not (a step's escalation) on the steps of the new view."""
    known = {step.get("step"): step for step in previous or []}
    merged = []
    for step in steps:
        before = known.get(step.get("step")) or {}
        extra = {key: before[key] for key in ("escalated_to", "escalated_at") if before.get(key)}
        if extra and before.get("group") == step.get("group"):
            step = step | extra
        merged.append(step)
    return merged
