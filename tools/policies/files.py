"""Policy files as text that keeps their structure: Markdown, plain text and HTML as written (headings are
what sections are made of), DOCX with its heading styles as Markdown headings, PDF as its visible text.
The type is checked by content; sizes, pages and archives are limited before anything is parsed, and a PDF is
read under `PdfLimits` (tools.resumes.pdf_limits) like a resume, with up to 400 pages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.resumes.extract import MAX_BYTES, ExtractError, _decode, _pdf, open_docx, sniff, visible_paragraph_text
from tools.resumes.pdf_limits import POLICY_SECONDS, PdfLimits

MAX_POLICY_PAGES = 400
FORMATS = {".md": "md", ".markdown": "md", ".txt": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf",
           ".docx": "docx"}


@dataclass(frozen=True)
class PolicyFile:
    text: str
    format: str


def read_policy_file(filename: str, data: bytes, *, pdf_limits: PdfLimits | None = None) -> PolicyFile:
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    kind = FORMATS.get(suffix)
    if kind is None:
        raise ExtractError(f"{suffix or 'no extension'} is not a policy format: send .md, .txt, .html, .pdf or "
                           ".docx", unsupported=True)
    if len(data) > MAX_BYTES:
        raise ExtractError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not data:
        raise ExtractError("the file is empty")
    actual = sniff(data)
    expected = {"pdf": "pdf", "docx": "docx"}.get(kind, "text")
    if actual != expected:
        raise ExtractError(f"the file is named {suffix} but its content is {actual}", unsupported=True)
    if kind == "pdf":
        limits = pdf_limits or PdfLimits(seconds=POLICY_SECONDS)
        return PolicyFile(text=_pdf(data, max_pages=MAX_POLICY_PAGES, limits=limits).text, format="pdf")
    if kind == "docx":
        return PolicyFile(text=_docx_markdown(data), format="docx")
    return PolicyFile(text=_decode(data), format=kind)


def _docx_markdown(data: bytes) -> str:
    """Paragraphs in order, without hidden runs; a 'Heading N' or 'Title' style becomes a Markdown heading;
    tables become rows."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = open_docx(data)
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = visible_paragraph_text(child, document).strip()
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            level = re.match(r"Heading (\d)", style)
            if text and style == "Title":
                lines.append(f"# {text}")
            elif text and level:
                lines.append(f"{'#' * min(6, int(level.group(1)) + 1)} {text}")
            elif text and style.startswith("List"):
                lines.append(f"- {text}")
            else:
                lines.append(text)
            lines.append("")
        elif tag == "tbl":
            rows = []
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(visible_paragraph_text(p, document) for p in cell._tc.iter(
                        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")).strip().replace("|", "/")
                    if not cells or cells[-1] != text:
                        cells.append(text)
                rows.append("| " + " | ".join(cells) + " |")
            if rows:
                width = rows[0].count("|") - 1
                lines += [rows[0], "|" + " --- |" * width, *rows[1:], ""]
    return "\n".join(lines)
