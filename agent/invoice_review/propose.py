"""Turn the match into a proposal for the reviewer. Numbers come from the match, never from a model."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from langgraph.runtime import Runtime
from pydantic import BaseModel, Field

from agent import prompts
from agent.context import AgentContext
from agent.invoice_review.state import InvoiceReviewState
from agent.llm import Generation


def amount_to_pay(match: dict[str, Any], invoice: dict[str, Any] | None = None) -> Decimal:
    """The invoice total when it matched; otherwise no more than the PO supports (a short payment). Less what was
    prepaid: never more than the amount the invoice says is due (EN 16931 BT-115)."""
    invoice_total = Decimal(match["totals"]["invoice_total"])
    if match["status"] == "matched" or not match.get("po_number"):
        amount = invoice_total
    else:
        amount = max(Decimal("0"), min(invoice_total, Decimal(match["totals"]["expected_total"])))
    due = (invoice or {}).get("payable_amount")
    return max(Decimal("0"), min(amount, Decimal(str(due)))) if due is not None else amount


class Explanation(BaseModel):
    summary: str = Field(max_length=600)
    rationale: str = Field(max_length=3000)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def explain(llm: Any, *, action: str, amount: str, match: dict[str, Any], invoice: dict[str, Any]) -> Generation | None:
    """The model's plain-words explanation, used only when every number in it is in the match result."""
    if llm is None or llm.name == "offline":
        return None
    facts = json.dumps(match, ensure_ascii=False)
    generation = llm.structured(prompt=prompts.load("invoice_explain"), schema=Explanation, values={
        "action": action, "amount": amount, "currency": invoice["currency"], "match_json": facts},
        names=[invoice["vendor"].get("name", "")])
    if generation.value is None:
        return generation
    text = f"{generation.value.summary} {generation.value.rationale}"
    refused = any(number not in facts and number != amount for number in _NUMBER.findall(text))
    llm.report(prompts.load("invoice_explain"), used=not refused)
    if refused:
        generation.value = None
        generation.meta["fallback"] = "a number not in the match result"
    return generation


def propose_credit(match: dict[str, Any], invoice: dict[str, Any]) -> dict[str, Any]:
    """A credit note: booked after review, never paid. The template's words only (the numbers are the match's)."""
    amount = Decimal(match["totals"]["invoice_total"])
    codes = list(dict.fromkeys(exception["code"] for exception in match["exceptions"]))
    prompt = prompts.load("credit_note_proposal")
    summary, rationale = prompt.render_parts(match=match, invoice=invoice, amount_to_credit=format(amount, "f"),
                                             codes=codes, recommended_action=match["recommended_action"])
    return {
        "action": "book_credit" if match["recommended_action"] == "book_credit" else "hold",
        "summary": summary, "rationale": rationale, "recommended_action": match["recommended_action"],
        "document_type": "credit_note", "amount_to_pay": None, "amount_to_credit": format(amount, "f"),
        "currency": invoice["currency"], "exception_codes": codes, "risk_codes": [], "comment_required": False,
        "prompt": prompt.ref, "written_by": "template",
    }


def propose(state: InvoiceReviewState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    match = state["match"]
    invoice = state["invoice"]
    source = state.get("source") or {}
    if invoice.get("document_type") == "credit_note":
        return {"proposal": propose_credit(match, invoice) | _pdf_note(source)}
    flags = state.get("risk_flags", [])
    high = [flag for flag in flags if flag["severity"] == "high"]
    clean = match["recommended_action"] == "approve_for_payment"
    action = "approve_for_payment" if clean and not high else "hold"
    amount = amount_to_pay(match, invoice)
    prompt = prompts.load("invoice_proposal")
    codes = list(dict.fromkeys(exception["code"] for exception in match["exceptions"]))
    summary, rationale = prompt.render_parts(
        match=match, invoice=invoice, amount_to_pay=format(amount, "f"), codes=codes,
        recommended_action=match["recommended_action"], flags=flags, high=high)
    used = prompt.ref
    written_by = "template"
    generation = explain(runtime.context.llm, action=action, amount=format(amount, "f"), match=match,
                         invoice=invoice)
    if generation is not None:
        if generation.value is not None:
            summary, rationale = generation.value.summary, generation.value.rationale
            used = generation.meta["prompt"]
            written_by = "model"
        runtime.context.record(type="tool_run", key="tool_run:explain", data={
            "tool": "explain", "used": "llm" if generation.value is not None else "template", **generation.meta})
    return {"proposal": {
        "action": action,
        "summary": summary,
        "rationale": rationale,
        "recommended_action": match["recommended_action"],
        "amount_to_pay": format(amount, "f"),
        "currency": invoice["currency"],
        "exception_codes": codes,
        "risk_codes": [flag["code"] for flag in flags],
        "comment_required": bool(high),
        "prompt": used,
        # Summary and rationale: `template` (our words around the match's numbers) or `model` (a language
        # model's wording, kept only when its numbers are the match's). API and page mark the latter.
        "written_by": written_by,
    } | _pdf_note(source)}


def _pdf_note(source: dict[str, Any]) -> dict[str, Any]:
    """A document read from a PDF by its layout: the reviewer checks its fields against the original (the task
    page shows them side by side), those read with less confidence first."""
    if source.get("format") != "pdf_text":
        return {}
    return {"read_from_pdf": True, "fields_to_check": list(source.get("needs_review") or [])}
