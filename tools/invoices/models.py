"""MatchResult and the inputs the matcher needs besides the documents (CONTRACT.md)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

ExceptionCode = Literal[
    "PO_NOT_FOUND", "PO_CLOSED", "VENDOR_MISMATCH", "CURRENCY_MISMATCH", "LINE_NOT_ON_PO",
    "PRICE_VARIANCE", "QTY_EXCEEDS_ORDERED", "QTY_EXCEEDS_RECEIVED", "NOT_RECEIVED",
    "TAX_RATE_MISMATCH", "ARITHMETIC_ERROR", "DUPLICATE_INVOICE", "OVERBILLED",
    # Credit notes and deducted lines (issue 19): not in CONTRACT.md's list yet.
    "CREDIT_EXCEEDS_BILLED", "REFERENCED_INVOICE_NOT_FOUND",
]
RecommendedAction = Literal["approve_for_payment", "book_credit", "hold", "reject"]
"""`book_credit`: a credit note that agrees with what it corrects is proposed for booking (never for payment)."""


class MatchConfig(BaseModel):
    """Tolerances. The price percentage and the absolute per-unit limit both apply: the stricter wins."""

    price_tolerance_pct: Decimal = Decimal("2")
    price_tolerance_abs: Decimal | None = None
    amount_tolerance: Decimal = Decimal("1.00")


class PriorInvoice(BaseModel):
    """An earlier invoice on the same PO: what it billed per PO line, and its total."""

    invoice_number: str
    total: Decimal
    billed_by_po_line: dict[int, Decimal] = Field(default_factory=dict)


class InvoiceHistory(BaseModel):
    """What storage knows that one document cannot tell: earlier invoices on the PO and of the vendor."""

    prior_on_po: list[PriorInvoice] = Field(default_factory=list)
    same_number_from_vendor: list[str] = Field(
        default_factory=list, description="References (task ids) of earlier invoices with the same number."
    )


class MatchLine(BaseModel):
    invoice_line: int
    po_line_no: int | None
    ordered_qty: Decimal | None
    received_qty: Decimal | None
    invoiced_qty: Decimal
    po_unit_price: Decimal | None
    invoice_unit_price: Decimal
    price_variance_pct: Decimal | None
    status: Literal["matched", "exception"]
    billed_before_qty: Decimal = Decimal("0")
    pairing: Literal["po_line_ref", "sku", "description", "none"] = "none"


class MatchException(BaseModel):
    code: ExceptionCode
    line: int | None = None
    message: str
    expected: str | None = None
    actual: str | None = None


class MatchTotals(BaseModel):
    invoice_total: Decimal
    expected_total: Decimal
    variance: Decimal


class MatchResult(BaseModel):
    status: Literal["matched", "exception"]
    match_type: Literal["three_way", "two_way"]
    po_number: str | None
    lines: list[MatchLine]
    exceptions: list[MatchException]
    totals: MatchTotals
    recommended_action: RecommendedAction

    @property
    def codes(self) -> set[str]:
        return {exception.code for exception in self.exceptions}
