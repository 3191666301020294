"""The invoice suite's cases again, as the other forms an invoice arrives in: CII XML (`cii_xml`), XML whose syntax
is detected (`xml`, CII or UBL), and files (`file`: a Factur-X PDF with the CII inside, or a UBL .xml). Every sixth
generated case that came as JSON is re-encoded, the forms taken in turn; its expected result is the generated
case's (the oracle's), unchanged: the form an invoice comes in must not change how it matches.

Run: python -m evals.generators.invoice_sources (after invoice_cases)."""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

from evals.generators import write_dataset
from evals.generators.einvoice_writers import hybrid_pdf, to_cii
from evals.generators.invoice_cases import OUT as INVOICE_CASES
from evals.generators.invoice_cases import to_ubl

OUT = Path(__file__).resolve().parent.parent / "datasets" / "invoice_sources.json"
FORMS = ("cii_xml", "xml_cii", "xml_ubl", "file_facturx", "file_ubl")


def encode(invoice: dict[str, Any], form: str) -> dict[str, Any]:
    number = invoice["invoice_number"]
    if form == "cii_xml":
        return {"cii_xml": to_cii(invoice)}
    if form == "xml_cii":
        return {"xml": to_cii(invoice)}
    if form == "xml_ubl":
        return {"xml": to_ubl(invoice)}
    if form == "file_facturx":
        pdf = hybrid_pdf(to_cii(invoice), title=f"Invoice {number}",
                         lines=[f"{invoice['vendor']['name']}", f"Total {invoice['total']} {invoice['currency']}"])
        return {"file": {"filename": f"{number}.pdf", "content_base64": base64.b64encode(pdf).decode()}}
    ubl = base64.b64encode(to_ubl(invoice).encode()).decode()
    return {"file": {"filename": f"{number}.xml", "content_base64": ubl}}


def generate() -> list[dict[str, Any]]:
    source = json.loads(INVOICE_CASES.read_text(encoding="utf-8"))["cases"]
    cases = []
    eligible = [case for case in source if "invoice" in case["inputs"]]
    for index, case in enumerate(eligible[::6]):
        form = FORMS[index % len(FORMS)]
        inputs = {k: copy.deepcopy(v) for k, v in case["inputs"].items() if k != "invoice"}
        inputs.update(encode(case["inputs"]["invoice"], form))
        tags = sorted({*case["tags"], form.split("_")[0], *(["facturx"] if form == "file_facturx" else []),
                       *(["cii"] if "cii" in form or form == "file_facturx" else []),
                       *(["ubl"] if "ubl" in form else [])})
        cases.append({"name": f"src-{form}-{case['name']}", "inputs": inputs, "expected": case["expected"],
                      "tags": tags, "origin": "generated"})
    return cases


def main() -> None:
    write_dataset(OUT, suite="invoice", version=1, script="evals/generators/invoice_sources.py", seed=0,
                  description="Generated invoice cases re-encoded as CII, detected XML, Factur-X PDFs and UBL files; "
                              "expected results unchanged (the generator's oracle).",
                  cases=generate())


if __name__ == "__main__":
    main()
