"""Invoices as files, scored against labels that their authors wrote without reading the readers (issue 19).

- `invoice-real`: the public EN 16931 examples in `../shared/corpora/{ubl,cii,facturx}` (UBL invoices and a credit
  note, CII D16B, Factur-X/ZUGFeRD PDFs), read at run time from `--corpora DIR` (or DE_EVAL_CORPORA) through the
  same file intake as `invoice.received` `{file}`; skipped, saying why, without the folder. Labels:
  evals/datasets/invoice_real/labels.json. Each file: document type, number, issue date, currency, line count and
  amount payable (BT-115), and every line's quantity and net amount.
- `invoice-pdf`: generated text PDFs in the official Chinese VAT e-invoice layouts and three English layouts
  (evals/datasets/einvoice/{dev,test}); every header field and line cell of the labels is compared. `dev` is where
  the reader was calibrated; `test` is reported (its failures are never read case by case).
"""

from __future__ import annotations

import json
import time
from decimal import Decimal, InvalidOperation
from typing import Any

from evals.core import DATASETS, Case, CaseResult
from evals.suites.base import RunOptions, SuiteOutcome
from evals.suites.policy_real import corpora_dir
from tools.documents import billing_document
from tools.invoices.files import InvoiceFileError, read_invoice_file
from tools.invoices.pdf_invoice import words_to_amount

REAL_LABELS = DATASETS / "invoice_real" / "labels.json"
PDF_SETS = DATASETS / "einvoice"
HEADER = ("doc_type", "invoice_number", "issue_date", "currency", "line_count", "payable")


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except InvalidOperation:
        return False


class InvoiceRealSuite:
    name = "invoice-real"

    def cases(self) -> list[Case]:
        labels = json.loads(REAL_LABELS.read_text(encoding="utf-8"))
        return [Case(name=label["file"], inputs={"file": label["file"]}, expected=label,
                     tags=(label["syntax"], label["file"].split("/")[0], label["doc_type"]), origin="independent")
                for label in labels]

    def run(self, cases: list[Case], options: RunOptions, progress: Any) -> SuiteOutcome:
        corpora = corpora_dir(options)
        if corpora is None or not all((corpora / folder).is_dir() for folder in ("ubl", "cii", "facturx")):
            reason = ("no corpora folder given (--corpora DIR or DE_EVAL_CORPORA)" if corpora is None
                      else f"{corpora} lacks ubl/, cii/ or facturx/")
            return SuiteOutcome([], {}, skipped=f"{self.name} skipped: {reason}")
        results: list[CaseResult] = []
        header_right = header_total = line_right = line_total = parsed = 0
        for case in cases:
            label = case.expected
            path = corpora / case.inputs["file"]
            started = time.perf_counter()
            actual: dict[str, Any]
            try:
                read = read_invoice_file(path.name, path.read_bytes())
                document = billing_document(read.document)
            except (InvoiceFileError, ValueError) as exc:
                actual = {"error": str(exc)[:300]}
                wrong = list(HEADER)
                lines_ok = 0
            else:
                parsed += 1
                actual = {"doc_type": document.document_type, "invoice_number": document.invoice_number,
                          "issue_date": document.issue_date.isoformat(), "currency": document.currency,
                          "line_count": len(document.lines), "payable": format(document.amount_due, "f"),
                          "source": read.source,
                          "line_quantities": [format(line.quantity, "f") for line in document.lines],
                          "line_net_amounts": [format(line.amount, "f") if line.amount is not None else None
                                               for line in document.lines]}
                wanted = {"doc_type": label["doc_type"], "invoice_number": label["invoice_number"],
                          "issue_date": label["issue_date"], "currency": label["currency"],
                          "line_count": label["line_count"], "payable": label["payable"]}
                wrong = [key for key in HEADER if not (
                    _same_number(actual[key], wanted[key]) if key == "payable" else actual[key] == wanted[key])]
                # A quantity the label writes unsigned on a line whose net amount is negative is read as negative
                # (BT-129 and BT-131 agree); the label's sign is the amount's.
                quantities = [q if not (str(a).startswith("-") and not str(q).startswith("-")) else f"-{q}"
                              for q, a in zip(label["line_quantities"], label["line_net_amounts"], strict=True)]
                pairs = list(zip(actual["line_quantities"], quantities, strict=False)) + list(
                    zip(actual["line_net_amounts"], label["line_net_amounts"], strict=False))
                lines_ok = sum(_same_number(a, b) for a, b in pairs)
            line_count = 2 * len(label["line_quantities"])
            header_total += len(HEADER)
            header_right += len(HEADER) - len(wrong)
            line_total += line_count
            line_right += min(lines_ok, line_count)
            results.append(CaseResult(case.name, not wrong and lines_ok == line_count,
                                      {key: label.get(key) for key in (*HEADER[:-1], "payable")}, actual,
                                      time.perf_counter() - started, case.tags, {"wrong": wrong}))
            progress()
        metrics = {"files": len(cases), "parsed": round(parsed / max(1, len(cases)), 4),
                   "header_accuracy": round(header_right / max(1, header_total), 4),
                   "line_accuracy": round(line_right / max(1, line_total), 4),
                   "files_all_right": round(sum(r.passed for r in results) / max(1, len(results)), 4),
                   "errors": len(cases) - parsed}
        return SuiteOutcome(results, metrics)


