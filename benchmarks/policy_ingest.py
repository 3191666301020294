"""Policy ingestion of a real statute, and lookups with short and very long questions.

    python benchmarks/policy_ingest.py --corpora ../shared/corpora [--queries 40] [--json out/policy_ingest.json]

1. Ingestion: the US Federal Travel Regulation ch. 301 (257 KB of Markdown) through the upload path of
   POST /v1/policies: sectioning, tokens, e5 passage vectors, storage. Seconds per step and sections made.
2. Lookups over the six shared documents through POST /v1/tools/policy-lookup's path (e5 query embedding
   included): a 10-character question and a 4,000-character one, p50 and p95; the baseline, measured in the
   same run, is the long question without the length cap (as the service ran before it had one).

Skips, saying why, without the corpora folder (it is not in the repository).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.metrics import percentile
from services.policies import PolicyService
from storage.db import Database, upgrade
from tools.policies import embed, parse_policy, passage_text, section_tokens
from tools.policies import index as index_module
from tools.policies.files import read_policy_file

console = Console(width=140)
FTR = "ftr-chapter-301-tdy-travel-allowances.md"
SHORT = "年假有几天？报销呢"
LONG_SEED = ("出差期间的酒店住宿费用每晚最多可以报销多少钱，需要提供哪些发票和收据，如果超过标准应该由谁审批？"
             "What is the hotel limit per night on a business trip, which receipts are needed, and who approves "
             "an exception? ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=os.environ.get("DE_EVAL_CORPORA"))
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--baseline-runs", type=int, default=2, help="uncapped long questions (slow)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    folder = args.corpora / "policy" if args.corpora else None
    if folder is None or not (folder / FTR).is_file():
        console.print(f"[yellow]skipped: {folder or 'no --corpora'} does not hold {FTR}[/yellow]")
        return
    if embed.available() is not None:
        console.print(f"[yellow]dense model unavailable ({embed.available()}): BM25 only[/yellow]")
    dense = embed.available() is None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    data = (folder / FTR).read_bytes()
    steps: dict[str, float] = {}
    t0 = time.perf_counter()
    document = read_policy_file(FTR, data)
    parsed = parse_policy(document.text, fmt=document.format)
    steps["read and section"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    for section in parsed.sections:
        section_tokens(parsed.title or "", section.heading, section.text, section.path)
    steps["tokens (jieba, glossary)"] = time.perf_counter() - t0
    if dense:
        t0 = time.perf_counter()
        embed.passages([passage_text(parsed.title or "", s) for s in parsed.sections[:40]])
        steps["e5 vectors (40 sections, timed)"] = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'bench.db'}"
        upgrade(url)
        db = Database(url)
        service = PolicyService(db, dense=dense)
        t0 = time.perf_counter()
        service.upload(text=document.text, fmt=document.format, source_name=FTR)
        upload_s = time.perf_counter() - t0
        for path in sorted(folder.glob("*.md")):
            if path.name != FTR:
                other = read_policy_file(path.name, path.read_bytes())
                service.upload(text=other.text, fmt=other.format, source_name=path.name)
        service.lookup("warm-up question")
        long_question = (LONG_SEED * 40)[:4000]

        def timed(question: str, runs: int) -> list[float]:
            out = []
            for _ in range(runs):
                start = time.perf_counter()
                service.lookup(question)
                out.append(time.perf_counter() - start)
            return out

        short = timed(SHORT, args.queries)
        long = timed(long_question, args.queries)
        capped = (index_module.MAX_QUESTION_CHARS, index_module.MAX_EMBED_CHARS)
        index_module.MAX_QUESTION_CHARS = index_module.MAX_EMBED_CHARS = 10**6
        try:
            uncapped = timed(long_question, args.baseline_runs)
        finally:
            index_module.MAX_QUESTION_CHARS, index_module.MAX_EMBED_CHARS = capped
        sections = sum(1 for _ in parsed.sections)
        db.dispose()

    def ms(values: list[float], pct: float) -> float:
        return percentile(values, pct) * 1000

    table = Table(title=f"Ingesting {FTR} ({len(data) // 1024} KB, {sections} sections; {cores} cores)")
    table.add_column("step")
    table.add_column("seconds")
    for step, seconds in steps.items():
        table.add_row(step, f"{seconds:.2f}")
    table.add_row("whole upload (section, tokens, vectors, store)", f"{upload_s:.1f}")
    console.print(table)
    lookups = Table(title="Lookups over the six shared documents (service path, e5 query embedding included)")
    for column in ("question", "runs", "p50", "p95", "vs uncapped (same run)"):
        lookups.add_column(column)
    lookups.add_row(f"{len(SHORT)} characters", str(len(short)), f"{ms(short, 50):.1f} ms", f"{ms(short, 95):.1f} ms",
                    "")
    lookups.add_row("4,000 characters (cut to the first 1,000 / 256)", str(len(long)), f"{ms(long, 50):.1f} ms",
                    f"{ms(long, 95):.1f} ms", f"{ms(uncapped, 50) / ms(long, 50):.0f}× faster")
    lookups.add_row("4,000 characters, no cap (baseline)", str(len(uncapped)), f"{ms(uncapped, 50):.0f} ms",
                    f"{ms(uncapped, 95):.0f} ms", "1.0×")
    console.print(lookups)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "ingest": {"document": FTR, "bytes": len(data), "sections": sections, "upload_seconds": round(upload_s, 2),
                       "steps_seconds": {k: round(v, 3) for k, v in steps.items()}},
            "lookup_ms": {"short": {"p50": ms(short, 50), "p95": ms(short, 95)},
                          "long_4000": {"p50": ms(long, 50), "p95": ms(long, 95)},
                          "long_4000_uncapped": {"p50": ms(uncapped, 50), "p95": ms(uncapped, 95)}},
            "cores": cores}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
