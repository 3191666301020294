from __future__ import annotations

from typing import Any, TypedDict


class InvoiceReviewState(TypedDict, total=False):
    """JSON-only state (Decimals as strings), so checkpoints are portable and readable."""

    invoice: dict[str, Any]
    source: dict[str, Any]  # where the document came from (format, filename; a PDF's extraction)
    recheck_of: str | None
    corrected_invoices: list[dict[str, Any]]  # a credit note's: the invoices it corrects, as storage knows them
    purchase_order: dict[str, Any] | None
    goods_receipts: list[dict[str, Any]]
    history: dict[str, Any]
    config: dict[str, Any]
    match: dict[str, Any]
    risk_flags: list[dict[str, Any]]
    proposal: dict[str, Any]
    decision: dict[str, Any]  # the last step's decision
    approvals: list[dict[str, Any]]  # every step's decision, in order
    chain: dict[str, Any]  # the approval chain after the last decision (agent/approvals.py)
    edited: bool  # a step changed the proposal
    outcome: dict[str, Any]
