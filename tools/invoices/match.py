"""Two- and three-way matching of an invoice against its purchase order and goods receipts.

Pure code: documents, history and tolerances in; a MatchResult out. Rules per CONTRACT.md:
- price: PRICE_VARIANCE when the invoice's unit price is above the PO's by more than the percentage
  tolerance, or by more than the absolute per-unit limit when one is set (the stricter wins);
- quantities are cumulative (earlier invoices on the PO line plus this one) against ordered and, in a
  three-way match, against everything received;
- arithmetic is the invoice against itself (lines, subtotal, tax, total within the amount tolerance);
- OVERBILLED when all billed on the PO, this invoice included, exceeds the PO's value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
from rapidfuzz import fuzz, process
from scipy.optimize import linear_sum_assignment

from tools.documents import GoodsReceipt, Invoice, InvoiceLine, POLine, PurchaseOrder
from tools.invoices.models import (
    InvoiceHistory,
    MatchConfig,
    MatchException,
    MatchLine,
    MatchResult,
    MatchTotals,
)
from tools.invoices.normalize import fold, sku_key, tax_id_key, vendor_name_key

CENT = Decimal("0.01")
HUNDRED = Decimal("100")
DESCRIPTION_MIN_SCORE = 70.0


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _fmt(value: Decimal) -> str:
    """A quantity or rate, without trailing zeros."""
    return format(value.normalize(), "f")


def _amount(value: Decimal) -> str:
    """Money to the cent."""
    return format(_money(value), "f")


def _price(value: Decimal) -> str:
    """A unit price as the document gave it."""
    return format(value, "f")


@dataclass(frozen=True)
class Pair:
    invoice_index: int
    po_line: POLine | None
    how: str


COMPARE_CHARS = 200
"""Descriptions are compared on their first 200 characters: what tells two items apart comes first, and the cost
of a comparison grows with the length."""
FULL_MATRIX_CELLS = 250_000
"""Up to this many open (invoice line, PO line) pairs every pair is scored; beyond it (a 500 × 500 document)
each line is scored only against its likeliest partners."""
CANDIDATES = 12
"""How many likely partners each line keeps when the pairs are too many to score all."""
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _compared(text: str) -> tuple[str, str]:
    """A description as compared: folded and cut to COMPARE_CHARS, with and without its spaces."""
    folded = fold(text[: COMPARE_CHARS * 2])[:COMPARE_CHARS]
    return folded, folded.replace(" ", "")


def _score(a: tuple[str, str], b: tuple[str, str]) -> float:
    """0..100. Word order does not matter (token sort); neither does spacing, which Chinese text does not use
    between words ("办公桌1400mm" and "办公桌 1400mm" are the same item)."""
    return max(fuzz.token_sort_ratio(a[0], b[0]), fuzz.ratio(a[1], b[1]))


def _similarity_matrix(wanted: list[tuple[str, str]], offered: list[tuple[str, str]]) -> np.ndarray:
    """0..100 for every pair."""
    by_words = process.cdist([a[0] for a in wanted], [b[0] for b in offered], scorer=fuzz.token_sort_ratio,
                             dtype=np.float32)
    compact = process.cdist([a[1] for a in wanted], [b[1] for b in offered], scorer=fuzz.ratio, dtype=np.float32)
    return np.maximum(by_words, compact)


def _terms(text: str) -> set[str]:
    """Words, and pairs of characters inside words written in Chinese (which has no spaces between words)."""
    terms: set[str] = set()
    for word in text.split():
        if _CJK.search(word):
            terms.update(word[i:i + 2] for i in range(max(1, len(word) - 1)))
        else:
            terms.add(word)
    return terms


def _blocked_similarity(wanted: list[tuple[str, str]], offered: list[tuple[str, str]]) -> np.ndarray:
    """Scores for the likeliest pairs only, 0 elsewhere. Likeliness is the weight of the rare terms two
    descriptions share (a sparse product, linear in the number of lines for real documents); each line on
    either side keeps its CANDIDATES best partners, so the result does not depend on which side is longer."""
    from scipy import sparse

    vocabulary: dict[str, int] = {}

    def incidence(texts: list[tuple[str, str]]) -> tuple[list[int], list[int]]:
        rows: list[int] = []
        columns: list[int] = []
        for row, text in enumerate(texts):
            for term in _terms(text[0]):
                rows.append(row)
                columns.append(vocabulary.setdefault(term, len(vocabulary)))
        return rows, columns

    a_rows, a_cols = incidence(wanted)
    b_rows, b_cols = incidence(offered)
    size = max(1, len(vocabulary))
    a = sparse.csr_matrix((np.ones(len(a_rows), np.float32), (a_rows, a_cols)), shape=(len(wanted), size))
    b = sparse.csr_matrix((np.ones(len(b_rows), np.float32), (b_rows, b_cols)), shape=(len(offered), size))
    frequency = np.asarray(a.sum(axis=0) + b.sum(axis=0)).ravel()
    rarity = sparse.diags(np.log1p((len(wanted) + len(offered)) / np.maximum(frequency, 1)).astype(np.float32))
    shared = (a @ rarity @ b.T).toarray()

    keep = min(CANDIDATES, shared.shape[1])
    candidates: set[tuple[int, int]] = set()
    for row, columns in enumerate(np.argpartition(-shared, keep - 1, axis=1)[:, :keep]):
        candidates.update((row, int(column)) for column in columns if shared[row, column] > 0)
    keep = min(CANDIDATES, shared.shape[0])
    for column, rows in enumerate(np.argpartition(-shared, keep - 1, axis=0)[:keep, :].T):
        candidates.update((int(row), column) for row in rows if shared[row, column] > 0)

    scores = np.zeros(shared.shape, dtype=np.float32)
    for row, column in candidates:
        scores[row, column] = _score(wanted[row], offered[column])
    return scores


def _codes(values: Sequence[Decimal]) -> np.ndarray:
    """Equal numbers get equal integer codes (1.0 and 1.00 are equal)."""
    seen: dict[Decimal, int] = {}
    return np.array([seen.setdefault(value.normalize(), len(seen)) for value in values], dtype=np.int64)


def _sku_choice(line: InvoiceLine, candidates: list[POLine], taken: set[int]) -> POLine:
    """Of the PO lines with the invoice line's sku, an open one before a taken one; among those, one with the
    same unit price, then the same quantity (a PO with one item on two lines, two deliveries say)."""
    def rank(po_line: POLine) -> tuple[bool, bool, bool]:
        return (po_line.line_no in taken, po_line.unit_price.normalize() != line.unit_price.normalize(),
                po_line.quantity.normalize() != abs(line.quantity).normalize())
    return min(candidates, key=rank)


def pair_lines(invoice_lines: Sequence[InvoiceLine], po_lines: Sequence[POLine]) -> list[Pair]:
    """Pair invoice lines with PO lines: the explicit PO line reference, then the sku, then the description.

    Several invoice lines may bill one PO line (two deliveries, or a deducted line beside the billed one):
    an explicit reference or an equal sku always pairs, and a line left over after the one-to-one pass below
    pairs with its most similar PO line if that is similar enough. Quantities are then checked cumulatively.

    Descriptions are paired as an assignment (the Hungarian method) that maximises the total similarity,
    so the result does not depend on the order of the lines. A description pair needs a similarity of at
    least DESCRIPTION_MIN_SCORE; an equal unit price or quantity only breaks near-ties.

    The work is bounded: descriptions are compared on their first COMPARE_CHARS characters, and beyond
    FULL_MATRIX_CELLS open pairs only each line's likeliest partners are scored (2,000 × 2,000 lines of
    1,000 characters pair in about a second; see benchmarks/line_pairing.py).
    """
    by_no = {line.line_no: line for line in po_lines}
    taken: set[int] = set()
    result: dict[int, Pair] = {}

    for index, line in enumerate(invoice_lines):
        if line.po_line_no is not None and line.po_line_no in by_no:
            result[index] = Pair(index, by_no[line.po_line_no], "po_line_ref")
            taken.add(line.po_line_no)

    sku_index: dict[str, list[POLine]] = {}
    for po_line in po_lines:
        if po_line.sku:
            sku_index.setdefault(sku_key(po_line.sku), []).append(po_line)
    # Positive lines first, so that a deducted line finds the PO line its positive twin took.
    for index in sorted(range(len(invoice_lines)), key=lambda i: invoice_lines[i].quantity < 0):
        line = invoice_lines[index]
        if index in result or not line.sku or sku_key(line.sku) not in sku_index:
            continue
        po_line = _sku_choice(line, sku_index[sku_key(line.sku)], taken)
        result[index] = Pair(index, po_line, "sku")
        taken.add(po_line.line_no)

    open_invoice = [index for index in range(len(invoice_lines)) if index not in result]
    open_po = [po_line for po_line in po_lines if po_line.line_no not in taken]
    if open_invoice and open_po:
        wanted = [_compared(invoice_lines[i].description) for i in open_invoice]
        offered = [_compared(po_line.description) for po_line in open_po]
        if len(wanted) * len(offered) <= FULL_MATRIX_CELLS:
            scores = _similarity_matrix(wanted, offered)
        else:
            scores = _blocked_similarity(wanted, offered)
        eligible = scores >= DESCRIPTION_MIN_SCORE
        prices = _codes([invoice_lines[i].unit_price for i in open_invoice] + [p.unit_price for p in open_po])
        quantities = _codes([invoice_lines[i].quantity for i in open_invoice] + [p.quantity for p in open_po])
        split = len(open_invoice)
        bonus = (2.0 * (prices[:split, None] == prices[None, split:])
                 + 1.0 * (quantities[:split, None] == quantities[None, split:]))
        weights = np.where(eligible, scores + bonus, 0.0)
        rows, columns = linear_sum_assignment(weights, maximize=True)
        for row, column in zip(rows, columns, strict=True):
            if eligible[row, column]:
                index = open_invoice[row]
                result[index] = Pair(index, open_po[column], "description")

    left = [index for index in range(len(invoice_lines)) if index not in result]
    paired = list({pair.po_line.line_no: pair.po_line for pair in result.values() if pair.po_line}.values())
    if left and paired and len(left) * len(paired) <= FULL_MATRIX_CELLS:
        scores = _similarity_matrix([_compared(invoice_lines[i].description) for i in left],
                                    [_compared(po_line.description) for po_line in paired])
        for row, index in enumerate(left):
            column = int(np.argmax(scores[row]))
            if scores[row, column] >= DESCRIPTION_MIN_SCORE:
                result[index] = Pair(index, paired[column], "description")

    return [result.get(index, Pair(index, None, "none")) for index in range(len(invoice_lines))]


def _same_item_groups(po_lines: Sequence[POLine]) -> dict[int, tuple[int, ...]]:
    """PO lines that order one item (same sku, unit price and tax rate) on several lines, two deliveries say:
    each line's group, for lines in a group of two or more."""
    by_item: dict[tuple[str, Decimal, Decimal], list[int]] = {}
    for po_line in po_lines:
        if po_line.sku:
            key = (sku_key(po_line.sku), po_line.unit_price.normalize(), po_line.tax_rate.normalize())
            by_item.setdefault(key, []).append(po_line.line_no)
    return {n: tuple(group) for group in by_item.values() if len(group) > 1 for n in group}


