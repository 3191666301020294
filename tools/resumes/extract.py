"""Text from resumes: .pdf (layout-aware; two columns read column by column; hidden text dropped), .docx
(paragraphs and tables, in order), .txt and .md. The type is checked by content, not only by name, and sizes,
pages and DOCX archives are limited before anything is parsed."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

MAX_BYTES = 10 * 1024 * 1024
MAX_PAGES = 50
MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_DOCX_ENTRIES = 2000
MAX_DOCX_RATIO = 200
ALLOWED = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md"}
MIN_VISIBLE_FONT = 2.0


class ExtractError(ValueError):
    """The file cannot be read as a resume. `unsupported` means the wrong kind of file (415), else 422."""

    def __init__(self, message: str, *, unsupported: bool = False) -> None:
        super().__init__(message)
        self.unsupported = unsupported


@dataclass
class Extracted:
    text: str
    format: str
    pages: int = 1
    images: int = 0
    hidden_dropped: int = 0
    columns: int = 1


def sniff(data: bytes) -> str:
    """What the bytes are: pdf, docx, text, or unknown."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "zip"
        except zipfile.BadZipFile:
            return "unknown"
    if b"\x00" in data[:4096]:
        return "unknown"
    try:
        data.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        try:
            data.decode("gb18030")
            return "text"
        except UnicodeDecodeError:
            return "unknown"


def extract(filename: str, data: bytes) -> Extracted:
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    kind = ALLOWED.get(suffix)
    if kind is None:
        raise ExtractError(f"{suffix or 'no extension'} is not a resume format: send .pdf, .docx, .txt or .md",
                           unsupported=True)
    if len(data) > MAX_BYTES:
        raise ExtractError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not data:
        raise ExtractError("the file is empty")
    actual = sniff(data)
    expected = {"pdf": "pdf", "docx": "docx", "txt": "text", "md": "text"}[kind]
    if actual != expected:
        raise ExtractError(f"the file is named {suffix} but its content is {actual}", unsupported=True)
    if kind == "pdf":
        return _pdf(data)
    if kind == "docx":
        return _docx(data)
    text = _decode(data)
    return Extracted(text=_markdown_to_text(text) if kind == "md" else text, format=kind)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _markdown_to_text(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\(([^)\s]+)\)", r"\1 \2", text)  # keep link targets: they are links
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*+]\s+", "", text, flags=re.MULTILINE)
    return re.sub(r"(\*\*|__|`)", "", text)


def _visible(obj: dict[str, Any], width: float, height: float) -> bool:
    if obj.get("object_type") != "char":
        return True
    if obj.get("size", 10) < MIN_VISIBLE_FONT:
        return False
    if obj["x1"] < 0 or obj["x0"] > width or obj["bottom"] < 0 or obj["top"] > height:
        return False
    color = obj.get("non_stroking_color")
    if isinstance(color, list | tuple):
        values = [float(v) for v in color if isinstance(v, int | float)]
        if len(values) in (1, 3) and values and all(v >= 0.97 for v in values):
            return False  # white on white (grey or RGB)
        if len(values) == 4 and all(v <= 0.03 for v in values):
            return False  # white in CMYK
    return True


def _gutter(words: list[dict[str, Any]], width: float) -> float | None:
    """The x of an empty vertical band between two columns of text, if the page has one."""
    if len(words) < 12:
        return None
    lo, hi = int(width * 0.25), int(width * 0.75)
    covered = [0] * (int(width) + 2)
    for word in words:
        for x in range(max(0, int(word["x0"])), min(len(covered), int(word["x1"]) + 1)):
            covered[x] += 1
    best: tuple[int, int] | None = None
    start = None
    for x in range(lo, hi + 1):
        if covered[x] == 0 and start is None:
            start = x
        if (covered[x] != 0 or x == hi) and start is not None:
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
            start = None
    if best is None or best[1] - best[0] < 12:
        return None
    middle = (best[0] + best[1]) / 2
    left = sum(1 for w in words if w["x1"] <= middle)
    right = sum(1 for w in words if w["x0"] >= middle)
    return middle if left >= 5 and right >= 5 else None


def _pdf(data: bytes, max_pages: int = MAX_PAGES) -> Extracted:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    texts: list[str] = []
    images = hidden = 0
    columns = 1
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > max_pages:
                raise ExtractError(f"the PDF has {len(pdf.pages)} pages; at most {max_pages} are read")
            for page in pdf.pages:
                width, height = float(page.width), float(page.height)
                hidden += sum(1 for char in page.chars if not _visible(char, width, height))
                visible = page.filter(lambda obj, w=width, h=height: _visible(obj, w, h))
                images += len(page.images)
                words = visible.extract_words()
                gutter = _gutter(words, width)
                if gutter is None:
                    texts.append(visible.extract_text() or "")
                else:
                    columns = 2
                    for box in ((0, 0, gutter, height), (gutter, 0, width, height)):
                        texts.append(visible.crop(box, strict=False).extract_text() or "")
    except ExtractError:
        raise
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ExtractError(f"the PDF cannot be read: {type(exc).__name__}") from None
    except Exception as exc:  # pdfminer raises many kinds of errors on hostile files
        raise ExtractError(f"the PDF cannot be read: {type(exc).__name__}") from None
    return Extracted(text="\n".join(texts), format="pdf", pages=len(texts), images=images, hidden_dropped=hidden,
                     columns=columns)


def _check_archive(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
        if len(entries) > MAX_DOCX_ENTRIES:
            raise ExtractError("the DOCX archive has too many entries")
        total = 0
        for entry in entries:
            total += entry.file_size
            if entry.compress_size and entry.file_size / entry.compress_size > MAX_DOCX_RATIO:
                raise ExtractError("the DOCX archive expands suspiciously (a zip bomb?)")
        if total > MAX_DOCX_UNCOMPRESSED:
            raise ExtractError("the DOCX archive expands beyond the limit")


def _docx(data: bytes) -> Extracted:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # a broken or hostile package
        raise ExtractError(f"the DOCX cannot be read: {type(exc).__name__}") from None
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = cell.text.strip()
                    if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                        cells.append(text)
                lines.append(" | ".join(cells))
    images = len(document.inline_shapes)
    return Extracted(text="\n".join(lines), format="docx", images=images)
