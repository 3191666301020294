"""Documents as callers send them (JSON, UBL/CII XML, a file as base64) read into validated ones: invoices and
credit notes, resumes, policies. Shared by intake (webhooks), the tool endpoints and the policy upload. Raises the
domain errors Unprocessable (naming the field) and UnsupportedMediaType (a file of the wrong kind)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from core.errors import Unprocessable, UnsupportedMediaType
from core.validation import decode_base64, validate
from tools.documents import CreditNote, Invoice, check_text
from tools.invoices.cii import parse_cii_invoice
from tools.invoices.einvoice import parse_invoice_xml
from tools.invoices.files import InvoiceFileError, read_invoice_file
from tools.invoices.ubl import parse_ubl_invoice
from tools.invoices.xmldoc import MAX_XML_BYTES, InvoiceXMLError
from tools.policies.files import PolicyFile, read_policy_file
from tools.resumes import ExtractError, extract
from tools.resumes.jsonresume import json_resume_errors
from tools.resumes.pdf_limits import PdfLimits

MAX_RESUME_TEXT = 200_000


class InvoiceFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str = Field(min_length=1, max_length=255)
    content_base64: str = Field(max_length=14 * 1024 * 1024)


INVOICE_FORMS = ("invoice", "credit_note", "ubl_xml", "cii_xml", "xml", "file")


class InvoiceReceived(BaseModel):
    """One of: the document as JSON (`invoice`, `credit_note`), its XML (`ubl_xml`, `cii_xml`, or `xml` with the
    syntax detected), or the file itself (`{filename, content_base64}`: XML, Factur-X PDF or a text PDF)."""

    model_config = ConfigDict(extra="ignore")

    invoice: dict[str, Any] | None = None
    credit_note: dict[str, Any] | None = None
    ubl_xml: str | None = Field(default=None, max_length=MAX_XML_BYTES)
    cii_xml: str | None = Field(default=None, max_length=MAX_XML_BYTES)
    xml: str | None = Field(default=None, max_length=MAX_XML_BYTES)
    file: InvoiceFile | None = None


@dataclass
class ReceivedInvoice:
    """An invoice or credit note as it arrived: the document, where it came from, and the original file."""

    document: Invoice
    source: dict[str, Any]
    original: tuple[str, str, bytes] | None = None  # filename, media type, bytes

class ResumeFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str | None = Field(default=None, min_length=1, max_length=255)
    content_base64: str | None = Field(default=None, max_length=14 * 1024 * 1024)
    text: str | None = Field(default=None, max_length=MAX_RESUME_TEXT)


def read_resume(resume: ResumeFile, prefix: tuple[str, ...], pdf_limits: PdfLimits | None = None) -> dict[str, Any]:
    """The resume's text from `{text}` or `{filename, content_base64}`; UnsupportedMediaType for a file that is not a
    resume; a PDF is read under `pdf_limits` (Unprocessable with the reason when one trips)."""
    field = ".".join(prefix)
    if (resume.text is None) == (resume.content_base64 is None):
        raise Unprocessable("give the resume as `text` or as `filename` with `content_base64`",
                            errors=[{"field": field, "message": "exactly one of text, content_base64"}])
    if resume.text is not None:
        if not resume.text.strip():
            raise Unprocessable("the resume text is empty", errors=[{"field": f"{field}.text", "message": "empty"}])
        return {"text": check_text(resume.text), "format": "text", "images": 0, "filename": resume.filename}
    if not resume.filename:
        raise Unprocessable("a file needs its `filename`",
                            errors=[{"field": f"{field}.filename", "message": "required"}])
    data = decode_base64(resume.content_base64, f"{field}.content_base64")
    return resume_from_file(resume.filename, data, f"{field}.content_base64", pdf_limits)


def read_json_resume(document: Any, prefix: tuple[str, ...]) -> dict[str, Any]:
    """A JSON Resume document checked against the vendored schema; Unprocessable naming each path that fails."""
    errors = json_resume_errors(document, prefix)
    if errors:
        raise Unprocessable(f"invalid JSON Resume: {errors[0]['field']}: {errors[0]['message']}", errors=errors)
    return document


def read_application_resume(resume: ResumeFile | None, json_resume: Any, prefix: tuple[str, ...],
                            pdf_limits: PdfLimits | None = None) -> dict[str, Any]:
    """The resume of an application or a resume-parse call: a file or text (`resume`), a JSON Resume
    (`json_resume`), or both. With a JSON Resume, it is what is parsed and scored (`format: "json_resume"`); a file
    beside it is read and checked as always, and only its images count (a photo, redacted)."""
    if resume is None and json_resume is None:
        field = ".".join(prefix) or "body"
        raise Unprocessable("give the resume as `resume` (a file or text) or as `json_resume`",
                            errors=[{"field": f"{field}.resume" if prefix else field,
                                     "message": "one of resume, json_resume"}])
    read = read_resume(resume, (*prefix, "resume"), pdf_limits) if resume is not None else None
    if json_resume is None:
        assert read is not None
        return read
    return _with_json_resume(read_json_resume(json_resume, (*prefix, "json_resume")), read)


def _with_json_resume(document: dict[str, Any], read: dict[str, Any] | None) -> dict[str, Any]:
    return {"json_resume": document, "format": "json_resume", "images": read["images"] if read else 0,
            "text": read["text"] if read else None, "file_format": read["format"] if read else None,
            "filename": read["filename"] if read else None}


def read_resume_body(body: dict[str, Any], pdf_limits: PdfLimits | None = None) -> dict[str, Any]:
    """The resume-parse tool's JSON body (without `job_id`): `{text}`, `{filename, content_base64}`, `{json_resume}`,
    or a JSON Resume beside a file or text."""
    body = dict(body)
    json_resume = body.pop("json_resume", None)
    if json_resume is None:
        return read_resume(validate(ResumeFile, body), ("body",), pdf_limits)
    read = read_resume(validate(ResumeFile, body), ("body",), pdf_limits) if body else None
    return _with_json_resume(read_json_resume(json_resume, ("json_resume",)), read)


def _read_upload(reader: Callable[..., Any], filename: str, data: bytes, field: str,
                 pdf_limits: PdfLimits | None) -> Any:
    """What `reader` makes of an uploaded file; UnsupportedMediaType for the wrong kind of file, Unprocessable for
    one that cannot be read or holds no text."""
    try:
        read = reader(filename, data, pdf_limits=pdf_limits)
    except ExtractError as exc:
        if exc.unsupported:
            raise UnsupportedMediaType(str(exc)) from None
        raise Unprocessable(str(exc), errors=[{"field": field, "message": str(exc)}]) from None
    if not read.text.strip():
        raise Unprocessable("no text could be read from the file (a scanned image?)",
                            errors=[{"field": field, "message": "no text"}])
    return read


def resume_from_file(filename: str, data: bytes, field: str, pdf_limits: PdfLimits | None = None) -> dict[str, Any]:
    """Extracted text of an uploaded resume; UnsupportedMediaType for a file that is not a resume, Unprocessable for
    one we cannot read."""
    extracted = _read_upload(extract, filename, data, field, pdf_limits)
    return {"text": extracted.text, "format": extracted.format, "images": extracted.images, "filename": filename}


def policy_from_file(filename: str, data: bytes, field: str, pdf_limits: PdfLimits | None = None) -> PolicyFile:
    """An uploaded policy's text with its structure; UnsupportedMediaType for a file that is not a policy,
    Unprocessable for one we cannot read."""
    return _read_upload(read_policy_file, filename, data, field, pdf_limits)


def parse_invoice(data: dict[str, Any], prefix: tuple[str, ...] = ("data",),
                  pdf_limits: PdfLimits | None = None) -> Invoice:
    """The Invoice or CreditNote in `{invoice | credit_note | ubl_xml | cii_xml | xml | file}`; Unprocessable
    naming the field when it cannot be read, UnsupportedMediaType for a file that is not an invoice."""
    return read_invoice(data, prefix, pdf_limits).document


def read_invoice(data: dict[str, Any], prefix: tuple[str, ...] = ("data",),
                 pdf_limits: PdfLimits | None = None) -> ReceivedInvoice:
    received = validate(InvoiceReceived, data, prefix)
    given = [name for name in INVOICE_FORMS if getattr(received, name) is not None]
    if len(given) != 1:
        raise Unprocessable(f"give exactly one of {', '.join(f'`{n}`' for n in INVOICE_FORMS)}",
                            errors=[{"field": ".".join(prefix) or "body",
                                     "message": f"exactly one of {', '.join(INVOICE_FORMS)}"}])
    form = given[0]
    if form == "invoice":
        return ReceivedInvoice(validate(Invoice, received.invoice, (*prefix, "invoice")), {"format": "json"})
    if form == "credit_note":
        document = dict(received.credit_note or {}) | {"document_type": "credit_note"}
        return ReceivedInvoice(validate(CreditNote, document, (*prefix, "credit_note")), {"format": "json"})
    field = ".".join((*prefix, form))
    original = None
    try:
        if form == "file":
            upload = received.file
            assert upload is not None
            content = decode_base64(upload.content_base64, f"{field}.content_base64")
            read = read_invoice_file(upload.filename, content, field=f"{field}.content_base64",
                                     pdf_limits=pdf_limits)
            parsed, source = read.document, {"format": read.source, "filename": upload.filename}
            if read.embedded_name:
                source["embedded"] = read.embedded_name
            if read.extraction is not None:
                source["extraction"] = read.extraction
                source["needs_review"] = read.needs_review
            original = (upload.filename, read.media_type, content)
        else:
            text = getattr(received, form)
            if form == "ubl_xml":
                parsed, syntax = parse_ubl_invoice(text, field=field), "ubl"
            elif form == "cii_xml":
                parsed, syntax = parse_cii_invoice(text, field=field), "cii"
            else:
                result = parse_invoice_xml(text, field=field)
                parsed, syntax = result.document, result.syntax
            source = {"format": syntax}
    except InvoiceXMLError as exc:
        raise Unprocessable(f"{exc.field}: {exc}", errors=[{"field": exc.field, "message": str(exc)}]) from None
    except InvoiceFileError as exc:
        if exc.unsupported:
            raise UnsupportedMediaType(str(exc)) from None
        raise Unprocessable(f"{exc.field}: {exc}", errors=[{"field": exc.field, "message": str(exc)}]) from None
    model = CreditNote if parsed.get("document_type") == "credit_note" else Invoice
    total = parsed.get("total")
    if model is Invoice and isinstance(total, Decimal) and total < 0:
        field = ".".join((*prefix, form, "total"))
        raise Unprocessable(f"{field}: an invoice's total may not be negative ({total}); a credit is sent as a credit "
                            "note (UBL CreditNote, CII type code 381, or `credit_note`)",
                            errors=[{"field": field, "message": "must be >= 0: send a credit note"}])
    return ReceivedInvoice(validate(model, parsed, (*prefix, form)), source, original)
