"""The operations report's facts and its SQL aggregates (issue 22).

A task that reaches a review gets a row in `review_facts` (and one row per exception code and risk flag in
`review_fact_codes`), written in the transaction that pauses it and completed in the one that records the
reviewer's decision. The report reads only these narrow, indexed tables, `tasks` (volume, by an index that
covers its columns), `candidates` and `policy_questions`; it never loads a task. Percentiles use the
nearest-rank definition (the value at rank ceil(p·n)), the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Date, Integer, and_, case, cast, delete, func, literal, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from storage.models import Candidate, PolicyQuestion, ReviewFact, ReviewFactCode, Task

# Decision-time buckets (seconds) for the report and the Prometheus histogram.
DECISION_BUCKETS = (300, 900, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 48 * 3600, 72 * 3600, 7 * 24 * 3600)
CLEAN_PAY_ACTION = "approve_for_payment"


# --- what is recorded ---------------------------------------------------------------------------------------------

def _amount(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except (InvalidOperation, ValueError):
        return None


def pause_fields(kind: str, proposal: dict[str, Any], evidence: dict[str, Any],
                 risk_flags: list[dict[str, Any]]) -> dict[str, Any]:
    """What the report keeps of a proposal: its action, its codes, the vendor (invoices)."""
    exceptions = list(dict.fromkeys(str(code) for code in proposal.get("exception_codes") or []))
    flags = list(dict.fromkeys(str(flag.get("code")) for flag in risk_flags or [] if flag.get("code")))
    vendor = ((evidence or {}).get("invoice") or {}).get("vendor") or {}
    vendor_key = vendor.get("vendor_id") or vendor.get("name")
    return {"action": proposal.get("action"), "exceptions": exceptions, "flags": flags,
            "document_type": proposal.get("document_type") or ("invoice" if kind == "invoice_review" else None),
            "vendor_id": str(vendor_key)[:1000] if vendor_key else None}


def decision_fields(kind: str, proposal: dict[str, Any], decision: str, edits: dict[str, Any] | None,
                    *, clean: bool) -> dict[str, Any]:
    """Touchless and override, from the proposal and the decision.

    Touchless: an invoice proposed for payment with no exception and no flag (`clean`), approved unchanged.
    Override (the reviewer against the proposal): a hold approved as is (`hold_approved`), a proposal to pay or
    book rejected (`approve_rejected`), an amount edited to another value (`amount_edited`); for candidates, a
    proposal to advance rejected (`advance_rejected`) or an outcome edited to another one (`outcome_edited`).
    Rejecting a hold agrees with it."""
    action = proposal.get("action")
    override = None
    if kind == "candidate_screen":
        if decision == "reject" and action == "advance":
            override = "advance_rejected"
        elif decision == "edit" and (edits or {}).get("action") not in (None, action):
            override = "outcome_edited"
        elif decision == "approve" and action == "hold":
            override = None  # holding a candidate (not advancing yet) agrees with a hold
    else:
        if decision == "approve" and action == "hold":
            override = "hold_approved"
        elif decision == "reject" and action in (CLEAN_PAY_ACTION, "book_credit"):
            override = "approve_rejected"
        elif decision == "edit":
            field = "amount_to_credit" if "amount_to_credit" in (edits or {}) else "amount_to_pay"
            before, after = _amount(proposal.get(field)), _amount((edits or {}).get(field))
            if before is None or after is None or before != after:
                override = "amount_edited"
            elif action == "hold":
                override = "hold_approved"  # the same amount: the hold approved as is
    touchless = (kind == "invoice_review" and clean and action == CLEAN_PAY_ACTION and decision == "approve")
    return {"override": override, "touchless": int(touchless)}


def record_pause(session: Session, *, task: Task, paused_at: dt.datetime, proposal: dict[str, Any],
                 evidence: dict[str, Any], risk_flags: list[dict[str, Any]]) -> None:
    """The fact of a task paused for review (again after a retry: replaced, decision cleared)."""
    fields = pause_fields(task.kind, proposal, evidence, risk_flags)
    fact = session.get(ReviewFact, task.id)
    if fact is None:
        fact = ReviewFact(task_id=task.id)
        session.add(fact)
    fact.kind, fact.domain, fact.source, fact.created_at = task.kind, task.domain, task.source, task.created_at
    fact.document_type, fact.paused_at, fact.due_at = fields["document_type"], paused_at, task.review_due_at
    fact.action, fact.vendor_id = fields["action"], fields["vendor_id"]
    fact.exception_count, fact.flag_count = len(fields["exceptions"]), len(fields["flags"])
    fact.decision = fact.decided_at = fact.reviewer = fact.decision_seconds = fact.override = None
    fact.touchless = 0
    if task.kind == "candidate_screen":  # the screening record keeps what was proposed (the funnel's middle)
        candidate = session.get(Candidate, task.id)
        if candidate is not None:
            candidate.proposal = fields["action"]
    session.execute(delete(ReviewFactCode).where(ReviewFactCode.task_id == task.id))
    session.add_all([ReviewFactCode(task_id=task.id, type=type_, code=code[:40], created_at=task.created_at,
                                    domain=task.domain, kind=task.kind, vendor_id=fields["vendor_id"], decided=0,
                                    overridden=0)
                     for type_, codes in (("exception", fields["exceptions"]), ("flag", fields["flags"]))
                     for code in codes])
    session.flush()


def record_decision(session: Session, *, task_id: str, proposal: dict[str, Any], decision: str,
                    edits: dict[str, Any] | None, reviewer: str, decided_at: dt.datetime) -> None:
    fact = session.get(ReviewFact, task_id)
    if fact is None:  # paused before this table existed and not backfilled: nothing to complete
        return
    clean = fact.exception_count == 0 and fact.flag_count == 0
    fields = decision_fields(fact.kind, proposal, decision, edits, clean=clean)
    fact.decision, fact.decided_at, fact.reviewer = decision, decided_at, reviewer
    fact.decision_seconds = max(0, int((decided_at - fact.paused_at).total_seconds()))
    fact.override, fact.touchless = fields["override"], fields["touchless"]
    session.execute(update(ReviewFactCode).where(ReviewFactCode.task_id == task_id)
                    .values(decided=1, overridden=int(fields["override"] is not None)))
    session.flush()


_SPACES = re.compile(r"\s+")


def record_question(session: Session, *, masked_question: str, found: bool, asked_at: dt.datetime) -> None:
    """A policy question, already masked by the caller (services/policies.py)."""
    text = _SPACES.sub(" ", masked_question).strip()[:500]
    session.add(PolicyQuestion(question=text, found=int(found), asked_at=asked_at))


def forget_questions(session: Session, *, before: dt.datetime, dry_run: bool = False) -> int:
    """Retention: policy questions asked before `before`; returns how many there were."""
    count = session.scalar(select(func.count()).select_from(PolicyQuestion).where(PolicyQuestion.asked_at < before))
    if not dry_run:
        session.execute(delete(PolicyQuestion).where(PolicyQuestion.asked_at < before))
    return int(count or 0)


# --- the aggregates ----------------------------------------------------------------------------------------------

def _day(session: Session, column: Any) -> ColumnElement[Any]:
    """The UTC calendar day of a timestamp, as SQL."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.timezone("UTC", column), Date)
    return func.date(column)


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _ratio(num: Any, den: Any) -> dict[str, Any]:
    num, den = int(num or 0), int(den or 0)
    return {"count": num, "of": den, "rate": _rate(num, den)}


