"""Safe XML for e-invoices: one parser for every syntax, and what all syntaxes share after mapping.

Parsed with defusedxml: DTDs, entity declarations and external references are refused, and the input is
size-limited before parsing. Malformed or hostile XML raises InvoiceXMLError naming the offending part.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

MAX_XML_BYTES = 5 * 1024 * 1024
PRICE_PLACES = Decimal("0.000001")
"""Unit prices derived by division (price ÷ base quantity) are kept to the contract's six decimals."""
CREDIT_NOTE_TYPE_CODES = frozenset({"381", "396", "532"})
"""UNTDID 1001 codes of credit notes that EN 16931 accepts (381 credit note, 396 factored, 532 forwarder's)."""


class InvoiceXMLError(ValueError):
    def __init__(self, message: str, *, field: str = "xml") -> None:
        super().__init__(message)
        self.field = field


def safe_root(data: str | bytes, *, field: str, what: str) -> Element:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_XML_BYTES:
        raise InvoiceXMLError(f"{what} document is larger than {MAX_XML_BYTES} bytes", field=field)
    try:
        return fromstring(raw.removeprefix(b"\xef\xbb\xbf"), forbid_dtd=True, forbid_entities=True,
                          forbid_external=True)
    except DefusedXmlException as exc:
        raise InvoiceXMLError(f"{what} document refused: {type(exc).__name__} (DTDs and entities are not allowed)",
                              field=field) from None
    except (ParseError, ValueError) as exc:
        raise InvoiceXMLError(f"{what} document is not well-formed XML: {exc}", field=field) from None


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def to_decimal(raw: str | None, where: str, field: str) -> Decimal | None:
    if raw is None:
        return None
    try:
        value = Decimal(raw.strip())
    except InvalidOperation:
        raise InvoiceXMLError(f"{where} is not a number: {raw.strip()[:40]!r}", field=field) from None
    if not value.is_finite():
        raise InvoiceXMLError(f"{where} is not a finite number", field=field)
    return value


def unit_price(price: Decimal | None, base_quantity: Decimal | None) -> Decimal | None:
    """The price of one unit: EN 16931's item net price (BT-146) over its base quantity (BT-149), to the contract's
    six decimals (a sender may write more; the line amount, as written, is what is billed)."""
    if price is None:
        return None
    if base_quantity not in (None, Decimal("0"), Decimal("1")):
        price = price / base_quantity  # type: ignore[operator]
    return six_places(price)


def six_places(value: Decimal | None) -> Decimal | None:
    exponent = value.as_tuple().exponent if value is not None else 0
    if value is not None and isinstance(exponent, int) and exponent < -6:
        return value.quantize(PRICE_PLACES, ROUND_HALF_UP)
    return value


def signed_quantity(quantity: Decimal | None, amount: Decimal | None) -> Decimal | None:
    """A line whose net amount is negative deducts, whichever of the two carries the sign: some senders write
    a returned item as quantity 6 with a line amount of -109.98 (BT-129 and BT-131 should agree)."""
    if quantity is not None and amount is not None and amount < 0 < quantity:
        return -quantity
    return quantity


def document_type(type_code: str | None, *, credit_root: bool = False) -> str:
    return "credit_note" if credit_root or (type_code or "").strip() in CREDIT_NOTE_TYPE_CODES else "invoice"


def line_number(raw: str | None, position: int) -> int:
    return int(raw) if raw and raw.isdigit() and 0 < int(raw) <= 1_000_000 else position


def line_adjustment(pieces: list[tuple[bool, Decimal | None]]) -> Decimal | None:
    """The net of a line's own allowances and charges (EN 16931 BG-27, BG-28): charges less allowances."""
    if not pieces:
        return None
    return sum(((amount if charge else -amount) for charge, amount in pieces if amount is not None), Decimal("0"))


def finish(document: dict[str, Any]) -> dict[str, Any]:
    """What all syntaxes share after mapping: line numbers made unique when the sender's collide (sub-lines,
    repeated IDs), a negative allowance read as the charge it is, references without repeats."""
    document["preceding_invoices"] = [ref for ref in dict.fromkeys(document.get("preceding_invoices") or []) if ref]
    lines = document.get("lines") or []
    numbers = [line.get("line_no") for line in lines]
    if len(set(numbers)) != len(numbers):
        for position, line in enumerate(lines, start=1):
            line["line_no"] = position
    for line in lines:
        line["quantity"] = six_places(line.get("quantity"))
    for adjustment in document.get("adjustments") or []:
        amount = adjustment.get("amount")
        if amount is not None and amount < 0:
            adjustment["amount"] = -amount
            adjustment["kind"] = "charge" if adjustment["kind"] == "allowance" else "allowance"
    return document
