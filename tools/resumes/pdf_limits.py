"""What a PDF may cost to read. A PDF is a small file that can describe a huge amount of work: a page 50 million
points wide, a 100 KB stream that inflates to 100 MB, millions of objects or characters. Each of these is
refused with a reason a sender understands, before it costs memory, and the whole read runs under a memory and
time budget in a child process (see `pdf_sandbox`).

The limits, all in `PdfLimits` (set from `DE_PDF_*` settings, see `agent.configs.pdf_limits`):

- page boxes: every MediaBox, CropBox, TrimBox, BleedBox and ArtBox is at most `max_page_points` (14,400 pt,
  200 inches: the PDF specification's own limit, ISO 32000 annex C) on a side. Checked on pdfminer's page
  objects before any page is laid out; such a page is refused, not clamped (no real resume or policy has one).
- decoded streams: FlateDecode inflates through a bounded `zlib.decompressobj(max_length)`, LZW and RunLength
  decode with a running count, so one stream stops at `max_stream_bytes`; every decoded stream counts towards
  `max_decoded_bytes` for the document (decoded streams stay cached while the document is open).
- objects: at most `max_objects` indirect objects are parsed (each counted once, when it first leaves the cache).
- characters: at most `max_chars` characters are laid out, over all pages.
- memory and time: the child process may grow its address space by `memory_mb` (RLIMIT_AS) and must answer
  within `seconds` (30 s for a resume, 300 s for a policy of up to 400 pages); `max_parallel` children at once.

How: `install()` patches pdfminer once per process (like `extract._install_pdf_hooks`): `pdfminer.pdftypes`'s
zlib, `decompress_corrupted`, `lzwdecode`, `rldecode` and `ccittfaxdecode` names, `PDFStream.decode` (the total)
and `PDFDocument.getobj` (the object count). The counts live in a `Budget` in a context variable, set by
`budget(Budget(limits))` around one read, so concurrent reads in threads keep their own counts; outside a budget the
per-stream limit of the defaults applies. A limit that trips raises `PdfLimitExceeded`; since pdfplumber wraps
errors and pdfminer swallows some, the budget also remembers the first reason and `Budget.check()` raises it again.
"""

from __future__ import annotations

import contextvars
import io
import math
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

MB = 1024 * 1024
RESUME_SECONDS = 30.0  # a resume has at most 50 pages
POLICY_SECONDS = 300.0  # a policy up to 400 (a dense 400-page policy took 52 s on a busy 2-core machine)
PAGE_BOXES = ("MediaBox", "CropBox", "TrimBox", "BleedBox", "ArtBox")


@dataclass(frozen=True)
class PdfLimits:
    max_page_points: float = 14_400.0
    max_stream_bytes: int = 32 * MB
    max_decoded_bytes: int = 128 * MB
    max_objects: int = 200_000
    max_chars: int = 4_000_000
    memory_mb: int = 512
    seconds: float = RESUME_SECONDS
    max_parallel: int = 2
    isolated: bool = True

    def memory_reason(self) -> str:
        return f"the PDF needs more than {self.memory_mb} MB to read"

    def time_reason(self) -> str:
        return f"reading the PDF took longer than {self.seconds:g} s"


class PdfLimitExceeded(Exception):
    """A PDF asked for more than its limits allow; the message says what, for the sender."""


class Budget:
    """What one read has spent so far."""

    def __init__(self, limits: PdfLimits) -> None:
        self.limits = limits
        self.decoded = self.objects = self.chars = 0
        self.tripped: str | None = None

    def trip(self, reason: str) -> None:
        self.tripped = self.tripped or reason
        raise PdfLimitExceeded(reason)

    def check(self) -> None:
        if self.tripped:
            raise PdfLimitExceeded(self.tripped)


_current: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("pdf_budget", default=None)


@contextmanager
def budget(spent: Budget) -> Iterator[Budget]:
    """Count what the reads in this context spend against `spent`."""
    token = _current.set(spent)
    try:
        yield spent
    finally:
        _current.reset(token)


def _spent() -> Budget:
    return _current.get() or Budget(PdfLimits())


def _mb(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size:,} bytes"


def _stream_cap() -> tuple[Budget, int]:
    spent = _spent()
    return spent, spent.limits.max_stream_bytes


def _too_big(spent: Budget) -> None:
    spent.trip(f"a stream in the PDF expands to more than {_mb(spent.limits.max_stream_bytes)}")


def count_char() -> None:
    """One more character laid out (called by the extractor's render hook)."""
    spent = _current.get()
    if spent is not None:
        spent.chars += 1
        if spent.chars > spent.limits.max_chars:
            spent.trip(f"the PDF has more than {spent.limits.max_chars:,} characters")