class Scope:
    """What one report covers: [start, end) in UTC, the domains (None: all) and kinds (None: all)."""

    def __init__(self, *, start: dt.datetime, end: dt.datetime, domains: tuple[str, ...] | None,
                 kinds: tuple[str, ...] | None) -> None:
        self.start, self.end, self.domains, self.kinds = start, end, domains, kinds

    def where(self, created: Any, domain: Any, kind: Any | None = None) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = [created >= self.start, created < self.end]
        if self.domains is not None:
            clauses.append(domain.in_(self.domains))
        if self.kinds is not None and kind is not None:
            clauses.append(kind.in_(self.kinds))
        return clauses


def volume(session: Session, scope: Scope) -> list[dict[str, Any]]:
    """Tasks created, per day, kind and source."""
    day = _day(session, Task.created_at).label("day")
    rows = session.execute(select(day, Task.kind, Task.source, func.count().label("n"))
                           .where(*scope.where(Task.created_at, Task.domain, Task.kind))
                           .group_by(day, Task.kind, Task.source).order_by(day, Task.kind, Task.source))
    return [{"day": _iso(r.day), "kind": r.kind, "source": r.source, "tasks": int(r.n)} for r in rows]


def _fact_scope(scope: Scope) -> list[ColumnElement[bool]]:
    return scope.where(ReviewFact.created_at, ReviewFact.domain, ReviewFact.kind)


