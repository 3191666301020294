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
class TaskKind:
    name: str
    domain: str
    build: Callable[[], StateGraph]
    check_edits: Callable[[dict[str, Any], dict[str, Any], dict[str, Any]], dict[str, Any]]


KINDS: dict[str, TaskKind] = {
    "invoice_review": TaskKind("invoice_review", "finance", build_invoice_review, _check_invoice_edits),
    "candidate_screen": TaskKind("candidate_screen", "hr", build_candidate_screen, _check_candidate_edits),
}

__all__ = ["KINDS", "InvoiceEdits", "TaskKind", "ValidationError"]
