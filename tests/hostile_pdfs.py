"""Small PDFs written by hand, byte by byte, for the PDF limits: a normal one-page resume and the bombs from the
security review (a page 50 million points wide, a 100 KB stream that inflates to 100 MB), and their relatives."""

from __future__ import annotations

import zlib

RESUME_TEXT = ("Ada Lind", "ada@example.com  (415) 201-4455  Austin, TX", "Experience",
               "Data Analyst, Acme Analytics Inc, Jan 2020 - Present", "Skills", "Python, SQL, Excel, Airflow")


def content(lines: tuple[str, ...] = RESUME_TEXT) -> bytes:
    """A page's content stream: the lines in Helvetica 11 pt, from the top of a Letter page."""
    ops = [b"BT /F1 11 Tf 14 TL 72 720 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def pdf_file(*, mediabox: str = "0 0 612 792", streams: list[tuple[bytes, str]] | None = None,
             pages: int = 1) -> bytes:
    """A PDF whose every page draws the given content streams (raw bytes, filter name or ""), in order."""
    streams = streams if streams is not None else [(content(), "")]
    font = 3
    first_stream = 4
    first_page = first_stream + len(streams)
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (first_page + n) for n in range(pages))
           + b"] /Count %d >>" % pages,
        font: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for n, (data, filter_name) in enumerate(streams):
        filter_entry = f" /Filter /{filter_name}".encode() if filter_name else b""
        objects[first_stream + n] = (b"<< /Length %d" % len(data) + filter_entry + b" >>\nstream\n" + data
                                     + b"\nendstream")
    contents = b"[" + b" ".join(b"%d 0 R" % (first_stream + n) for n in range(len(streams))) + b"]"
    for n in range(pages):
        objects[first_page + n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [" + mediabox.encode() + b"] /Contents "
                                   + contents + b" /Resources << /Font << /F1 %d 0 R >> >> >>" % font)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def resume_pdf() -> bytes:
    return pdf_file()


def mediabox_bomb(width: int = 50_000_000) -> bytes:
    """The review's first file: a resume on a page `width` points wide (5e7 pt: the extractor's column scan
    alone allocated 400 MB)."""
    return pdf_file(mediabox=f"0 0 {width} 792")


def deflate_bomb(size: int = 100_000_000) -> bytes:
    """The review's second file: a FlateDecode content stream of `size` spaces, about 100 KB compressed."""
    return pdf_file(streams=[(content(), ""), (zlib.compress(b" " * size, 9), "FlateDecode")])


def runlength_bomb(size: int) -> bytes:
    """A RunLengthDecode stream of `size` spaces in 2-byte runs of 128 (64 times smaller)."""
    return pdf_file(streams=[(content(), ""), (bytes([129, 32]) * (size // 128) + b"\x80", "RunLengthDecode")])


def slow_pdf(operators: int = 3_000_000) -> bytes:
    """A content stream of `operators` save/restore pairs: small compressed, seconds of interpreting."""
    return pdf_file(streams=[(content(), ""), (zlib.compress(b"q Q\n" * operators, 9), "FlateDecode")])
