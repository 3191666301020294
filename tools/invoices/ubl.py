"""UBL 2.1 / PEPPOL BIS 3 invoices and credit notes (EN 16931) to the contract's Invoice or CreditNote."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.etree.ElementTree import Element

from tools.invoices.xmldoc import (
    InvoiceXMLError,
    document_type,
    finish,
    line_adjustment,
    line_number,
    safe_root,
    signed_quantity,
    to_decimal,
    unit_price,
)

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cn": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
ROOTS = {f"{{{NS['inv']}}}Invoice": "Invoice", f"{{{NS['cn']}}}CreditNote": "CreditNote"}
UBLError = InvoiceXMLError  # the name earlier callers use


def _text(node: Element | None, path: str) -> str | None:
    if node is None:
        return None
    found = node.find(path, NS)
    if found is None or found.text is None:
        return None
    value = found.text.strip()
    return value or None


def _decimal(node: Element | None, path: str, field: str) -> Decimal | None:
    return to_decimal(_text(node, path), path, field)


def is_ubl(root: Element) -> bool:
    return root.tag in ROOTS


def parse_ubl_invoice(xml: str | bytes, *, field: str = "ubl_xml") -> dict[str, Any]:
    """Return the Invoice or CreditNote document as a dict (validated by the caller's model)."""
    return map_ubl(safe_root(xml, field=field, what="UBL"), field=field)


def map_ubl(root: Element, *, field: str = "ubl_xml") -> dict[str, Any]:
    kind = ROOTS.get(root.tag)
    if kind is None:
        raise InvoiceXMLError("root element must be a UBL 2.1 Invoice or CreditNote (urn:oasis:...:Invoice-2 or "
                              "CreditNote-2)", field=field)
    credit = kind == "CreditNote"
    line_tag, quantity_tag = ("cac:CreditNoteLine", "cbc:CreditedQuantity") if credit else \
        ("cac:InvoiceLine", "cbc:InvoicedQuantity")
    type_code = _text(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode")

    supplier = root.find("cac:AccountingSupplierParty/cac:Party", NS)
    name = (_text(supplier, "cac:PartyLegalEntity/cbc:RegistrationName")
            or _text(supplier, "cac:PartyName/cbc:Name"))
    currency = _text(root, "cbc:DocumentCurrencyCode")
    lines: list[dict[str, Any]] = []
    for index, line in enumerate(root.findall(line_tag, NS), start=1):
        where = f"{field}.{line_tag.split(':')[1]}[{index}]"
        amount = _decimal(line, "cbc:LineExtensionAmount", where)
        percent = _decimal(line, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent", where) or Decimal("0")
        order_ref = _text(line, "cac:OrderLineReference/cbc:LineID")
        lines.append({
            "line_no": line_number(_text(line, "cbc:ID"), index),
            "sku": (_text(line, "cac:Item/cac:SellersItemIdentification/cbc:ID")
                    or _text(line, "cac:Item/cac:BuyersItemIdentification/cbc:ID")
                    or _text(line, "cac:Item/cac:StandardItemIdentification/cbc:ID")),
            "description": _text(line, "cac:Item/cbc:Name") or _text(line, "cac:Item/cbc:Description") or "",
            "quantity": signed_quantity(_decimal(line, quantity_tag, where), amount),
            "unit_price": unit_price(_decimal(line, "cac:Price/cbc:PriceAmount", where),
                                     _decimal(line, "cac:Price/cbc:BaseQuantity", where)),
            "tax_rate": percent / Decimal("100"),
            "amount": amount,
            "adjustment": line_adjustment([
                ((_text(charge, "cbc:ChargeIndicator") or "").lower() in ("true", "1"),
                 _decimal(charge, "cbc:Amount", where)) for charge in line.findall("cac:AllowanceCharge", NS)]),
            "po_line_no": int(order_ref) if order_ref and order_ref.isdigit() else None,
        })

    tax_total = None
    for tax in root.findall("cac:TaxTotal", NS):
        amount_node = tax.find("cbc:TaxAmount", NS)
        if amount_node is not None and (currency is None or amount_node.get("currencyID") in (None, currency)):
            tax_total = _decimal(tax, "cbc:TaxAmount", f"{field}.TaxTotal")
            break
    totals = root.find("cac:LegalMonetaryTotal", NS)
    where = f"{field}.LegalMonetaryTotal"
    invoice: dict[str, Any] = {
        "document_type": document_type(type_code, credit_root=credit),
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
        "subtotal": _decimal(totals, "cbc:LineExtensionAmount", where),  # sum of lines
        "tax_total": tax_total,
        "total": _decimal(totals, "cbc:TaxInclusiveAmount", where) or _decimal(totals, "cbc:PayableAmount", where),
        "prepaid_amount": _decimal(totals, "cbc:PrepaidAmount", where),
        "payable_amount": _decimal(totals, "cbc:PayableAmount", where),
        "preceding_invoices": [_text(ref, "cac:InvoiceDocumentReference/cbc:ID")
                               for ref in root.findall("cac:BillingReference", NS)],
    }
    adjustments = []
    for index, node in enumerate(root.findall("cac:AllowanceCharge", NS), start=1):
        where = f"{field}.AllowanceCharge[{index}]"
        indicator = (_text(node, "cbc:ChargeIndicator") or "").lower()
        if indicator not in ("true", "false", "1", "0"):  # xsd:boolean
            raise InvoiceXMLError("ChargeIndicator must be true or false", field=where)
        percent = _decimal(node, "cac:TaxCategory/cbc:Percent", where) or Decimal("0")
        adjustments.append({
            "kind": "charge" if indicator in ("true", "1") else "allowance",
            "amount": _decimal(node, "cbc:Amount", where),
            "tax_rate": percent / Decimal("100"),
            "reason": (_text(node, "cbc:AllowanceChargeReason") or "")[:1000] or None,
        })
    invoice["adjustments"] = adjustments
    return finish(invoice)