def _code_scope(scope: Scope) -> list[ColumnElement[bool]]:
    return scope.where(ReviewFactCode.created_at, ReviewFactCode.domain, ReviewFactCode.kind)


def touchless(session: Session, scope: Scope) -> list[dict[str, Any]]:
    """Decided invoices (not credit notes) per day, and how many went through untouched."""
    day = _day(session, ReviewFact.created_at).label("day")
    rows = session.execute(
        select(day, func.count().label("n"), func.sum(ReviewFact.touchless).label("untouched"))
        .where(*_fact_scope(scope), ReviewFact.kind == "invoice_review", ReviewFact.document_type == "invoice",
               ReviewFact.decision.is_not(None))
        .group_by(day).order_by(day))
    return [{"day": _iso(r.day), **_ratio(r.untouched, r.n)} for r in rows]


def codes(session: Session, scope: Scope, *, limit: int = 20) -> dict[str, Any]:
    """Exception codes and risk flags by frequency, and by vendor."""
    rows = session.execute(
        select(ReviewFactCode.type, ReviewFactCode.code, ReviewFactCode.vendor_id, func.count().label("n"))
        .where(*_code_scope(scope))
        .group_by(ReviewFactCode.vendor_id, ReviewFactCode.type, ReviewFactCode.code)).all()
    pareto: dict[tuple[str, str], int] = {}
    for r in rows:
        pareto[(r.type, r.code)] = pareto.get((r.type, r.code), 0) + int(r.n)
    vendors = sorted((r for r in rows if r.vendor_id is not None), key=lambda r: (-r.n, r.vendor_id, r.code, r.type))
    return {"pareto": [{"type": type_, "code": code, "count": n} for (type_, code), n in
                       sorted(pareto.items(), key=lambda item: (-item[1], item[0][1], item[0][0]))],
            "by_vendor": [{"vendor": r.vendor_id, "type": r.type, "code": r.code, "count": int(r.n)}
                          for r in vendors[:limit * 3]]}


