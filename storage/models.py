"""Tables. Money is exact (DecimalType); times are timezone-aware UTC."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from core import clock
from storage.db import DecimalType


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC; always returns an aware datetime (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    """The injectable clock's time (core.clock)."""
    return clock.utcnow()


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(), Decimal: DecimalType(), dict[str, Any]: JSON(),
    }


class Task(Base):
    __tablename__ = "tasks"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), index=True)
    domain: Mapped[str] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(String(100))
    requester: Mapped[str | None] = mapped_column(String(200))
    requester_holder: Mapped[str | None] = mapped_column(String(200))  # the holder id four eyes compares
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    input: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    risk_flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    proposal: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    review: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    review_due_at: Mapped[dt.datetime | None] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[dt.datetime | None] = mapped_column()
    lease_owner: Mapped[str | None] = mapped_column(String(120))  # host:pid of the worker holding the lease
    error: Mapped[str | None] = mapped_column(Text)
    purged_at: Mapped[dt.datetime | None] = mapped_column()  # personal data removed by `purge`
    # Approval chains: the policy version the task started with (None: no policy, one step by the domain's
    # reviewers), the chain's steps as the last pause or decision left them, and the step awaiting a decision.
    approval_policy_version: Mapped[int | None] = mapped_column(Integer)
    steps: Mapped[list[Any] | None] = mapped_column(JSON)
    current_step: Mapped[int | None] = mapped_column(Integer)
    traceparent: Mapped[str | None] = mapped_column(String(55))  # W3C trace context it was created in (tracing)

    __table_args__ = (
        Index("ix_tasks_status_created", "status", "created_at"),
        Index("ix_tasks_domain_status", "domain", "status"),
        Index("ix_tasks_created_kind", "created_at", "domain", "kind", "source"),  # the operations report's volume
    )


class TaskEvent(Base):
    """Append-only: rows are inserted, never updated or deleted (the service has no code path that does)."""

    __tablename__ = "task_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), index=True)
    type: Mapped[str] = mapped_column(String(40))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    key: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (UniqueConstraint("task_id", "key", name="uq_task_events_task_key"),)


class Holder(Base):
    """Who holds keys: a person, or a system (an ERP source). The id is the normalised name
    (core.identity), unique across both kinds, so no key can pass for another holder or for a source."""

    __tablename__ = "holders"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # person | system
    display_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    holder_id: Mapped[str] = mapped_column(String(200), ForeignKey("holders.id", name="fk_api_keys_holder_id_holders"),
                                           index=True)
    role: Mapped[str] = mapped_column(String(20))
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column()


class Source(Base):
    __tablename__ = "sources"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder_id: Mapped[str] = mapped_column(String(200), ForeignKey("holders.id", name="fk_sources_holder_id_holders"))
    secret: Mapped[str] = mapped_column(String(200))
    callback_url: Mapped[str | None] = mapped_column(String(2000))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # After a rotation the secret it replaced still verifies webhooks until this time (the overlap window).
    previous_secret: Mapped[str | None] = mapped_column(String(200))
    previous_secret_expires_at: Mapped[dt.datetime | None] = mapped_column()
    rotated_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (UniqueConstraint("holder_id", name="uq_sources_holder_id"),)


