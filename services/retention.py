"""Retention: remove candidates' personal data and old checkpoints; keep the decisions and the audit trail.

What `purge` removes, for tasks that ended (approved, rejected, completed, failed) before the cut-off:
- every task's LangGraph checkpoints (the task row keeps the outcome; a finished graph is never resumed);
- for candidate screens: the resume (text and file) and the candidate reference in the task input; the parsed
  resume, the candidate reference and the quoted resume lines in the result; the candidate reference in the
  screening record; the self-reported demographics;
and chat threads whose last message is older than the cut-off.

What it keeps: the task row (kind, status, proposal, score and its parts, the job, the review with its decision,
comment and reviewer), the screening record's score, proposal and outcome (so adverse-impact counts by outcome
stay; by group they cannot, once the groups are gone), and every event. Events never held the personal data:
candidate proposals carry no resume lines. A `purged` event records what was removed (names of fields, never
values). Invoices are business records under statutory retention (often 10 years) and are not touched.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from sqlalchemy.orm import Session

from agent.chat.graph import CHAT_THREAD_PREFIX
from core.clock import utcnow
from core.errors import Unprocessable
from core.logging import get_logger
from storage import candidates, tasks
from storage.db import Database

log = get_logger("services.retention")
_AGE = re.compile(r"^\s*(\d{1,5})\s*([dhw]?)\s*$")
_UNIT = {"": "days", "d": "days", "h": "hours", "w": "weeks"}
CANDIDATE_FIELDS = ["input.resume", "input.candidate_ref", "result.resume", "result.candidate_ref",
                    "result.match.evidence.excerpt",
                    "candidate.candidate_ref", "demographics"]
BATCH = 200


def parse_age(text: str) -> dt.timedelta:
    """'180d', '12h', '26w' or a bare number of days."""
    match = _AGE.match(text)
    if not match or int(match.group(1)) == 0:
        raise Unprocessable(f"age {text!r} is not like 180d, 12h or 26w",
                            errors=[{"field": "older_than", "message": "a positive number with d, h or w"}])
    return dt.timedelta(**{_UNIT[match.group(2)]: int(match.group(1))})


@dataclass
class PurgeReport:
    cutoff: str
    dry_run: bool
    tasks: int = 0
    candidates: int = 0
    demographics: int = 0
    task_checkpoints: int = 0
    chat_threads: int = 0
    task_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("task_ids")
        return data


def _scrubbed(task_input: dict[str, Any] | None, task_result: dict[str, Any] | None) -> dict[str, Any]:
    """A candidate screen's input and result without the resume, the candidate reference and the excerpts."""
    result = dict(task_result or {})
    result.pop("resume", None)
    result.pop("candidate_ref", None)
    if isinstance(result.get("match"), dict):
        match = dict(result["match"])
        match["evidence"] = [{**item, "excerpt": None} for item in match.get("evidence") or []]
        result["match"] = match
    return {"input": {"job_id": (task_input or {}).get("job_id")}, "result": result}


def purge(db: Database, checkpointer: BaseCheckpointSaver, *, older_than: dt.timedelta, dry_run: bool = False,
          now: dt.datetime | None = None, progress: Callable[[int], None] | None = None) -> PurgeReport:
    """Apply retention to everything that ended before now - older_than. Safe to run again; safe beside the
    service (finished tasks are never advanced again)."""
    cutoff = (now or utcnow()) - older_than
    report = PurgeReport(cutoff=cutoff.isoformat(), dry_run=dry_run)
    after = ""
    while True:
        with db.session() as session:
            ids = tasks.due_for_purge(session, cutoff=cutoff, after=after, limit=BATCH)
        if not ids:
            break
        after = ids[-1]
        # Checkpoints first, outside the transaction (on SQLite they share the file and its write lock): if the
        # run stops between the two steps, the next run finds these tasks again and finishes them.
        for task_id in ids:
            if checkpointer.get_tuple({"configurable": {"thread_id": task_id}}) is not None:
                report.task_checkpoints += 1
                if not dry_run:
                    checkpointer.delete_thread(task_id)
        with db.session() as session:
            for task_id in ids:
                _purge_task(session, task_id, report, older_than=older_than, dry_run=dry_run)
        if progress is not None:
            progress(len(ids))
    report.chat_threads = _purge_chat_threads(checkpointer, cutoff, dry_run=dry_run)
    log.info("purged", **report.as_dict())
    return report


def _purge_task(session: Session, task_id: str, report: PurgeReport, *,
                older_than: dt.timedelta, dry_run: bool) -> None:
    task = tasks.get(session, task_id=task_id)
    removed = ["checkpoints"]
    scrubbed: dict[str, Any] = {}
    if task.kind == "candidate_screen":
        report.candidates += 1
        removed = CANDIDATE_FIELDS + removed
        report.demographics += candidates.forget(session, task_id=task_id, dry_run=dry_run)
        scrubbed = _scrubbed(task.input, task.result)
    report.tasks += 1
    report.task_ids.append(task_id)
    if not dry_run:
        tasks.mark_purged(session, task_id=task_id, **scrubbed)
        tasks.add_event(session, task_id=task_id, type="purged", actor="system:retention",
                        data={"removed": removed, "older_than_days": round(older_than / dt.timedelta(days=1), 2)})


def _purge_chat_threads(checkpointer: BaseCheckpointSaver, cutoff: dt.datetime, *, dry_run: bool) -> int:
    """Chat threads (thread ids `chat:…`) whose newest checkpoint is older than the cut-off."""
    newest: dict[str, str] = {}
    for item in checkpointer.list(None):
        thread = item.config["configurable"]["thread_id"]
        if thread.startswith(CHAT_THREAD_PREFIX):
            newest[thread] = max(newest.get(thread, ""), item.checkpoint["ts"])
    old = [thread for thread, ts in newest.items() if dt.datetime.fromisoformat(ts) < cutoff]
    if not dry_run:
        for thread in old:
            checkpointer.delete_thread(thread)
    return len(old)