def _po_value(po: PurchaseOrder) -> Decimal:
    """What the PO is worth as an invoice would bill it: each line's net to the cent, tax per rate to the cent."""
    net_by_rate: dict[Decimal, Decimal] = {}
    for line in po.lines:
        net = _money(line.quantity * line.unit_price)
        net_by_rate[line.tax_rate] = net_by_rate.get(line.tax_rate, Decimal("0")) + net
    return sum((net + _money(net * rate) for rate, net in net_by_rate.items()), Decimal("0"))


def _rounding_slack(po: PurchaseOrder, billed_lines: list[set[int]]) -> Decimal:
    """How far cent rounding alone can carry what was billed above the PO's value: a cent for each time an
    invoice billed a PO line whose unit price has more than two decimals (half a cent on the net amount, half on
    its tax). Ten invoices of one unit at 0.0051 bill 0.10 on a PO worth 0.05 without billing too much."""
    sub_cent = {line.line_no for line in po.lines if line.unit_price != line.unit_price.quantize(CENT)}
    return CENT * sum(len(lines & sub_cent) for lines in billed_lines)


def _vendor_matches(invoice: Invoice, po: PurchaseOrder) -> bool:
    inv, ref = invoice.vendor, po.vendor
    if inv.tax_id and ref.tax_id:
        return tax_id_key(inv.tax_id) == tax_id_key(ref.tax_id)
    if inv.vendor_id and ref.vendor_id:
        return inv.vendor_id.strip().casefold() == ref.vendor_id.strip().casefold()
    return vendor_name_key(inv.name) == vendor_name_key(ref.name)