def _percentiles(session: Session, scope: Scope, *, per_day: bool) -> list[dict[str, Any]]:
    """Nearest-rank median and p90 of decision seconds, per day or in total (window functions)."""
    day = _day(session, ReviewFact.created_at) if per_day else literal("total")
    seconds = ReviewFact.decision_seconds
    if session.get_bind().dialect.name == "postgresql":  # the same nearest rank, as an ordered-set aggregate
        group = [day] if per_day else []
        found = session.execute(
            select(day.label("day"), func.count(seconds).label("n"),
                   func.percentile_disc(0.5).within_group(seconds).label("p50"),
                   func.percentile_disc(0.9).within_group(seconds).label("p90"), func.max(seconds).label("max"))
            .where(*_fact_scope(scope), seconds.is_not(None)).group_by(*group).order_by(*group))
        return [{"day": _iso(r.day), "decided": int(r.n), "median_seconds": r.p50, "p90_seconds": r.p90,
                 "max_seconds": r.max} for r in found if r.n]
    inner = (select(day.label("day"), seconds.label("s"),
                    func.row_number().over(partition_by=day, order_by=seconds).label("rn"),
                    func.count().over(partition_by=day).label("n"))
             .where(*_fact_scope(scope), seconds.is_not(None)).subquery())
    rows = session.execute(
        select(inner.c.day, func.max(inner.c.n).label("n"),
               func.min(case((inner.c.rn >= inner.c.n * 0.5, inner.c.s))).label("p50"),
               func.min(case((inner.c.rn >= inner.c.n * 0.9, inner.c.s))).label("p90"),
               func.max(inner.c.s).label("max"))
        .group_by(inner.c.day).order_by(inner.c.day))
    return [{"day": _iso(r.day), "decided": int(r.n), "median_seconds": r.p50, "p90_seconds": r.p90,
             "max_seconds": r.max} for r in rows]


def decision_time(session: Session, scope: Scope, *, now: dt.datetime) -> dict[str, Any]:
    seconds = ReviewFact.decision_seconds
    total = _percentiles(session, scope, per_day=False)
    bucket_columns = [func.sum(case((seconds <= bound, 1), else_=0)).label(f"b{bound}") for bound in DECISION_BUCKETS]
    counts = session.execute(select(func.count(seconds).label("n"), *bucket_columns)
                             .where(*_fact_scope(scope))).one()
    buckets = [{"le_seconds": bound, "count": int(getattr(counts, f"b{bound}") or 0)} for bound in DECISION_BUCKETS]
    buckets.append({"le_seconds": None, "count": int(counts.n or 0)})
    late = and_(ReviewFact.due_at.is_not(None), or_(
        and_(ReviewFact.decided_at.is_not(None), ReviewFact.decided_at > ReviewFact.due_at),
        and_(ReviewFact.decided_at.is_(None), ReviewFact.due_at < now)))
    sla = session.execute(
        select(ReviewFact.kind, ReviewFact.domain, func.count().label("n"),
               func.sum(case((late, 1), else_=0)).label("late"),
               func.sum(case((and_(late, ReviewFact.decided_at.is_(None)), 1), else_=0)).label("open_late"))
        .where(*_fact_scope(scope)).group_by(ReviewFact.kind, ReviewFact.domain)
        .order_by(ReviewFact.kind, ReviewFact.domain))
    return {
        "total": total[0] if total else {"day": "total", "decided": 0, "median_seconds": None, "p90_seconds": None,
                                         "max_seconds": None},
        "per_day": _percentiles(session, scope, per_day=True),
        "buckets": buckets,  # cumulative, as a Prometheus histogram's
        "sla": [{"step": "review", "kind": r.kind, "reviewer_group": r.domain, "reviews": int(r.n),
                 "breached": int(r.late or 0), "breached_still_open": int(r.open_late or 0),
                 "rate": _rate(int(r.late or 0), int(r.n))} for r in sla],
    }


