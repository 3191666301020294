"""The review gate of candidate_screen: the redacted resume, the score's parts and their evidence."""

from __future__ import annotations

from typing import Any

from langgraph.config import get_config

from agent.candidate_screen.state import CandidateScreenState
from agent.review_gate import ReviewRequest, review_gate


def gate(state: CandidateScreenState) -> dict[str, Any]:
    request = ReviewRequest(
        task_id=get_config()["configurable"]["thread_id"], kind="candidate_screen", proposal=state["proposal"],
        evidence={"resume": state["parsed"], "match": state["match"], "job": state["job"],
                  "candidate_ref": state.get("candidate_ref")})
    return {"decision": review_gate(request).model_dump(mode="json")}
