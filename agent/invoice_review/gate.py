"""The review gate of invoice_review: shows the proposal with its evidence and waits for a reviewer."""

from __future__ import annotations

from typing import Any

from langgraph.config import get_config

from agent.invoice_review.state import InvoiceReviewState
from agent.review_gate import ReviewRequest, review_gate


def _po_summary(state: InvoiceReviewState) -> dict[str, Any] | None:
    po = state.get("purchase_order")
    if not po:
        return None
    return {key: po.get(key) for key in ("po_number", "vendor", "order_date", "currency", "status", "requester",
                                         "approver")}


def gate(state: InvoiceReviewState) -> dict[str, Any]:
    task_id = get_config()["configurable"]["thread_id"]
    request = ReviewRequest(
        task_id=task_id, kind="invoice_review", proposal=state["proposal"],
        evidence={"match": state["match"], "invoice": state["invoice"], "purchase_order": _po_summary(state)},
        risk_flags=state.get("risk_flags", []))
    decision = review_gate(request)
    return {"decision": decision.model_dump(mode="json")}