class WebSessionRow(Base):
    """A signed-in browser. The cookie carries the session's token, signed; the row holds its SHA-256, so
    logout (revoked_at) and expiry end the session on the server, whatever the browser keeps."""

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(36), ForeignKey("api_keys.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()
    revoked_at: Mapped[dt.datetime | None] = mapped_column()


class AuditEntry(Base):
    """Append-only log of admin changes (keys, holders, sources): who, when, what; never a secret."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(200))
    actor_holder_id: Mapped[str | None] = mapped_column(String(200))
    actor_key_id: Mapped[str | None] = mapped_column(String(36))
    channel: Mapped[str] = mapped_column(String(20))  # api | cli | startup | migration | demo
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class WebhookEvent(Base):
    """Idempotency record: the first answer to an event id of a source, replayed for the same body."""

    __tablename__ = "webhook_events"

    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    body_hash: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(60))
    status_code: Mapped[int] = mapped_column(Integer)
    response: Mapped[dict[str, Any]] = mapped_column(JSON)
    task_id: Mapped[str | None] = mapped_column(String(36))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class VendorRow(Base):
    __tablename__ = "vendors"

    vendor_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(1000))
    tax_id: Mapped[str | None] = mapped_column(String(100))
    bank_account: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    first_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class VendorBankAccount(Base):
    """Every bank account a vendor had, with the time the change arrived."""

    __tablename__ = "vendor_bank_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vendor_id: Mapped[str] = mapped_column(ForeignKey("vendors.vendor_id"), index=True)
    bank_account: Mapped[str | None] = mapped_column(String(100))
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PurchaseOrderRow(Base):
    __tablename__ = "purchase_orders"

    po_number: Mapped[str] = mapped_column(String(100), primary_key=True)
    vendor_id: Mapped[str | None] = mapped_column(String(100), index=True)
    vendor_name: Mapped[str] = mapped_column(String(1000))
    order_date: Mapped[dt.date] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(10))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_lines"

    po_number: Mapped[str] = mapped_column(ForeignKey("purchase_orders.po_number"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(1000))
    quantity: Mapped[Decimal] = mapped_column()
    unit_price: Mapped[Decimal] = mapped_column()
    tax_rate: Mapped[Decimal] = mapped_column()


class GoodsReceiptRow(Base):
    __tablename__ = "goods_receipts"

    grn_number: Mapped[str] = mapped_column(String(100), primary_key=True)
    po_number: Mapped[str] = mapped_column(String(100), index=True)
    received_date: Mapped[dt.date] = mapped_column()
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class GoodsReceiptLine(Base):
    __tablename__ = "goods_receipt_lines"

    grn_number: Mapped[str] = mapped_column(ForeignKey("goods_receipts.grn_number"), primary_key=True)
    po_line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    quantity_received: Mapped[Decimal] = mapped_column()


class JobRow(Base):
    __tablename__ = "jobs"

    job_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    title: Mapped[str] = mapped_column(String(1000))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class InvoiceRecord(Base):
    """Every invoice the service has seen, with what it billed per PO line: the matcher's history."""

    __tablename__ = "invoices"

    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    invoice_number: Mapped[str] = mapped_column(String(100))
    number_key: Mapped[str] = mapped_column(String(100))
    vendor_key: Mapped[str] = mapped_column(String(1000))
    vendor_id: Mapped[str | None] = mapped_column(String(100))
    po_number: Mapped[str | None] = mapped_column(String(100), index=True)
    issue_date: Mapped[dt.date] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[Decimal] = mapped_column()
    billed_by_po_line: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    amount_paid: Mapped[Decimal | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Byte order on PostgreSQL too: the look-alike search is a range scan on this column (storage/risk.py).
    number_shape: Mapped[str] = mapped_column(String(100).with_variant(String(100, collation="C"), "postgresql"),
                                              default="")
    bank_account: Mapped[str | None] = mapped_column(String(100))
    # invoice | credit_note: a credit note's total and quantities count against what was billed, not with it.
    document_type: Mapped[str] = mapped_column(String(20), default="invoice", server_default="invoice")
    refers_to: Mapped[str | None] = mapped_column(String(100))  # a credit note: the number key it corrects

    __table_args__ = (
        Index("ix_invoices_vendor_number", "vendor_key", "number_key"),
        Index("ix_invoices_vendor_shape", "vendor_key", "number_shape"),
        Index("ix_invoices_vendor_date", "vendor_key", "issue_date"),
        Index("ix_invoices_vendor_id_date", "vendor_id", "issue_date"),
    )


class TaskOriginal(Base):
    """The file a task was started from (an invoice PDF or XML), kept as the human-readable original."""

    __tablename__ = "task_originals"

    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class VendorFirstDigits(Base):
    """How many of a vendor's invoice totals start with each digit: Benford's population, kept as it grows."""

    __tablename__ = "vendor_first_digits"

    vendor_key: Mapped[str] = mapped_column(String(1000), primary_key=True)
    digit: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class RiskFlagRecord(Base):
    """Every flag raised on an invoice task, for the vendor's risk history."""

    __tablename__ = "risk_flags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), index=True)
    vendor_id: Mapped[str | None] = mapped_column(String(100), index=True)
    vendor_key: Mapped[str] = mapped_column(String(1000))
    code: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(10))
    message: Mapped[str] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    raised_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Delivery(Base):
    """Outbox of callbacks to the source's callback_url, written with the final state."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    log: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Candidate(Base):
    """A screened application: the score the tool gave and the reviewer's outcome (for audits)."""

    __tablename__ = "candidates"

    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    job_id: Mapped[str] = mapped_column(String(100), index=True)
    candidate_ref: Mapped[str | None] = mapped_column(String(100))
    score: Mapped[int | None] = mapped_column(Integer)
    proposal: Mapped[str | None] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column()


class CandidateDemographics(Base):
    """Self-reported demographics, kept apart: read only by the adverse-impact report, never by the scorer,
    the graph or the reviewer's view."""

    __tablename__ = "candidate_demographics"

    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    job_id: Mapped[str] = mapped_column(String(100), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PolicyDocument(Base):
    """One version of a policy. A series holds a document's versions: an upload that names the document it
    replaces makes the next version and retires the active one; any other upload starts a new series."""

    __tablename__ = "policy_documents"

    doc_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    series_id: Mapped[str | None] = mapped_column(String(120), index=True)
    replaces: Mapped[str | None] = mapped_column(String(120))
    source_name: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(300), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="active")
    format: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[dt.datetime | None] = mapped_column()


class PolicySection(Base):
    """A clause with its tokens and vector, computed once at upload: nothing is re-embedded later."""

    __tablename__ = "policy_sections"

    section_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("policy_documents.doc_id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(300))
    heading: Mapped[str] = mapped_column(String(300))
    path: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    tokens: Mapped[list[str]] = mapped_column(JSON, default=list)
    vector: Mapped[bytes | None] = mapped_column(LargeBinary)


class ReviewFact(Base):
    """One row per task that reached a review: what the agent proposed and, once decided, what the reviewer did.

    Written with the task's pause and its decision (in the same transactions), read only by the operations report
    (storage/reports.py), which aggregates this narrow table instead of the tasks' JSON. It holds no personal
    data: codes, counts, times, the reviewer's holder id."""

    __tablename__ = "review_facts"

    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    domain: Mapped[str] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(String(100))
    document_type: Mapped[str | None] = mapped_column(String(20))  # invoice | credit_note (invoice_review)
    created_at: Mapped[dt.datetime] = mapped_column()  # the task's: the report's day
    paused_at: Mapped[dt.datetime] = mapped_column()
    due_at: Mapped[dt.datetime | None] = mapped_column()  # the review SLA (review_due_at)
    action: Mapped[str | None] = mapped_column(String(40))  # the proposal's action
    exception_count: Mapped[int] = mapped_column(Integer, default=0)
    flag_count: Mapped[int] = mapped_column(Integer, default=0)
    vendor_id: Mapped[str | None] = mapped_column(String(1000))  # the vendor id, else its name as the invoice had it
    decision: Mapped[str | None] = mapped_column(String(10))  # approve | reject | edit
    decided_at: Mapped[dt.datetime | None] = mapped_column()
    reviewer: Mapped[str | None] = mapped_column(String(200))  # holder id
    decision_seconds: Mapped[int | None] = mapped_column(Integer)  # paused → decided
    touchless: Mapped[int] = mapped_column(Integer, default=0)  # 1: clean proposal to pay, approved unchanged
    override: Mapped[str | None] = mapped_column(String(30))  # hold_approved | approve_rejected | amount_edited | …

    __table_args__ = (
        Index("ix_review_facts_created", "created_at", "kind"),
        Index("ix_review_facts_domain_created", "domain", "created_at"),
    )


class ReviewFactCode(Base):
    """The exception codes and risk flags of a task that reached review, one row each (the report's Pareto)."""

    __tablename__ = "review_fact_codes"

    task_id: Mapped[str] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    type: Mapped[str] = mapped_column(String(10), primary_key=True)  # exception | flag
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column()
    domain: Mapped[str] = mapped_column(String(20))
    # Copies of the fact's kind, vendor and decision, so that the Pareto and the override rate by code need no
    # join (the two heaviest queries of a month's report on a million tasks).
    kind: Mapped[str] = mapped_column(String(40))
    vendor_id: Mapped[str | None] = mapped_column(String(1000))
    decided: Mapped[int] = mapped_column(default=0)
    overridden: Mapped[int] = mapped_column(default=0)

    __table_args__ = (Index("ix_review_fact_codes_created", "created_at", "type", "code"),)


class PolicyQuestion(Base):
    """A question put to the policies (tool or chat), masked before it is stored: the handbook's gaps."""

    __tablename__ = "policy_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    asked_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    question: Mapped[str] = mapped_column(String(500))  # masked (agent/masking.py), whitespace collapsed
    found: Mapped[int] = mapped_column(Integer)  # 1 answered, 0 not covered


class ApprovalPolicyRow(Base):
    """One version of a kind's approval policy (tools.approvals.ApprovalPolicy as JSON). Versions are never
    changed: a task keeps the version it started with."""

    __tablename__ = "approval_policies"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))


class ApprovalGroup(Base):
    """A group of deciders (`finance-managers`) of one domain; members are holder ids (storage.holders)."""

    __tablename__ = "approval_groups"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    domain: Mapped[str] = mapped_column(String(20))
    members: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Delegation(Base):
    """While it runs (starts_at ≤ now < until), `to_holder` may decide the steps `holder_id` may decide."""

    __tablename__ = "delegations"

    holder_id: Mapped[str] = mapped_column(String(200), ForeignKey("holders.id", name="fk_delegations_holder_id"),
                                           primary_key=True)
    to_holder: Mapped[str] = mapped_column(String(200), ForeignKey("holders.id", name="fk_delegations_to_holder"),
                                           index=True)
    starts_at: Mapped[dt.datetime] = mapped_column()
    until: Mapped[dt.datetime] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
