"""Line pairing on large documents: an invoice against its PO with N lines of 1,000-character descriptions.

    python benchmarks/line_pairing.py [--sizes 100,300,600,2000] [--baseline-max 600] [--api] [--json FILE]

Security finding 2: pairing scored every (invoice line, PO line) pair on the whole description, so 600 lines
took 36 s in the one worker thread. It now compares the first COMPARE_CHARS characters and, beyond
FULL_MATRIX_CELLS open pairs, scores only each line's likeliest partners. Printed per size: the pairing alone,
the whole match (`match_invoice`), lines paired correctly, and the baseline measured in the same run: the same
code with every pair scored on the whole text (the old behaviour), for sizes up to --baseline-max (it is
quadratic: 2,000 lines would take minutes). `--api` also times `POST /v1/tools/invoice-match` with the inline
PO, through the real app on a temporary SQLite database.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import tools.invoices.match as match_module
from tools.documents import GoodsReceipt, Invoice, PurchaseOrder
from tools.invoices import InvoiceHistory, match_invoice, pair_lines

console = Console(width=140)
ITEMS = ["office chair", "standing desk", "monitor arm", "usb-c dock", "laptop stand", "desk lamp", "whiteboard",
         "filing cabinet", "paper shredder", "label printer", "办公桌", "人体工学椅", "显示器支架", "文件柜", "碎纸机"]
WORDS = ["delivered", "warehouse", "dock", "between", "eight", "four", "packaging", "returned", "supplier",
         "warranty", "framework", "agreement", "inspection", "arrival", "damaged", "goods", "reported", "within"]


def documents(count: int, seed: int = 11) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """A PO and an invoice of `count` lines each, in another order and with the descriptions upper-cased;
    each description is an item name followed by varied terms up to 1,000 characters."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(ITEMS)} model {rng.randint(100, 999999)}")
    ordered = sorted(names)

    def long(name: str) -> str:
        words = [name]
        while sum(len(w) + 1 for w in words) < 1000:
            words.append(rng.choice(WORDS))
        return " ".join(words)[:1000]

    descriptions = [long(name) for name in ordered]
    po_lines = [{"line_no": i + 1, "description": d, "quantity": str(1 + i % 9), "unit_price": "12.50",
                 "tax_rate": "0.10"}
                for i, d in enumerate(descriptions)]
    order = list(range(count))
    rng.shuffle(order)
    invoice_lines = [{"line_no": k + 1, "description": descriptions[i].upper(), "quantity": str(1 + i % 9),
                      "unit_price": "12.50", "tax_rate": "0.10",
                      "amount": format(Decimal(1 + i % 9) * Decimal("12.50"), ".2f")} for k, i in enumerate(order)]
    subtotal = sum(Decimal(line["quantity"]) * Decimal("12.50") for line in invoice_lines)
    tax = (subtotal * Decimal("0.10")).quantize(Decimal("0.01"))
    po = {"po_number": "PO-BIG", "vendor": {"vendor_id": "V-1", "name": "Big Supplies Ltd"}, "currency": "EUR",
          "order_date": "2026-11-01", "lines": po_lines}
    invoice = {"invoice_number": "INV-BIG", "po_number": "PO-BIG", "issue_date": "2026-11-20",
               "vendor": {"vendor_id": "V-1", "name": "Big Supplies Ltd"}, "currency": "EUR",
               "lines": invoice_lines, "subtotal": str(subtotal), "tax_total": str(tax),
               "total": str(subtotal + tax)}
    return invoice, po, [ordered[i] for i in order]


def timed(function, repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def correct(pairs, names: list[str]) -> int:
    return sum(1 for p in pairs if p.po_line is not None and p.po_line.description.startswith(names[p.invoice_index]))


def measure(count: int, baseline: bool, repeat: int) -> dict[str, Any]:
    raw_invoice, raw_po, names = documents(count)
    invoice, po = Invoice.model_validate(raw_invoice), PurchaseOrder.model_validate(raw_po)
    receipts: list[GoodsReceipt] = []
    pairing, pairs = timed(lambda: pair_lines(invoice.lines, po.lines), repeat)
    whole, result = timed(lambda: match_invoice(invoice, po, receipts, history=InvoiceHistory()), repeat)
    row: dict[str, Any] = {"lines": count, "pairing_s": round(pairing, 4), "match_s": round(whole, 4),
                           "paired_correctly": correct(pairs, names), "status": result.status}
    if baseline:
        limits = match_module.COMPARE_CHARS, match_module.FULL_MATRIX_CELLS
        match_module.COMPARE_CHARS, match_module.FULL_MATRIX_CELLS = 10**9, 10**12
        try:
            old, old_pairs = timed(lambda: pair_lines(invoice.lines, po.lines), 1)
        finally:
            match_module.COMPARE_CHARS, match_module.FULL_MATRIX_CELLS = limits
        row.update(baseline_pairing_s=round(old, 4), baseline_paired_correctly=correct(old_pairs, names),
                   speedup=round(old / pairing, 1) if pairing else None)
    return row


def through_api(count: int) -> float:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from core.settings import Settings

    invoice, po, _ = documents(count)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database_url=f"sqlite:///{folder}/bench.db", admin_key="bench-admin-key-000000000000",
                            rate_limit_per_minute=0, log_level="WARNING")
        with TestClient(create_app(settings)) as client:
            headers = {"Authorization": "Bearer bench-admin-key-000000000000"}
            body = {"invoice": invoice, "purchase_order": po}
            seconds, response = timed(lambda: client.post("/v1/tools/invoice-match", headers=headers, json=body), 3)
            if response.status_code != 200:
                raise SystemExit(f"the API answered {response.status_code}: {response.text[:300]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,300,600,2000")
    parser.add_argument("--baseline-max", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--api", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    rows = []
    for count in (int(size) for size in args.sizes.split(",")):
        console.print(f"[dim]{count} lines…[/dim]")
        row = measure(count, count <= args.baseline_max, args.repeat)
        if args.api:
            row["api_s"] = round(through_api(count), 4)
        rows.append(row)

    table = Table(title="Line pairing, 1,000-character descriptions (best of runs)")
    for column in ("lines", "pairing s", "match s", "paired ok", "baseline s", "baseline ok", "× faster", "API s"):
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(str(row["lines"]), f"{row['pairing_s']:.3f}", f"{row['match_s']:.3f}",
                      f"{row['paired_correctly']}/{row['lines']}",
                      f"{row['baseline_pairing_s']:.2f}" if "baseline_pairing_s" in row else "–",
                      f"{row['baseline_paired_correctly']}/{row['lines']}" if "baseline_pairing_s" in row else "–",
                      f"{row['speedup']}" if row.get("speedup") else "–",
                      f"{row['api_s']:.3f}" if "api_s" in row else "–")
    console.print(table)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"benchmark": "line_pairing", "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
