"""Task kinds: which graph runs them and which reviewers' domain decides them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from langgraph.graph import StateGraph
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.candidate_screen.graph import build as build_candidate_screen
from agent.invoice_review.graph import build as build_invoice_review
from core import tracing
from storage import approvals, tasks


class InvoiceEdits(BaseModel):
    """What `edit` may change on an invoice_review proposal."""

    model_config = ConfigDict(extra="forbid")

    amount_to_pay: Decimal = Field(ge=0, allow_inf_nan=False, max_digits=24, decimal_places=6)


class CreditNoteEdits(BaseModel):
    """What `edit` may change on a credit note's proposal: the credit booked (never an amount to pay)."""

    model_config = ConfigDict(extra="forbid")

    amount_to_credit: Decimal = Field(ge=0, allow_inf_nan=False, max_digits=24, decimal_places=6)


def _check_invoice_edits(edits: dict[str, Any], proposal: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    if proposal.get("document_type") == "credit_note":
        credit = CreditNoteEdits.model_validate(edits)
        total = Decimal(str(result["match"]["totals"]["invoice_total"]))
        if credit.amount_to_credit > total:
            raise ValueError(f"amount_to_credit may not exceed the credit note's total {total}")
        return {"amount_to_credit": format(credit.amount_to_credit, "f")}
    parsed = InvoiceEdits.model_validate(edits)
    try:
        invoice_total = Decimal(str(result["match"]["totals"]["invoice_total"]))
    except (KeyError, TypeError, InvalidOperation):
        invoice_total = None
    if invoice_total is not None and parsed.amount_to_pay > invoice_total:
        raise ValueError(f"amount_to_pay may not exceed the invoice total {invoice_total}")
    return {"amount_to_pay": format(parsed.amount_to_pay, "f")}


class CandidateEdits(BaseModel):
    """What `edit` may change on a candidate_screen proposal: advance or hold (rejecting is `reject`)."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["advance", "hold"]


def _check_candidate_edits(edits: dict[str, Any], proposal: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    return CandidateEdits.model_validate(edits).model_dump()


@dataclass(frozen=True)
class EditField:
    """One field of a kind's edit form, as the task page shows it: what `edit` may change, and how."""

    name: str  # the key in `edits`
    label: str  # shown (and translated) on the page
    kind: Literal["decimal", "choice"]
    value: Any = None  # the proposal's value, the form's default
    unit: str | None = None  # a currency, shown beside the label
    options: tuple[str, ...] = ()  # for a choice


def _invoice_form(proposal: dict[str, Any]) -> list[EditField]:
    """A credit note's form has the credit to book, an invoice's the amount to pay (never both); a proposal with
    neither (a hold without an amount) has nothing to edit."""
    currency = proposal.get("currency")
    if proposal.get("amount_to_credit") is not None:
        return [EditField("amount_to_credit", "Credit to book", "decimal", proposal["amount_to_credit"], currency)]
    if proposal.get("amount_to_pay") is not None:
        return [EditField("amount_to_pay", "Amount to pay", "decimal", proposal["amount_to_pay"], currency)]
    return []


def _candidate_form(proposal: dict[str, Any]) -> list[EditField]:
    return [EditField("action", "Change the outcome to", "choice", proposal.get("action"),
                      options=CandidateEdits.model_fields["action"].annotation.__args__)]


def _no_edits(proposal: dict[str, Any]) -> list[EditField]:
    return []


def _no_other_requesters(task_input: dict[str, Any], result: dict[str, Any]) -> set[str]:
    return set()


def _invoice_requesters(task_input: dict[str, Any], result: dict[str, Any]) -> set[str]:
    """An invoice is also the request of whoever requested its PO (free text from the ERP, as the gate showed it)."""
    requester = ((result or {}).get("purchase_order") or {}).get("requester")
    return {requester} if isinstance(requester, str) and requester.strip() else set()


@dataclass(frozen=True)
class TaskKind:
    """Everything the service knows about a kind of task, in one place: a new kind is a module with its graph and
    one line in KINDS."""

    name: str
    domain: str  # whose reviewers decide it
    build: Callable[[], StateGraph]
    check_edits: Callable[[dict[str, Any], dict[str, Any], dict[str, Any]], dict[str, Any]]
    sla_hours: float = 48.0  # until a pending review is overdue (DE_REVIEW_SLA_HOURS overrides per kind)
    other_requesters: Callable[[dict[str, Any], dict[str, Any]], set[str]] = _no_other_requesters
    """Besides the task's requester, whose request the task also is (four eyes): names, from its input and result."""
    edit_form: Callable[[dict[str, Any]], list[EditField]] = _no_edits
    """The fields a reviewer may change with `edit`, from the proposal: the task page renders them, check_edits
    validates what comes back."""
    page: str | None = None  # the kind's part of the task page: a template under api/ui/templates/
    approval_actions: tuple[str, ...] = ()  # the proposed actions an `action`-based approval policy bands
    amounts: bool = True  # an `amount`-based approval policy applies (the proposal has an amount)


KINDS: dict[str, TaskKind] = {
    "invoice_review": TaskKind("invoice_review", "finance", build_invoice_review, _check_invoice_edits,
                               sla_hours=48.0, other_requesters=_invoice_requesters,
                               edit_form=_invoice_form, page="kinds/invoice_review.html.j2",
                               approval_actions=("approve_for_payment", "hold", "book_credit")),
    "candidate_screen": TaskKind("candidate_screen", "hr", build_candidate_screen, _check_candidate_edits,
                                 sla_hours=72.0, edit_form=_candidate_form, page="kinds/candidate_screen.html.j2",
                                 approval_actions=("advance", "hold"), amounts=False),
}


def create_task(session: Any, kind: str, *, source: str | None, requester: str | None, input: dict[str, Any],
                actor: str, requester_holder: str | None = None, task_id: str | None = None) -> Any:
    """A queued task of a registered kind, in its kind's domain, stored with the trace it was created in."""
    policy = approvals.current_policy(session, kind=kind)  # the task keeps this version, whatever changes later
    task = tasks.create(session, kind=kind, domain=KINDS[kind].domain, source=source, requester=requester,
                        requester_holder=requester_holder, input=input, actor=actor, task_id=task_id,
                        traceparent=tracing.current_traceparent(),
                        approval_policy_version=policy.version if policy is not None else None)
    tracing.annotate({"de.task.id": task.id, "de.task.kind": kind})
    return task

__all__ = ["KINDS", "EditField", "InvoiceEdits", "TaskKind", "ValidationError", "create_task"]
