"""The `invoice` suite: each case through the same parsing and matching the service runs."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from core.errors import DEError
from core.validation import validate
from evals import metrics as m
from evals.core import DATASETS, Case, CaseResult, load_suite_datasets
from evals.suites.base import RunOptions, SuiteOutcome
from services.documents import INVOICE_FORMS, parse_invoice
from tools.documents import GoodsReceipt, PurchaseOrder
from tools.invoices import InvoiceHistory, MatchConfig, match_invoice
from tools.invoices.credit import CorrectedInvoice, match_credit_note


class InvoiceSuite:
    name = "invoice"

    datasets = DATASETS

    def cases(self) -> list[Case]:
        return [case for dataset in load_suite_datasets(self.name, self.datasets) for case in dataset.cases]

    def evaluate(self, case: Case) -> CaseResult:
        inputs = case.inputs
        started = time.perf_counter()
        try:
            invoice = parse_invoice({k: inputs[k] for k in INVOICE_FORMS if inputs.get(k) is not None}, ())
            po = validate(PurchaseOrder, inputs["purchase_order"]) if inputs.get("purchase_order") else None
            receipts = [validate(GoodsReceipt, grn) for grn in inputs.get("goods_receipts") or []]
            config = MatchConfig(**{k: Decimal(str(v)) for k, v in (inputs.get("config") or {}).items()})
            history = InvoiceHistory.model_validate(inputs.get("history") or {})
            if invoice.document_type == "credit_note":
                corrected = [CorrectedInvoice.model_validate(c) for c in inputs.get("corrected_invoices") or []]
                result = match_credit_note(invoice, corrected, po, history=history, config=config)
            else:
                result = match_invoice(invoice, po, receipts, history=history, config=config)
        except DEError as exc:
            return CaseResult(case.name, False, case.expected, {"error": exc.detail}, time.perf_counter() - started,
                              case.tags)
        seconds = time.perf_counter() - started
        actual = {
            "status": result.status,
            "exception_codes": sorted(result.codes),
            "match_type": result.match_type,
            "pairing": {str(line.invoice_line): line.po_line_no for line in result.lines},
            "recommended_action": result.recommended_action,
        }
        expected = case.expected
        checks = {
            "status": actual["status"] == expected["status"],
            "codes": actual["exception_codes"] == sorted(expected["exception_codes"]),
            "match_type": "match_type" not in expected or actual["match_type"] == expected["match_type"],
            "pairing": "pairing" not in expected or actual["pairing"] == expected["pairing"],
            # Safety: only an invoice without exceptions may be proposed for payment; a credit note never is.
            "safe": (actual["recommended_action"] == "approve_for_payment") == (
                not expected["exception_codes"] and expected.get("recommended_action") != "book_credit"),
            "action": "recommended_action" not in expected
                      or actual["recommended_action"] == expected["recommended_action"],
        }
        tags = (*case.tags, "independent") if case.origin == "independent" else case.tags
        return CaseResult(case.name, all(checks.values()), expected, actual, seconds, tags, scores=checks)

    def run(self, cases: list[Case], options: RunOptions, progress: Any) -> SuiteOutcome:
        results = []
        for case in cases:
            results.append(self.evaluate(case))
            progress()
        scored = [r for r in results if "error" not in r.actual]
        labels = m.label_scores([set(r.expected["exception_codes"]) for r in scored],
                                [set(r.actual["exception_codes"]) for r in scored])
        unsafe = sum(1 for r in scored if (r.expected["exception_codes"]
                                           or r.expected.get("recommended_action") == "book_credit")
                     and r.actual["recommended_action"] == "approve_for_payment")
        clean = [r for r in scored if not r.expected["exception_codes"]]
        metrics = {
            "case_accuracy": m.ratio(sum(r.passed for r in results), len(results)),
            "status_accuracy": m.accuracy((r.expected["status"], r.actual.get("status")) for r in results),
            "code_f1": labels["f1"], "code_precision": labels["precision"], "code_recall": labels["recall"],
            "code_macro_f1": labels["macro_f1"],
            "pairing_accuracy": m.ratio(sum(r.scores.get("pairing", False) for r in scored), len(scored)),
            "unsafe_approvals": unsafe,
            "clean_auto_matched": m.ratio(sum(r.actual["status"] == "matched" for r in clean), len(clean)),
            "errors": len(results) - len(scored),
            "latency": m.latency([r.seconds for r in results]),
            "per_code": labels["per_label"],
            "status_confusion": m.confusion((r.expected["status"], r.actual.get("status", "error")) for r in results),
            "by_tag": _by_tag(results, ("en", "zh", "ubl", "cii", "xml", "file", "facturx", "credit_note",
                                        "negative_line", "same_sku_two_po_lines", "same_sku_diff_price", "subcent",
                                        "four_decimal", "overbilled_slack", "adversarial", "independent", "two_way",
                                        "three_way", "clean")),
        }
        return SuiteOutcome(results, metrics)


def _by_tag(results: list[CaseResult], tags: tuple[str, ...]) -> dict[str, dict[str, float]]:
    out = {}
    for tag in tags:
        tagged = [r for r in results if tag in r.tags]
        if tagged:
            out[tag] = {"cases": len(tagged), "case_accuracy": m.ratio(sum(r.passed for r in tagged), len(tagged))}
    return out
