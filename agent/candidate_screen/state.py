from __future__ import annotations

from typing import Any, TypedDict


class CandidateScreenState(TypedDict, total=False):
    """No demographics here, ever: they are stored apart and read only by the audit report."""

    job_id: str
    candidate_ref: str | None
    resume: dict[str, Any]  # {text, format, images, filename}: the extracted text, not the file
    job: dict[str, Any]
    parsed: dict[str, Any]
    match: dict[str, Any]
    proposal: dict[str, Any]
    decision: dict[str, Any]  # the last step's decision
    approvals: list[dict[str, Any]]  # every step's decision, in order
    chain: dict[str, Any]  # the approval chain after the last decision (agent/approvals.py)
    edited: bool  # a step changed the proposal
    outcome: dict[str, Any]
