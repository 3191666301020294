"""Writers of the e-invoice forms a sender may use, for evals, tests and benchmarks: CII D16B XML (what Factur-X,
ZUGFeRD 2 and XRechnung carry) and a hybrid PDF with the XML embedded as `factur-x.xml`. From a contract Invoice
dict whose lines carry `amount` and whose `subtotal`, `tax_total` and `total` are set (as the generators make)."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"


def _percent(rate: Any) -> str:
    return format((Decimal(str(rate)) * 100).normalize(), "f")


def to_cii(invoice: dict[str, Any], *, type_code: str = "380") -> str:
    cur = invoice["currency"]
    vendor = invoice["vendor"]
    lines = []
    for position, line in enumerate(invoice["lines"], start=1):
        sku = f"<ram:SellerAssignedID>{escape(line['sku'])}</ram:SellerAssignedID>" if line.get("sku") else ""
        order_line = (f"<ram:BuyerOrderReferencedDocument><ram:LineID>{line['po_line_no']}</ram:LineID>"
                      "</ram:BuyerOrderReferencedDocument>") if line.get("po_line_no") else ""
        lines.append(
            "<ram:IncludedSupplyChainTradeLineItem>"
            f"<ram:AssociatedDocumentLineDocument><ram:LineID>{line.get('line_no') or position}</ram:LineID>"
            "</ram:AssociatedDocumentLineDocument>"
            f"<ram:SpecifiedTradeProduct>{sku}<ram:Name>{escape(line['description'])}</ram:Name>"
            "</ram:SpecifiedTradeProduct>"
            f"<ram:SpecifiedLineTradeAgreement>{order_line}<ram:NetPriceProductTradePrice>"
            f"<ram:ChargeAmount>{line['unit_price']}</ram:ChargeAmount></ram:NetPriceProductTradePrice>"
            "</ram:SpecifiedLineTradeAgreement>"
            f"<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode=\"C62\">{line['quantity']}"
            "</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>"
            "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
            f"<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>{_percent(line['tax_rate'])}"
            "</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
            f"<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{line['amount']}"
            "</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>"
            "</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>")
    seller_id = f"<ram:ID>{escape(vendor['vendor_id'])}</ram:ID>" if vendor.get("vendor_id") else ""
    vat = (f"<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">{escape(vendor['tax_id'])}</ram:ID>"
           "</ram:SpecifiedTaxRegistration>") if vendor.get("tax_id") else ""
    order = (f"<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>{escape(invoice['po_number'])}"
             "</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>") if invoice.get("po_number") else ""
    iban = (f"<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>"
            f"<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>{escape(vendor['bank_account'])}</ram:IBANID>"
            "</ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>"
            ) if vendor.get("bank_account") else ""
    charges = "".join(
        "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>"
        f"{'true' if a['kind'] == 'charge' else 'false'}</udt:Indicator></ram:ChargeIndicator>"
        f"<ram:ActualAmount>{a['amount']}</ram:ActualAmount>"
        f"<ram:Reason>{escape(a.get('reason') or '')}</ram:Reason>"
        "<ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>"
        f"<ram:RateApplicablePercent>{_percent(a.get('tax_rate', '0'))}</ram:RateApplicablePercent>"
        "</ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>"
        for a in invoice.get("adjustments", []))
    references = "".join(
        f"<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>{escape(ref)}</ram:IssuerAssignedID>"
        "</ram:InvoiceReferencedDocument>" for ref in invoice.get("preceding_invoices", []))
    date = str(invoice["issue_date"]).replace("-", "")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<rsm:CrossIndustryInvoice xmlns:rsm="{RSM}" xmlns:ram="{RAM}" xmlns:udt="{UDT}">'
        "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        "</rsm:ExchangedDocumentContext>"
        f"<rsm:ExchangedDocument><ram:ID>{escape(invoice['invoice_number'])}</ram:ID>"
        f"<ram:TypeCode>{type_code}</ram:TypeCode><ram:IssueDateTime>"
        f"<udt:DateTimeString format=\"102\">{date}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>"
        f"<rsm:SupplyChainTradeTransaction>{''.join(lines)}"
        f"<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty>{seller_id}"
        f"<ram:Name>{escape(vendor['name'])}</ram:Name>{vat}</ram:SellerTradeParty>"
        f"<ram:BuyerTradeParty><ram:Name>Buyer</ram:Name></ram:BuyerTradeParty>{order}"
        "</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>"
        f"<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>{cur}</ram:InvoiceCurrencyCode>"
        f"{iban}{charges}{references}<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        f"<ram:LineTotalAmount>{invoice['subtotal']}</ram:LineTotalAmount>"
        f"<ram:TaxTotalAmount currencyID=\"{cur}\">{invoice['tax_total']}</ram:TaxTotalAmount>"
        f"<ram:GrandTotalAmount>{invoice['total']}</ram:GrandTotalAmount>"
        f"<ram:DuePayableAmount>{invoice['total']}</ram:DuePayableAmount>"
        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>"
        "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>")


def hybrid_pdf(xml: str | bytes, *, title: str = "Invoice", lines: list[str] | None = None,
               name: str = "factur-x.xml") -> bytes:
    """A one-page PDF (the human-readable invoice) with the XML attached, as Factur-X and ZUGFeRD do."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = io.BytesIO()
    drawing = canvas.Canvas(page, pagesize=A4, invariant=1)
    drawing.setFont("Helvetica-Bold", 16)
    drawing.drawString(60, 780, title)
    drawing.setFont("Helvetica", 10)
    for row, text in enumerate(lines or []):
        drawing.drawString(60, 750 - 14 * row, text)
    drawing.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(page.getvalue())))
    writer.add_attachment(name, xml.encode("utf-8") if isinstance(xml, str) else xml)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
