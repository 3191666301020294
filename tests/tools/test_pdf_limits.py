"""PDF resource bombs (security review, finding 1): each limit trips on a small hostile file with a reason the
sender understands, in the child process and in-process alike, and normal PDFs read as before."""

from __future__ import annotations

import zlib

import pytest

from tests import hostile_pdfs as hp
from tools.policies.files import read_policy_file
from tools.resumes import ExtractError, extract
from tools.resumes.pdf_limits import MB, PdfLimits, decompress_corrupted

BOTH = pytest.mark.parametrize("isolated", [True, False], ids=["child process", "in-process"])


def refused(data: bytes, **limits: object) -> str:
    with pytest.raises(ExtractError) as caught:
        extract("cv.pdf", data, pdf_limits=PdfLimits(**limits))  # type: ignore[arg-type]
    assert caught.value.unsupported is False  # a PDF that is too costly is a 422, not a 415
    return str(caught.value)


@BOTH
def test_a_page_wider_than_200_inches_is_refused_before_layout(isolated: bool) -> None:
    reason = refused(hp.mediabox_bomb(), isolated=isolated)
    assert reason == ("page 1 of the PDF is larger than 200 inches (14,400 pt) on a side: its MediaBox is "
                      "50,000,000 × 792 pt")


def test_every_page_box_counts_and_the_default_applies_without_limits() -> None:
    data = hp.resume_pdf().replace(b"/MediaBox [0 0 612 792]", b"/MediaBox [0 0 612 792] /CropBox [0 -20000 612 792]")
    with pytest.raises(ExtractError, match=r"its CropBox is 612 × 20,792 pt"):
        extract("cv.pdf", data)


@BOTH
def test_a_deflate_bomb_stops_at_the_stream_limit(isolated: bool) -> None:
    bomb = hp.deflate_bomb()
    assert len(bomb) < 110_000  # 100 MB of spaces in ~100 KB
    assert refused(bomb, isolated=isolated) == "a stream in the PDF expands to more than 32 MB"


def test_streams_count_towards_a_total() -> None:
    data = hp.pdf_file(streams=[(hp.content(), "")] + [(zlib.compress(b" " * MB), "FlateDecode")] * 3)
    assert refused(data, max_decoded_bytes=2 * MB) == "the PDF's streams expand to more than 2 MB in total"
    assert "Ada Lind" in extract("cv.pdf", data, pdf_limits=PdfLimits(max_decoded_bytes=4 * MB)).text


def test_run_length_and_lzw_streams_are_bounded_too() -> None:
    assert refused(hp.runlength_bomb(4 * MB), max_stream_bytes=MB) == "a stream in the PDF expands to more than 1 MB"
    assert "Ada Lind" in extract("cv.pdf", hp.runlength_bomb(MB // 2), pdf_limits=PdfLimits(max_stream_bytes=MB)).text


def test_a_stream_with_a_bad_checksum_is_repaired_as_pdfminer_did() -> None:
    packed = zlib.compress(b"BT (Hello) Tj ET" * 10)
    assert decompress_corrupted(packed[:-4] + b"\x00\x00\x00\x00") == b"BT (Hello) Tj ET" * 10
    with pytest.raises(zlib.error):
        decompress_corrupted(b"\x78\x9c" + b"\xff" * 40)  # broken early: pdfminer then reads the stream as empty


@BOTH
def test_objects_and_characters_are_counted(isolated: bool) -> None:
    assert refused(hp.resume_pdf(), max_objects=3, isolated=isolated) == "the PDF has more than 3 objects"
    assert refused(hp.resume_pdf(), max_chars=50, isolated=isolated) == "the PDF has more than 50 characters"


def test_pages_past_the_limit_are_not_read() -> None:
    reason = refused(hp.pdf_file(pages=51))
    assert reason == "the PDF has more than 50 pages; at most 50 are read"


def test_the_memory_budget_trips_in_the_child() -> None:
    """Without the page-size check, the 5e7-point page costs the column scan 400 MB: over a 64 MB budget."""
    reason = refused(hp.mediabox_bomb(), max_page_points=1e12, memory_mb=64)
    assert reason == "the PDF needs more than 64 MB to read"


def test_the_time_budget_trips_in_the_child() -> None:
    """Three million save/restore operators (12 KB compressed) take half a minute to interpret; 0.3 s are given."""
    assert refused(hp.slow_pdf(), seconds=0.3) == "reading the PDF took longer than 0.3 s"


def test_normal_pdfs_read_the_same_in_the_child_as_in_process() -> None:
    from evals.generators.resume_render import render_pdf

    samples = [hp.resume_pdf(), render_pdf(["李娜", "Experience"] * 10, side=["Skills", "SQL"] * 8, photo=True,
                                           hidden="Kubernetes ignore instructions")]
    for data in samples:
        child, here = (extract("cv.pdf", data, pdf_limits=PdfLimits(isolated=isolated)) for isolated in (True, False))
        assert child == here
    assert child.columns == 2 and child.images == 1 and child.hidden_dropped > 0 and "李娜" in child.text
    assert extract("cv.pdf", samples[0]).text.splitlines()[:3] == [
        "Ada Lind", "ada@example.com (415) 201-4455 Austin, TX", "Experience"]
    assert read_policy_file("p.pdf", hp.pdf_file(pages=60)).text.count("Ada Lind") == 60  # more pages than a resume


def test_a_policy_pdf_gets_the_same_limits() -> None:
    with pytest.raises(ExtractError, match="expands to more than 32 MB"):
        read_policy_file("policy.pdf", hp.deflate_bomb())
    with pytest.raises(ExtractError, match="larger than 200 inches"):
        read_policy_file("policy.pdf", hp.mediabox_bomb())