def _price_exceeds(invoice_price: Decimal, po_price: Decimal, config: MatchConfig) -> bool:
    over = invoice_price - po_price
    if over <= 0:
        return False
    if over > po_price * config.price_tolerance_pct / HUNDRED:
        return True
    return config.price_tolerance_abs is not None and over > config.price_tolerance_abs


def _arithmetic(invoice: Invoice, tolerance: Decimal) -> list[MatchException]:
    found: list[MatchException] = []
    amounts: list[Decimal] = []
    taxes: list[Decimal] = []
    for position, line in enumerate(invoice.lines, start=1):
        line_ref = line.line_no or position
        computed = line.quantity * line.unit_price + (line.adjustment or Decimal("0"))
        amount = line.amount if line.amount is not None else computed
        if line.amount is not None and abs(line.amount - computed) > tolerance:
            found.append(MatchException(
                code="ARITHMETIC_ERROR", line=line_ref,
                message=f"Line {line_ref}: quantity × unit price"
                        f"{' with its allowances and charges' if line.adjustment else ''} is {_amount(computed)}, "
                        f"the line says {_price(line.amount)}.",
                expected=_amount(computed), actual=_price(line.amount)))
        amounts.append(amount)
        taxes.append(amount * line.tax_rate)
    subtotal = sum(amounts, Decimal("0"))
    tax_total = sum(taxes, Decimal("0"))
    if invoice.subtotal is not None and abs(invoice.subtotal - subtotal) > tolerance:
        found.append(MatchException(
            code="ARITHMETIC_ERROR", message=f"The lines add up to {_amount(subtotal)}, "
                                             f"the subtotal says {_price(invoice.subtotal)}.",
            expected=_amount(subtotal), actual=_price(invoice.subtotal)))
    net_adjustments = Decimal("0")
    for adjustment in invoice.adjustments:
        signed = adjustment.amount if adjustment.kind == "charge" else -adjustment.amount
        net_adjustments += signed
        tax_total += signed * adjustment.tax_rate
    if invoice.tax_total is not None and abs(invoice.tax_total - tax_total) > tolerance:
        on_what = "the lines and adjustments" if invoice.adjustments else "the lines"
        found.append(MatchException(
            code="ARITHMETIC_ERROR", message=f"Tax on {on_what} is {_amount(tax_total)}, "
                                             f"the tax total says {_price(invoice.tax_total)}.",
            expected=_amount(tax_total), actual=_price(invoice.tax_total)))
    stated_sub = invoice.subtotal if invoice.subtotal is not None else subtotal
    stated_tax = invoice.tax_total if invoice.tax_total is not None else tax_total
    expected_total = stated_sub + net_adjustments + stated_tax
    if abs(invoice.total - expected_total) > tolerance:
        adjusted = " with allowances and charges" if invoice.adjustments else ""
        found.append(MatchException(
            code="ARITHMETIC_ERROR", message=f"Subtotal{adjusted} plus tax is {_amount(expected_total)}, "
                                             f"the total says {_price(invoice.total)}.",
            expected=_amount(expected_total), actual=_price(invoice.total)))
    if invoice.payable_amount is not None:
        due = invoice.total - (invoice.prepaid_amount or Decimal("0"))
        if abs(invoice.payable_amount - due) > tolerance:
            found.append(MatchException(
                code="ARITHMETIC_ERROR", message=f"Total less prepaid is {_amount(due)}, "
                                                 f"the amount due says {_price(invoice.payable_amount)}.",
                expected=_amount(due), actual=_price(invoice.payable_amount)))
    return found


