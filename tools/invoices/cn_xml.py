"""China's fully digitalised e-invoice (全电发票 / 数电票) as XML, to the contract's Invoice or CreditNote.

The State Taxation Administration's platform issues each 数电票 also as XML, root `EInvoice`: `Header/EIid`,
`EInvoiceData` with `SellerInformation` (SellerIdNum, SellerName), `BuyerInformation`, `BasicInformation`
(TotalAmWithoutTax, TotalTaxAm, TotalTax-includedAmount), one `IssuItemInformation` per item (ItemName, SpecMod,
MeaUnits, Quantity, UnPrice, Amount, TaxRate, ComTaxAm) and `AdditionalInformation/Remark`; and
`TaxSupervisionInfo` (InvoiceNumber, IssueTime). No namespace. The mapping is the one the PDF reader uses for
the same form (tools/invoices/pdf_invoice.py): a discount line is an allowance, a negative (红字) invoice is a
credit note for the invoice its remark names, an item without quantity is one unit at its amount.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any
from xml.etree.ElementTree import Element

from tools.invoices.pdf_invoice import SURE, Found, _to_invoice
from tools.invoices.xmldoc import InvoiceXMLError, local, to_decimal


def is_cn_einvoice(root: Element) -> bool:
    return local(root.tag) == "EInvoice" and any(local(child.tag) == "EInvoiceData" for child in root)


def _child(node: Element | None, *path: str) -> Element | None:
    for name in path:
        if node is None:
            return None
        node = next((child for child in node if local(child.tag) == name), None)
    return node


def _text(node: Element | None, *path: str) -> str | None:
    found = _child(node, *path)
    if found is None or found.text is None or not found.text.strip():
        return None
    return found.text.strip()


def _rate(raw: str | None) -> Decimal | None:
    if raw is None:
        return None
    if raw in ("免税", "不征税", "免征"):
        return Decimal("0")
    value = to_decimal(raw.rstrip("%"), "TaxRate", "xml")
    return value / 100 if raw.endswith("%") or (value is not None and value > 1) else value


def map_cn_einvoice(root: Element, *, field: str = "xml") -> dict[str, Any]:
    data = _child(root, "EInvoiceData")
    basic = _child(data, "BasicInformation")
    supervision = _child(root, "TaxSupervisionInfo")

    def money(node: Element | None, name: str) -> Found | None:
        value = to_decimal(_text(node, name), name, field)
        return Found(value, SURE) if value is not None else None

    def text(value: str | None) -> Found | None:
        return Found(value, SURE) if value else None

    number = _text(supervision, "InvoiceNumber") or _text(root, "Header", "EIid")
    issued = _text(supervision, "IssueTime") or _text(basic, "RequestTime")
    date = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", issued or "")
    remark = _text(data, "AdditionalInformation", "Remark") or ""
    corrects = re.search(r"(?:被红冲蓝字数电票号码|对应蓝字发票号码|蓝字发票号码)\s*[:：]?\s*(\d{20})", remark)
    fields: dict[str, Found | None] = {
        "invoice_number": text(number),
        "issue_date": text(f"{date.group(1)}-{date.group(2)}-{date.group(3)}" if date else None),
        "currency": Found("CNY", SURE),
        "seller_name": text(_text(data, "SellerInformation", "SellerName")),
        "seller_tax_id": text(_text(data, "SellerInformation", "SellerIdNum")),
        "buyer_name": text(_text(data, "BuyerInformation", "BuyerName")),
        "buyer_tax_id": text(_text(data, "BuyerInformation", "BuyerIdNum")),
        "subtotal": money(basic, "TotalAmWithoutTax"),
        "tax_total": money(basic, "TotalTaxAm"),
        "total": money(basic, "TotalTax-includedAmount"),
        "corrects": text(corrects.group(1) if corrects else None),
    }
    items: list[dict[str, Found | None]] = []
    for item in (child for child in data or [] if local(child.tag) == "IssuItemInformation"):
        items.append({
            "name": text(_text(item, "ItemName")), "spec": text(_text(item, "SpecMod")),
            "unit": text(_text(item, "MeaUnits")),
            "quantity": money(item, "Quantity"), "unit_price": money(item, "UnPrice"),
            "amount": money(item, "Amount"), "tax_amount": money(item, "ComTaxAm"),
            "tax_rate": Found(rate, SURE) if (rate := _rate(_text(item, "TaxRate"))) is not None else None,
        })
    if fields["total"] is None:
        raise InvoiceXMLError("the 数电票 XML has no TotalTax-includedAmount", field=field)
    return _to_invoice(fields, items, layout="cn_xml").document
