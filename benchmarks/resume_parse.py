"""Resumes parsed per second by format, on one core: extraction (PDF layout, DOCX XML) plus parsing.

    python benchmarks/resume_parse.py [--repeat 3]

The resumes are the eval suite's (64 invented people, half Chinese), rendered in each format. The baseline in
the same run is plain text, which needs no extraction: the ratios show what each format costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.suites.resume import render
from tools.resumes import extract, parse_resume

console = Console(width=140)
FORMATS = ["txt", "md", "docx", "docx_table", "pdf", "pdf_two_column"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the resumes per format")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    dataset = json.loads((Path(__file__).resolve().parent.parent / "evals/datasets/resume.json").read_text())
    people = {case["name"].rsplit("-", 1)[0]: case["inputs"] for case in dataset["cases"]}
    today = dt.date(2026, 11, 26)
    rates: dict[str, float] = {}
    sizes: dict[str, int] = {}
    for fmt in FORMATS:
        files = [render(inputs | {"format": fmt, "hidden": None, "photo": False}) for inputs in people.values()]
        sizes[fmt] = sum(len(data) for _name, data in files) // len(files)
        started = time.perf_counter()
        for _ in range(args.repeat):
            for name, data in files:
                extracted = extract(name, data)
                parse_resume(extracted.text, images=extracted.images, today=today)
        rates[fmt] = len(files) * args.repeat / (time.perf_counter() - started)
    table = Table(title=f"Resume extraction + parsing, one core ({len(people)} resumes × {args.repeat} passes)")
    for column in ("format", "resumes/s", "ms each", "avg file size", "vs plain text (same run)"):
        table.add_column(column)
    for fmt in FORMATS:
        table.add_row(fmt, f"{rates[fmt]:,.0f}", f"{1000 / rates[fmt]:.2f}", f"{sizes[fmt] / 1024:.1f} KiB",
                      f"{rates[fmt] / rates['txt']:.2f}×")
    console.print(table)


if __name__ == "__main__":
    main()
