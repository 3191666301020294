"""Everything an invoice is matched against, built in one place for the review graph and the tool endpoints:
the PO and its receipts, earlier invoices on the PO, the invoices a credit note corrects, and the tolerances (the
settings', overridden by the vendor's own in master data). `POST /v1/tools/invoice-match` and an invoice_review
task therefore match one invoice the same way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from agent.configs import match_config
from core.settings import Settings
from storage import invoices, masterdata
from tools.documents import GoodsReceipt, Invoice, PurchaseOrder
from tools.invoices import InvoiceHistory, MatchConfig, MatchResult, match_invoice
from tools.invoices.credit import CorrectedInvoice, match_credit_note


@dataclass
class InvoiceContext:
    invoice: Invoice  # a credit note without a PO number gets the PO of the invoice it corrects
    purchase_order: PurchaseOrder | None
    goods_receipts: list[GoodsReceipt]
    history: InvoiceHistory
    config: MatchConfig
    corrected: list[CorrectedInvoice] = field(default_factory=list)

    def match(self) -> MatchResult:
        if self.invoice.document_type == "credit_note":
            return match_credit_note(self.invoice, self.corrected, self.purchase_order, history=self.history,
                                     config=self.config)
        return match_invoice(self.invoice, self.purchase_order, self.goods_receipts, history=self.history,
                             config=self.config)


def vendor_config(session: Session, settings: Settings, *, invoice: Invoice,
                  po: PurchaseOrder | None) -> MatchConfig:
    """The settings' tolerances with the vendor's overrides (master data `tolerances`), as SAP tolerance groups do."""
    config = match_config(settings)
    vendor_id = invoice.vendor.vendor_id or (po.vendor.vendor_id if po else None)
    vendor = masterdata.get_vendor(session, vendor_id=vendor_id) if vendor_id else None
    if vendor is not None and vendor.tolerances is not None:
        config = config.model_copy(update=vendor.tolerances.model_dump(exclude_none=True))
    return config


def invoice_context(session: Session, settings: Settings, *, invoice: Invoice, task_id: str = "",
                    recheck_of: str | None = None, with_history: bool = True,
                    purchase_order: PurchaseOrder | None = None,
                    goods_receipts: Sequence[GoodsReceipt] | None = None) -> InvoiceContext:
    """The context from storage. A PO or receipts given inline are used instead of master data's; without history
    (the stateless tool) earlier invoices are not counted."""
    corrected: list[CorrectedInvoice] = []
    po_number = invoice.po_number
    if invoice.document_type == "credit_note":
        corrected = invoices.corrected_invoices(session, credit=invoice, task_id=task_id)
        po_number = po_number or next((c.po_number for c in corrected if c.po_number), None)
        if po_number and po_number != invoice.po_number:
            invoice = invoice.model_copy(update={"po_number": po_number})
    po = purchase_order
    if po is None and po_number:
        po = masterdata.get_purchase_order(session, po_number=po_number)
    receipts = list(goods_receipts) if goods_receipts is not None else (
        masterdata.goods_receipts_for(session, po_number=po.po_number) if po else [])
    history = InvoiceHistory()
    if with_history:
        history = invoices.history_for(session, invoice=invoice, task_id=task_id,
                                       exclude=invoices.recheck_exclusion(session, recheck_of=recheck_of))
    return InvoiceContext(invoice, po, receipts, history, vendor_config(session, settings, invoice=invoice, po=po),
                          corrected)
