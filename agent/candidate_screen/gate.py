"""The review gate of candidate_screen: the redacted resume, the score's parts and their evidence."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.candidate_screen.state import CandidateScreenState
from agent.context import AgentContext
from agent.review_gate import chain_gate


def gate(state: CandidateScreenState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """One interrupt per step of the task's approval chain (one step when no policy is configured)."""
    return chain_gate(dict(state), runtime, kind="candidate_screen",
                      evidence={"resume": state["parsed"], "match": state["match"], "job": state["job"],
                                "candidate_ref": state.get("candidate_ref")})
