"""Screened candidates and, apart, their self-reported demographics (read only for the audit report)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from storage.models import Candidate, CandidateDemographics, utcnow


def record_demographics(session: Session, *, task_id: str, job_id: str, data: dict[str, str]) -> None:
    session.add(CandidateDemographics(task_id=task_id, job_id=job_id, data=data))


def record_screening(session: Session, *, task_id: str, job_id: str, candidate_ref: str | None, score: int,
                     proposal: str | None = None) -> None:
    row = session.get(Candidate, task_id)
    if row is None:
        row = Candidate(task_id=task_id, job_id=job_id)
        session.add(row)
    row.candidate_ref, row.score = candidate_ref, score
    if proposal is not None:
        row.proposal = proposal


def record_outcome(session: Session, *, task_id: str, outcome: str) -> None:
    row = session.get(Candidate, task_id)
    if row is not None:
        row.outcome, row.decided_at = outcome, utcnow()


def audit_rows(session: Session, *, job_id: str) -> list[dict[str, Any]]:
    """Every screened candidate of the job with its outcome and (if given) demographics."""
    query = (select(Candidate, CandidateDemographics.data)
             .outerjoin(CandidateDemographics, CandidateDemographics.task_id == Candidate.task_id)
             .where(Candidate.job_id == job_id))
    rows = []
    for candidate, demographics in session.execute(query):
        selected = None if candidate.outcome is None else candidate.outcome == "advance"
        rows.append({"score": candidate.score, "selected": selected, "groups": demographics or {}})
    return rows


def forget(session: Session, *, task_id: str, dry_run: bool = False) -> int:
    """Retention: drop a screened candidate's reference and self-reported demographics. Returns how many
    demographic records there were (removed unless `dry_run`)."""
    count = session.scalar(select(func.count()).select_from(CandidateDemographics)
                           .where(CandidateDemographics.task_id == task_id)) or 0
    if not dry_run:
        row = session.get(Candidate, task_id)
        if row is not None:
            row.candidate_ref = None
        session.execute(delete(CandidateDemographics).where(CandidateDemographics.task_id == task_id))
    return int(count)
