"""Text from resumes: .pdf (layout-aware; two columns read column by column; hidden text dropped), .docx
(paragraphs and tables, in order), .txt and .md. The type is checked by content, not only by name, and sizes,
pages and DOCX archives are limited before anything is parsed. A PDF is read under `PdfLimits` (page size,
decoded bytes, objects, characters), in a child process with a memory and time budget unless the limits say
otherwise: see `pdf_limits` and `pdf_sandbox`."""

from __future__ import annotations

import io
import re
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tools.resumes.pdf_limits import PdfLimitExceeded, PdfLimits

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


def extract(filename: str, data: bytes, *, pdf_limits: PdfLimits | None = None) -> Extracted:
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
        return _pdf(data, limits=pdf_limits)
    if kind == "docx":
        return _docx(data)
    text = _decode(data)
    if kind == "md":  # an image in Markdown ("![photo](me.jpg)") is an image in the document, as in a DOCX
        return Extracted(text=_markdown_to_text(text), format=kind, images=len(_MD_IMAGE.findall(text)))
    return Extracted(text=text, format=kind)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]+\)")


def _markdown_to_text(text: str) -> str:
    text = _MD_IMAGE.sub(" ", text)  # counted as images; the file name is no text a reader sees
    # A table row reads as its cells ("Sep 2021 – now | Product Designer | Atlântico"); the rule row is no text.
    text = re.sub(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-*:?)?[ \t]*$", "", text, flags=re.MULTILINE)
    text = re.sub(r"^[ \t]*\|[ \t]*(.*?)[ \t]*\|[ \t]*$", r"\1", text, flags=re.MULTILINE)
    text = re.sub(r"\[([^\]]*)\]\(([^)\s]+)\)", r"\1 \2", text)  # keep link targets: they are links
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*+]\s+", "", text, flags=re.MULTILINE)
    return re.sub(r"(\*\*|__|`)", "", text)


_HOOKS = threading.Lock()
_hooked = False


def _install_pdf_hooks() -> None:
    """Two facts pdfplumber's characters lack, recorded as pdfminer draws them: the text render mode (3 and
    7 draw nothing a reader sees) and the drawing order (a filled box drawn after a character covers it)."""
    global _hooked
    with _HOOKS:
        if _hooked:
            return
        import pdfplumber.page as plumber_page
        from pdfminer.pdfdevice import PDFTextDevice

        from tools.resumes.pdf_limits import count_char

        plumber_page.ALL_ATTRS.update({"render_mode", "seq"})
        original_string = PDFTextDevice.render_string
        original_char = plumber_page.PDFPageAggregatorWithMarkedContent.render_char
        original_path = plumber_page.PDFPageAggregatorWithMarkedContent.paint_path

        def render_string(self: Any, textstate: Any, *args: Any, **kwargs: Any) -> None:
            self._de_render_mode = getattr(textstate, "render", 0)
            return original_string(self, textstate, *args, **kwargs)

        def _stamp(self: Any, render_mode: int | None) -> None:
            self._de_seq = getattr(self, "_de_seq", 0) + 1
            if self.cur_item._objs:
                item = self.cur_item._objs[-1]
                item.seq = self._de_seq
                if render_mode is not None:
                    item.render_mode = render_mode

        def render_char(self: Any, *args: Any, **kwargs: Any) -> float:
            count_char()  # the PDF's character limit
            advance = original_char(self, *args, **kwargs)
            _stamp(self, getattr(self, "_de_render_mode", 0))
            return advance

        def paint_path(self: Any, *args: Any, **kwargs: Any) -> None:
            original_path(self, *args, **kwargs)
            _stamp(self, None)

        PDFTextDevice.render_string = render_string  # type: ignore[method-assign]
        plumber_page.PDFPageAggregatorWithMarkedContent.render_char = render_char  # type: ignore[method-assign]
        plumber_page.PDFPageAggregatorWithMarkedContent.paint_path = paint_path  # type: ignore[method-assign]
        _hooked = True


def _covered(char: dict[str, Any], boxes: list[dict[str, Any]]) -> bool:
    """A filled shape drawn after the character hides it where it lies over it."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    seq = char.get("seq", 0)
    return any(box.get("seq", 0) > seq and box["x0"] <= x <= box["x1"] and box["top"] <= y <= box["bottom"]
               for box in boxes)


def _white(color: Any) -> bool:
    if not isinstance(color, list | tuple):
        return False
    values = [float(v) for v in color if isinstance(v, int | float)]
    if len(values) in (1, 3):
        return all(v >= 0.97 for v in values)  # grey or RGB
    return len(values) == 4 and all(v <= 0.03 for v in values)  # CMYK


def _on_colour(char: dict[str, Any], boxes: list[dict[str, Any]]) -> bool:
    """The character lies on a filled shape drawn before it that is not white: white text on a dark sidebar
    is what the reader sees."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    seq = char.get("seq", 0)
    return any(box.get("seq", 0) < seq and box["x0"] <= x <= box["x1"] and box["top"] <= y <= box["bottom"]
               and not _white(box.get("non_stroking_color")) for box in boxes)


