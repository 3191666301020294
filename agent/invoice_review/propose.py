"""Turn the match into a proposal for the reviewer. Numbers come from the match, never from a model."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from agent import prompts
from agent.invoice_review.state import InvoiceReviewState


def amount_to_pay(match: dict[str, Any]) -> Decimal:
    """The invoice total when it matched; otherwise no more than the PO supports (a short payment)."""
    invoice_total = Decimal(match["totals"]["invoice_total"])
    if match["status"] == "matched" or not match.get("po_number"):
        return invoice_total
    return max(Decimal("0"), min(invoice_total, Decimal(match["totals"]["expected_total"])))


def propose(state: InvoiceReviewState) -> dict[str, Any]:
    match = state["match"]
    invoice = state["invoice"]
    flags = state.get("risk_flags", [])
    high = [flag for flag in flags if flag["severity"] == "high"]
    clean = match["recommended_action"] == "approve_for_payment"
    action = "approve_for_payment" if clean and not high else "hold"
    amount = amount_to_pay(match)
    prompt = prompts.load("invoice_proposal")
    codes = list(dict.fromkeys(exception["code"] for exception in match["exceptions"]))
    summary, rationale = prompt.render_parts(
        match=match, invoice=invoice, amount_to_pay=format(amount, "f"), codes=codes,
        recommended_action=match["recommended_action"], flags=flags, high=high)
    return {"proposal": {
        "action": action,
        "summary": summary,
        "rationale": rationale,
        "recommended_action": match["recommended_action"],
        "amount_to_pay": format(amount, "f"),
        "currency": invoice["currency"],
        "exception_codes": codes,
        "risk_codes": [flag["code"] for flag in flags],
        "comment_required": bool(high),
        "prompt": prompt.ref,
    }}