def overrides(session: Session, scope: Scope, *, examples: int = 10) -> dict[str, Any]:
    decided = [*_fact_scope(scope), ReviewFact.decision.is_not(None)]
    overridden = func.sum(case((ReviewFact.override.is_not(None), 1), else_=0))
    day = _day(session, ReviewFact.created_at).label("day")
    per_day = session.execute(select(day, func.count().label("n"), overridden.label("o")).where(*decided)
                              .group_by(day).order_by(day))
    pairs = session.execute(select(ReviewFact.reviewer, ReviewFact.override, func.count().label("n")).where(*decided)
                            .group_by(ReviewFact.reviewer, ReviewFact.override)).all()
    kinds: dict[str | None, int] = {}
    reviewers: dict[str | None, list[int]] = {}
    for r in pairs:
        kinds[r.override] = kinds.get(r.override, 0) + int(r.n)
        counts = reviewers.setdefault(r.reviewer, [0, 0])
        counts[0] += int(r.n) if r.override is not None else 0
        counts[1] += int(r.n)
    code_overridden = func.sum(ReviewFactCode.overridden)
    by_code = session.execute(
        select(ReviewFactCode.type, ReviewFactCode.code, func.count().label("n"), code_overridden.label("o"))
        .where(*_code_scope(scope), ReviewFactCode.decided == 1)
        .group_by(ReviewFactCode.type, ReviewFactCode.code)
        .order_by(code_overridden.desc(), ReviewFactCode.code, ReviewFactCode.type))
    sample = session.execute(
        select(ReviewFact.task_id, ReviewFact.kind, ReviewFact.override, ReviewFact.reviewer, ReviewFact.decided_at)
        .where(*decided, ReviewFact.override.is_not(None))
        .order_by(ReviewFact.decided_at.desc(), ReviewFact.task_id).limit(examples))
    decided_total = sum(kinds.values())
    return {
        "total": _ratio(decided_total - kinds.get(None, 0), decided_total),
        "by_type": {name: count for name, count in sorted(kinds.items(), key=lambda item: (-item[1], str(item[0])))
                    if name is not None},
        "per_day": [{"day": _iso(r.day), **_ratio(r.o, r.n)} for r in per_day],
        "by_code": [{"type": r.type, "code": r.code, **_ratio(r.o, r.n)} for r in by_code],
        "by_reviewer": [{"reviewer": name, **_ratio(o, n)} for name, (o, n) in
                        sorted(reviewers.items(), key=lambda item: (-item[1][0], str(item[0])))],
        "examples": [{"task_id": r.task_id, "kind": r.kind, "override": r.override, "reviewer": r.reviewer,
                      "decided_at": r.decided_at.isoformat() if r.decided_at else None} for r in sample],
    }


def candidates(session: Session, scope: Scope) -> dict[str, Any]:
    """Screening funnel per job, and the score distribution in buckets of ten points."""
    where = [Candidate.created_at >= scope.start, Candidate.created_at < scope.end]
    funnel = session.execute(
        select(Candidate.job_id, func.count().label("screened"),
               func.sum(case((Candidate.proposal == "advance", 1), else_=0)).label("proposed"),
               func.sum(case((Candidate.outcome.is_not(None), 1), else_=0)).label("decided"),
               func.sum(case((Candidate.outcome == "advance", 1), else_=0)).label("advanced"))
        .where(*where).group_by(Candidate.job_id).order_by(func.count().desc(), Candidate.job_id))
    bucket = func.min(cast(Candidate.score, Integer) / 10, 9).label("bucket")
    if session.get_bind().dialect.name == "postgresql":
        bucket = func.least(cast(Candidate.score, Integer) / 10, 9).label("bucket")
    scores = session.execute(select(bucket, func.count().label("n")).where(*where, Candidate.score.is_not(None))
                             .group_by(bucket).order_by(bucket))
    found = {int(r.bucket): int(r.n) for r in scores}
    return {
        "funnel": [{"job_id": r.job_id, "screened": int(r.screened), "proposed_advance": int(r.proposed or 0),
                    "decided": int(r.decided or 0), "advanced": int(r.advanced or 0)} for r in funnel],
        "scores": [{"from": b * 10, "to": 100 if b == 9 else b * 10 + 9, "count": found.get(b, 0)}
                   for b in range(10)],
    }


