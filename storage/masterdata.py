"""Master data as the ERP sends it: vendors (with bank-account history), POs, goods receipts, jobs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.models import (
    GoodsReceiptLine,
    GoodsReceiptRow,
    JobRow,
    PurchaseOrderLine,
    PurchaseOrderRow,
    VendorBankAccount,
    VendorRow,
    utcnow,
)
from tools.documents import GoodsReceipt, Job, PurchaseOrder, Vendor

KINDS = ("vendors", "purchase-orders", "goods-receipts", "jobs")
T = TypeVar("T", bound=Any)


def upsert_vendor(session: Session, vendor: Vendor) -> VendorRow:
    now = utcnow()
    row = session.get(VendorRow, vendor.vendor_id)
    data = vendor.model_dump(mode="json", exclude_none=True)
    if row is None:
        row = VendorRow(vendor_id=vendor.vendor_id, name=vendor.name, tax_id=vendor.tax_id,
                        bank_account=vendor.bank_account, created_at=vendor.created_at or now,
                        first_seen_at=now, updated_at=now, data=data)
        session.add(row)
        session.flush()
        session.add(VendorBankAccount(vendor_id=vendor.vendor_id, bank_account=vendor.bank_account, changed_at=now))
        return row
    if vendor.bank_account != row.bank_account:
        session.add(VendorBankAccount(vendor_id=vendor.vendor_id, bank_account=vendor.bank_account, changed_at=now))
    row.name, row.tax_id, row.bank_account, row.data, row.updated_at = (
        vendor.name, vendor.tax_id, vendor.bank_account, data, now)
    if vendor.created_at is not None:
        row.created_at = vendor.created_at
    return row


def _get_or_add(session: Session, model: type[T], **key: str) -> T:
    row = session.get(model, tuple(key.values()) if len(key) > 1 else next(iter(key.values())))
    if row is None:
        row = model(**key)
        session.add(row)
    return row


def upsert_purchase_order(session: Session, po: PurchaseOrder) -> PurchaseOrderRow:
    row = _get_or_add(session, PurchaseOrderRow, po_number=po.po_number)
    data = po.model_dump(mode="json", exclude_none=True)
    row.vendor_id, row.vendor_name, row.order_date = po.vendor.vendor_id, po.vendor.name, po.order_date
    row.currency, row.status, row.data, row.updated_at = po.currency, po.status, data, utcnow()
    session.flush()
    session.execute(delete(PurchaseOrderLine).where(PurchaseOrderLine.po_number == po.po_number))
    session.add_all(
        PurchaseOrderLine(po_number=po.po_number, line_no=line.line_no, sku=line.sku, description=line.description,
                          quantity=line.quantity, unit_price=line.unit_price, tax_rate=line.tax_rate)
        for line in po.lines
    )
    return row


def post_goods_receipt(session: Session, grn: GoodsReceipt) -> GoodsReceiptRow:
    row = _get_or_add(session, GoodsReceiptRow, grn_number=grn.grn_number)
    row.po_number, row.received_date = grn.po_number, grn.received_date
    row.data, row.updated_at = grn.model_dump(mode="json", exclude_none=True), utcnow()
    session.flush()
    session.execute(delete(GoodsReceiptLine).where(GoodsReceiptLine.grn_number == grn.grn_number))
    totals: dict[int, Decimal] = {}
    for line in grn.lines:  # the same PO line twice in one receipt adds up
        totals[line.po_line_no] = totals.get(line.po_line_no, Decimal("0")) + line.quantity_received
    session.add_all(
        GoodsReceiptLine(grn_number=grn.grn_number, po_line_no=line_no, quantity_received=quantity)
        for line_no, quantity in totals.items()
    )
    return row


def upsert_job(session: Session, job: Job) -> JobRow:
    row = _get_or_add(session, JobRow, job_id=job.job_id)
    row.title, row.data, row.updated_at = job.title, job.model_dump(mode="json", exclude_none=True), utcnow()
    return row


def replace_bank_history(session: Session, *, vendor_id: str, changes: list[tuple[str | None, dt.datetime]]) -> None:
    """Set a vendor's bank-account history (account, when the change arrived), as an ERP's import would."""
    session.flush()
    session.execute(delete(VendorBankAccount).where(VendorBankAccount.vendor_id == vendor_id))
    session.add_all(VendorBankAccount(vendor_id=vendor_id, bank_account=account, changed_at=at)
                    for account, at in changes)


def vendor_exists(session: Session, *, vendor_id: str) -> bool:
    return session.get(VendorRow, vendor_id) is not None


def get_vendor(session: Session, *, vendor_id: str) -> Vendor | None:
    row = session.get(VendorRow, vendor_id)
    return None if row is None else Vendor.model_validate(row.data | {"created_at": row.created_at.isoformat()})


def get_purchase_order(session: Session, *, po_number: str) -> PurchaseOrder | None:
    row = session.get(PurchaseOrderRow, po_number)
    return None if row is None else PurchaseOrder.model_validate(row.data)


def goods_receipts_for(session: Session, *, po_number: str) -> list[GoodsReceipt]:
    rows = session.scalars(
        select(GoodsReceiptRow).where(GoodsReceiptRow.po_number == po_number)
        .order_by(GoodsReceiptRow.received_date, GoodsReceiptRow.grn_number)
    )
    return [GoodsReceipt.model_validate(row.data) for row in rows]


def get_job(session: Session, *, job_id: str) -> Job | None:
    row = session.get(JobRow, job_id)
    return None if row is None else Job.model_validate(row.data)
