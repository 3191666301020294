"""Wiring only."""

from __future__ import annotations

from langgraph.graph import END, START, StateGraph

from agent.candidate_screen.finalize import finalize
from agent.candidate_screen.gate import gate
from agent.candidate_screen.propose import propose
from agent.candidate_screen.screen import screen
from agent.candidate_screen.state import CandidateScreenState
from agent.context import AgentContext


def build() -> StateGraph:
    graph = StateGraph(CandidateScreenState, context_schema=AgentContext)
    graph.add_node("screen", screen)
    graph.add_node("propose", propose)
    graph.add_node("review_gate", gate)
    graph.add_node("finalize", finalize)
    graph.add_edge(START, "screen")
    graph.add_edge("screen", "propose")
    graph.add_edge("propose", "review_gate")
    graph.add_edge("review_gate", "finalize")
    graph.add_edge("finalize", END)
    return graph