def policy_questions(session: Session, scope: Scope, *, limit: int = 10) -> dict[str, Any]:
    where = [PolicyQuestion.asked_at >= scope.start, PolicyQuestion.asked_at < scope.end]
    day = _day(session, PolicyQuestion.asked_at).label("day")
    per_day = session.execute(select(day, func.count().label("n"), func.sum(PolicyQuestion.found).label("f"))
                              .where(*where).group_by(day).order_by(day))
    gaps = session.execute(select(PolicyQuestion.question, func.count().label("n"))
                           .where(*where, PolicyQuestion.found == 0).group_by(PolicyQuestion.question)
                           .order_by(func.count().desc(), PolicyQuestion.question).limit(limit))
    days = [{"day": _iso(r.day), "asked": int(r.n), "answered": int(r.f or 0),
             "not_covered": int(r.n) - int(r.f or 0)} for r in per_day]
    asked = sum(d["asked"] for d in days)
    answered = sum(d["answered"] for d in days)
    return {"asked": asked, "answered": answered, "not_covered": asked - answered,
            "answered_rate": _rate(answered, asked), "per_day": days,
            "top_not_covered": [{"question": r.question, "count": int(r.n)} for r in gaps]}


def task_ids(session: Session, scope: Scope, *, metric: str, code: str | None = None, value: str | None = None,
             limit: int = 100) -> list[dict[str, Any]]:
    """The tasks behind a figure (the dashboard's links): `touchless`, `override` (value: its type), `code`,
    `reviewer` (value: holder id; overrides), `breached`, `vendor` (value)."""
    query = select(ReviewFact.task_id, ReviewFact.kind, ReviewFact.action, ReviewFact.decision, ReviewFact.override,
                   ReviewFact.created_at).where(*_fact_scope(scope))
    if metric == "touchless":
        query = query.where(ReviewFact.touchless == 1)
    elif metric == "override":
        query = query.where(ReviewFact.override == value if value else ReviewFact.override.is_not(None))
    elif metric == "reviewer":
        query = query.where(ReviewFact.reviewer == value, ReviewFact.override.is_not(None))
    elif metric == "breached":
        query = query.where(ReviewFact.due_at.is_not(None), or_(ReviewFact.decided_at > ReviewFact.due_at,
                                                                ReviewFact.decided_at.is_(None)))
    elif metric in ("code", "vendor"):
        if metric == "vendor":
            query = query.where(ReviewFact.vendor_id == value)
        if code:
            query = query.where(ReviewFact.task_id.in_(select(ReviewFactCode.task_id).where(
                ReviewFactCode.code == code, *([ReviewFactCode.type == value] if metric == "code" and value else []))))
    rows = session.execute(query.order_by(ReviewFact.created_at.desc(), ReviewFact.task_id).limit(limit))
    return [{"task_id": r.task_id, "kind": r.kind, "action": r.action, "decision": r.decision,
             "override": r.override, "created_at": r.created_at.isoformat()} for r in rows]


def metrics_snapshot(session: Session, *, since: dt.datetime) -> dict[str, Any]:
    """For Prometheus: touchless and override rates since `since`; decision-time buckets of all decisions."""
    recent = [ReviewFact.created_at >= since, ReviewFact.decision.is_not(None)]
    invoices = session.execute(select(func.count().label("n"), func.sum(ReviewFact.touchless).label("untouched")).where(
        *recent, ReviewFact.kind == "invoice_review", ReviewFact.document_type == "invoice")).one()
    decided = session.execute(select(ReviewFact.kind, func.count().label("n"), func.sum(
        case((ReviewFact.override.is_not(None), 1), else_=0)).label("o")).where(*recent).group_by(ReviewFact.kind))
    seconds = ReviewFact.decision_seconds
    histogram = session.execute(
        select(ReviewFact.kind, func.count(seconds).label("n"), func.coalesce(func.sum(seconds), 0).label("sum"),
               *[func.sum(case((seconds <= bound, 1), else_=0)).label(f"b{bound}") for bound in DECISION_BUCKETS])
        .where(seconds.is_not(None)).group_by(ReviewFact.kind))
    return {
        "touchless": _ratio(invoices.untouched, invoices.n),
        "override": {r.kind: _ratio(r.o, r.n) for r in decided},
        "decision_seconds": {r.kind: {"count": int(r.n), "sum": int(r.sum),
                                      "buckets": [int(getattr(r, f"b{b}") or 0) for b in DECISION_BUCKETS]}
                             for r in histogram},
    }
