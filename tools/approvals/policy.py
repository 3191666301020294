"""Approval policies as data: a delegation-of-authority matrix per task kind. Pure: pydantic in, pydantic out,
Decimal for money, no storage.

A policy has bands; a task falls in exactly one band (by the amount to pay, or by the proposed action) and the
band lists the steps that decide it, in order. Each step is decided by a group (named, with members) or by the
kind's domain reviewers (`role: reviewer`, today's single step), within its SLA.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Money = Annotated[Decimal, Field(ge=0, allow_inf_nan=False, max_digits=24, decimal_places=6)]
Rate = Annotated[Decimal, Field(gt=0, allow_inf_nan=False, max_digits=24, decimal_places=10)]
GroupName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,99}$")]
Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


class StepRule(BaseModel):
    """Who decides one step: a group, or (`role: reviewer`) any reviewer of the kind's domain; and its SLA."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=100, pattern=r"^[^\x00-\x1f\x7f-\x9f]+$")
    group: GroupName | None = None
    role: Literal["reviewer"] | None = None
    sla_hours: float | None = Field(default=None, gt=0, le=24 * 365, allow_inf_nan=False,
                                    description="Until the step is overdue and escalates (default: the kind's SLA)")
    escalate_to: GroupName | None = Field(default=None, description="Who takes an overdue step; default: the "
                                          "next step's group, else the policy's escalation_group")

    @model_validator(mode="after")
    def _one_decider(self) -> StepRule:
        if (self.group is None) == (self.role is None):
            raise ValueError("a step names either a group or role: reviewer")
        return self

    @property
    def decider(self) -> str:
        return self.group or f"role:{self.role}"


class Band(BaseModel):
    """One row of the matrix: amounts above `above` (null: from zero) up to and including `up_to` (null: no
    limit), or a set of proposed actions; and the steps it needs, in order."""

    model_config = ConfigDict(extra="forbid")

    above: Money | None = None
    up_to: Money | None = None
    actions: list[Annotated[str, StringConstraints(min_length=1, max_length=40)]] | None = Field(
        default=None, max_length=20)
    steps: list[StepRule] = Field(min_length=1, max_length=10)


class ApprovalPolicy(BaseModel):
    """`basis: amount` bands by the amount (in `currency`, converted with `rates`: 1 unit of the key currency is
    worth that many units of `currency`; without `currency`, bands are in the task's own currency).
    `basis: action` bands by the proposed action."""

    model_config = ConfigDict(extra="forbid")

    basis: Literal["amount", "action"] = "amount"
    currency: Currency | None = None
    rates: dict[Currency, Rate] = Field(default_factory=dict, max_length=200)
    escalation_group: GroupName | None = None
    bands: list[Band] = Field(min_length=1, max_length=50)


def check_bands(policy: ApprovalPolicy, *, actions: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Problems with the bands, as `{field, message}`: gaps, overlaps, a basis the bands do not use."""
    errors: list[dict[str, Any]] = []
    if policy.basis == "amount":
        for i, band in enumerate(policy.bands):
            if band.actions is not None:
                errors.append({"field": f"bands.{i}.actions", "message": "amount bands have above/up_to, not actions"})
            if band.above is not None and band.up_to is not None and band.up_to <= band.above:
                errors.append({"field": f"bands.{i}.up_to", "message": "must be greater than above"})
        if errors:
            return errors
        ordered = sorted(enumerate(policy.bands), key=lambda pair: (pair[1].above is not None, pair[1].above or 0))
        first_index, first = ordered[0]
        if first.above is not None:
            errors.append({"field": f"bands.{first_index}.above",
                           "message": "a gap: the lowest band starts from zero (above: null)"})
        for (_, previous), (index, band) in itertools.pairwise(ordered):
            if band.above is None or previous.up_to is None:
                errors.append({"field": f"bands.{index}.above", "message": "an overlap: two bands cover the same "
                               "amounts"})
            elif band.above > previous.up_to:
                errors.append({"field": f"bands.{index}.above",
                               "message": f"a gap: nothing covers amounts above {previous.up_to} up to {band.above}"})
            elif band.above < previous.up_to:
                errors.append({"field": f"bands.{index}.above",
                               "message": f"an overlap: amounts above {band.above} up to {previous.up_to} are "
                                          "covered twice"})
        last_index, last = ordered[-1]
        if last.up_to is not None:
            errors.append({"field": f"bands.{last_index}.up_to",
                           "message": f"a gap: nothing covers amounts above {last.up_to} (the top band has up_to: "
                                      "null)"})
        return errors
    seen: dict[str, int] = {}
    for i, band in enumerate(policy.bands):
        if band.actions is None or band.above is not None or band.up_to is not None:
            errors.append({"field": f"bands.{i}.actions", "message": "action bands list actions (no above/up_to)"})
            continue
        for action in band.actions:
            if actions and action not in actions:
                errors.append({"field": f"bands.{i}.actions", "message": f"unknown action {action!r}; one of "
                               f"{', '.join(actions)}"})
            elif action in seen:
                errors.append({"field": f"bands.{i}.actions",
                               "message": f"an overlap: {action!r} is also in band {seen[action]}"})
            seen[action] = i
    missing = [action for action in actions if action not in seen]
    if missing and not errors:
        errors.append({"field": "bands", "message": f"a gap: no band for {', '.join(missing)}"})
    return errors


def groups_named(policy: ApprovalPolicy) -> list[tuple[str, str]]:
    """Every group the policy names, with where: `(field, group)`."""
    named = [("escalation_group", policy.escalation_group)] if policy.escalation_group else []
    for i, band in enumerate(policy.bands):
        for j, step in enumerate(band.steps):
            named += [(f"bands.{i}.steps.{j}.{key}", value) for key, value in
                      (("group", step.group), ("escalate_to", step.escalate_to)) if value]
    return named
