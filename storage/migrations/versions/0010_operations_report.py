"""the operations report (issue 22): review facts and their codes, masked policy questions, report indexes

Existing tasks that reached a review get their facts from the task row (its proposal, flags, review and
review_due_at) and its `paused` event; questions asked before this revision were not kept.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 10:00:00
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session, load_only

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_facts",
        sa.Column("task_id", sa.String(36), sa.ForeignKey("tasks.id"), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("domain", sa.String(20), nullable=False),
        sa.Column("source", sa.String(100), nullable=True),
        sa.Column("document_type", sa.String(20), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("paused_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("action", sa.String(40), nullable=True),
        sa.Column("exception_count", sa.Integer, nullable=False),
        sa.Column("flag_count", sa.Integer, nullable=False),
        sa.Column("vendor_id", sa.String(1000), nullable=True),
        sa.Column("decision", sa.String(10), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviewer", sa.String(200), nullable=True),
        sa.Column("decision_seconds", sa.Integer, nullable=True),
        sa.Column("touchless", sa.Integer, nullable=False),
        sa.Column("override", sa.String(30), nullable=True),
    )
    op.create_index("ix_review_facts_created", "review_facts", ["created_at", "kind"])
    op.create_index("ix_review_facts_domain_created", "review_facts", ["domain", "created_at"])
    op.create_table(
        "review_fact_codes",
        sa.Column("task_id", sa.String(36), sa.ForeignKey("tasks.id"), primary_key=True),
        sa.Column("type", sa.String(10), primary_key=True),
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("domain", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("vendor_id", sa.String(1000), nullable=True),
        sa.Column("decided", sa.Integer, nullable=False),
        sa.Column("overridden", sa.Integer, nullable=False),
    )
    op.create_index("ix_review_fact_codes_created", "review_fact_codes", ["created_at", "type", "code"])
    op.create_table(
        "policy_questions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("question", sa.String(500), nullable=False),
        sa.Column("found", sa.Integer, nullable=False),
    )
    op.create_index("ix_policy_questions_asked_at", "policy_questions", ["asked_at"])
    op.create_index("ix_tasks_created_kind", "tasks", ["created_at", "domain", "kind", "source"])
    op.create_index("ix_candidates_created_at", "candidates", ["created_at"])
    _backfill()


def _backfill() -> None:
    """Facts of the tasks that paused for review before this revision, from their rows and `paused` events."""
    from storage import reports
    from storage.models import Task, TaskEvent

    session = Session(bind=op.get_bind())
    paused_at: dict[str, dt.datetime] = {}
    for task_id, at in session.execute(sa.select(TaskEvent.task_id, TaskEvent.at).where(TaskEvent.type == "paused")
                                       .order_by(TaskEvent.id)):
        paused_at[task_id] = at
    if not paused_at:
        return
    # Only the columns this revision knows: a later revision may add columns to `tasks` that do not exist yet.
    columns = (Task.id, Task.kind, Task.domain, Task.source, Task.created_at, Task.review_due_at, Task.proposal,
               Task.result, Task.risk_flags, Task.review)
    for task in session.scalars(sa.select(Task).options(load_only(*columns)).where(Task.proposal.is_not(None))
                                .order_by(Task.id)):
        if task.id not in paused_at:
            continue
        reports.record_pause(session, task=task, paused_at=paused_at[task.id], proposal=task.proposal or {},
                             evidence=task.result or {}, risk_flags=task.risk_flags or [])
        review = task.review or {}
        if review.get("decision") and review.get("at"):
            reports.record_decision(session, task_id=task.id, proposal=task.proposal or {},
                                    decision=review["decision"], edits=review.get("edits"),
                                    reviewer=review.get("by") or "unknown",
                                    decided_at=dt.datetime.fromisoformat(review["at"]))
    session.flush()


def downgrade() -> None:
    op.drop_index("ix_candidates_created_at", "candidates")
    op.drop_index("ix_tasks_created_kind", "tasks")
    op.drop_table("policy_questions")
    op.drop_table("review_fact_codes")
    op.drop_table("review_facts")
