"""PDF limits: peak memory and time per PDF read, for a normal resume and the security review's bombs.

    python benchmarks/pdf_limits.py [--against e92834e] [--repeat 20] [--json out/pdf_limits.json]

Cases: a normal one-page resume (the eval suite's first person, rendered by reportlab), the MediaBox bomb (a
page 50,000,000 pt wide), the deflate bomb (100 MB of spaces in a ~100 KB FlateDecode stream) and a time bomb
(a million save/restore operators, 4 KB compressed; its row gives the child a 2 s budget). Each is read the way
a request reads it (`extract("cv.pdf", data, pdf_limits=…)`) three ways:

- old: the extractor at `--against` (before the limits; tools/ and core/ exported from git), in-process: the
  baseline, measured in the same run;
- here: the current extractor in-process (`DE_PDF_ISOLATED=false`): page, stream, object and character limits,
  no memory or time budget;
- child: the current default, a child forked from the PDF fork server under the memory and time budget.

The in-process modes run each case in a fresh Python (after a warm-up read of the normal resume, the peak is
reset through /proc/self/clear_refs), and report that process's peak RSS (VmHWM) and how much the read added to
its resident size; the child mode reports the child's own: its peak counts the ~64 MB of pages it shares with the
fork server (pdfplumber, the CJK character maps: mapped, not copied), so "added by the read" is the figure to
compare; and the API process's growth, which should stay ~0. Linux only (/proc).
Times are medians over `--repeat` reads (3 for the bombs, 1 for the time bomb) including, for the child, the
fork and the socket round trip.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from baseline_tree import export  # noqa: E402  (benchmarks/, first on the path when run as a script)

from tests import hostile_pdfs as hp  # noqa: E402
from tools.resumes.pdf_limits import PdfLimits  # noqa: E402

console = Console(width=150)
TIME_BOMB_SECONDS = 2.0

# One case in a fresh interpreter, against whichever tree is first on sys.path; the job comes on stdin.
READER = """
import importlib, json, statistics, sys, time
def memory_mb(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
job = json.loads(sys.stdin.read())
extract = importlib.import_module("tools.resumes.extract").extract
options = {}
if job["mode"] == "here":
    from tools.resumes.pdf_limits import PdfLimits
    options = {"pdf_limits": PdfLimits(isolated=False)}
extract("cv.pdf", open(job["warm"], "rb").read(), **options)
with open("/proc/self/clear_refs", "w") as handle:
    handle.write("5")  # the peak resident size starts again from here (Linux 4.0+)
before = memory_mb("VmRSS")
data = open(job["file"], "rb").read()
times = []
for _ in range(job["repeat"]):
    started = time.perf_counter()
    try:
        outcome = f"ok: {len(extract('cv.pdf', data, **options).text):,} characters"
    except Exception as exc:
        outcome = f"{type(exc).__name__}: {exc}"
    times.append(time.perf_counter() - started)
peak = memory_mb("VmHWM")
print(json.dumps({"ms": statistics.median(times) * 1000, "peak_mb": peak, "added_mb": peak - before,
                  "outcome": outcome}))
"""


def in_fresh_process(tree: Path, mode: str, warm: Path, file: Path, repeat: int, timeout: float) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    job = json.dumps({"mode": mode, "warm": str(warm), "file": str(file), "repeat": repeat})
    try:
        out = subprocess.run([sys.executable, "-c", READER], input=job, capture_output=True, text=True, env=env,
                             cwd=tree, check=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"ms": timeout * 1000, "peak_mb": None, "added_mb": None, "outcome": f"stopped after {timeout:.0f} s"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def in_child(data: bytes, limits: PdfLimits, repeat: int) -> dict[str, Any]:
    from tools.resumes.pdf_sandbox import memory_mb, read_isolated

    before = memory_mb("VmHWM") or 0.0
    times, outcome, stats = [], "", {}
    for _ in range(repeat):
        started = time.perf_counter()
        extracted, stats = read_isolated(data, max_pages=50, limits=limits)
        times.append(time.perf_counter() - started)
        outcome = (f"ExtractError: {stats['error']}" if "error" in stats
                   else f"ok: {len(extracted['text']):,} characters")
    growth = (memory_mb("VmHWM") or 0.0) - before
    peak = stats.get("peak_rss_mb")
    return {"ms": statistics.median(times) * 1000, "peak_mb": peak,
            "added_mb": peak - stats["rss_before_mb"] if peak is not None else None,
            "api_growth_mb": growth, "outcome": outcome}


def resume() -> bytes:
    render = importlib.import_module("evals.suites.resume").render
    dataset = json.loads((ROOT / "evals/datasets/resume.json").read_text())
    return render(dataset["cases"][0]["inputs"] | {"format": "pdf", "hidden": None, "photo": False})[1]


def mb(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="e92834e", help="the git commit before the limits (the baseline)")
    parser.add_argument("--repeat", type=int, default=20, help="reads of the normal resume per mode")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds an in-process case may run")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    cases = {"normal resume": (resume(), args.repeat, PdfLimits()),
             "MediaBox 5e7 pt": (hp.mediabox_bomb(), 3, PdfLimits()),
             "deflate 100 MB": (hp.deflate_bomb(), 3, PdfLimits()),
             "time bomb (2 s budget)": (hp.slow_pdf(1_000_000), 1, PdfLimits(seconds=TIME_BOMB_SECONDS))}
    results: dict[str, dict[str, dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="de-bench-pdf-") as directory:
        folder = Path(directory)
        paths = {}
        for n, (name, (data, _, _)) in enumerate(cases.items()):
            paths[name] = folder / f"{n}.pdf"
            paths[name].write_bytes(data)
        old_tree = export(args.against, folder)
        for name, (data, repeat, limits) in cases.items():
            console.print(f"reading {name} ({len(data):,} bytes)…")
            results[name] = {
                "old": in_fresh_process(old_tree, "old", paths["normal resume"], paths[name], repeat, args.timeout),
                "here": in_fresh_process(ROOT, "here", paths["normal resume"], paths[name], repeat, args.timeout),
                "child": in_child(data, limits, repeat),
            }
    table = Table(title=f"PDF reads: peak memory and time per read (baseline: in-process at {args.against}, "
                        "same run)")
    for column in ["case", "mode", "outcome", "ms / read", "peak RSS MB", "added by the read MB", "peak vs old",
                   "time vs old"]:
        table.add_column(column, overflow="fold")
    for name, modes in results.items():
        old = modes["old"]
        for mode, row in modes.items():
            ratio = (f"{row['peak_mb'] / old['peak_mb']:.2f}×" if row["peak_mb"] and old["peak_mb"] else "—")
            table.add_row(name if mode == "old" else "", mode, row["outcome"][:70], f"{row['ms']:,.1f}",
                          mb(row["peak_mb"]), mb(row["added_mb"]), ratio, f"{row['ms'] / old['ms']:.2f}×")
    console.print(table)
    growth = max(r["child"]["api_growth_mb"] for r in results.values())
    console.print(f"child mode: the API process's peak RSS grew by {growth:.1f} MB over all cases")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"against": args.against, "results": results}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
