"""Resumes parsed per second by format, on one core: extraction (PDF layout, DOCX XML) plus parsing.

    python benchmarks/resume_parse.py [--repeat 3] [--against 58a53ed] [--json out/resume_parse.json]

The resumes are the eval suite's (64 invented people, half Chinese), rendered once in each format. Two
baselines are measured in the same run on the same files: plain text (no extraction: what each format costs),
and, with `--against REF`, the parser as it was at that git commit (its tools/ and core/ exported to a
temporary folder and timed in a subprocess the same way), so a change of parser or taxonomy shows as a ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from baseline_tree import export  # noqa: E402  (benchmarks/, first on the path when run as a script)

from evals.suites.resume import render  # noqa: E402

console = Console(width=140)
FORMATS = ["txt", "md", "docx", "docx_table", "pdf", "pdf_two_column"]

# Timed in a subprocess against whichever tree is first on sys.path: the files and the repeat come on stdin.
TIMER = """
import datetime as dt, json, os, sys, time
from pathlib import Path
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
from tools.resumes import extract, parse_resume
job = json.loads(sys.stdin.read())
today = dt.date(2026, 11, 26)
rates = {}
for fmt, paths in job["files"].items():
    files = [(Path(p).name, Path(p).read_bytes()) for p in paths]
    for name, data in files[:3]:  # warm-up: taxonomies and fonts load once
        extracted = extract(name, data)
        parse_resume(extracted.text, images=extracted.images, today=today)
    started = time.perf_counter()
    for _ in range(job["repeat"]):
        for name, data in files:
            extracted = extract(name, data)
            parse_resume(extracted.text, images=extracted.images, today=today)
    rates[fmt] = len(files) * job["repeat"] / (time.perf_counter() - started)
print(json.dumps(rates))
"""


def time_tree(tree: Path, files: dict[str, list[str]], repeat: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-c", TIMER], input=json.dumps({"files": files, "repeat": repeat}),
                         capture_output=True, text=True, env=env, cwd=tree, check=True, timeout=1800)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the resumes per format")
    parser.add_argument("--against", default=None, help="a git commit whose parser is timed on the same files")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    dataset = json.loads((ROOT / "evals/datasets/resume.json").read_text())
    people = {case["name"].rsplit("-", 1)[0]: case["inputs"] for case in dataset["cases"]}
    with tempfile.TemporaryDirectory(prefix="de-bench-resume-") as directory:
        folder = Path(directory)
        files: dict[str, list[str]] = {}
        sizes: dict[str, int] = {}
        for fmt in FORMATS:
            paths = []
            for n, inputs in enumerate(people.values()):
                name, data = render(inputs | {"format": fmt, "hidden": None, "photo": False})
                path = folder / fmt / f"{n:03d}-{name}"
                path.parent.mkdir(exist_ok=True)
                path.write_bytes(data)
                paths.append(str(path))
            files[fmt] = paths
            sizes[fmt] = sum(Path(p).stat().st_size for p in paths) // len(paths)
        console.print(f"timing the current parser on {len(people)} resumes × {len(FORMATS)} formats…")
        rates = time_tree(ROOT, files, args.repeat)
        before = None
        if args.against:
            console.print(f"timing the parser at {args.against} on the same files…")
            before = time_tree(export(args.against, folder), files, args.repeat)
    table = Table(title=f"Resume extraction + parsing, one core ({len(people)} resumes × {args.repeat} passes)")
    columns = ["format", "resumes/s", "ms each", "avg file size", "vs plain text (same run)"]
    if before:
        columns += [f"at {args.against}: resumes/s", "now vs then"]
    for column in columns:
        table.add_column(column)
    for fmt in FORMATS:
        row = [fmt, f"{rates[fmt]:,.0f}", f"{1000 / rates[fmt]:.2f}", f"{sizes[fmt] / 1024:.1f} KiB",
               f"{rates[fmt] / rates['txt']:.2f}×"]
        if before:
            row += [f"{before[fmt]:,.0f}", f"{rates[fmt] / before[fmt]:.2f}×"]
        table.add_row(*row)
    console.print(table)
    if before:
        total_now = sum(1 / rates[f] for f in FORMATS)
        total_then = sum(1 / before[f] for f in FORMATS)
        console.print(f"all formats: {total_then / total_now:.2f}× the speed at {args.against} "
                      f"(1.00 = the same; above 0.80 is within 20 %)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"rates": rates, "against": args.against, "rates_then": before,
                                         "repeat": args.repeat}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
