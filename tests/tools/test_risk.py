"""Each risk rule fires on its case, stays quiet on the near miss, and shows its evidence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests import factories as f
from tools.documents import Invoice, PurchaseOrder
from tools.risk import (
    BankAccountChange,
    PriorInvoice,
    RiskConfig,
    RiskContext,
    VendorRecord,
    benford,
    check_invoice,
    uscc,
)
from tools.risk.rules import number_shape

RECEIVED = dt.datetime(2026, 10, 7, 9, 0, tzinfo=dt.UTC)  # the invoice (dated Tue 2026-10-06) arrived next morning
VENDOR = VendorRecord(vendor_id="V1", name="Vendor One GmbH", tax_id="DE123456789", bank_account="DE89370400440532013000",
                      created_at=dt.datetime(2024, 1, 10, tzinfo=dt.UTC))


def invoice(total: str = "357.00", number: str = "INV-1", **changes) -> Invoice:
    data = f.invoice(number)
    data["total"] = total
    data.update(changes)
    return Invoice.model_validate(data)


def prior(number: str, day: str, total: str, currency: str = "EUR") -> PriorInvoice:
    return PriorInvoice(ref=f"task {number}", invoice_number=number, issue_date=dt.date.fromisoformat(day),
                        total=Decimal(total), currency=currency)


def context(**changes) -> RiskContext:
    values = {"received_at": RECEIVED, "vendor": VENDOR,
              "bank_history": [BankAccountChange(bank_account=VENDOR.bank_account, changed_at=VENDOR.created_at)],
              "purchase_order": PurchaseOrder.model_validate(f.po())}
    return RiskContext(**(values | changes))


def codes(inv: Invoice, ctx: RiskContext, **config) -> list[str]:
    return sorted(flag.code for flag in check_invoice(inv, ctx, RiskConfig(**config)))


def flag(inv: Invoice, ctx: RiskContext, code: str):
    return next(x for x in check_invoice(inv, ctx) if x.code == code)


def test_a_clean_invoice_raises_nothing() -> None:
    assert codes(invoice(), context()) == []


def test_exact_duplicate_number_trimmed_and_case_insensitive() -> None:
    ctx = context(prior_invoices=[prior(" inv-1 ", "2026-06-01", "99.00")])
    found = flag(invoice(), ctx, "DUPLICATE_INVOICE")
    assert found.severity == "high" and found.evidence["earlier"][0]["total"] == "99.00"
    assert codes(invoice(), ctx) == ["DUPLICATE_INVOICE"]


@pytest.mark.parametrize("earlier, day, total, expected", [
    ("INV-77", "2026-10-03", "357.00", True),      # same amount, 3 days before
    ("INV-77", "2026-09-28", "357.00", False),     # same amount, 8 days before
    ("INV-77", "2026-10-03", "357.01", False),     # another amount
    ("INV-0001", "2026-01-01", "10.00", True),     # same number but for punctuation and leading zeros
    ("INV-1A", "2026-01-01", "10.00", True),       # extended by a letter
    ("INV-1-2", "2026-01-01", "10.00", True),      # extended by a separated segment
    ("INV-12", "2026-01-01", "10.00", False),      # the next number of the sequence, not a suffix
    ("INV-1234", "2026-01-01", "10.00", False),    # a different number
])
def test_possible_duplicates(earlier: str, day: str, total: str, expected: bool) -> None:
    ctx = context(prior_invoices=[prior(earlier, day, total)])
    assert ("POSSIBLE_DUPLICATE" in codes(invoice(), ctx)) is expected


def test_number_shape() -> None:
    assert number_shape("INV-00123") == number_shape("inv 123") == "INV123"
    assert number_shape("000456") == "456" and number_shape("FP/2026/007") == "FP2026007"


def test_split_purchase_within_seven_days() -> None:
    priors = [prior("A", "2026-10-01", "20000.00"), prior("B", "2026-10-03", "20000.00")]
    found = flag(invoice("15000.00"), context(prior_invoices=priors), "SPLIT_PURCHASE")
    assert found.evidence["sum"] == "55000.00" and len(found.evidence["invoices"]) == 3
    assert found.evidence["approval_threshold"] == "50000.00"
    assert "SPLIT_PURCHASE" not in codes(invoice("9000.00"), context(prior_invoices=priors))  # 49,000 in all
    spread = [prior("A", "2026-09-28", "20000.00"), prior("B", "2026-10-03", "20000.00")]  # 9 days apart
    assert "SPLIT_PURCHASE" not in codes(invoice("15000.00"), context(prior_invoices=spread))
    assert "SPLIT_PURCHASE" not in codes(invoice("15000.00"), context(prior_invoices=priors[:1] * 1))


def test_round_amount() -> None:
    assert "ROUND_AMOUNT" in codes(invoice("25000.00"), context())
    assert "ROUND_AMOUNT" not in codes(invoice("25000.50"), context())
    assert "ROUND_AMOUNT" not in codes(invoice("9000.00"), context())


def test_bank_account_changed_shortly_before_and_flip_flop() -> None:
    history = [BankAccountChange(bank_account="DE11", changed_at=VENDOR.created_at),
               BankAccountChange(bank_account="LT99", changed_at=RECEIVED - dt.timedelta(days=12)),
               BankAccountChange(bank_account="DE11", changed_at=RECEIVED - dt.timedelta(days=2))]
    found = flag(invoice(), context(bank_history=history), "BANK_ACCOUNT_CHANGED")
    assert found.severity == "high" and found.evidence["flip_flop"] is True and len(found.evidence["changes"]) == 2
    old = history[:2]
    old[1] = BankAccountChange(bank_account="LT99", changed_at=RECEIVED - dt.timedelta(days=31))
    assert "BANK_ACCOUNT_CHANGED" not in codes(invoice(), context(bank_history=old))


def test_bank_account_mismatch_ignores_spacing() -> None:
    data = f.invoice()
    data["vendor"]["bank_account"] = "DE89 3704 0044 0532 0130 00"
    assert "BANK_ACCOUNT_MISMATCH" not in codes(Invoice.model_validate(data), context())
    data["vendor"]["bank_account"] = "LT12 1000 0111 0100 1000"
    found = flag(Invoice.model_validate(data), context(), "BANK_ACCOUNT_MISMATCH")
    assert found.evidence["master_bank_account"] == VENDOR.bank_account


def test_new_vendor() -> None:
    young = VENDOR.model_copy(update={"created_at": dt.datetime(2026, 9, 20, tzinfo=dt.UTC)})
    assert flag(invoice(), context(vendor=young), "NEW_VENDOR").evidence["age_days"] == 16
    older = VENDOR.model_copy(update={"created_at": dt.datetime(2026, 9, 5, tzinfo=dt.UTC)})
    assert "NEW_VENDOR" not in codes(invoice(), context(vendor=older))  # 31 days
    assert flag(invoice(), context(vendor=None), "NEW_VENDOR").evidence["known"] is False


def test_weekend_and_before_po() -> None:
    assert "WEEKEND_INVOICE" in codes(invoice(issue_date="2026-10-04"), context())  # a Sunday
    assert "INVOICE_BEFORE_PO" in codes(invoice(issue_date="2026-09-30"), context())  # PO of 2026-10-01
    assert codes(invoice(issue_date="2026-10-01"), context()) == []


def test_high_value_and_self_approval() -> None:
    assert "HIGH_VALUE" in codes(invoice("1000000.00"), context())
    assert "HIGH_VALUE" not in codes(invoice("999999.99"), context())
    po = PurchaseOrder.model_validate(f.po(requester="Max") | {"approver": " max "})
    assert flag(invoice(), context(purchase_order=po), "SELF_APPROVAL").evidence["requester"] == "Max"


@pytest.mark.parametrize("approver", ["max\u200b", "\uff2dax", "m\u00adax", " MAX\u2060"])
def test_self_approval_sees_through_invisible_and_full_width_characters(approver: str) -> None:
    po = PurchaseOrder.model_validate(f.po(requester="Max") | {"approver": approver})
    assert "SELF_APPROVAL" in codes(invoice(), context(purchase_order=po))


def test_uscc_check_character() -> None:
    assert uscc.validate("91350100M000100Y43") is None  # the standard's own example
    assert uscc.validate("91310000MA1FL4KQ3H") is None
    assert "check character" in uscc.validate("91310000MA1FL4KQ3X")
    assert uscc.validate("9131000") == "has 7 characters, not 18"
    assert "alphabet" in uscc.validate("91310000MA1FL4KQ3I")


def test_invalid_tax_id_for_chinese_vendors_only() -> None:
    data = f.invoice(currency="CNY")
    data["vendor"] = {"name": "上海华信办公设备有限公司", "tax_id": "91310000MA1FL4KQ3X"}
    found = flag(Invoice.model_validate(data), context(vendor=None), "INVALID_TAX_ID")
    assert found.evidence["ids"][0]["reason"] == "check character is X, GB 32100 gives H"
    data["vendor"]["tax_id"] = "91310000MA1FL4KQ3H"
    assert "INVALID_TAX_ID" not in codes(Invoice.model_validate(data), context(vendor=None))
    assert "INVALID_TAX_ID" not in codes(invoice(), context())  # a German VAT id is not a USCC


def test_benford_needs_a_population_and_a_deviation() -> None:
    skewed = {7: 20, 8: 20, 9: 20}
    found = flag(invoice(), context(first_digit_counts=skewed), "BENFORD_DEVIATION")
    assert found.evidence["n"] == 60 and found.evidence["conformity"] == "nonconformity"
    assert [row["count"] for row in found.evidence["digits"]] == [0, 0, 0, 0, 0, 0, 20, 20, 20]
    assert "BENFORD_DEVIATION" not in codes(invoice(), context(first_digit_counts={9: 49}))  # too few
    conforming = {d: round(1000 * benford.EXPECTED[d]) for d in range(1, 10)}
    assert "BENFORD_DEVIATION" not in codes(invoice(), context(first_digit_counts=conforming))
    assert benford.table(conforming)["conformity"] == "close conformity"


def test_price_variance_comes_from_the_match() -> None:
    from tools.invoices import match_invoice

    data = f.invoice(lines=[{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "10",
                             "unit_price": "2.50", "tax_rate": "0.19"}])
    inv = Invoice.model_validate(data)
    match = match_invoice(inv, PurchaseOrder.model_validate(f.po()))
    found = flag(inv, context(match=match), "PRICE_VARIANCE")
    assert found.evidence["lines"] == [{"line": 1, "po_unit_price": "2.00", "invoice_unit_price": "2.50"}]


def test_severities_are_configurable_and_rules_can_be_off() -> None:
    ctx = context(prior_invoices=[prior("INV-1", "2026-06-01", "99.00")])
    assert codes(invoice(), ctx, disabled=["DUPLICATE_INVOICE"]) == []
    flags = check_invoice(invoice(), ctx, RiskConfig(severity={"DUPLICATE_INVOICE": "low"}))
    assert flags[0].severity == "low"
