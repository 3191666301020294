"""E-invoices in any syntax we read: UBL 2.1 and CII (EN 16931), ZUGFeRD 1.0, China's 数电票 XML, and hybrid PDFs
(Factur-X, ZUGFeRD, XRechnung) whose XML is an embedded file. One entry point, the syntax detected from the content."""

from __future__ import annotations

import contextvars
import io
from dataclasses import dataclass
from typing import Any

from tools.invoices.cii import is_cii, map_cii
from tools.invoices.cn_xml import is_cn_einvoice, map_cn_einvoice
from tools.invoices.ubl import is_ubl, map_ubl
from tools.invoices.xmldoc import MAX_XML_BYTES, InvoiceXMLError, local, safe_root

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_PDF_PAGES = 50
MAX_ATTACHMENTS = 20
EMBEDDED_XML_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "zugferd_invoice.xml")
"""The names the Factur-X 1.0 / ZUGFeRD 2.x and 1.0 / XRechnung specifications give the embedded invoice."""


@dataclass(frozen=True)
class ParsedXML:
    document: dict[str, Any]
    syntax: str  # ubl | cii | zugferd1 | cn_einvoice


def parse_invoice_xml(data: str | bytes, *, field: str = "xml") -> ParsedXML:
    """An Invoice or CreditNote dict from UBL or CII XML, whichever it is."""
    root = safe_root(data, field=field, what="e-invoice")
    if is_ubl(root):
        return ParsedXML(map_ubl(root, field=field), "ubl")
    if is_cii(root):
        return ParsedXML(map_cii(root, field=field), "zugferd1" if local(root.tag) == "CrossIndustryDocument"
                         else "cii")
    if is_cn_einvoice(root):
        return ParsedXML(map_cn_einvoice(root, field=field), "cn_einvoice")
    raise InvoiceXMLError(f"not an e-invoice we read: root element {local(root.tag)!r}; expected a UBL 2.1 Invoice "
                          "or CreditNote, a CII CrossIndustryInvoice, or a 数电票 EInvoice", field=field)


class NoEmbeddedInvoice(InvoiceXMLError):
    """A PDF without an e-invoice inside: read it as a plain PDF invoice instead."""


def embedded_xml(pdf: bytes, *, field: str = "file") -> tuple[str, bytes]:
    """The e-invoice XML embedded in a hybrid PDF (Factur-X, ZUGFeRD, XRechnung): its name and bytes.

    Bounded: at most MAX_PDF_PAGES pages, MAX_ATTACHMENTS attachments looked at, and every stream pypdf decodes
    stops at MAX_XML_BYTES (pypdf's own limits, set for this read only: a decompression bomb is refused, not
    inflated). The page tree and dictionaries are bounded the same way.
    """
    return contextvars.copy_context().run(_embedded_xml, pdf, field)


def _embedded_xml(pdf: bytes, field: str) -> tuple[str, bytes]:
    from pypdf import PdfReader, overwrite_configuration
    from pypdf.errors import LimitReachedError, PdfReadError

    overwrite_configuration(
        maximum_declared_stream_length=MAX_FILE_BYTES, zlib_maximum_output_length=MAX_XML_BYTES,
        lzw_maximum_output_length=MAX_XML_BYTES, run_length_maximum_output_length=MAX_XML_BYTES,
        brotli_maximum_output_length=MAX_XML_BYTES, array_based_stream_maximum_output_length=MAX_XML_BYTES,
        stream_decoding_work_maximum_length=8 * MAX_XML_BYTES, page_tree_maximum_entries=10 * MAX_PDF_PAGES,
        page_tree_maximum_page_entries=100 * MAX_PDF_PAGES, named_destinations_maximum_entries=10_000)
    if len(pdf) > MAX_FILE_BYTES:
        raise InvoiceXMLError(f"the file is larger than {MAX_FILE_BYTES} bytes", field=field)
    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InvoiceXMLError(f"the PDF has more than {MAX_PDF_PAGES} pages", field=field)
        names = list(reader.attachments)[:MAX_ATTACHMENTS]
    except InvoiceXMLError:
        raise
    except LimitReachedError:
        raise InvoiceXMLError("the PDF exceeds a size limit while being read (a decompression bomb?)",
                              field=field) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise InvoiceXMLError(f"the PDF cannot be read: {type(exc).__name__}", field=field) from None
    chosen = next((n for n in names if n.lower() in EMBEDDED_XML_NAMES), None)
    if chosen is None:
        chosen = next((n for n in names if n.lower().endswith(".xml")), None)
    if chosen is None:
        raise NoEmbeddedInvoice("the PDF has no embedded e-invoice XML", field=field)
    try:
        data = _attachment_bytes(reader, chosen)
    except LimitReachedError:
        raise InvoiceXMLError(f"the embedded {chosen} is larger than {MAX_XML_BYTES} bytes", field=field) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise InvoiceXMLError(f"the embedded {chosen} cannot be read: {type(exc).__name__}", field=field) from None
    return chosen, data


def _attachment_bytes(reader: Any, name: str) -> bytes:
    """One attachment's bytes, refused when its stream decompresses to more than MAX_XML_BYTES."""
    for attachment in reader.attachment_list:
        if attachment.name != name:
            continue
        stream = attachment.pdf_object  # the embedded file stream (/EF /F)
        declared = stream.get("/Length")
        if isinstance(declared, int) and declared > MAX_XML_BYTES:
            raise ValueError("embedded file too large")
        content = attachment.content
        if len(content) > MAX_XML_BYTES:
            raise ValueError("embedded file too large")
        return content
    raise KeyError(name)
