"""After the gate: apply the reviewer's decision. Idempotent: keyed by the task, safe to run again."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.invoice_review.state import InvoiceReviewState
from storage import invoices


def finalize(state: InvoiceReviewState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    decision = state["decision"]
    edited = decision["decision"] == "edit" or bool(state.get("edited"))  # at this step or one before
    proposal = state["proposal"]
    if decision["decision"] == "reject":
        outcome = {"status": "rejected", "amount_to_pay": None, "currency": proposal["currency"]}
    elif proposal.get("document_type") == "credit_note":
        edits = decision.get("edits") or {}
        amount = Decimal(str(edits.get("amount_to_credit", proposal["amount_to_credit"])))
        outcome = {"status": "approved", "amount_to_pay": None, "amount_credited": format(amount, "f"),
                   "currency": proposal["currency"], "edited": edited}
    else:
        edits = decision.get("edits") or {}
        amount = Decimal(str(edits.get("amount_to_pay", proposal["amount_to_pay"])))
        outcome = {"status": "approved", "amount_to_pay": format(amount, "f"), "currency": proposal["currency"],
                   "edited": edited}
    with runtime.context.db.session() as session:
        invoices.settle(session, task_id=runtime.context.task_id, state=outcome["status"],
                        amount_paid=Decimal(outcome["amount_to_pay"]) if outcome["amount_to_pay"] else None)
    return {"outcome": outcome}
