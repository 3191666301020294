"""Invoices read per second, per source type, on one core (issue 19).

    python benchmarks/invoice_formats.py [--seconds 3] [--json FILE]

The process is pinned to one CPU (the PDF reader's child processes inherit the pin). Each source type is read
through the same entry point as `invoice.received` `{file}` (`read_invoice_file`) and validated into the
contract's Invoice, for about --seconds each; the figure is documents per second (median of three rounds). The
baseline, measured in the same run, is the JSON Invoice of the same document validated alone: the ratio says
what reading the format costs on top of the contract's own checks.

- UBL: a 12-line UBL 2.1 invoice (the generators' writer);
- CII: the same invoice as CII D16B;
- Factur-X PDF: the same CII inside a one-page PDF (embedded-file extraction with pypdf, then CII);
- plain PDF: a generated Chinese VAT e-invoice and an English invoice from evals/datasets/einvoice/dev, read by
  their layout, in the PDF sandbox (a forked child per file, as the service does) and in-process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.generators.einvoice_writers import hybrid_pdf, to_cii
from evals.generators.invoice_cases import to_ubl
from tools.documents import Invoice, billing_document
from tools.invoices.files import read_invoice_file
from tools.resumes.pdf_limits import PdfLimits

console = Console(width=140)
DEV = Path(__file__).resolve().parent.parent / "evals" / "datasets" / "einvoice" / "dev"


def invoice(lines: int = 12) -> dict[str, Any]:
    rows, subtotal, tax = [], 0, 0
    for n in range(1, lines + 1):
        amount = n * 3 * 25  # quantity 3n at 25.00
        rows.append({"line_no": n, "sku": f"SKU-{n}", "description": f"Item number {n}, steel, boxed",
                     "quantity": str(3 * n), "unit_price": "25.00", "tax_rate": "0.19", "amount": f"{amount}.00"})
        subtotal += amount
        tax += amount * 19
    tax_text = f"{tax // 100}.{tax % 100:02d}"
    total = subtotal * 100 + tax
    return {"invoice_number": "BENCH-1", "vendor": {"vendor_id": "V-1", "name": "Bench Supplies GmbH",
                                                     "tax_id": "DE123456789"},
            "po_number": "PO-1", "issue_date": "2026-11-30", "currency": "EUR", "lines": rows,
            "subtotal": f"{subtotal}.00", "tax_total": tax_text, "total": f"{total // 100}.{total % 100:02d}"}


def rate(work: Callable[[], Any], seconds: float) -> float:
    """Documents per second: the median of three rounds of about seconds/3 each."""
    rounds = []
    for _ in range(3):
        count, started = 0, time.perf_counter()
        while True:
            work()
            count += 1
            elapsed = time.perf_counter() - started
            if elapsed >= seconds / 3:
                break
        rounds.append(count / elapsed)
    return statistics.median(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    document = invoice()
    ubl = to_ubl(document).encode()
    cii = to_cii(document).encode()
    facturx = hybrid_pdf(cii, lines=["Invoice BENCH-1"])
    chinese = (DEV / "cn-010.pdf").read_bytes()  # 11 lines, the 数电 layout
    english = (DEV / "en-001.pdf").read_bytes()
    sandboxed, in_process = PdfLimits(), PdfLimits(isolated=False)

    def read(name: str, data: bytes, limits: PdfLimits | None = None) -> Callable[[], Any]:
        return lambda: billing_document(read_invoice_file(name, data, pdf_limits=limits).document)

    read("warm.pdf", chinese, sandboxed)()  # the sandbox's fork server starts once, before timing
    cases = [
        ("JSON Invoice (baseline)", lambda: Invoice.model_validate(document)),
        ("UBL 2.1 XML", read("i.xml", ubl)),
        ("CII D16B XML", read("i.xml", cii)),
        ("Factur-X PDF (embedded CII)", read("i.pdf", facturx)),
        ("plain PDF, Chinese VAT (sandbox)", read("i.pdf", chinese, sandboxed)),
        ("plain PDF, Chinese VAT (in-process)", read("i.pdf", chinese, in_process)),
        ("plain PDF, English (sandbox)", read("i.pdf", english, sandboxed)),
        ("plain PDF, English (in-process)", read("i.pdf", english, in_process)),
    ]
    rows = []
    with console.status("timing") as status:
        for name, work in cases:
            status.update(f"timing {name}")
            rows.append({"source": name, "docs_per_second": round(rate(work, args.seconds), 1)})
    baseline = rows[0]["docs_per_second"]
    table = Table(title="Invoices read per second on one core (median of 3 rounds)")
    for column in ("source", "docs/s", "ms per doc", "× slower than the JSON baseline"):
        table.add_column(column, justify="left" if column == "source" else "right")
    for row in rows:
        row["ms_per_doc"] = round(1000 / row["docs_per_second"], 2)
        row["ratio_to_baseline"] = round(baseline / row["docs_per_second"], 1)
        table.add_row(row["source"], f"{row['docs_per_second']:,.1f}", f"{row['ms_per_doc']:.2f}",
                      f"{row['ratio_to_baseline']:,.1f}")
    console.print(table)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"benchmark": "invoice_formats", "cpus": 1, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
