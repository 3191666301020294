"""An invoice file as it arrives (`{filename, content_base64}`): XML (UBL or CII), a hybrid PDF with the XML
inside (Factur-X, ZUGFeRD, XRechnung), or a plain PDF read by its layout. Typed by content, not by name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tools.invoices.einvoice import MAX_FILE_BYTES, NoEmbeddedInvoice, embedded_xml, parse_invoice_xml
from tools.invoices.xmldoc import InvoiceXMLError
from tools.resumes.pdf_limits import PdfLimits

ALLOWED_SUFFIXES = {".pdf": "pdf", ".xml": "xml"}


class InvoiceFileError(ValueError):
    def __init__(self, message: str, *, unsupported: bool = False, field: str = "file") -> None:
        super().__init__(message)
        self.unsupported = unsupported
        self.field = field


@dataclass
class InvoiceFileRead:
    document: dict[str, Any]
    source: str  # ubl | cii | zugferd1 | facturx | pdf_text
    media_type: str
    embedded_name: str | None = None
    extraction: dict[str, Any] | None = None
    """For a PDF read by its layout: each field's value, confidence and page region."""
    needs_review: list[str] = field(default_factory=list)


def sniff(data: bytes) -> str:
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"<"):
        return "xml"
    return "unknown"


def read_invoice_file(filename: str, data: bytes, *, field: str = "file",
                      pdf_limits: PdfLimits | None = None) -> InvoiceFileRead:
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    kind = ALLOWED_SUFFIXES.get(suffix)
    if kind is None:
        raise InvoiceFileError(f"{suffix or 'no extension'} is not an invoice format: send .xml (UBL or CII) or "
                               ".pdf (Factur-X, ZUGFeRD, XRechnung, or a text PDF)", unsupported=True, field=field)
    if not data:
        raise InvoiceFileError("the file is empty", field=field)
    if len(data) > MAX_FILE_BYTES:
        raise InvoiceFileError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB", field=field)
    actual = sniff(data)
    if actual != kind:
        raise InvoiceFileError(f"the file is named {suffix} but its content is {actual}", unsupported=True,
                               field=field)
    try:
        if kind == "xml":
            parsed = parse_invoice_xml(data, field=field)
            return InvoiceFileRead(parsed.document, parsed.syntax, "application/xml")
        try:
            name, xml = embedded_xml(data, field=field)
        except NoEmbeddedInvoice:
            from tools.invoices.pdf_invoice import read_pdf_invoice

            read = read_pdf_invoice(data, limits=pdf_limits, field=field)
            return InvoiceFileRead(read.document, "pdf_text", "application/pdf", extraction=read.extraction,
                                   needs_review=read.needs_review)
        parsed = parse_invoice_xml(xml, field=f"{field}:{name}")
        return InvoiceFileRead(parsed.document, "facturx", "application/pdf", embedded_name=name)
    except InvoiceXMLError as exc:
        raise InvoiceFileError(str(exc), field=exc.field) from None
