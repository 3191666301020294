"""One small rule per risk code. Each is a pure function of the invoice, its context and the configuration,
and returns its flag (or None) with evidence that names the documents and numbers behind it."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from core.identity import holder_id_or_none
from tools.documents import Invoice
from tools.invoices.normalize import invoice_number_key, tax_id_key
from tools.risk import benford, uscc
from tools.risk.models import PriorInvoice, RiskConfig, RiskContext, RiskFlag

Rule = Callable[[Invoice, RiskContext, RiskConfig], RiskFlag | None]
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _flag(config: RiskConfig, code: str, message: str, **evidence: object) -> RiskFlag:
    return RiskFlag(code=code, severity=config.severity.get(code, "medium"), message=message,  # type: ignore[arg-type]
                    evidence=evidence)


def _money(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")), "f")


def _prior(p: PriorInvoice) -> dict[str, str]:
    return {"ref": p.ref, "invoice_number": p.invoice_number, "issue_date": p.issue_date.isoformat(),
            "total": _money(p.total), "currency": p.currency}


def reference_time(invoice: Invoice, context: RiskContext) -> dt.datetime:
    """When the invoice reached us (else its issue date): what 'before the invoice' is measured from."""
    if context.received_at is not None:
        return context.received_at
    return dt.datetime.combine(invoice.issue_date, dt.time(23, 59, 59), tzinfo=dt.UTC)


@lru_cache(maxsize=65536)  # pure, and called for every earlier invoice in the window
def number_shape(number: str) -> str:
    """Upper case, letters and digits only, leading zeros dropped: INV-00123 and inv 123 are alike."""
    text = re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", number).upper())
    return re.sub(r"^0+(?=.)", "", re.sub(r"(?<=[A-Z])0+(?=\d)", "", text))


def duplicate_invoice(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    key = invoice_number_key(invoice.invoice_number)
    same = [p for p in context.prior_invoices if invoice_number_key(p.invoice_number) == key]
    if not same:
        return None
    return _flag(config, "DUPLICATE_INVOICE",
                 f"The vendor already sent invoice number {invoice.invoice_number} ({len(same)} earlier).",
                 invoice_number=invoice.invoice_number, earlier=[_prior(p) for p in same])


def _suffix_extended(a: str, b: str, limit: int) -> bool:
    """B is A with a short suffix: letters (INV1001A) or a separated segment (INV-1001-2, INV-1001/B).
    A digit that merely continues the number (INV-1 → INV-12) is another number of the sequence."""
    short, long = sorted((a, b), key=lambda raw: len(number_shape(raw)))
    short_shape, long_shape = number_shape(short), number_shape(long)
    extra = len(long_shape) - len(short_shape)
    if len(short_shape) < 4 or not 0 < extra <= limit or not long_shape.startswith(short_shape):
        return False
    if long_shape[len(short_shape)].isalpha():
        return True
    head = re.sub(rf"[^0-9A-Za-z]+[0-9A-Za-z]{{1,{limit}}}$", "", long.strip())
    return head != long.strip() and number_shape(head) == short_shape


def possible_duplicate(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    key = invoice_number_key(invoice.invoice_number)
    shape = number_shape(invoice.invoice_number)
    window = dt.timedelta(days=config.duplicate_window_days)
    matches = []
    for prior in context.prior_invoices:
        if invoice_number_key(prior.invoice_number) == key:
            continue  # an exact duplicate, flagged as such
        reasons = []
        if (prior.currency == invoice.currency and prior.total == invoice.total
                and abs(prior.issue_date - invoice.issue_date) <= window):
            reasons.append(f"same amount within {config.duplicate_window_days} days")
        if number_shape(prior.invoice_number) == shape:
            reasons.append("same number but for punctuation, spaces, case or leading zeros")
        elif _suffix_extended(prior.invoice_number, invoice.invoice_number, config.duplicate_suffix_max):
            reasons.append("number extended by a suffix")
        if reasons:
            matches.append(_prior(prior) | {"why": reasons})
    if not matches:
        return None
    return _flag(config, "POSSIBLE_DUPLICATE",
                 f"Invoice {invoice.invoice_number} ({_money(invoice.total)} {invoice.currency}) looks like "
                 f"{len(matches)} earlier invoice(s) of the vendor.",
                 invoice_number=invoice.invoice_number, total=_money(invoice.total), similar=matches)


def split_purchase(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    threshold = config.approval_threshold
    if invoice.total >= threshold:
        return None
    span = config.split_window_days - 1
    candidates = [p for p in context.prior_invoices
                  if p.currency == invoice.currency and p.total < threshold
                  and abs((p.issue_date - invoice.issue_date).days) <= span]
    best: tuple[Decimal, list[PriorInvoice], dt.date] | None = None
    for offset in range(span + 1):
        start = invoice.issue_date - dt.timedelta(days=span - offset)
        end = start + dt.timedelta(days=span)
        inside = [p for p in candidates if start <= p.issue_date <= end]
        total = sum((p.total for p in inside), invoice.total)
        if len(inside) + 1 >= config.split_min_invoices and total > threshold and (best is None or total > best[0]):
            best = (total, inside, start)
    if best is None:
        return None
    total, inside, start = best
    return _flag(config, "SPLIT_PURCHASE",
                 f"{len(inside) + 1} invoices of the vendor between {start.isoformat()} and "
                 f"{(start + dt.timedelta(days=span)).isoformat()}, each under the approval threshold of "
                 f"{_money(threshold)}, add up to {_money(total)} {invoice.currency}.",
                 approval_threshold=_money(threshold), window_days=config.split_window_days,
                 window_start=start.isoformat(), sum=_money(total),
                 invoices=[_prior(p) for p in sorted(inside, key=lambda p: p.issue_date)]
                 + [{"ref": "this invoice", "invoice_number": invoice.invoice_number,
                     "issue_date": invoice.issue_date.isoformat(), "total": _money(invoice.total),
                     "currency": invoice.currency}])


def round_amount(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    if invoice.total >= config.round_amount_min and invoice.total % config.round_amount_multiple == 0:
        return _flag(config, "ROUND_AMOUNT", f"The total {_money(invoice.total)} is a round multiple of "
                     f"{_money(config.round_amount_multiple)}.", total=_money(invoice.total),
                     multiple=_money(config.round_amount_multiple))
    return None


def _account_key(account: str | None) -> str | None:
    return re.sub(r"[\s-]", "", account).upper() if account else None


def bank_account_changed(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    history = sorted(context.bank_history, key=lambda change: change.changed_at)
    at = reference_time(invoice, context)
    since = at - dt.timedelta(days=config.bank_change_days)
    changes = []
    for before, after in itertools.pairwise(history):
        if _account_key(before.bank_account) != _account_key(after.bank_account) and since <= after.changed_at <= at:
            changes.append({"from": before.bank_account, "to": after.bank_account,
                            "changed_at": after.changed_at.isoformat()})
    if not changes:
        return None
    accounts = [_account_key(change.bank_account) for change in history if change.changed_at >= since]
    earlier = [_account_key(change.bank_account) for change in history if change.changed_at < since]
    seen = (earlier[-1:] if earlier else []) + accounts
    flip_flop = any(account in seen[:index - 1] for index, account in enumerate(seen) if index >= 2)
    return _flag(config, "BANK_ACCOUNT_CHANGED",
                 f"The vendor's bank account changed {len(changes)} time(s) in the {config.bank_change_days} days "
                 f"before this invoice{' and went back to an earlier account' if flip_flop else ''}.",
                 changes=changes, flip_flop=flip_flop, invoice_received=at.isoformat())


def bank_account_mismatch(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    on_invoice = _account_key(invoice.vendor.bank_account)
    on_master = _account_key(context.vendor.bank_account) if context.vendor else None
    if on_invoice and on_master and on_invoice != on_master:
        return _flag(config, "BANK_ACCOUNT_MISMATCH",
                     "The invoice asks for payment to another bank account than the vendor master holds.",
                     invoice_bank_account=invoice.vendor.bank_account,
                     master_bank_account=context.vendor.bank_account if context.vendor else None)
    return None


def new_vendor(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    vendor = context.vendor
    if vendor is None:
        return _flag(config, "NEW_VENDOR", f"{invoice.vendor.name} is not in the vendor master.",
                     vendor=invoice.vendor.name, known=False)
    since = vendor.created_at or vendor.first_seen_at
    if since is None:
        return None
    age = (invoice.issue_date - since.date()).days
    if age <= config.new_vendor_days:
        return _flag(config, "NEW_VENDOR", f"The vendor was created {since.date().isoformat()}, {age} days before "
                     f"the invoice date.", vendor_id=vendor.vendor_id, created_at=since.isoformat(), age_days=age,
                     known=True)
    return None


def weekend_invoice(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    if invoice.issue_date.weekday() >= 5:
        return _flag(config, "WEEKEND_INVOICE", f"The invoice is dated on a {invoice.issue_date.strftime('%A')}.",
                     issue_date=invoice.issue_date.isoformat(), weekday=invoice.issue_date.strftime("%A"))
    return None


def invoice_before_po(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    po = context.purchase_order
    if po is not None and invoice.issue_date < po.order_date:
        return _flag(config, "INVOICE_BEFORE_PO", f"The invoice ({invoice.issue_date.isoformat()}) is dated before "
                     f"its PO {po.po_number} ({po.order_date.isoformat()}).", issue_date=invoice.issue_date.isoformat(),
                     po_number=po.po_number, order_date=po.order_date.isoformat())
    return None


def price_variance(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    if context.match is None:
        return None
    lines = [{"line": e.line, "po_unit_price": e.expected, "invoice_unit_price": e.actual}
             for e in context.match.exceptions if e.code == "PRICE_VARIANCE"]
    if not lines:
        return None
    return _flag(config, "PRICE_VARIANCE", f"{len(lines)} line(s) priced above the PO beyond the tolerance.",
                 po_number=context.match.po_number, lines=lines)


def high_value(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    if invoice.total >= config.high_value:
        return _flag(config, "HIGH_VALUE", f"The total {_money(invoice.total)} {invoice.currency} is at or above "
                     f"{_money(config.high_value)}.", total=_money(invoice.total), limit=_money(config.high_value))
    return None


def self_approval(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    po = context.purchase_order
    if po is None or not po.requester or not po.approver:
        return None
    # Compared as holder ids (core.identity): "Max", "ｍax" and "max\u200b" are one person.
    requester, approver = holder_id_or_none(po.requester), holder_id_or_none(po.approver)
    if requester is not None and requester == approver:
        return _flag(config, "SELF_APPROVAL", f"PO {po.po_number} was requested and approved by the same person.",
                     po_number=po.po_number, requester=po.requester, approver=po.approver)
    return None


def _chinese(invoice: Invoice) -> bool:
    return invoice.currency == "CNY" or bool(_CJK.search(invoice.vendor.name))


def invalid_tax_id(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    found = []
    sources = [("invoice", invoice.vendor.tax_id), ("vendor master", context.vendor.tax_id if context.vendor else None)]
    for source, tax_id in sources:
        if not tax_id or not (uscc.looks_like_uscc(tax_id) or _chinese(invoice)):
            continue
        reason = uscc.validate(tax_id_key(tax_id))
        if reason:
            found.append({"source": source, "tax_id": tax_id, "reason": reason})
    if not found:
        return None
    return _flag(config, "INVALID_TAX_ID", f"The Unified Social Credit Code {found[0]['tax_id']} is not valid: "
                 f"it {found[0]['reason']}.", standard="GB 32100-2015", ids=found)


def benford_deviation(invoice: Invoice, context: RiskContext, config: RiskConfig) -> RiskFlag | None:
    counts = context.first_digit_counts
    if sum(counts.values()) < config.benford_min_invoices:
        return None
    result = benford.table(counts, min_n=config.benford_min_invoices)
    if result["mad"] <= config.benford_mad_threshold:  # type: ignore[operator]
        return None
    return _flag(config, "BENFORD_DEVIATION", f"The first digits of the vendor's {result['n']} invoice totals "
                 f"deviate from Benford's law (MAD {result['mad']}, {result['conformity']}).", **result)


RULES: dict[str, Rule] = {
    "DUPLICATE_INVOICE": duplicate_invoice, "POSSIBLE_DUPLICATE": possible_duplicate,
    "SPLIT_PURCHASE": split_purchase, "ROUND_AMOUNT": round_amount, "BANK_ACCOUNT_CHANGED": bank_account_changed,
    "BANK_ACCOUNT_MISMATCH": bank_account_mismatch, "NEW_VENDOR": new_vendor, "WEEKEND_INVOICE": weekend_invoice,
    "INVOICE_BEFORE_PO": invoice_before_po, "PRICE_VARIANCE": price_variance, "HIGH_VALUE": high_value,
    "SELF_APPROVAL": self_approval, "INVALID_TAX_ID": invalid_tax_id, "BENFORD_DEVIATION": benford_deviation,
}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def check_invoice(invoice: Invoice, context: RiskContext, config: RiskConfig | None = None) -> list[RiskFlag]:
    """Every rule that fires, high severity first."""
    config = config or RiskConfig()
    flags = [flag for code, rule in RULES.items() if code not in config.disabled
             if (flag := rule(invoice, context, config)) is not None]
    return sorted(flags, key=lambda flag: (SEVERITY_ORDER[flag.severity], flag.code))
