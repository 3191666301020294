"""Which steps a task needs under a policy: pure, deterministic, Decimal."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tools.approvals.policy import ApprovalPolicy, Band, StepRule


def default_steps(*, sla_hours: float | None = None) -> list[dict[str, Any]]:
    """No policy configured: one step, decided by the kind's domain reviewers (four eyes, as always)."""
    return [{"step": 1, "name": "review", "group": None, "role": "reviewer", "sla_hours": sla_hours,
             "escalate_to": None}]


def convert(amount: Decimal, currency: str | None, policy: ApprovalPolicy) -> tuple[Decimal | None, str | None]:
    """The amount in the policy's currency (None when no rate converts it), and the rate used (as text)."""
    if policy.currency is None or currency is None or currency == policy.currency:
        return amount, None
    rate = policy.rates.get(currency)
    if rate is None:
        return None, None
    return amount * rate, format(rate, "f")


def band_for(policy: ApprovalPolicy, *, amount: Decimal | None, action: str | None) -> tuple[int, Band]:
    """The band a task falls in. An amount the policy cannot place (no rate for its currency, or none at all) takes
    the top band: every step, never fewer."""
    if policy.basis == "action":
        for index, band in enumerate(policy.bands):
            if action in (band.actions or []):
                return index, band
        return max(enumerate(policy.bands), key=lambda pair: len(pair[1].steps))
    ordered = sorted(enumerate(policy.bands), key=lambda pair: (pair[1].above is not None, pair[1].above or 0))
    if amount is None:
        return ordered[-1]
    for index, band in ordered:
        if (band.above is None or amount > band.above) and (band.up_to is None or amount <= band.up_to):
            return index, band
    return ordered[-1]


def plan(policy: ApprovalPolicy, *, amount: Decimal | None, currency: str | None, action: str | None,
         default_sla_hours: float | None = None) -> dict[str, Any]:
    """The chain: `{band, basis_value, converted, rate, steps: [{step, name, group, role, sla_hours,
    escalate_to}]}`. An overdue step escalates to its `escalate_to`, else the next step's group, else the policy's
    escalation group."""
    converted, rate = convert(amount, currency, policy) if amount is not None else (None, None)
    index, band = band_for(policy, amount=converted, action=action)
    steps = []
    for number, rule in enumerate(band.steps, start=1):
        following: StepRule | None = band.steps[number] if number < len(band.steps) else None
        escalate_to = rule.escalate_to or (following.group if following else None) or policy.escalation_group
        steps.append({"step": number, "name": rule.name or rule.group or "review", "group": rule.group,
                      "role": rule.role, "sla_hours": rule.sla_hours or default_sla_hours,
                      "escalate_to": escalate_to if escalate_to != rule.group else policy.escalation_group})
    return {"band": index, "basis": policy.basis,
            "basis_value": action if policy.basis == "action" else (format(amount, "f") if amount is not None
                                                                    else None),
            "currency": policy.currency or currency,
            "converted": format(converted, "f") if converted is not None and rate is not None else None,
            "rate": rate, "steps": steps}
