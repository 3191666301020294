"""UN/CEFACT Cross Industry Invoice (EN 16931 CII D16B, as in Factur-X, ZUGFeRD 2 and XRechnung) and the older
ZUGFeRD 1.0 CrossIndustryDocument, to the contract's Invoice or CreditNote (type code 381).

Both are read by element names without their namespaces: the two versions name the same business terms in
different places, and each path below lists the D16B place first, then ZUGFeRD 1.0's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from xml.etree.ElementTree import Element

from tools.invoices.xmldoc import (
    InvoiceXMLError,
    document_type,
    finish,
    line_adjustment,
    line_number,
    local,
    namespace,
    safe_root,
    signed_quantity,
    to_decimal,
    unit_price,
)

CII_ROOTS = {
    ("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "CrossIndustryInvoice"): "cii",
    ("urn:ferd:CrossIndustryDocument:invoice:1p0", "CrossIndustryDocument"): "zugferd1",
}


class _Node:
    """An element with namespace-free lookups: `first("A/B", "C/D")` is the first path that has text."""

    def __init__(self, element: Element | None) -> None:
        self.element = element

    def _find(self, path: str) -> Element | None:
        node = self.element
        for part in path.split("/"):
            if node is None:
                return None
            node = next((child for child in node if local(child.tag) == part), None)
        return node

    def node(self, *paths: str) -> _Node:
        for path in paths:
            found = self._find(path)
            if found is not None:
                return _Node(found)
        return _Node(None)

    def nodes(self, *paths: str) -> list[_Node]:
        for path in paths:
            parent_path, _, name = path.rpartition("/")
            parent = self._find(parent_path) if parent_path else self.element
            if parent is None:
                continue
            found = [_Node(child) for child in parent if local(child.tag) == name]
            if found:
                return found
        return []

    def text(self, *paths: str) -> str | None:
        for path in paths:
            found = self._find(path)
            if found is not None and found.text is not None and found.text.strip():
                return " ".join(found.text.split())
        return None

    def attr(self, name: str) -> str | None:
        return self.element.get(name) if self.element is not None else None


def is_cii(root: Element) -> bool:
    return (namespace(root.tag), local(root.tag)) in CII_ROOTS


def parse_cii_invoice(xml: str | bytes, *, field: str = "cii_xml") -> dict[str, Any]:
    return map_cii(safe_root(xml, field=field, what="CII"), field=field)


def _date(raw: str | None, field: str) -> str | None:
    """udt:DateTimeString format 102 (CCYYMMDD), as EN 16931 requires; an ISO date is taken as it is."""
    if raw is None:
        return None
    digits = raw.strip()
    if len(digits) == 8 and digits.isdigit():
        try:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
        except ValueError:
            raise InvoiceXMLError(f"IssueDateTime {digits!r} is not a real date", field=field) from None
    return digits


def _seller_vat(seller: _Node) -> str | None:
    registrations = seller.nodes("SpecifiedTaxRegistration")
    by_scheme = {(reg.node("ID").attr("schemeID") or "").strip(): reg.text("ID") for reg in registrations}
    return by_scheme.get("VA") or by_scheme.get("FC") or next((v for v in by_scheme.values() if v), None)


def map_cii(root: Element, *, field: str = "cii_xml") -> dict[str, Any]:
    if not is_cii(root):
        raise InvoiceXMLError("root element must be a CII CrossIndustryInvoice (D16B) or a ZUGFeRD 1.0 "
                              "CrossIndustryDocument", field=field)
    doc = _Node(root)
    header = doc.node("ExchangedDocument", "HeaderExchangedDocument")
    trade = doc.node("SupplyChainTradeTransaction", "SpecifiedSupplyChainTradeTransaction")
    agreement = trade.node("ApplicableHeaderTradeAgreement", "ApplicableSupplyChainTradeAgreement")
    settlement = trade.node("ApplicableHeaderTradeSettlement", "ApplicableSupplyChainTradeSettlement")
    summation = settlement.node("SpecifiedTradeSettlementHeaderMonetarySummation",
                                "SpecifiedTradeSettlementMonetarySummation")
    seller = agreement.node("SellerTradeParty")
    currency = settlement.text("InvoiceCurrencyCode")

    def number(node: _Node, *paths: str, where: str) -> Decimal | None:
        return to_decimal(node.text(*paths), paths[0], where)

    def money(node: _Node, name: str, where: str) -> Decimal | None:
        """An amount in the document currency: CII may repeat one (the tax total) in the tax currency."""
        candidates = node.nodes(name)
        chosen = next((c for c in candidates if c.attr("currencyID") in (None, currency)), None)
        return to_decimal(chosen.element.text, name, where) if chosen and chosen.element is not None else None

    lines: list[dict[str, Any]] = []
    for index, item in enumerate(trade.nodes("IncludedSupplyChainTradeLineItem"), start=1):
        where = f"{field}.IncludedSupplyChainTradeLineItem[{index}]"
        line_agreement = item.node("SpecifiedLineTradeAgreement", "SpecifiedSupplyChainTradeAgreement")
        line_settlement = item.node("SpecifiedLineTradeSettlement", "SpecifiedSupplyChainTradeSettlement")
        product = item.node("SpecifiedTradeProduct")
        net_price = line_agreement.node("NetPriceProductTradePrice")
        amount = number(line_settlement, "SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount",
                        "SpecifiedTradeSettlementMonetarySummation/LineTotalAmount", where=where)
        percent = number(line_settlement, "ApplicableTradeTax/RateApplicablePercent",
                         "ApplicableTradeTax/ApplicablePercent", where=where) or Decimal("0")
        order_line = line_agreement.text("BuyerOrderReferencedDocument/LineID")
        lines.append({
            "line_no": line_number(item.text("AssociatedDocumentLineDocument/LineID"), index),
            "sku": product.text("SellerAssignedID") or product.text("BuyerAssignedID") or product.text("GlobalID"),
            "description": product.text("Name") or product.text("Description") or "",
            "quantity": signed_quantity(number(item, "SpecifiedLineTradeDelivery/BilledQuantity",
                                               "SpecifiedSupplyChainTradeDelivery/BilledQuantity", where=where),
                                        amount),
            "unit_price": unit_price(number(net_price, "ChargeAmount", where=where),
                                     number(net_price, "BasisQuantity", where=where)),
            "tax_rate": percent / Decimal("100"),
            "amount": amount,
            "adjustment": line_adjustment([
                ((charge.text("ChargeIndicator/Indicator") or "").lower() in ("true", "1"),
                 number(charge, "ActualAmount", where=where))
                for charge in line_settlement.nodes("SpecifiedTradeAllowanceCharge")]),
            "po_line_no": int(order_line) if order_line and order_line.isdigit() else None,
        })

    adjustments = []
    for index, node in enumerate(settlement.nodes("SpecifiedTradeAllowanceCharge"), start=1):
        where = f"{field}.SpecifiedTradeAllowanceCharge[{index}]"
        indicator = (node.text("ChargeIndicator/Indicator") or "").lower()
        if indicator not in ("true", "false", "1", "0"):
            raise InvoiceXMLError("ChargeIndicator must be true or false", field=where)
        percent = number(node, "CategoryTradeTax/RateApplicablePercent", "CategoryTradeTax/ApplicablePercent",
                         where=where) or Decimal("0")
        adjustments.append({
            "kind": "charge" if indicator in ("true", "1") else "allowance",
            "amount": number(node, "ActualAmount", where=where),
            "tax_rate": percent / Decimal("100"),
            "reason": (node.text("Reason") or "")[:1000] or None,
        })

    where = f"{field}.SpecifiedTradeSettlementHeaderMonetarySummation"
    vendor_id = seller.text("ID") or seller.text("GlobalID")
    return finish({
        "document_type": document_type(header.text("TypeCode")),
        "invoice_number": header.text("ID"),
        "issue_date": _date(header.text("IssueDateTime/DateTimeString"), f"{field}.IssueDateTime"),
        "currency": currency,
        "po_number": agreement.text("BuyerOrderReferencedDocument/IssuerAssignedID",
                                    "BuyerOrderReferencedDocument/ID"),
        "vendor": {
            "vendor_id": vendor_id,
            "name": seller.text("Name"),
            "tax_id": _seller_vat(seller),
            "bank_account": settlement.text("SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/"
                                            "IBANID",
                                            "SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/"
                                            "ProprietaryID"),
        },
        "lines": lines,
        "subtotal": money(summation, "LineTotalAmount", where),
        "tax_total": money(summation, "TaxTotalAmount", where),
        "total": money(summation, "GrandTotalAmount", where),
        "prepaid_amount": money(summation, "TotalPrepaidAmount", where),
        "payable_amount": money(summation, "DuePayableAmount", where),
        "adjustments": adjustments,
        "preceding_invoices": [ref.text("IssuerAssignedID") for ref in settlement.nodes("InvoiceReferencedDocument")],
    })
