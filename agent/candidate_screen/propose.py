"""Advance or hold, never an automatic reject: the reviewer decides."""

from __future__ import annotations

from typing import Any

from agent import prompts
from agent.candidate_screen.state import CandidateScreenState

ADVANCE_SCORE = 60


def propose(state: CandidateScreenState) -> dict[str, Any]:
    match, job, parsed = state["match"], state["job"], state["parsed"]
    action = "advance" if match["meets_minimum"] and match["score"] >= ADVANCE_SCORE else "hold"
    prompt = prompts.load("candidate_proposal")
    summary, rationale = prompt.render_parts(match=match, job=job, action=action, threshold=ADVANCE_SCORE,
                                             redacted=[r["field"] for r in parsed.get("redacted", [])])
    return {"proposal": {"action": action, "summary": summary, "rationale": rationale, "written_by": "template",
                         "score": match["score"], "job_id": job["job_id"], "prompt": prompt.ref}}
