"""Invoice files: syntax detection, Factur-X extraction under limits, and PDF invoices read by their layout."""

from __future__ import annotations

import io
import json
import zlib
from decimal import Decimal
from pathlib import Path

import pytest

from evals.generators.einvoice_writers import hybrid_pdf, to_cii
from tests import factories as f
from tools.documents import CreditNote, Invoice, billing_document
from tools.invoices.einvoice import embedded_xml, parse_invoice_xml
from tools.invoices.files import InvoiceFileError, read_invoice_file
from tools.invoices.pdf_invoice import number, uscc_valid, words_to_amount
from tools.invoices.xmldoc import InvoiceXMLError
from tools.resumes.pdf_limits import PdfLimits

DEV = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "einvoice" / "dev"
IN_PROCESS = PdfLimits(isolated=False)


@pytest.mark.parametrize("words, amount", [
    ("壹万壹仟叁佰肆拾贰圆整", "11342.00"), ("陆佰捌拾柒圆玖角", "687.90"), ("（负数）肆仟壹佰叁拾捌圆零壹分", "-4138.01"),
    ("壹亿柒仟陆佰捌拾壹万陆仟肆佰贰拾壹圆整", "176816421.00"), ("壹亿零玖佰万圆整", "109000000.00"),
    ("贰拾玖万柒仟伍佰叁拾圆贰角伍分", "297530.25"), ("叁仟零陆拾柒圆肆角柒分", "3067.47"), ("伍角", "0.50"),
])
def test_amounts_in_chinese_capitals(words: str, amount: str) -> None:
    assert words_to_amount(words) == Decimal(amount)


def test_amount_in_words_refuses_what_is_not_one() -> None:
    assert words_to_amount("hello") is None


def test_printed_numbers() -> None:
    assert number("¥-3661.95") == Decimal("-3661.95")
    assert number("£3,243.80") == Decimal("3243.80")
    assert number("1.174,70") == Decimal("1174.70")
    assert number("13%") is None and number("A4") is None and number("BV-2.5") is None


def test_uscc_check_character() -> None:
    assert uscc_valid("91350203573931857R")  # from a generated invoice whose USCCs carry correct check characters
    assert not uscc_valid("91350203573931857A")
    assert not uscc_valid("9135020357393185")


def test_xml_syntax_is_detected_and_type_381_is_a_credit_note() -> None:
    assert parse_invoice_xml(to_cii(f.invoice())).syntax == "cii"
    credit = parse_invoice_xml(to_cii(f.invoice(), type_code="381")).document
    assert isinstance(billing_document(credit), CreditNote)
    with pytest.raises(InvoiceXMLError, match="not an e-invoice we read"):
        parse_invoice_xml("<Order/>")


def test_a_factur_x_decompression_bomb_is_refused_quickly() -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.add_attachment("factur-x.xml", b"x")
    for index, obj in enumerate(writer._objects):
        if isinstance(obj, DecodedStreamObject) and obj.get("/Type") == "/EmbeddedFile":
            bomb = obj.flate_encode()
            bomb._data = zlib.compress(b" " * (64 * 1024 * 1024), 9)  # 64 MB from ~64 KB
            bomb.indirect_reference = obj.indirect_reference
            writer._objects[index] = bomb
    out = io.BytesIO()
    writer.write(out)
    assert len(out.getvalue()) < 200_000
    with pytest.raises(InvoiceXMLError, match="larger than"):
        embedded_xml(out.getvalue())


def test_hybrid_pdf_gives_its_embedded_invoice() -> None:
    pdf = hybrid_pdf(to_cii(f.invoice("FX-1")), lines=["FX-1"])
    read = read_invoice_file("FX-1.pdf", pdf)
    assert (read.source, read.embedded_name) == ("facturx", "factur-x.xml")
    assert Invoice.model_validate(read.document).invoice_number == "FX-1"


