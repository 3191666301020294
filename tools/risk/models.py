"""RiskFlag, the rules' configuration, and the context storage gives them (CONTRACT.md, RiskFlag)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field

from tools.documents import PurchaseOrder
from tools.invoices.models import MatchResult

Severity = Literal["low", "medium", "high"]
RiskCode = Literal[
    "DUPLICATE_INVOICE", "POSSIBLE_DUPLICATE", "SPLIT_PURCHASE", "ROUND_AMOUNT", "BANK_ACCOUNT_CHANGED",
    "BANK_ACCOUNT_MISMATCH", "NEW_VENDOR", "WEEKEND_INVOICE", "INVOICE_BEFORE_PO", "PRICE_VARIANCE", "HIGH_VALUE",
    "SELF_APPROVAL", "INVALID_TAX_ID", "BENFORD_DEVIATION",
]
DEFAULT_SEVERITY: dict[str, Severity] = {
    "DUPLICATE_INVOICE": "high", "POSSIBLE_DUPLICATE": "medium", "SPLIT_PURCHASE": "high", "ROUND_AMOUNT": "low",
    "BANK_ACCOUNT_CHANGED": "high", "BANK_ACCOUNT_MISMATCH": "high", "NEW_VENDOR": "medium",
    "WEEKEND_INVOICE": "low", "INVOICE_BEFORE_PO": "medium", "PRICE_VARIANCE": "medium", "HIGH_VALUE": "medium",
    "SELF_APPROVAL": "high", "INVALID_TAX_ID": "medium", "BENFORD_DEVIATION": "low",
}


class RiskFlag(BaseModel):
    code: RiskCode
    severity: Severity
    message: str
    evidence: dict[str, Any] = Field(default_factory=dict)


class RiskConfig(BaseModel):
    """Defaults per CONTRACT.md; every one can be changed."""

    approval_threshold: Decimal = Decimal("50000")
    high_value: Decimal = Decimal("1000000")
    split_window_days: int = 7
    split_min_invoices: int = 3
    duplicate_window_days: int = 7
    duplicate_suffix_max: int = 3
    new_vendor_days: int = 30
    bank_change_days: int = 30
    round_amount_min: Decimal = Decimal("10000")
    round_amount_multiple: Decimal = Decimal("1000")
    benford_min_invoices: int = 50
    benford_mad_threshold: float = 0.015
    severity: dict[str, Severity] = Field(default_factory=lambda: dict(DEFAULT_SEVERITY))
    disabled: list[str] = Field(default_factory=list)


class VendorRecord(BaseModel):
    vendor_id: str
    name: str
    tax_id: str | None = None
    bank_account: str | None = None
    created_at: dt.datetime | None = None
    first_seen_at: dt.datetime | None = None


class BankAccountChange(BaseModel):
    bank_account: str | None
    changed_at: dt.datetime


class PriorInvoice(BaseModel):
    """An earlier invoice of the same vendor (ref: where to find it, e.g. its task id)."""

    ref: str
    invoice_number: str
    issue_date: dt.date
    total: Decimal
    currency: str
    received_at: dt.datetime | None = None


class RiskContext(BaseModel):
    """What storage knows around one invoice. The rules are pure functions of this and the invoice."""

    received_at: dt.datetime | None = None
    vendor: VendorRecord | None = None
    bank_history: list[BankAccountChange] = Field(default_factory=list)
    prior_invoices: list[PriorInvoice] = Field(default_factory=list)
    purchase_order: PurchaseOrder | None = None
    match: MatchResult | None = None
    first_digit_counts: dict[int, int] = Field(
        default_factory=dict, description="The vendor's invoice totals by first digit, this invoice included.")