LINE_FIELDS = (("name", "description"), ("spec", "spec"), ("unit", "unit"), ("quantity", "quantity"),
               ("unit_price", "unit_price"), ("amount", "amount"), ("tax_rate", "tax_rate"),
               ("tax_amount", "tax_amount"))
NUMERIC = {"quantity", "unit_price", "amount", "tax_rate", "tax_amount", "subtotal", "tax_total", "total"}


def _header_fields(label: dict[str, Any]) -> dict[str, Any]:
    fields = {"doc_type": label["doc_type"], "invoice_number": label["invoice_number"],
              "issue_date": label["issue_date"], "currency": label["currency"],
              "seller_name": label["seller"]["name"], "seller_tax_id": label["seller"].get("tax_id"),
              "subtotal": label["subtotal"], "tax_total": label["tax_total"], "total": label["total"]}
    if label["kind"] == "cn_vat":
        fields.update(invoice_code=label.get("invoice_code"), buyer_name=label["buyer"]["name"],
                      buyer_tax_id=label["buyer"].get("tax_id"), total_in_words=label.get("total_in_words"))
    else:
        fields["po_number"] = label.get("po_number")
    return fields


def _equal(key: str, got: Any, wanted: Any) -> bool:
    if key in NUMERIC:
        return _same_number(got, wanted)
    return (got or None) == (wanted or None)


class InvoicePdfSuite:
    name = "invoice-pdf"

    def cases(self) -> list[Case]:
        cases = []
        for split in ("dev", "dev2", "test"):
            for label in json.loads((PDF_SETS / split / "labels.json").read_text(encoding="utf-8")):
                cases.append(Case(name=f"{split}/{label['file']}", inputs={"split": split, "file": label["file"]},
                                  expected=label, tags=(split, label["kind"], label["layout"], label["doc_type"]),
                                  origin="independent"))
        return cases

    def run(self, cases: list[Case], options: RunOptions, progress: Any) -> SuiteOutcome:
        results: list[CaseResult] = []
        tally: dict[str, list[int]] = {}
        words_checked = words_right = 0
        for case in cases:
            label, split = case.expected, case.inputs["split"]
            started = time.perf_counter()
            path = PDF_SETS / split / case.inputs["file"]
            right = total = 0
            wrong: list[str] = []
            actual: dict[str, Any]
            try:
                read = read_invoice_file(path.name, path.read_bytes())
                billing_document(read.document)  # the mapped document is a valid Invoice or CreditNote
            except (InvoiceFileError, ValueError) as exc:
                actual = {"error": str(exc)[:300]}
                wanted = _header_fields(label)
                total = len(wanted) + len(label["lines"]) * len(LINE_FIELDS)
                wrong = ["unreadable"]
            else:
                extraction = read.extraction or {"fields": {}, "lines": []}
                got = {name: entry["value"] for name, entry in extraction["fields"].items()}
                got["doc_type"] = read.document["document_type"]
                wanted = _header_fields(label)
                for key, value in wanted.items():
                    total += 1
                    if _equal(key, got.get(key), value):
                        right += 1
                    else:
                        wrong.append(key)
                lines = extraction["lines"]
                for index, expected_line in enumerate(label["lines"]):
                    cells = lines[index] if index < len(lines) else {}
                    for ours, theirs in LINE_FIELDS:
                        total += 1
                        cell = cells.get(ours)
                        if _equal(ours, cell["value"] if cell else None, expected_line.get(theirs)):
                            right += 1
                        else:
                            wrong.append(f"lines.{index}.{ours}")
                if len(lines) != len(label["lines"]):
                    wrong.append("line_count")
                if label.get("total_in_words"):
                    words_checked += 1
                    in_words = words_to_amount(got.get("total_in_words") or "")
                    words_right += in_words is not None and _same_number(in_words, got.get("total"))
                actual = {"fields": got, "lines": len(lines), "needs_review": read.needs_review,
                          "checks": extraction.get("checks", [])}
            bucket = tally.setdefault(split, [0, 0, 0, 0])
            bucket[0] += right
            bucket[1] += total
            bucket[2] += not wrong
            bucket[3] += 1
            results.append(CaseResult(case.name, not wrong, {"fields": len(_header_fields(label)),
                                                             "lines": len(label["lines"])},
                                      actual, time.perf_counter() - started, case.tags, {"wrong": wrong[:20]}))
            progress()
        metrics: dict[str, Any] = {}
        for split, (right, total, whole, count) in tally.items():
            metrics[f"field_accuracy_{split}"] = round(right / max(1, total), 4)
            metrics[f"documents_all_right_{split}"] = round(whole / max(1, count), 4)
        metrics["field_accuracy"] = metrics.get("field_accuracy_test", 0.0)
        metrics["words_consistent"] = round(words_right / max(1, words_checked), 4)
        metrics["errors"] = sum(1 for r in results if "error" in r.actual)
        return SuiteOutcome(results, metrics)
