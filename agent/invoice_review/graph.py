"""Wiring only: the nodes live in their own modules."""

from __future__ import annotations

from langgraph.graph import END, START, StateGraph

from agent.context import AgentContext
from agent.invoice_review.finalize import finalize
from agent.invoice_review.flag_risks import flag_risks
from agent.invoice_review.gate import gate
from agent.invoice_review.load_context import load_context
from agent.invoice_review.match import match
from agent.invoice_review.propose import propose
from agent.invoice_review.state import InvoiceReviewState


def build() -> StateGraph:
    graph = StateGraph(InvoiceReviewState, context_schema=AgentContext)
    graph.add_node("load_context", load_context)
    graph.add_node("match", match)
    graph.add_node("flag_risks", flag_risks)
    graph.add_node("propose", propose)
    graph.add_node("review_gate", gate)
    graph.add_node("finalize", finalize)
    graph.add_edge(START, "load_context")
    graph.add_edge("load_context", "match")
    graph.add_edge("match", "flag_risks")
    graph.add_edge("flag_risks", "propose")
    graph.add_edge("propose", "review_gate")
    graph.add_edge("review_gate", "finalize")
    graph.add_edge("finalize", END)
    return graph