def _visible(obj: dict[str, Any], width: float, height: float, boxes: list[dict[str, Any]] | None = None) -> bool:
    if obj.get("object_type") != "char":
        return True
    if obj.get("render_mode") in (3, 7):
        return False  # invisible text (render mode 3, or 7: clip only)
    if obj.get("size", 10) < MIN_VISIBLE_FONT:
        return False
    if boxes and _covered(obj, boxes):
        return False
    if obj["x1"] < 0 or obj["x0"] > width or obj["bottom"] < 0 or obj["top"] > height:
        return False
    # White text is hidden on the white page, not on a coloured shape drawn under it.
    return not (_white(obj.get("non_stroking_color")) and not (boxes and _on_colour(obj, boxes)))


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
    right_words = [w["text"] for w in words if w["x0"] >= middle]
    if right_words and sum(bool(_DATE_WORD.fullmatch(w)) for w in right_words) >= 0.8 * len(right_words):
        return None  # a right-aligned column of dates belongs to the lines beside it, not a column of its own
    return middle if left >= 5 and len(right_words) >= 5 else None


_DATE_WORD = re.compile(r"(?i)(?:\d{1,2}[./-])?(?:19|20)\d\d(?:[./-]\d{1,2})?[.,]?|[–—~-]|to|till|until|present|"
                        r"current|now|today|date|ongoing|summer|winter|spring|autumn|fall|(?:jan|feb|mar|apr|may|jun|"
                        r"jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|['’]\d\d|(?:19|20)\d\d\s*年.*|至今|今")


def _pdf(data: bytes, max_pages: int = MAX_PAGES, limits: PdfLimits | None = None) -> Extracted:
    """The PDF's text under `limits` (the defaults when None): in a child process when `limits.isolated`."""
    limits = limits or PdfLimits()
    if not limits.isolated:
        return read_pdf(data, max_pages=max_pages, limits=limits)
    from tools.resumes.pdf_sandbox import read_isolated

    extracted, outcome = read_isolated(data, max_pages=max_pages, limits=limits)
    if "error" in outcome:
        raise ExtractError(outcome["error"], unsupported=outcome.get("unsupported", False))
    return Extracted(**extracted)


def _limit_reason(exc: BaseException, spent: Any) -> str | None:
    """The reason a limit gave, also when pdfplumber wrapped the error (PdfminerException) or pdfminer swallowed it."""
    for error in (exc, *exc.args, exc.__cause__, exc.__context__):
        if isinstance(error, PdfLimitExceeded):
            return str(error)
    return spent.tripped


def _each_visible_page(data: bytes, *, max_pages: int, limits: PdfLimits | None,
                       visit: Callable[[Any, Any, float, float, list[dict[str, Any]]], None]) -> None:
    """Open the PDF under the page, stream, object and character limits and call `visit(page, visible, width,
    height, boxes)` for each page, `visible` being the page without what a reader cannot see. A limit that trips,
    memory running out, or a broken file is an ExtractError with the reason."""
    import pdfplumber

    from tools.resumes import pdf_limits

    _install_pdf_hooks()
    pdf_limits.install()
    spent = pdf_limits.Budget(limits or PdfLimits())
    try:
        with pdf_limits.budget(spent), pdfplumber.open(io.BytesIO(data)) as pdf:
            pdf_limits.check_pages(pdf.doc, max_pages=max_pages, limits=spent.limits)
            for page in pdf.pages:
                width, height = float(page.width), float(page.height)
                boxes = [shape for shape in (*page.rects, *page.curves) if shape.get("fill")
                         and (shape["x1"] - shape["x0"]) * (shape["bottom"] - shape["top"]) >= 4]
                visible = page.filter(lambda obj, w=width, h=height, b=boxes: _visible(obj, w, h, b))
                visit(page, visible, width, height, boxes)
                page.close()  # its layout and objects are not needed again: a long PDF's memory stays flat
            spent.check()
    except ExtractError:
        raise
    except MemoryError:
        raise ExtractError(spent.limits.memory_reason()) from None
    except Exception as exc:  # pdfminer raises many kinds of errors on hostile files
        reason = _limit_reason(exc, spent)
        raise ExtractError(reason or f"the PDF cannot be read: {type(exc).__name__}") from None


