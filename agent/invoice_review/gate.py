"""The review gate of invoice_review: shows the proposal with its evidence and waits for a reviewer."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.invoice_review.state import InvoiceReviewState
from agent.review_gate import chain_gate


def _po_summary(state: InvoiceReviewState) -> dict[str, Any] | None:
    po = state.get("purchase_order")
    if not po:
        return None
    return {key: po.get(key) for key in ("po_number", "vendor", "order_date", "currency", "status", "requester",
                                         "approver")}


def gate(state: InvoiceReviewState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """One interrupt per step of the task's approval chain (one step when no policy is configured)."""
    return chain_gate(dict(state), runtime, kind="invoice_review",
                      evidence={"match": state["match"], "invoice": state["invoice"],
                                "purchase_order": _po_summary(state)},
                      risk_flags=state.get("risk_flags", []))
