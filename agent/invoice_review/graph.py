"""Wiring only: the nodes live in their own modules."""

from __future__ import annotations

from langgraph.graph import StateGraph

from agent.graphs import linear
from agent.invoice_review.finalize import finalize
from agent.invoice_review.flag_risks import flag_risks
from agent.invoice_review.gate import gate
from agent.invoice_review.load_context import load_context
from agent.invoice_review.match import match
from agent.invoice_review.propose import propose
from agent.invoice_review.state import InvoiceReviewState
from agent.review_gate import after_gate


def build() -> StateGraph:
    return linear(InvoiceReviewState, [("load_context", load_context), ("match", match), ("flag_risks", flag_risks),
                                       ("propose", propose), ("review_gate", gate), ("finalize", finalize)],
                  loops={"review_gate": after_gate})
