"""UBL 2.1 invoices in, safely."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tools.documents import Invoice
from tools.invoices.ubl import UBLError, parse_ubl_invoice

UBL = """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>TOSL108</cbc:ID>
  <cbc:IssueDate>2026-10-06</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:OrderReference><cbc:ID>PO-1</cbc:ID></cac:OrderReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Vendor One</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Vendor One GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>DE89370400440532013000</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">57.00</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">300.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">300.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">357.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">357.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:InvoiceLine>
    <cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">100</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">200.00</cbc:LineExtensionAmount>
    <cac:OrderLineReference><cbc:LineID>1</cbc:LineID></cac:OrderLineReference>
    <cac:Item><cbc:Name>Steel bolts M8</cbc:Name><cac:SellersItemIdentification><cbc:ID>A-1</cbc:ID></cac:SellersItemIdentification>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">2.00</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
  <cac:InvoiceLine>
    <cbc:ID>2</cbc:ID><cbc:InvoicedQuantity unitCode="C62">200</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Hex nuts M8</cbc:Name>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">5.00</cbc:PriceAmount><cbc:BaseQuantity unitCode="C62">10</cbc:BaseQuantity></cac:Price>
  </cac:InvoiceLine>
</Invoice>"""


def test_maps_ubl_to_the_contract_invoice() -> None:
    invoice = Invoice.model_validate(parse_ubl_invoice(UBL))
    assert invoice.invoice_number == "TOSL108" and invoice.po_number == "PO-1" and invoice.currency == "EUR"
    assert invoice.vendor.name == "Vendor One GmbH" and invoice.vendor.tax_id == "DE123456789"
    assert invoice.vendor.bank_account == "DE89370400440532013000"
    assert invoice.total == Decimal("357.00") and invoice.tax_total == Decimal("57.00")
    first, second = invoice.lines
    assert (first.sku, first.quantity, first.unit_price, first.tax_rate, first.po_line_no) == (
        "A-1", Decimal("100"), Decimal("2.00"), Decimal("0.19"), 1)
    assert second.unit_price == Decimal("0.5")  # 5.00 per base quantity of 10


@pytest.mark.parametrize("xml", [
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    '<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd"><x/>',
    "<not-closed>",
    "plain text",
    "<Invoice/>",
])
def test_hostile_or_wrong_xml_is_refused(xml: str) -> None:
    with pytest.raises(UBLError):
        parse_ubl_invoice(xml)


def test_oversized_document_is_refused_before_parsing() -> None:
    with pytest.raises(UBLError, match="larger"):
        parse_ubl_invoice("<a>" + "x" * (5 * 1024 * 1024) + "</a>")


def test_non_numeric_amount_names_the_line() -> None:
    with pytest.raises(UBLError) as caught:
        parse_ubl_invoice(UBL.replace(">100</cbc:InvoicedQuantity>", ">lots</cbc:InvoicedQuantity>"))
    assert caught.value.field == "ubl_xml.InvoiceLine[1]"


def test_document_level_allowances_and_charges() -> None:
    charge = ('<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator>'
              '<cbc:AllowanceChargeReason>Freight</cbc:AllowanceChargeReason>'
              '<cbc:Amount currencyID="EUR">20.00</cbc:Amount>'
              '<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent></cac:TaxCategory></cac:AllowanceCharge>'
              '<cac:AllowanceCharge><cbc:ChargeIndicator>0</cbc:ChargeIndicator>'
              '<cbc:Amount currencyID="EUR">5.00</cbc:Amount></cac:AllowanceCharge>')
    xml = UBL.replace("<cac:TaxTotal>", charge + "<cac:TaxTotal>", 1)
    invoice = Invoice.model_validate(parse_ubl_invoice(xml))
    assert [(a.kind, a.amount, a.tax_rate, a.reason) for a in invoice.adjustments] == [
        ("charge", Decimal("20.00"), Decimal("0.19"), "Freight"), ("allowance", Decimal("5.00"), Decimal("0"), None)]
    assert invoice.subtotal == Decimal("300.00")  # the sum of the lines, before adjustments


def test_buyers_item_id_is_the_sku_when_the_seller_gives_none() -> None:
    xml = UBL.replace("<cac:SellersItemIdentification><cbc:ID>A-1</cbc:ID></cac:SellersItemIdentification>",
                      "<cac:BuyersItemIdentification><cbc:ID>MAT-4711</cbc:ID></cac:BuyersItemIdentification>")
    assert parse_ubl_invoice(xml)["lines"][0]["sku"] == "MAT-4711"
