"""The `risk` suite: each scenario's vendor, bank-account history, PO and earlier invoices go into a real
database; the invoice is then checked through the same entry point as POST /v1/tools/risk-flags."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from agent.kinds import create_task
from core.errors import DEError
from core.settings import Settings
from evals import metrics as m
from evals.core import DATASETS, Case, CaseResult, load_suite_datasets
from evals.suites.base import RunOptions, SuiteOutcome
from services.tools import risk_flags
from storage import invoices as invoice_store
from storage import masterdata
from storage.db import Database, upgrade
from tools.documents import Invoice, PurchaseOrder, Vendor
from tools.invoices import match_invoice


def _earlier_invoice(entry: dict[str, Any], vendor: dict[str, Any]) -> Invoice:
    total = entry["total"]
    return Invoice.model_validate({
        "invoice_number": entry["invoice_number"], "vendor": vendor, "issue_date": entry["issue_date"],
        "currency": entry["currency"], "total": total,
        "lines": [{"line_no": 1, "description": "earlier invoice", "quantity": "1", "unit_price": total}]})


def load(db: Database, inputs: dict[str, Any]) -> None:
    """Put the scenario's world into storage, as the ERP and earlier tasks would have."""
    invoice_vendor = {k: v for k, v in inputs["invoice"]["vendor"].items() if k != "bank_account"}
    with db.session() as session:
        vendor = inputs.get("vendor")
        if vendor:
            masterdata.upsert_vendor(session, Vendor.model_validate(vendor))
            masterdata.replace_bank_history(session, vendor_id=vendor["vendor_id"], changes=[
                (change["bank_account"], dt.datetime.fromisoformat(change["changed_at"]))
                for change in inputs.get("bank_history", [])])
        if inputs.get("purchase_order"):
            masterdata.upsert_purchase_order(session, PurchaseOrder.model_validate(inputs["purchase_order"]))
        others = [(entry, {"vendor_id": "OTHER", "name": "Another Vendor Ltd", "tax_id": "GB999999973"})
                  for entry in inputs.get("other_vendor_history", [])]
        for entry, party in [(entry, invoice_vendor) for entry in inputs.get("history", [])] + others:
            earlier = _earlier_invoice(entry, party)
            task = create_task(session, "invoice_review", source="eval", requester="eval",
                                input={}, actor="eval")
            invoice_store.record(session, task_id=task.id, invoice=earlier, result=match_invoice(earlier, None),
                                 vendor_id=party.get("vendor_id"))


class RiskSuite:
    name = "risk"
    datasets = DATASETS

    def cases(self) -> list[Case]:
        return [case for dataset in load_suite_datasets(self.name, self.datasets) for case in dataset.cases]

    def run(self, cases: list[Case], options: RunOptions, progress: Any) -> SuiteOutcome:
        results: list[CaseResult] = []
        with tempfile.TemporaryDirectory(prefix="de-eval-risk-") as directory:
            url = f"sqlite:///{Path(directory) / 'risk.db'}"
            upgrade(url)
            db = Database(url)
            settings = Settings(database_url=url, llm=options.llm)
            try:
                for case in cases:
                    results.append(self.evaluate(db, settings, case))
                    progress()
            finally:
                db.dispose()
        expected = [set(r.expected["flags"]) for r in results]
        actual = [set(r.actual.get("flags", [])) for r in results]
        labels = m.label_scores(expected, actual)
        clean = [r for r in results if not r.expected["flags"]]
        metrics = {
            "case_accuracy": m.ratio(sum(r.passed for r in results), len(results)),
            "precision": labels["precision"], "recall": labels["recall"], "f1": labels["f1"],
            "macro_f1": labels["macro_f1"],
            "forbidden_flags_raised": sum(len(set(r.actual.get("flags", [])) & set(r.expected["absent"]))
                                          for r in results),
            "clean_controls_quiet": m.ratio(sum(not r.actual.get("flags") for r in clean), len(clean)),
            "evidence_complete": m.ratio(sum(r.scores.get("evidence", False) for r in results), len(results)),
            "errors": sum("error" in r.actual for r in results),
            "latency": m.latency([r.seconds for r in results]),
            "per_code": labels["per_label"],
        }
        return SuiteOutcome(results, metrics)

    def evaluate(self, db: Database, settings: Settings, case: Case) -> CaseResult:
        started = time.perf_counter()
        try:
            load(db, case.inputs)
            flags = risk_flags(db, settings, {"invoice": case.inputs["invoice"],
                                              "received_at": case.inputs["received_at"]})
        except DEError as exc:
            return CaseResult(case.name, False, case.expected, {"error": exc.detail}, time.perf_counter() - started,
                              case.tags)
        seconds = time.perf_counter() - started
        codes = sorted(flag.code for flag in flags)
        # A person must be able to check every flag from its evidence alone: a message and some evidence.
        evidence = all(flag.message and flag.evidence for flag in flags)
        passed = codes == sorted(case.expected["flags"]) and evidence
        actual = {"flags": codes, "messages": [flag.message for flag in flags]}
        return CaseResult(case.name, passed, case.expected, actual, seconds, case.tags,
                          scores={"evidence": evidence, "total": str(Decimal(case.inputs["invoice"]["total"]))})
