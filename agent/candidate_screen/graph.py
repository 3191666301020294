"""Wiring only."""

from __future__ import annotations

from langgraph.graph import StateGraph

from agent.candidate_screen.finalize import finalize
from agent.candidate_screen.gate import gate
from agent.candidate_screen.propose import propose
from agent.candidate_screen.screen import screen
from agent.candidate_screen.state import CandidateScreenState
from agent.graphs import linear
from agent.review_gate import after_gate


def build() -> StateGraph:
    return linear(CandidateScreenState, [("screen", screen), ("propose", propose), ("review_gate", gate),
                                         ("finalize", finalize)], loops={"review_gate": after_gate})
