"""The contract's documents (CONTRACT.md, "Documents" and "Validation"), as pydantic models.

Money and quantities are Decimal; numbers have at most 18 digits before and 6 after the decimal point;
NaN and infinities are refused; dates are real ISO 8601 dates; identifiers are at most 100 characters,
names and descriptions at most 1,000; text holds no NUL characters or lone surrogates.
Unknown fields are ignored (ERPs send more than we read); the raw document is kept by storage.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

MAX_INT_DIGITS = 18
MAX_FRAC_DIGITS = 6


def check_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must not contain lone surrogates") from None
    return value


def check_decimal(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("must be a finite number")
    integer_digits = len(str(abs(int(value)))) if abs(value) >= 1 else 0
    if integer_digits > MAX_INT_DIGITS:
        raise ValueError(f"must have at most {MAX_INT_DIGITS} digits before the decimal point")
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_FRAC_DIGITS:
        raise ValueError(f"must have at most {MAX_FRAC_DIGITS} digits after the decimal point")
    return value


def _number_not_bool(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("must be a number or a decimal string")
    if isinstance(value, str):
        return value.strip()
    return value


def _iso_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError("must be an ISO 8601 date string (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value.strip()[:10]) if "T" in value else dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("must be a real ISO 8601 date (YYYY-MM-DD)") from None


def _iso_datetime(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, str):
        try:
            result = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError("must be a real ISO 8601 date-time") from None
    else:
        raise ValueError("must be an ISO 8601 date-time string")
    return result if result.tzinfo else result.replace(tzinfo=dt.UTC)


Number = Annotated[
    Decimal, BeforeValidator(_number_not_bool), Field(allow_inf_nan=False), AfterValidator(check_decimal)
]
Quantity = Annotated[Number, Field(gt=0)]


def _non_zero(value: Decimal) -> Decimal:
    if value == 0:
        raise ValueError("must not be zero (a negative quantity deducts or returns, EN 16931 BT-129)")
    return value


SignedQuantity = Annotated[Number, AfterValidator(_non_zero)]
"""An invoice line's quantity: non-zero, negative for a deducted or returned line inside an invoice."""
NonNegativeMoney = Annotated[Number, Field(ge=0)]
Price = Annotated[Number, Field(ge=0)]
Money = Number
TaxRate = Annotated[Number, Field(ge=0, le=1)]
Identifier = Annotated[str, Field(min_length=1, max_length=100), AfterValidator(check_text)]
Name = Annotated[str, Field(min_length=1, max_length=1000), AfterValidator(check_text)]
OptionalText = Annotated[str, Field(max_length=1000), AfterValidator(check_text)]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
IsoDateTime = Annotated[dt.datetime, BeforeValidator(_iso_datetime)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
LineNo = Annotated[int, Field(ge=1, le=1_000_000)]


class Document(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class VendorTolerances(Document):
    """Per-vendor overrides of the matching tolerances (as SAP tolerance groups and Oracle do)."""

    price_tolerance_pct: Annotated[Number, Field(ge=0)] | None = None
    price_tolerance_abs: Annotated[Number, Field(ge=0)] | None = None
    amount_tolerance: Annotated[Number, Field(ge=0)] | None = None


class Vendor(Document):
    vendor_id: Identifier
    name: Name
    tax_id: Identifier | None = None
    bank_account: Identifier | None = None
    created_at: IsoDateTime | None = None
    tolerances: VendorTolerances | None = None


class PartyRef(Document):
    vendor_id: Identifier | None = None
    name: Name
    tax_id: Identifier | None = None


class InvoiceParty(PartyRef):
    bank_account: Identifier | None = None


class POLine(Document):
    line_no: LineNo
    sku: Identifier | None = None
    description: Name
    quantity: Quantity
    unit_price: Price
    tax_rate: TaxRate = Decimal("0")


def _unique_line_numbers(lines: list[Any], attr: str) -> None:
    seen: set[int] = set()
    for line in lines:
        number = getattr(line, attr)
        if number is None:
            continue
        if number in seen:
            raise ValueError(f"duplicate {attr} {number}")
        seen.add(number)


class PurchaseOrder(Document):
    po_number: Identifier
    vendor: PartyRef
    order_date: IsoDate
    currency: Currency
    status: Literal["open", "closed"] = "open"
    requester: Name | None = None
    approver: Name | None = None
    lines: list[POLine] = Field(min_length=1, max_length=2000)

    @model_validator(mode="after")
    def _lines_unique(self) -> PurchaseOrder:
        _unique_line_numbers(self.lines, "line_no")
        return self


class GoodsReceiptLine(Document):
    po_line_no: LineNo
    quantity_received: Quantity


class GoodsReceipt(Document):
    grn_number: Identifier
    po_number: Identifier
    received_date: IsoDate
    lines: list[GoodsReceiptLine] = Field(min_length=1, max_length=2000)


class InvoiceLine(Document):
    line_no: LineNo | None = None
    sku: Identifier | None = None
    description: Name
    quantity: SignedQuantity
    unit_price: Price
    tax_rate: TaxRate = Decimal("0")
    amount: Money | None = None
    adjustment: Money | None = Field(
        default=None, description="The line's own allowances and charges, net (charges less allowances; EN 16931 "
                                  "BG-27/BG-28): amount = quantity × unit_price + adjustment.")
    po_line_no: LineNo | None = Field(
        default=None, description="The PO line this invoice line bills (UBL OrderLineReference), if known."
    )


class InvoiceAdjustment(Document):
    """A document-level allowance (discount) or charge (freight, handling), as UBL's AllowanceCharge."""

    kind: Literal["allowance", "charge"]
    amount: Annotated[Number, Field(ge=0)]
    tax_rate: TaxRate = Decimal("0")
    reason: OptionalText | None = None


class Invoice(Document):
    """An invoice (EN 16931 type 380 and kin). Lines may be negative; the total may not (CONTRACT.md)."""

    document_type: Literal["invoice"] = "invoice"
    invoice_number: Identifier
    vendor: InvoiceParty
    po_number: Identifier | None = None
    issue_date: IsoDate
    currency: Currency
    lines: list[InvoiceLine] = Field(min_length=1, max_length=2000)
    subtotal: Money | None = Field(default=None, description="The sum of the line amounts.")
    adjustments: list[InvoiceAdjustment] = Field(
        default_factory=list, max_length=100,
        description="Document-level allowances and charges; total = subtotal − allowances + charges + tax.")
    tax_total: Money | None = None
    total: NonNegativeMoney
    prepaid_amount: NonNegativeMoney | None = Field(default=None, description="Paid in advance (EN 16931 BT-113).")
    payable_amount: Money | None = Field(
        default=None, description="What remains to pay: total − prepaid (BT-115). Absent: the total.")
    preceding_invoices: list[Identifier] = Field(
        default_factory=list, max_length=50,
        description="Earlier invoices this document refers to (EN 16931 BT-25): for a credit note, the ones it "
                    "corrects.")

    @model_validator(mode="after")
    def _lines_unique(self) -> Invoice:
        _unique_line_numbers(self.lines, "line_no")
        return self

    @property
    def amount_due(self) -> Decimal:
        """What the document asks to be paid (or, for a credit note, credited): BT-115, else the total."""
        return self.payable_amount if self.payable_amount is not None else self.total


class CreditNote(Invoice):
    """A credit note (UBL CreditNote, CII type code 381): its own document, with positive amounts that reduce
    what the vendor billed. `invoice_number` is the credit note's own number; `preceding_invoices` names the
    invoices it corrects. It is booked after review, never paid."""

    document_type: Literal["credit_note"] = "credit_note"  # type: ignore[assignment]


def billing_document(data: Any) -> Invoice:
    """An Invoice or a CreditNote, by `document_type` (default: invoice)."""
    if isinstance(data, dict) and data.get("document_type") == "credit_note":
        return CreditNote.model_validate(data)
    return Invoice.model_validate(data)


class Job(Document):
    job_id: Identifier
    title: Name
    required_skills: list[Annotated[str, Field(min_length=1, max_length=100), AfterValidator(check_text)]] = (
        Field(default_factory=list, max_length=200)
    )
    nice_to_have: list[Annotated[str, Field(min_length=1, max_length=100), AfterValidator(check_text)]] = (
        Field(default_factory=list, max_length=200)
    )
    min_years: Annotated[Number, Field(ge=0, le=80)] | None = None
    description: Annotated[str, Field(max_length=20000), AfterValidator(check_text)] | None = None