def check_page_boxes(attrs: dict[str, Any], page_number: int, limits: PdfLimits) -> None:
    """Refuse a page whose boxes exceed `max_page_points` on a side (or are not finite numbers)."""
    from pdfminer.pdftypes import resolve1

    limit = limits.max_page_points
    for name in PAGE_BOXES:
        box = resolve1(attrs.get(name))
        if not isinstance(box, list | tuple) or len(box) != 4:
            continue  # absent or malformed: pdfminer and pdfplumber fall back to a default
        values = [resolve1(v) for v in box]
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            continue
        width, height = abs(float(values[2]) - float(values[0])), abs(float(values[3]) - float(values[1]))
        if not (math.isfinite(width) and math.isfinite(height) and width <= limit and height <= limit):
            shown = " × ".join(f"{v:,.0f}" if math.isfinite(v) and v < 1e15 else "huge" for v in (width, height))
            raise PdfLimitExceeded(f"page {page_number} of the PDF is larger than {limit / 72:,.0f} inches "
                                   f"({limit:,.0f} pt) on a side: its {name} is {shown} pt")


def check_pages(document: Any, *, max_pages: int, limits: PdfLimits) -> int:
    """Count the pages (stopping past `max_pages`) and check their boxes, before anything is laid out."""
    from pdfminer.pdfpage import PDFPage

    count = 0
    for page in PDFPage.create_pages(document):
        count += 1
        if count > max_pages:
            raise PdfLimitExceeded(f"the PDF has more than {max_pages} pages; at most {max_pages} are read")
        check_page_boxes(page.attrs, count, limits)
    return count


# Bounded decoders, installed into pdfminer.pdftypes by install().

class _BoundedZlib:
    """Stands in for the zlib module inside pdfminer.pdftypes: `decompress` stops at the stream limit."""

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)

    @staticmethod
    def decompress(data: bytes) -> bytes:
        spent, cap = _stream_cap()
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, cap + 1)
        if len(out) > cap:
            _too_big(spent)
        if not inflater.eof:
            raise zlib.error("incomplete or truncated stream")  # as zlib.decompress says; pdfminer then repairs
        return out


def decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's repair of a stream with a bad checksum (an error in its last 3 bytes is forgiven, earlier it is
    not), bounded and without its byte-at-a-time string concatenation."""
    spent, cap = _stream_cap()
    inflater = zlib.decompressobj()
    out = bytearray(inflater.decompress(data[:-3], cap + 1))  # an error here propagates, as in pdfminer
    for n in range(max(0, len(data) - 3), len(data)):
        if len(out) > cap:
            break
        try:
            out += inflater.decompress(data[n:n + 1], cap + 1 - len(out))
        except zlib.error:
            break
    if len(out) > cap:
        _too_big(spent)
    return bytes(out)


def lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    spent, cap = _stream_cap()
    out = bytearray()
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        out += chunk
        if len(out) > cap:
            _too_big(spent)
    return bytes(out)


def rldecode(data: bytes) -> bytes:
    """RunLength decoding (PDF 1.7 § 7.4.5) with the stream limit; a truncated run ends the data."""
    spent, cap = _stream_cap()
    out = bytearray()
    at = 0
    while at < len(data) and data[at] != 128:
        length = data[at]
        if length < 128:
            out += data[at + 1:at + 2 + length]
            at += 2 + length
        else:
            out += data[at + 1:at + 2] * (257 - length)
            at += 2
        if len(out) > cap:
            _too_big(spent)
    return bytes(out)


_LOCK = threading.Lock()
_installed = False


def install() -> None:
    """Patch pdfminer once per process (see the module's docstring)."""
    global _installed
    with _LOCK:
        if _installed:
            return
        from pdfminer import pdftypes
        from pdfminer.pdfdocument import PDFDocument

        original_ccitt = pdftypes.ccittfaxdecode
        original_decode = pdftypes.PDFStream.decode
        original_getobj = PDFDocument.getobj

        def ccittfaxdecode(data: bytes, params: Any) -> bytes:
            out = original_ccitt(data, params)
            spent, cap = _stream_cap()
            if len(out) > cap:
                _too_big(spent)
            return out

        def decode(self: Any) -> None:
            original_decode(self)
            spent = _current.get()
            if spent is not None and self.data is not None:
                spent.decoded += len(self.data)
                if spent.decoded > spent.limits.max_decoded_bytes:
                    spent.trip(f"the PDF's streams expand to more than {_mb(spent.limits.max_decoded_bytes)} "
                               "in total")

        def getobj(self: Any, objid: int) -> object:
            spent = _current.get()
            if spent is not None and objid not in getattr(self, "_cached_objs", ()):
                spent.objects += 1
                if spent.objects > spent.limits.max_objects:
                    spent.trip(f"the PDF has more than {spent.limits.max_objects:,} objects")
            return original_getobj(self, objid)

        pdftypes.zlib = _BoundedZlib  # type: ignore[assignment]
        pdftypes.decompress_corrupted = decompress_corrupted
        pdftypes.lzwdecode = lzwdecode
        pdftypes.rldecode = rldecode
        pdftypes.ccittfaxdecode = ccittfaxdecode
        pdftypes.PDFStream.decode = decode  # type: ignore[method-assign]
        PDFDocument.getobj = getobj  # type: ignore[method-assign]
        _installed = True
