"""Parse the resume, keep only its redacted view, and score it against the job."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.candidate_screen.state import CandidateScreenState
from agent.context import AgentContext
from agent.resume_fields import propose_fields
from core import tracing
from core.clock import utcnow
from core.errors import Unprocessable
from storage import candidates, masterdata, tasks
from tools.resumes import match_job
from tools.resumes.inputs import parse_resume_input


def screen(state: CandidateScreenState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    with ctx.db.session() as session:
        job = masterdata.get_job(session, job_id=state["job_id"])
        task = tasks.find(session, task_id=ctx.task_id)
        created = task.created_at if task else utcnow()
    if job is None:
        raise Unprocessable(f"job {state['job_id']} is not in master data")
    resume = state["resume"]
    # "Today" is the day the application arrived, so a re-run after a crash scores the same.
    with tracing.tool_span("parse_resume"):
        parsed = parse_resume_input(resume, today=created.date())
    # A JSON Resume is structured already: the model proposes fields of text resumes only.
    proposal = propose_fields(ctx.llm, parsed) if resume.get("json_resume") is None else {"used": False}
    if proposal.get("used"):
        ctx.record(type="tool_run", key="tool_run:resume_fields",
                   data={"tool": "resume_fields", "kept": proposal.get("kept", []),
                         "refused_not_in_text": proposal.get("refused_not_in_text", []),
                         "roles": proposal.get("roles", {}),
                         "prompt": proposal.get("prompt"), "version": proposal.get("version")})
    with tracing.tool_span("match_job") as span:
        match = match_job(parsed, job)
        span.set_attribute("de.match.score", match.score)
    with ctx.db.session() as session:
        candidates.record_screening(session, task_id=ctx.task_id, job_id=job.job_id,
                                    candidate_ref=state.get("candidate_ref"), score=match.score)
        tasks.add_event(session, task_id=ctx.task_id, type="tool_run", actor="agent", key="tool_run:screen_resume",
                        data={"tool": "screen_resume", "score": match.score, "meets_minimum": match.meets_minimum,
                              "redacted": [r.field for r in parsed.resume.redacted], "format": resume.get("format")})
    return {"job": job.model_dump(mode="json"), "parsed": parsed.resume.model_dump(mode="json"),
            "match": match.model_dump(mode="json")}
