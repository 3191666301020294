"""Render a resume (a list of lines) as the files people send: PDF (one or two columns; Chinese through
reportlab's built-in CID font, so no font file is needed), DOCX (paragraphs, or the personal details in a
table), plain text. Optional: white or tiny hidden text, and a photo."""

from __future__ import annotations

import io
import re

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc0000003"
    "01010018dd8db00000000049454e44ae426082")


def _font(line: str) -> str:
    return "STSong-Light" if _CJK.search(line) else "Helvetica"


def render_pdf(lines: list[str], *, side: list[str] | None = None, hidden: str | None = None,
               photo: bool = False) -> bytes:
    """`side`: a second column at the right (two-column layout). `hidden`: white text at the bottom."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    width, height = A4

    def wrap(item: str, width_pt: float) -> list[str]:
        """Break at spaces, as layout does; Chinese, which has none, between characters."""
        tokens = re.findall(r"[\u4e00-\u9fff]|[^\s\u4e00-\u9fff]+\s*|\s+", item)
        chunks, current = [], ""
        for token in tokens:
            if current and pdfmetrics.stringWidth(current + token.rstrip(), _font(current + token), 10) > width_pt:
                chunks.append(current.rstrip())
                current = ""
            current += token
        return [*chunks, current.rstrip()]

    def column(items: list[str], x: float, width_pt: float) -> None:
        y = height - 56
        for item in items:
            for chunk in wrap(item, width_pt):
                if y < 60:
                    page.showPage()
                    y = height - 56
                page.setFont(_font(chunk), 10)
                page.drawString(x, y, chunk)
                y -= 15

    column(lines, 48, width - 96 if side is None else 270)
    if side:
        column(side, 350, 200)
    if photo:
        page.drawImage(ImageReader(io.BytesIO(_PNG_1PX)), width - 110, height - 130, 60, 75)
    if hidden:
        page.setFillColorRGB(1, 1, 1)
        page.setFont(_font(hidden), 9)
        page.drawString(48, 40, hidden)
    page.save()
    return buffer.getvalue()


def render_docx(lines: list[str], *, table_rows: list[list[str]] | None = None, photo: bool = False) -> bytes:
    """`table_rows`: the personal details as a table before the rest, as many Chinese templates do."""
    import docx
    from docx.shared import Inches

    document = docx.Document()
    if table_rows:
        table = document.add_table(rows=0, cols=max(len(row) for row in table_rows))
        for row in table_rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=False):
                cell.text = value
    for line in lines:
        document.add_paragraph(line)
    if photo:
        document.add_picture(io.BytesIO(_PNG_1PX), width=Inches(0.8))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