def test_file_type_is_checked_by_content() -> None:
    with pytest.raises(InvoiceFileError) as caught:
        read_invoice_file("invoice.pdf", b"<Invoice/>")
    assert caught.value.unsupported
    with pytest.raises(InvoiceFileError) as caught:
        read_invoice_file("invoice.docx", b"PK\x03\x04")
    assert caught.value.unsupported
    with pytest.raises(InvoiceFileError, match="larger than 10 MB"):
        read_invoice_file("invoice.xml", b"<" + b" " * (10 * 1024 * 1024 + 1))


def test_a_scanned_image_has_no_text_layer() -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    drawing = canvas.Canvas(out, invariant=1)
    drawing.drawImage(ImageReader(Image.new("L", (40, 60), 200)), 50, 50, 400, 600)
    drawing.save()
    with pytest.raises(InvoiceFileError, match="no text layer"):
        read_invoice_file("scan.pdf", out.getvalue(), pdf_limits=IN_PROCESS)


def _label(name: str) -> dict:
    return next(label for label in json.loads((DEV / "labels.json").read_text()) if label["file"] == name)


def test_a_chinese_vat_e_invoice_is_read_field_by_field_with_regions() -> None:
    read = read_invoice_file("cn-004.pdf", (DEV / "cn-004.pdf").read_bytes(), pdf_limits=IN_PROCESS)
    label = _label("cn-004.pdf")
    fields = read.extraction["fields"]
    assert read.source == "pdf_text" and read.extraction["layout"] == "cn_vat"
    assert fields["invoice_number"]["value"] == label["invoice_number"]
    assert fields["invoice_code"]["value"] == label["invoice_code"]
    assert fields["seller_tax_id"]["value"] == label["seller"]["tax_id"]
    assert fields["total"]["value"] == label["total"] and fields["total"]["confidence"] >= 0.9
    region = fields["total"]["region"]
    assert region["page"] == 1 and region["x0"] < region["x1"] and region["top"] < region["bottom"]
    invoice = Invoice.model_validate(read.document)
    # The discount line (折扣行) is an allowance on the document; the arithmetic still adds up.
    assert [a.kind for a in invoice.adjustments] == ["allowance"]
    assert invoice.adjustments[0].amount == Decimal("121.05")
    assert invoice.vendor.name == label["seller"]["name"] and invoice.currency == "CNY"
    assert invoice.total == Decimal(label["total"])
    assert read.extraction["checks"] == [] and read.needs_review == []


def test_a_red_letter_invoice_is_a_credit_note_for_the_invoice_it_names() -> None:
    read = read_invoice_file("cn-008.pdf", (DEV / "cn-008.pdf").read_bytes(), pdf_limits=IN_PROCESS)
    credit = billing_document(read.document)
    assert isinstance(credit, CreditNote)
    assert credit.total == Decimal("4138.01") and credit.preceding_invoices == ["78219541"]
    assert all(line.quantity > 0 for line in credit.lines)


def test_amount_in_words_that_disagrees_is_flagged_for_review() -> None:
    from tools.invoices.pdf_invoice import Found, _to_invoice

    fields = {"invoice_number": Found("1", 0.95), "issue_date": Found("2026-01-01", 0.95),
              "currency": Found("CNY", 0.95), "seller_name": Found("某公司", 0.95),
              "total": Found(Decimal("100.00"), 0.95), "total_in_words": Found("壹佰壹拾圆整", 0.95)}
    read = _to_invoice(fields, [], layout="cn_vat")
    assert "total" in read.needs_review and "total_in_words" in read.needs_review
    assert "110.00" in read.extraction["checks"][0]


def test_line_allowances_sub_lines_and_long_prices_from_real_senders() -> None:
    """What a run over 142 public EN 16931 / XRechnung test files found: line-level allowances and charges (BG-27,
    BG-28), line ids that repeat, unit prices with more than six decimals, a negative document allowance."""
    invoice = f.invoice(lines=[{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "100",
                                "unit_price": "2.0000001", "tax_rate": "0.19"},
                               {"line_no": 1, "sku": "B-2", "description": "Hex nuts M8", "quantity": "200",
                                "unit_price": "0.50", "tax_rate": "0.19"}])
    invoice["lines"][0]["amount"] = "190.00"  # 200.00 less a 10.00 line allowance
    invoice.update(subtotal="290.00", tax_total="55.10", total="345.10")
    xml = to_cii(invoice).replace(
        "<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>190.00",
        "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator>"
        "</ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount></ram:SpecifiedTradeAllowanceCharge>"
        "<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>190.00", 1)
    document = Invoice.model_validate(parse_invoice_xml(xml).document)
    assert [line.line_no for line in document.lines] == [1, 2]  # renumbered: the sender's ids collided
    assert document.lines[0].unit_price == Decimal("2.000000") and document.lines[0].adjustment == Decimal("-10.00")
    from tools.invoices.match import _arithmetic

    assert _arithmetic(document, Decimal("1.00")) == []


