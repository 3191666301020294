"""UBL 2.1 / PEPPOL BIS 3 invoice XML to the contract's Invoice.

Parsed with defusedxml: DTDs, entity declarations and external references are refused, and the input
is size-limited before parsing. Malformed or hostile XML raises UBLError with the offending part named.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

MAX_UBL_BYTES = 5 * 1024 * 1024
NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


class UBLError(ValueError):
    def __init__(self, message: str, *, field: str = "ubl_xml") -> None:
        super().__init__(message)
        self.field = field


def _text(node: Element | None, path: str) -> str | None:
    if node is None:
        return None
    found = node.find(path, NS)
    if found is None or found.text is None:
        return None
    value = found.text.strip()
    return value or None


def _decimal(node: Element | None, path: str, field: str) -> Decimal | None:
    raw = _text(node, path)
    if raw is None:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise UBLError(f"{path} is not a number: {raw[:40]!r}", field=field) from None
    if not value.is_finite():
        raise UBLError(f"{path} is not a finite number", field=field)
    return value


def parse_ubl_invoice(xml: str | bytes) -> dict[str, Any]:
    """Return the Invoice document as a dict (validated by the caller's Invoice model)."""
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    if len(data) > MAX_UBL_BYTES:
        raise UBLError(f"UBL document is larger than {MAX_UBL_BYTES} bytes")
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UBLError(f"UBL document refused: {type(exc).__name__} (DTDs and entities are not allowed)") from None
    except (ParseError, ValueError) as exc:
        raise UBLError(f"UBL document is not well-formed XML: {exc}") from None
    if root.tag != f"{{{NS['inv']}}}Invoice":
        raise UBLError("root element must be a UBL 2.1 Invoice (urn:oasis:...:Invoice-2)")

    supplier = root.find("cac:AccountingSupplierParty/cac:Party", NS)
    name = (_text(supplier, "cac:PartyLegalEntity/cbc:RegistrationName")
            or _text(supplier, "cac:PartyName/cbc:Name"))
    currency = _text(root, "cbc:DocumentCurrencyCode")
    lines: list[dict[str, Any]] = []
    for index, line in enumerate(root.findall("cac:InvoiceLine", NS), start=1):
        field = f"ubl_xml.InvoiceLine[{index}]"
        quantity = _decimal(line, "cbc:InvoicedQuantity", field)
        price = _decimal(line, "cac:Price/cbc:PriceAmount", field)
        base_quantity = _decimal(line, "cac:Price/cbc:BaseQuantity", field)
        if price is not None and base_quantity not in (None, Decimal("0")):
            price = price / base_quantity  # type: ignore[operator]
        percent = _decimal(line, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent", field) or Decimal("0")
        line_id = _text(line, "cbc:ID")
        order_ref = _text(line, "cac:OrderLineReference/cbc:LineID")
        lines.append({
            "line_no": int(line_id) if line_id and line_id.isdigit() else index,
            "sku": (_text(line, "cac:Item/cac:SellersItemIdentification/cbc:ID")
                    or _text(line, "cac:Item/cac:BuyersItemIdentification/cbc:ID")
                    or _text(line, "cac:Item/cac:StandardItemIdentification/cbc:ID")),
            "description": _text(line, "cac:Item/cbc:Name") or _text(line, "cac:Item/cbc:Description") or "",
            "quantity": quantity,
            "unit_price": price,
            "tax_rate": percent / Decimal("100"),
            "amount": _decimal(line, "cbc:LineExtensionAmount", field),
            "po_line_no": int(order_ref) if order_ref and order_ref.isdigit() else None,
        })

    tax_total = None
    for tax in root.findall("cac:TaxTotal", NS):
        amount = tax.find("cbc:TaxAmount", NS)
        if amount is not None and (currency is None or amount.get("currencyID") in (None, currency)):
            tax_total = _decimal(tax, "cbc:TaxAmount", "ubl_xml.TaxTotal")
            break
    totals = root.find("cac:LegalMonetaryTotal", NS)
    invoice: dict[str, Any] = {
        "invoice_number": _text(root, "cbc:ID"),
        "issue_date": _text(root, "cbc:IssueDate"),
        "currency": currency,
        "po_number": _text(root, "cac:OrderReference/cbc:ID"),
        "vendor": {
            "vendor_id": _text(supplier, "cac:PartyIdentification/cbc:ID"),
            "name": name,
            "tax_id": (_text(supplier, "cac:PartyTaxScheme/cbc:CompanyID")
                       or _text(supplier, "cac:PartyLegalEntity/cbc:CompanyID")),
            "bank_account": _text(root, "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"),
        },
        "lines": lines,
        "subtotal": _decimal(totals, "cbc:LineExtensionAmount", "ubl_xml.LegalMonetaryTotal"),  # sum of lines
        "tax_total": tax_total,
        "total": (_decimal(totals, "cbc:TaxInclusiveAmount", "ubl_xml.LegalMonetaryTotal")
                  or _decimal(totals, "cbc:PayableAmount", "ubl_xml.LegalMonetaryTotal")),
    }
    adjustments = []
    for index, node in enumerate(root.findall("cac:AllowanceCharge", NS), start=1):
        field = f"ubl_xml.AllowanceCharge[{index}]"
        indicator = (_text(node, "cbc:ChargeIndicator") or "").lower()
        if indicator not in ("true", "false", "1", "0"):  # xsd:boolean
            raise UBLError("ChargeIndicator must be true or false", field=field)
        percent = _decimal(node, "cac:TaxCategory/cbc:Percent", field) or Decimal("0")
        adjustments.append({
            "kind": "charge" if indicator in ("true", "1") else "allowance",
            "amount": _decimal(node, "cbc:Amount", field),
            "tax_rate": percent / Decimal("100"),
            "reason": (_text(node, "cbc:AllowanceChargeReason") or "")[:1000] or None,
        })
    invoice["adjustments"] = adjustments
    return invoice