def duplicate(document: Invoice, history: InvoiceHistory) -> list[MatchException]:
    """DUPLICATE_INVOICE when the vendor already sent a document of this kind with this number."""
    if not history.same_number_from_vendor:
        return []
    what = "credit note" if document.document_type == "credit_note" else "invoice"
    return [MatchException(
        code="DUPLICATE_INVOICE",
        message=f"The vendor already sent {what} {document.invoice_number} "
                f"({', '.join(history.same_number_from_vendor[:5])}).",
        actual=document.invoice_number)]


def billed_by_po_line(history: InvoiceHistory) -> dict[int, Decimal]:
    """What earlier documents on the PO billed per PO line, net (credit notes count negative)."""
    billed: dict[int, Decimal] = {}
    for prior in history.prior_on_po:
        for line_no, quantity in prior.billed_by_po_line.items():
            billed[line_no] = billed.get(line_no, Decimal("0")) + quantity
    return billed


def _no_po_result(invoice: Invoice, exceptions: list[MatchException]) -> MatchResult:
    lines = [
        MatchLine(invoice_line=line.line_no or position, po_line_no=None, ordered_qty=None, received_qty=None,
                  invoiced_qty=line.quantity, po_unit_price=None, invoice_unit_price=line.unit_price,
                  price_variance_pct=None, status="exception")
        for position, line in enumerate(invoice.lines, start=1)
    ]
    return MatchResult(
        status="exception", match_type="two_way", po_number=invoice.po_number, lines=lines,
        exceptions=exceptions,
        totals=MatchTotals(invoice_total=invoice.total, expected_total=Decimal("0.00"),
                           variance=_money(invoice.total)),
        recommended_action="hold",
    )