def read_pdf(data: bytes, *, max_pages: int = MAX_PAGES, limits: PdfLimits | None = None) -> Extracted:
    """The PDF's text, read in this process under the page, stream, object and character limits (no memory or
    time budget: that is the child process's, see `_pdf`)."""
    texts: list[str] = []
    counts = {"images": 0, "hidden": 0, "columns": 1}

    def visit(page: Any, visible: Any, width: float, height: float, boxes: list[dict[str, Any]]) -> None:
        counts["hidden"] += sum(1 for char in page.chars if not _visible(char, width, height, boxes))
        counts["images"] += len(page.images)
        gutter = _gutter(visible.extract_words(), width)
        if gutter is None:
            texts.append(visible.extract_text() or "")
        else:
            counts["columns"] = 2
            for box in ((0, 0, gutter, height), (gutter, 0, width, height)):
                texts.append(visible.crop(box, strict=False).extract_text() or "")

    _each_visible_page(data, max_pages=max_pages, limits=limits, visit=visit)
    text = re.sub(r"\(cid:\d+\)", "•", "\n".join(texts))  # glyphs without a Unicode mapping: bullets, mostly
    return Extracted(text=text, format="pdf", pages=len(texts), images=counts["images"],
                     hidden_dropped=counts["hidden"], columns=counts["columns"])


def read_pdf_words(data: bytes, *, max_pages: int = MAX_PAGES, limits: PdfLimits | None = None) -> dict[str, Any]:
    """The PDF's visible words with their boxes, page by page, under the same limits as `read_pdf`: `{pages:
    [{width, height, words: [{text, x0, x1, top, bottom}]}]}` (an invoice read by its layout). Text a reader
    cannot see (render mode 3, white, covered, off the page, tiny) is left out, as it is from a resume."""
    pages: list[dict[str, Any]] = []

    def visit(page: Any, visible: Any, width: float, height: float, boxes: list[dict[str, Any]]) -> None:
        pages.append({"width": width, "height": height, "words": [
            {"text": w["text"], "x0": round(w["x0"], 2), "x1": round(w["x1"], 2), "top": round(w["top"], 2),
             "bottom": round(w["bottom"], 2)}
            for w in visible.extract_words(keep_blank_chars=False, x_tolerance=1.5)]})

    _each_visible_page(data, max_pages=max_pages, limits=limits, visit=visit)
    return {"pages": pages}


def pdf_words(data: bytes, *, max_pages: int = MAX_PAGES, limits: PdfLimits | None = None) -> dict[str, Any]:
    """`read_pdf_words` under `limits`: in a child process with a memory and time budget when `limits.isolated`."""
    limits = limits or PdfLimits()
    if not limits.isolated:
        return read_pdf_words(data, max_pages=max_pages, limits=limits)
    from tools.resumes.pdf_sandbox import read_isolated

    extracted, outcome = read_isolated(data, max_pages=max_pages, limits=limits, reader="words")
    if "error" in outcome:
        raise ExtractError(outcome["error"], unsupported=outcome.get("unsupported", False))
    return extracted


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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _on(element: Any) -> bool:
    """A toggle property (w:vanish, w:b…) is on unless its val says otherwise."""
    return element is not None and element.get(f"{_W}val", "true").lower() not in ("0", "false", "off")


def _hidden_run(properties: list[Any]) -> bool:
    """Whether a run is invisible to a reader: hidden (vanish), white, or under 2 pt. `properties` are the run
    properties that apply, nearest first (the run's own, its character style's, its paragraph style's)."""
    for rpr in properties:
        if rpr is None:
            continue
        for tag in ("vanish", "specVanish", "webHidden"):
            element = rpr.find(f"{_W}{tag}")
            if element is not None:
                return _on(element)
    for rpr in properties:
        color = rpr.find(f"{_W}color") if rpr is not None else None
        if color is not None:
            value = (color.get(f"{_W}val") or "").upper()
            shade = rpr.find(f"{_W}shd") if rpr is not None else None
            if re.fullmatch(r"[0-9A-F]{6}", value) and all(int(value[i:i + 2], 16) >= 0xF0 for i in (0, 2, 4)):
                return shade is None  # white text, unless it sits on a shaded (dark) background
            break
    for rpr in properties:
        size = rpr.find(f"{_W}sz") if rpr is not None else None
        if size is not None and (size.get(f"{_W}val") or "").isdigit():
            return int(size.get(f"{_W}val")) < 2 * MIN_VISIBLE_FONT  # half-points
    return False


def _style_rpr(document: Any, style_id: str | None) -> list[Any]:
    """The run properties a style gives, following its basedOn chain (looked up once per style and document)."""
    if not style_id:
        return []
    chains: dict[str, list[Any]] = document.__dict__.setdefault("_de_style_chains", {})
    if style_id not in chains:
        chains[style_id] = _style_chain(document, style_id)
    return chains[style_id]