SHUDIAN = """<?xml version="1.0" encoding="UTF-8"?>
<EInvoice><Header><EIid>26312000000123456789</EIid></Header><EInvoiceData>
<SellerInformation><SellerIdNum>91310115734498848B</SellerIdNum><SellerName>上海嘉澍文具用品有限公司</SellerName></SellerInformation>
<BuyerInformation><BuyerIdNum>91310115L09281235U</BuyerIdNum><BuyerName>上海锦弈医疗器械有限公司</BuyerName></BuyerInformation>
<BasicInformation><TotalAmWithoutTax>{subtotal}</TotalAmWithoutTax><TotalTaxAm>{tax}</TotalTaxAm>
<TotalTax-includedAmount>{total}</TotalTax-includedAmount><RequestTime>2026-11-20 10:02:03</RequestTime></BasicInformation>
<IssuItemInformation><ItemName>*纸制品*复印纸</ItemName><SpecMod>A4 70g</SpecMod><MeaUnits>箱</MeaUnits>
<Quantity>{qty}</Quantity><UnPrice>115.04424779</UnPrice><Amount>{amount}</Amount><TaxRate>0.13</TaxRate><ComTaxAm>{item_tax}</ComTaxAm></IssuItemInformation>
{discount}
<AdditionalInformation><Remark>{remark}</Remark></AdditionalInformation>
</EInvoiceData><TaxSupervisionInfo><InvoiceNumber>26312000000123456789</InvoiceNumber><IssueTime>2026-11-20</IssueTime></TaxSupervisionInfo></EInvoice>"""


def test_a_shudian_xml_invoice_with_a_discount_line() -> None:
    xml = SHUDIAN.format(subtotal="1130.44", tax="146.96", total="1277.40", qty="10", amount="1150.44",
                         item_tax="149.56", remark="",
                         discount="<IssuItemInformation><ItemName>*纸制品*复印纸</ItemName><Amount>-20.00</Amount>"
                                  "<TaxRate>0.13</TaxRate><ComTaxAm>-2.60</ComTaxAm></IssuItemInformation>")
    parsed = parse_invoice_xml(xml)
    invoice = billing_document(parsed.document)
    assert parsed.syntax == "cn_einvoice" and isinstance(invoice, Invoice)
    assert (invoice.invoice_number, invoice.issue_date.isoformat(), invoice.currency) == (
        "26312000000123456789", "2026-11-20", "CNY")
    assert invoice.vendor.name == "上海嘉澍文具用品有限公司" and invoice.vendor.tax_id == "91310115734498848B"
    assert [(line.quantity, line.unit_price, line.amount) for line in invoice.lines] == [
        (Decimal("10"), Decimal("115.044248"), Decimal("1150.44"))]
    assert [(a.kind, a.amount) for a in invoice.adjustments] == [("allowance", Decimal("20.00"))]
    from tools.invoices.match import _arithmetic

    assert _arithmetic(invoice, Decimal("1.00")) == []


def test_a_red_letter_shudian_xml_is_a_credit_note() -> None:
    xml = SHUDIAN.format(subtotal="-230.09", tax="-29.91", total="-260.00", qty="-2", amount="-230.09",
                         item_tax="-29.91", discount="", remark="被红冲蓝字数电票号码：26312000000111112222")
    credit = billing_document(parse_invoice_xml(xml).document)
    assert isinstance(credit, CreditNote)
    assert credit.total == Decimal("260.00") and credit.lines[0].quantity == Decimal("2")
    assert credit.preceding_invoices == ["26312000000111112222"]