def match_invoice(
    invoice: Invoice,
    purchase_order: PurchaseOrder | None,
    goods_receipts: Sequence[GoodsReceipt] = (),
    *,
    history: InvoiceHistory | None = None,
    config: MatchConfig | None = None,
) -> MatchResult:
    config = config or MatchConfig()
    history = history or InvoiceHistory()
    tolerance = config.amount_tolerance
    exceptions: list[MatchException] = []

    exceptions.extend(duplicate(invoice, history))
    arithmetic = _arithmetic(invoice, tolerance)

    if purchase_order is None:
        exceptions.insert(0, MatchException(
            code="PO_NOT_FOUND",
            message=f"No purchase order {invoice.po_number} was found." if invoice.po_number
            else "The invoice names no purchase order.",
            actual=invoice.po_number))
        return _no_po_result(invoice, exceptions + arithmetic)

    po = purchase_order
    receipts = [grn for grn in goods_receipts if grn.po_number == po.po_number]
    three_way = bool(receipts)
    received: dict[int, Decimal] = {}
    for grn in receipts:
        for grn_line in grn.lines:
            received[grn_line.po_line_no] = received.get(grn_line.po_line_no, Decimal("0")) + grn_line.quantity_received
    by_no = {po_line.line_no: po_line for po_line in po.lines}
    billed_before = billed_by_po_line(history)

    if po.status == "closed":
        exceptions.append(MatchException(code="PO_CLOSED", message=f"Purchase order {po.po_number} is closed.",
                                         expected="open", actual="closed"))
    if not _vendor_matches(invoice, po):
        exceptions.append(MatchException(
            code="VENDOR_MISMATCH",
            message=f"The invoice is from {invoice.vendor.name}, the PO was placed with {po.vendor.name}.",
            expected=po.vendor.tax_id or po.vendor.name, actual=invoice.vendor.tax_id or invoice.vendor.name))
    if invoice.currency != po.currency:
        exceptions.append(MatchException(
            code="CURRENCY_MISMATCH", message=f"The invoice is in {invoice.currency}, the PO in {po.currency}.",
            expected=po.currency, actual=invoice.currency))

    groups = _same_item_groups(po.lines)
    lines: list[MatchLine] = []
    expected_total = Decimal("0")
    billed_now: dict[int, Decimal] = {}
    pairs = pair_lines(invoice.lines, po.lines)
    # This invoice's deductions and additions per item: a deduction applies before the lines it deducts from
    # are counted, and may take back no more than was billed (before, and on this invoice).
    deducted: dict[tuple[int, ...], Decimal] = {}
    added: dict[tuple[int, ...], Decimal] = {}
    for pair in pairs:
        if pair.po_line is not None:
            key = groups.get(pair.po_line.line_no, (pair.po_line.line_no,))
            quantity = invoice.lines[pair.invoice_index].quantity
            into = deducted if quantity < 0 else added
            into[key] = into.get(key, Decimal("0")) + quantity
    for pair in pairs:
        line = invoice.lines[pair.invoice_index]
        line_ref = line.line_no or pair.invoice_index + 1
        po_line = pair.po_line
        line_exceptions: list[MatchException] = []
        if po_line is None:
            line_exceptions.append(MatchException(
                code="LINE_NOT_ON_PO", line=line_ref,
                message=f"Line {line_ref} ({line.description[:80]}) is not on PO {po.po_number}.",
                actual=line.description[:200]))
            lines.append(MatchLine(
                invoice_line=line_ref, po_line_no=None, ordered_qty=None, received_qty=None,
                invoiced_qty=line.quantity, po_unit_price=None, invoice_unit_price=line.unit_price,
                price_variance_pct=None, status="exception", pairing="none"))
            exceptions.extend(line_exceptions)
            continue

        # Quantities are checked per item: a PO line, or the PO lines that order one item at one price.
        group = groups.get(po_line.line_no, (po_line.line_no,))
        what = f"PO line {po_line.line_no}" if len(group) == 1 else \
            f"PO lines {', '.join(str(n) for n in group)} (one item)"
        prior = sum((billed_before.get(n, Decimal("0")) for n in group), Decimal("0"))
        if line.quantity < 0:
            before = prior + added.get(group, Decimal("0"))
            cumulative = before + deducted.get(group, Decimal("0"))
        else:
            before = (prior + deducted.get(group, Decimal("0"))
                      + sum((billed_now.get(n, Decimal("0")) for n in group), Decimal("0")))
            billed_now[po_line.line_no] = billed_now.get(po_line.line_no, Decimal("0")) + line.quantity
            cumulative = before + line.quantity
        ordered = sum((by_no[n].quantity for n in group), Decimal("0"))
        variance_pct = (
            ((line.unit_price - po_line.unit_price) / po_line.unit_price * HUNDRED).quantize(CENT)
            if po_line.unit_price else None
        )
        if _price_exceeds(line.unit_price, po_line.unit_price, config):
            line_exceptions.append(MatchException(
                code="PRICE_VARIANCE", line=line_ref,
                message=f"Line {line_ref}: unit price {_price(line.unit_price)} is above the PO's "
                        f"{_price(po_line.unit_price)} by more than the tolerance.",
                expected=_price(po_line.unit_price), actual=_price(line.unit_price)))
        if cumulative < 0:
            line_exceptions.append(MatchException(
                code="CREDIT_EXCEEDS_BILLED", line=line_ref,
                message=f"Line {line_ref} deducts {_fmt(-line.quantity)}: {_fmt(before)} billed on {what}, "
                        f"{_fmt(cumulative)} after this invoice's deductions.",
                expected=_fmt(before), actual=_fmt(line.quantity)))
        elif line.quantity > 0 and cumulative > ordered:
            line_exceptions.append(MatchException(
                code="QTY_EXCEEDS_ORDERED", line=line_ref,
                message=f"Line {line_ref}: {_fmt(cumulative)} billed in all"
                        f"{f' ({_fmt(before)} before this invoice)' if before else ''}, "
                        f"{_fmt(ordered)} ordered{'' if len(group) == 1 else f' on {what}'}.",
                expected=_fmt(ordered), actual=_fmt(cumulative)))
        received_qty = sum((received.get(n, Decimal("0")) for n in group), Decimal("0")) if three_way else None
        if three_way and received_qty is not None and line.quantity > 0:
            if received_qty == 0:
                line_exceptions.append(MatchException(
                    code="NOT_RECEIVED", line=line_ref,
                    message=f"Line {line_ref}: nothing has been received on {what}.",
                    expected="0", actual=_fmt(line.quantity)))
            elif cumulative > received_qty:
                line_exceptions.append(MatchException(
                    code="QTY_EXCEEDS_RECEIVED", line=line_ref,
                    message=f"Line {line_ref}: {_fmt(cumulative)} billed in all, {_fmt(received_qty)} received.",
                    expected=_fmt(received_qty), actual=_fmt(cumulative)))
        if line.tax_rate != po_line.tax_rate:
            line_exceptions.append(MatchException(
                code="TAX_RATE_MISMATCH", line=line_ref,
                message=f"Line {line_ref}: tax rate {_fmt(line.tax_rate * HUNDRED)} % on the invoice, "
                        f"{_fmt(po_line.tax_rate * HUNDRED)} % on the PO.",
                expected=_fmt(po_line.tax_rate), actual=_fmt(line.tax_rate)))
        expected_total += line.quantity * po_line.unit_price * (1 + po_line.tax_rate)
        lines.append(MatchLine(
            invoice_line=line_ref, po_line_no=po_line.line_no, ordered_qty=ordered,
            received_qty=received_qty, invoiced_qty=line.quantity, po_unit_price=po_line.unit_price,
            invoice_unit_price=line.unit_price, price_variance_pct=variance_pct,
            status="exception" if line_exceptions else "matched", billed_before_qty=before,
            pairing=pair.how))  # type: ignore[arg-type]
        exceptions.extend(line_exceptions)

    exceptions.extend(arithmetic)
    po_value = _po_value(po)
    billed_amount = sum((prior.total for prior in history.prior_on_po), Decimal("0")) + invoice.total
    slack = _rounding_slack(po, [set(prior.billed_by_po_line) for prior in history.prior_on_po]
                            + [{pair.po_line.line_no for pair in pairs if pair.po_line}])
    if billed_amount - po_value > tolerance + slack:
        rounding = f" (and {_amount(slack)} for rounding to the cent)" if slack else ""
        exceptions.append(MatchException(
            code="OVERBILLED",
            message=f"{_amount(billed_amount)} billed on PO {po.po_number} in all, "
                    f"its value is {_amount(po_value)}{rounding}.",
            expected=_amount(po_value), actual=_amount(billed_amount)))

    expected_total = _money(expected_total)
    codes = {exception.code for exception in exceptions}
    if "DUPLICATE_INVOICE" in codes:
        action = "reject"
    elif exceptions:
        action = "hold"
    else:
        action = "approve_for_payment"
    return MatchResult(
        status="exception" if exceptions else "matched",
        match_type="three_way" if three_way else "two_way",
        po_number=po.po_number,
        lines=lines,
        exceptions=exceptions,
        totals=MatchTotals(invoice_total=invoice.total, expected_total=expected_total,
                           variance=_money(invoice.total - expected_total)),
        recommended_action=action,  # type: ignore[arg-type]
    )
