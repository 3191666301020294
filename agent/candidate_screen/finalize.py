"""After the gate: record the reviewer's outcome for the candidate (idempotent, keyed by the task)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.candidate_screen.state import CandidateScreenState
from agent.context import AgentContext
from storage import candidates


def finalize(state: CandidateScreenState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    decision = state["decision"]
    edited = decision["decision"] == "edit" or bool(state.get("edited"))  # at this step or one before
    if decision["decision"] == "reject":
        outcome = {"status": "rejected", "candidate_outcome": "rejected"}
    else:
        action = (decision.get("edits") or {}).get("action", state["proposal"]["action"])
        outcome = {"status": "approved", "candidate_outcome": action, "edited": edited}
    with runtime.context.db.session() as session:
        candidates.record_outcome(session, task_id=runtime.context.task_id, outcome=outcome["candidate_outcome"])
    return {"outcome": outcome}
