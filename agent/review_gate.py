"""The review gate shared by every task kind: a typed interrupt payload and a validated resume value (the graph
side; services/reviews.py records a reviewer's decision and resumes the graph).

With an approval chain the gate interrupts once per step: after an approve (or an edit, which re-evaluates the
chain for the new proposal) the graph comes back to the gate for the next step, until the chain is done or a step
rejects."""

from __future__ import annotations

from typing import Any, Literal

from langgraph.config import get_config
from langgraph.runtime import Runtime
from langgraph.types import interrupt
from pydantic import BaseModel, ConfigDict, Field

from agent.approvals import chain_view, required_steps
from agent.context import AgentContext

Decision = Literal["approve", "reject", "edit"]
ALLOWED_DECISIONS: list[str] = ["approve", "reject", "edit"]


class ReviewDecision(BaseModel):
    """What a reviewer decided, recorded with who, when, and a hash of what they were shown."""

    model_config = ConfigDict(extra="forbid")

    decision: Decision
    comment: str | None = None
    edits: dict[str, Any] | None = None
    by: str
    at: str
    payload_hash: str | None = None
    step: int | None = None  # the chain's step this decides (None: before chains, the only one)
    group: str | None = None  # the group that decided it (None: the domain's reviewers)
    on_behalf_of: str | None = None  # a delegate's decision: for whom ("X for Y")


class ReviewRequest(BaseModel):
    """The interrupt payload: what the reviewer sees."""

    task_id: str
    kind: str
    proposal: dict[str, Any]
    evidence: dict[str, Any]
    risk_flags: list[dict[str, Any]] = Field(default_factory=list)
    allowed_decisions: list[str] = Field(default_factory=lambda: list(ALLOWED_DECISIONS))
    step: int | None = None
    chain: dict[str, Any] | None = None


def review_gate(request: ReviewRequest) -> ReviewDecision:
    """Pause the graph until a reviewer decides. Nothing with a side effect may run before this call."""
    return interrupt(request.model_dump(mode="json"), response_schema=ReviewDecision)


def chain_gate(state: dict[str, Any], runtime: Runtime[AgentContext], *, kind: str, evidence: dict[str, Any],
               risk_flags: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One step of the task's approval chain: pause for it, then record its decision and what comes next. Reads
    only (the policy version, the proposal) before the interrupt, so a re-run after a resume is the same."""
    task_id = get_config()["configurable"]["thread_id"]
    proposal = dict(state["proposal"])
    decided = list(state.get("approvals") or [])
    number = len(decided) + 1
    required = required_steps(runtime.context.db, task_id=task_id, kind=kind, proposal=proposal)
    request = ReviewRequest(task_id=task_id, kind=kind, proposal=proposal, evidence=evidence,
                            risk_flags=risk_flags or [], step=number,
                            chain=chain_view(required, decided, current=number))
    decision = review_gate(request).model_dump(mode="json")
    rule = required["steps"][number - 1] if number <= len(required["steps"]) else {}
    decision = decision | {"step": number, "group": decision.get("group") or rule.get("group"),
                           "role": rule.get("role"), "step_name": rule.get("name")}
    decided.append(decision)
    updates: dict[str, Any] = {"decision": decision, "approvals": decided}
    if decision["decision"] == "edit" and decision.get("edits"):
        proposal = proposal | decision["edits"]
        updates |= {"proposal": proposal, "edited": True}
        required = required_steps(runtime.context.db, task_id=task_id, kind=kind, proposal=proposal)
    done = decision["decision"] == "reject" or len(decided) >= len(required["steps"])
    updates["chain"] = chain_view(required, decided, current=None if done else len(decided) + 1)
    return updates


def after_gate(state: dict[str, Any]) -> str:
    """Back to the gate while the chain has a step left; else on to finalize."""
    chain = state.get("chain") or {}
    return "review_gate" if chain.get("current_step") else "finalize"