def _style_chain(document: Any, style_id: str | None) -> list[Any]:
    out: list[Any] = []
    seen: set[str] = set()
    styles = document.styles.element
    while style_id and style_id not in seen:
        seen.add(style_id)
        style = styles.find(f"{_W}style[@{_W}styleId='{style_id}']")
        if style is None:
            break
        out.append(style.find(f"{_W}rPr"))
        based = style.find(f"{_W}basedOn")
        style_id = based.get(f"{_W}val") if based is not None else None
    return out


def _paragraph_text(paragraph: Any, document: Any) -> tuple[str, int]:
    """The visible text of a paragraph element (runs inside hyperlinks and fields too), and the number of
    characters dropped as hidden."""
    ppr = paragraph.find(f"{_W}pPr")
    pstyle = ppr.find(f"{_W}pStyle") if ppr is not None else None
    paragraph_rpr = _style_rpr(document, pstyle.get(f"{_W}val") if pstyle is not None else None)
    mark = ppr.find(f"{_W}rPr") if ppr is not None else None
    parts: list[str] = []
    dropped = 0
    for run in paragraph.iter(f"{_W}r"):
        rpr = run.find(f"{_W}rPr")
        rstyle = rpr.find(f"{_W}rStyle") if rpr is not None else None
        chain = [rpr, *_style_rpr(document, rstyle.get(f"{_W}val") if rstyle is not None else None),
                 *paragraph_rpr]
        text = "".join(node.text or "" if node.tag == f"{_W}t" else "\t" if node.tag == f"{_W}tab" else "\n"
                       for node in run if node.tag in (f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"))
        if _hidden_run(chain) or (mark is not None and _hidden_run([mark]) and not text.strip()):
            dropped += len(text)
            continue
        parts.append(text)
    return "".join(parts), dropped


def open_docx(data: bytes) -> Any:
    """A python-docx Document, after the archive's size, entry count and compression ratio are checked."""
    import docx

    _check_archive(data)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # a broken or hostile package
        raise ExtractError(f"the DOCX cannot be read: {type(exc).__name__}") from None


def visible_paragraph_text(paragraph: Any, document: Any) -> str:
    """A paragraph's text without its hidden runs (see _hidden_run)."""
    return _paragraph_text(paragraph, document)[0]


def _docx(data: bytes) -> Extracted:
    document = open_docx(data)
    lines: list[str] = []
    hidden = 0

    def cell_text(cell: Any) -> str:
        nonlocal hidden
        texts = []
        for paragraph in cell.iter(f"{_W}p"):
            text, dropped = _paragraph_text(paragraph, document)
            hidden += dropped
            texts.append(text)
        return "\n".join(t for t in texts if t.strip()).strip()

    def walk(container: Any) -> None:
        nonlocal hidden
        for child in container.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                text, dropped = _paragraph_text(child, document)
                hidden += dropped
                lines.append(text)
            elif tag == "tbl":
                for row in child.iter(f"{_W}tr"):
                    cells: list[str] = []
                    for cell in row.iter(f"{_W}tc"):
                        text = cell_text(cell)
                        if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                            cells.append(text)
                    if any("\n" in cell for cell in cells):
                        # A layout table (a two-column template, a header beside a photo, a form's cell holding
                        # two jobs): each paragraph is a line, as the reader sees it, cell after cell.
                        lines.extend(line for cell in cells for line in cell.split("\n"))
                    else:
                        lines.append(" | ".join(cells))  # a data row: its cells side by side
            elif tag == "sdt":  # content controls wrap paragraphs and tables
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    walk(content)

    def part_lines(parts: list[Any]) -> list[str]:
        """The visible lines of headers or footers, each once (sections often repeat them)."""
        nonlocal hidden
        out: list[str] = []
        for part in parts:
            try:
                if part is None or part.is_linked_to_previous:
                    continue
                paragraphs = list(part._element.iter(f"{_W}p"))
            except (AttributeError, KeyError, ValueError):
                continue
            for paragraph in paragraphs:
                text, dropped = _paragraph_text(paragraph, document)
                hidden += dropped
                if text.strip() and text.strip() not in out:
                    out.append(text.strip())
        return out

    header_lines = part_lines([p for s in document.sections for p in (s.header, s.first_page_header)])
    walk(document.element.body)
    footer_lines = part_lines([s.footer for s in document.sections])
    images = len(document.inline_shapes) + _floating_pictures(document)
    return Extracted(text="\n".join([*header_lines, *lines, *footer_lines]), format="docx", images=images,
                     hidden_dropped=hidden)


def _floating_pictures(document: Any) -> int:
    """Pictures in the body's floating drawings (anchored pictures are not inline shapes)."""
    anchors = document.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor")
    return sum(1 for anchor in anchors
               for _ in anchor.iter("{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"))
