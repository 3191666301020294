"""Generate the `risk` suite's dataset: designed scenarios, each a clean base plus one or more planted risks.

The base is clean by construction: an established vendor with a valid tax id and a bank account unchanged
since 2024, a PO approved by someone other than its requester and dated before the invoice, an invoice dated on
a Tuesday for a non-round amount under the approval threshold, and a history of earlier invoices with other
numbers and amounts months before. Each design plants what a code looks for (or a near miss that must not
raise it) and states the codes expected; every other code must not appear.

Run: python -m evals.generators.risk_cases  (rewrites evals/datasets/risk.json)
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from evals.generators import write_dataset
from tools.risk.uscc import check_character

SEED = 20261127
OUT = Path(__file__).resolve().parent.parent / "datasets" / "risk.json"
CODES = ["DUPLICATE_INVOICE", "POSSIBLE_DUPLICATE", "SPLIT_PURCHASE", "ROUND_AMOUNT", "BANK_ACCOUNT_CHANGED",
         "BANK_ACCOUNT_MISMATCH", "NEW_VENDOR", "WEEKEND_INVOICE", "INVOICE_BEFORE_PO", "PRICE_VARIANCE",
         "HIGH_VALUE", "SELF_APPROVAL", "INVALID_TAX_ID", "BENFORD_DEVIATION"]
INVOICE_DAY = dt.date(2026, 9, 15)  # a Tuesday
RECEIVED = "2026-09-16T09:00:00+00:00"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng: random.Random) -> str:
    body = "9131" + "".join(rng.choice("0123456789") for _ in range(4)) + "".join(
        rng.choice(USCC_ALPHABET) for _ in range(9))
    return body + check_character(body)


def money(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")), "f")


class Scenario:
    def __init__(self, rng: random.Random, index: int, lang: str) -> None:
        self.rng, self.index, self.lang = rng, index, lang
        chinese = lang == "zh"
        self.vendor: dict[str, Any] | None = {
            "vendor_id": f"RV-{index:03d}",
            "name": f"测试供应商{index}号有限公司" if chinese else f"Vendor {index} Trading GmbH",
            "tax_id": uscc(rng) if chinese else f"DE{rng.randint(100000000, 999999999)}",
            "bank_account": f"62220{rng.randint(10**13, 10**14 - 1)}" if chinese else
            f"DE{rng.randint(10, 99)}3704004405{rng.randint(10**9, 10**10 - 1)}",
            "created_at": "2024-01-10T00:00:00+00:00",
        }
        self.bank_history = [{"bank_account": self.vendor["bank_account"], "changed_at": self.vendor["created_at"]}]
        self.currency = "CNY" if chinese else "EUR"
        self.rate = "0.13" if chinese else "0.19"
        self.price = Decimal(rng.randint(50_000, 300_000)) / 100 + Decimal("0.37")  # never round
        self.po = {"po_number": f"RPO-{index:03d}", "vendor": {k: self.vendor[k] for k in ("vendor_id", "name",
                                                                                           "tax_id")},
                   "order_date": "2026-08-03", "currency": self.currency, "status": "open", "requester": "rita",
                   "approver": "max", "lines": [{"line_no": 1, "sku": "SKU-1", "description": "Service fee",
                                                 "quantity": "10", "unit_price": money(self.price),
                                                 "tax_rate": self.rate}]}
        self.invoice = {"invoice_number": f"R{index:03d}-{rng.randint(5000, 9999)}",
                        "vendor": {k: self.vendor[k] for k in ("vendor_id", "name", "tax_id", "bank_account")},
                        "po_number": self.po["po_number"], "issue_date": INVOICE_DAY.isoformat(),
                        "currency": self.currency, "lines": [copy.deepcopy(self.po["lines"][0])], "total": "0"}
        self.received_at = RECEIVED
        self.history = [self.earlier(f"R{index:03d}-{n:04d}", INVOICE_DAY - dt.timedelta(days=days),
                                     Decimal(rng.randint(100_00, 4_000_000)) / 100 + Decimal("0.11"))
                        for n, days in ((1, 189), (2, 126))]
        self.other_vendor_history: list[dict[str, Any]] = []
        self.tags = [lang]
        self.totals()

    def earlier(self, number: str, day: dt.date, total: Decimal) -> dict[str, Any]:
        return {"invoice_number": number, "issue_date": day.isoformat(), "total": money(total),
                "currency": self.currency}

    def totals(self, tax_rate: str | None = None) -> None:
        line = self.invoice["lines"][0]
        if tax_rate is not None:
            line["tax_rate"] = tax_rate
        amount = Decimal(line["quantity"]) * Decimal(line["unit_price"])
        tax = (amount * Decimal(line["tax_rate"])).quantize(Decimal("0.01"))
        line["amount"] = money(amount)
        self.invoice["subtotal"], self.invoice["tax_total"] = money(amount), money(tax)
        self.invoice["total"] = money(amount + tax)

    def set_total(self, total: Decimal) -> None:
        """Make the invoice's total exactly this (one line, no tax), and let the PO cover it."""
        line = self.invoice["lines"][0]
        line.update(quantity="1", unit_price=money(total), tax_rate="0")
        self.po["lines"][0].update(quantity="1", unit_price=money(total), tax_rate="0")
        self.totals()

    def case(self, name: str, expected: list[str], notes: str) -> dict[str, Any]:
        inputs = {"vendor": self.vendor, "bank_history": self.bank_history if self.vendor else [],
                  "purchase_order": self.po, "history": self.history,
                  "other_vendor_history": self.other_vendor_history, "invoice": self.invoice,
                  "received_at": self.received_at}
        return {"name": f"risk-{self.index:03d}-{name}", "inputs": copy.deepcopy(inputs),
                "expected": {"flags": sorted(expected), "absent": sorted(set(CODES) - set(expected))},
                "tags": sorted({*self.tags, *(expected or ["clean"])}), "notes": notes, "origin": "generated"}


def benford_totals(rng: random.Random, counts: dict[int, int]) -> list[Decimal]:
    out = []
    for digit, count in counts.items():
        for _ in range(count):
            magnitude = rng.choice([100, 1000, 10000])
            out.append(Decimal(digit * magnitude + rng.randint(0, magnitude - 1)) + Decimal("0.29"))
    rng.shuffle(out)
    return out


def add_population(s: Scenario, totals: list[Decimal]) -> None:
    """Earlier invoices a week apart, far enough back to look like nothing but a population."""
    for n, total in enumerate(totals):
        day = INVOICE_DAY - dt.timedelta(days=400 + 7 * n)
        s.history.append(s.earlier(f"P{s.index:03d}-{n:05d}", day, total))


Design = Callable[[Scenario], tuple[list[str], str]]


def designs() -> dict[str, Design]:
    d: dict[str, Design] = {}

    def dup_exact(s: Scenario):
        s.history.append(s.earlier(s.invoice["invoice_number"], INVOICE_DAY - dt.timedelta(days=40),
                                   Decimal("512.11")))
        return ["DUPLICATE_INVOICE"], "the same number sent 40 days ago for another amount"
    d["dup-exact"] = dup_exact

    def dup_case(s: Scenario):
        s.history.append(s.earlier(" " + s.invoice["invoice_number"].lower() + " ", INVOICE_DAY - dt.timedelta(days=90),
                                   Decimal("77.70")))
        return ["DUPLICATE_INVOICE"], "the same number in lower case with spaces"
    d["dup-case"] = dup_case

    def dup_other_vendor(s: Scenario):
        s.other_vendor_history.append(s.earlier(s.invoice["invoice_number"], INVOICE_DAY, Decimal(s.invoice["total"])))
        return [], "another vendor used the same number and amount: not this vendor's duplicate"
    d["dup-other-vendor"] = dup_other_vendor

    def possible_amount(s: Scenario):
        s.history.append(s.earlier(f"R{s.index:03d}-0100", INVOICE_DAY - dt.timedelta(days=3),
                                   Decimal(s.invoice["total"])))
        return ["POSSIBLE_DUPLICATE"], "the same amount three days earlier under another number"
    d["possible-amount"] = possible_amount

    def possible_amount_far(s: Scenario):
        s.history.append(s.earlier(f"R{s.index:03d}-0100", INVOICE_DAY - dt.timedelta(days=8),
                                   Decimal(s.invoice["total"])))
        return [], "the same amount eight days earlier: outside the seven-day window"
    d["possible-amount-far"] = possible_amount_far

    def possible_shape(s: Scenario):
        number = s.invoice["invoice_number"]
        s.history.append(s.earlier(number.replace("-", "/").replace("R", "r0", 1), INVOICE_DAY - dt.timedelta(days=60),
                                   Decimal("1234.56")))
        return ["POSSIBLE_DUPLICATE"], "the same number but for punctuation, case and a leading zero"
    d["possible-shape"] = possible_shape

    def possible_suffix(s: Scenario):
        s.history.append(s.earlier(s.invoice["invoice_number"] + "-B", INVOICE_DAY - dt.timedelta(days=20),
                                   Decimal("999.01")))
        return ["POSSIBLE_DUPLICATE"], "an earlier number that is this one with a suffix"
    d["possible-suffix"] = possible_suffix

    def sequence_neighbour(s: Scenario):
        s.history.append(s.earlier(s.invoice["invoice_number"] + "1", INVOICE_DAY - dt.timedelta(days=20),
                                   Decimal("999.01")))
        return [], "a number that continues the digits: the vendor's sequence, not a suffix"
    d["sequence-neighbour"] = sequence_neighbour

    def split(s: Scenario):
        s.set_total(Decimal("15000.37"))
        for n, (days, total) in enumerate(((2, "20000.11"), (4, "19999.42"))):
            s.history.append(s.earlier(f"S{s.index:03d}-{n}", INVOICE_DAY - dt.timedelta(days=days), Decimal(total)))
        return ["SPLIT_PURCHASE"], "three invoices in five days, each under 50,000, together 54,999.90"
    d["split"] = split

    def split_four(s: Scenario):
        s.set_total(Decimal("14000.73"))
        for n, days in enumerate((1, 3, 5)):
            s.history.append(s.earlier(f"S{s.index:03d}-{n}", INVOICE_DAY - dt.timedelta(days=days),
                                       Decimal("13000.19") + n))
        return ["SPLIT_PURCHASE"], "four invoices in six days, together 53,004.30"
    d["split-four"] = split_four

    def split_under(s: Scenario):
        s.set_total(Decimal("9000.37"))
        for n, days in enumerate((2, 4)):
            s.history.append(s.earlier(f"S{s.index:03d}-{n}", INVOICE_DAY - dt.timedelta(days=days),
                                       Decimal("20000.11") + n))
        return [], "three invoices in five days that stay under the threshold (49,001.59)"
    d["split-under"] = split_under

    def split_spread(s: Scenario):
        s.set_total(Decimal("15000.37"))
        for n, days in enumerate((5, 9)):
            s.history.append(s.earlier(f"S{s.index:03d}-{n}", INVOICE_DAY - dt.timedelta(days=days),
                                       Decimal("20000.11") + n))
        return [], "three invoices over ten days: no seven-day window holds all three"
    d["split-spread"] = split_spread

    def round_amount(s: Scenario):
        s.set_total(Decimal("25000"))
        return ["ROUND_AMOUNT"], "a total of exactly 25,000.00"
    d["round"] = round_amount

    def round_near(s: Scenario):
        s.set_total(Decimal("25000.50"))
        return [], "25,000.50 is not a multiple of 1,000"
    d["round-near"] = round_near

    def round_small(s: Scenario):
        s.set_total(Decimal("9000"))
        return [], "9,000.00 is round but under 10,000"
    d["round-small"] = round_small

    def bank_changed(s: Scenario):
        s.vendor["bank_account"] = "LT121000011101001000"
        s.bank_history.append({"bank_account": s.vendor["bank_account"], "changed_at": "2026-09-11T14:00:00+00:00"})
        s.invoice["vendor"]["bank_account"] = s.vendor["bank_account"]
        return ["BANK_ACCOUNT_CHANGED"], "the bank account changed five days before the invoice arrived"
    d["bank-changed"] = bank_changed

    def bank_flip_flop(s: Scenario):
        original = s.vendor["bank_account"]
        s.bank_history.append({"bank_account": "LT121000011101001000", "changed_at": "2026-08-30T10:00:00+00:00"})
        s.bank_history.append({"bank_account": original, "changed_at": "2026-09-12T10:00:00+00:00"})
        return ["BANK_ACCOUNT_CHANGED"], "changed away and back within the month (flip-flop)"
    d["bank-flip-flop"] = bank_flip_flop

    def bank_old_change(s: Scenario):
        s.vendor["bank_account"] = "LT121000011101001000"
        s.bank_history.append({"bank_account": s.vendor["bank_account"], "changed_at": "2026-08-07T14:00:00+00:00"})
        s.invoice["vendor"]["bank_account"] = s.vendor["bank_account"]
        return [], "the change was 40 days before the invoice"
    d["bank-old-change"] = bank_old_change

    def bank_mismatch(s: Scenario):
        s.invoice["vendor"]["bank_account"] = "GB33BUKB20201555555555"
        return ["BANK_ACCOUNT_MISMATCH"], "the invoice names another account than the vendor master"
    d["bank-mismatch"] = bank_mismatch

    def bank_same_spaced(s: Scenario):
        account = s.vendor["bank_account"]
        s.invoice["vendor"]["bank_account"] = " ".join(account[i:i + 4] for i in range(0, len(account), 4))
        return [], "the master's account, written in groups of four"
    d["bank-same-spaced"] = bank_same_spaced

    def new_vendor(s: Scenario):
        s.vendor["created_at"] = "2026-09-05T00:00:00+00:00"
        s.bank_history[0]["changed_at"] = s.vendor["created_at"]
        return ["NEW_VENDOR"], "the vendor was created ten days before the invoice date"
    d["new-vendor"] = new_vendor

    def unknown_vendor(s: Scenario):
        s.vendor = None
        return ["NEW_VENDOR"], "the vendor is not in the vendor master at all"
    d["unknown-vendor"] = unknown_vendor

    def older_vendor(s: Scenario):
        s.vendor["created_at"] = "2026-07-30T00:00:00+00:00"
        s.bank_history[0]["changed_at"] = s.vendor["created_at"]
        return [], "the vendor was created 47 days before the invoice"
    d["older-vendor"] = older_vendor

    def weekend(s: Scenario):
        s.invoice["issue_date"] = s.rng.choice(["2026-09-19", "2026-09-20"])
        return ["WEEKEND_INVOICE"], "dated on a Saturday or a Sunday"
    d["weekend"] = weekend

    def friday(s: Scenario):
        s.invoice["issue_date"] = "2026-09-18"
        return [], "dated on a Friday"
    d["friday"] = friday

    def before_po(s: Scenario):
        s.invoice["issue_date"] = "2026-07-28"
        return ["INVOICE_BEFORE_PO"], "invoice of 28 July against a PO of 3 August"
    d["before-po"] = before_po

    def same_day_po(s: Scenario):
        s.invoice["issue_date"] = "2026-08-03"
        return [], "invoice dated the PO's own day"
    d["same-day-po"] = same_day_po

    def price_over(s: Scenario):
        s.invoice["lines"][0]["unit_price"] = money(s.price * Decimal("1.05"))
        s.totals()
        return ["PRICE_VARIANCE"], "5 % above the PO's unit price"
    d["price-over"] = price_over

    def price_within(s: Scenario):
        s.invoice["lines"][0]["unit_price"] = money(s.price * Decimal("1.015"))
        s.po["lines"][0]["quantity"] = "11"  # headroom: the PO is worth more than the invoice
        s.totals()
        return [], "1.5 % above the PO's unit price: inside the 2 % tolerance"
    d["price-within"] = price_within

    def high_value(s: Scenario):
        s.set_total(Decimal("1234567.89"))
        return ["HIGH_VALUE"], "1,234,567.89 is above 1,000,000"
    d["high-value"] = high_value

    def just_under_high(s: Scenario):
        s.set_total(Decimal("999999.99"))
        return [], "999,999.99 is just under 1,000,000"
    d["just-under-high"] = just_under_high

    def self_approval(s: Scenario):
        s.po["approver"] = " Rita "
        return ["SELF_APPROVAL"], "the PO's requester approved it herself"
    d["self-approval"] = self_approval

    def bad_uscc(s: Scenario):
        good = uscc(s.rng)
        wrong = next(c for c in USCC_ALPHABET if c != good[17])
        s.vendor["tax_id"] = s.invoice["vendor"]["tax_id"] = s.po["vendor"]["tax_id"] = good[:17] + wrong
        s.vendor["name"] = s.invoice["vendor"]["name"] = s.po["vendor"]["name"] = f"深圳测试{s.index}科技有限公司"
        return ["INVALID_TAX_ID"], "a Unified Social Credit Code whose check character is wrong"
    d["bad-uscc"] = bad_uscc

    def good_uscc(s: Scenario):
        s.vendor["tax_id"] = s.invoice["vendor"]["tax_id"] = s.po["vendor"]["tax_id"] = uscc(s.rng)
        s.vendor["name"] = s.invoice["vendor"]["name"] = s.po["vendor"]["name"] = f"深圳测试{s.index}科技有限公司"
        return [], "a valid Unified Social Credit Code"
    d["good-uscc"] = good_uscc

    def benford_skewed(s: Scenario):
        add_population(s, benford_totals(s.rng, {7: 25, 8: 25, 9: 25}))
        return ["BENFORD_DEVIATION"], "75 earlier totals that all start with 7, 8 or 9"
    d["benford-skewed"] = benford_skewed

    def benford_conforming(s: Scenario):
        counts = {digit: round(120 * math.log10(1 + 1 / digit)) for digit in range(1, 10)}
        add_population(s, benford_totals(s.rng, counts))
        return [], "120 earlier totals in Benford's proportions"
    d["benford-conforming"] = benford_conforming

    def benford_small(s: Scenario):
        add_population(s, benford_totals(s.rng, {9: 40}))
        return [], "a skewed population of 42 is too small to judge"
    d["benford-small"] = benford_small

    def weekend_round(s: Scenario):
        s.set_total(Decimal("48000"))
        s.invoice["issue_date"] = "2026-09-19"
        return ["ROUND_AMOUNT", "WEEKEND_INVOICE"], "a round 48,000.00 dated on a Saturday"
    d["weekend-round"] = weekend_round

    def diversion(s: Scenario):
        s.vendor["bank_account"] = "LT121000011101001000"
        s.bank_history.append({"bank_account": s.vendor["bank_account"], "changed_at": "2026-09-14T08:00:00+00:00"})
        s.invoice["vendor"]["bank_account"] = "GB33BUKB20201555555555"
        return ["BANK_ACCOUNT_CHANGED", "BANK_ACCOUNT_MISMATCH"], "a fresh account change and yet another account"
    d["diversion"] = diversion

    def new_and_high(s: Scenario):
        s.vendor["created_at"] = "2026-09-01T00:00:00+00:00"
        s.bank_history[0]["changed_at"] = s.vendor["created_at"]
        s.set_total(Decimal("2500000.37"))
        return ["NEW_VENDOR", "HIGH_VALUE"], "a two-week-old vendor billing 2.5 million"
    d["new-and-high"] = new_and_high

    def dup_and_self(s: Scenario):
        s.history.append(s.earlier(s.invoice["invoice_number"], INVOICE_DAY - dt.timedelta(days=30), Decimal("88.80")))
        s.po["approver"] = "rita"
        return ["DUPLICATE_INVOICE", "SELF_APPROVAL"], "a repeated number on a self-approved PO"
    d["dup-and-self"] = dup_and_self

    def clean(s: Scenario):
        return [], "nothing planted: a clean control"
    d["clean"] = clean
    return d


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    cases = []
    plan = [(name, 3) for name in designs() if name != "clean"] + [("clean", 15)]
    recipes = designs()
    index = 0
    for name, copies in plan:
        for _ in range(copies):
            index += 1
            scenario = Scenario(rng, index, "zh" if index % 2 else "en")
            expected, notes = recipes[name](scenario)
            if name in ("bad-uscc", "good-uscc"):
                scenario.currency = scenario.po["currency"] = scenario.invoice["currency"] = "CNY"
            cases.append(scenario.case(name, expected, notes))
    return cases


def main() -> None:
    write_dataset(OUT, suite="risk", version=1, script="evals/generators/risk_cases.py", seed=SEED,
                  description="Risk flags: designed scenarios (history + invoice), expected and forbidden codes.",
                  cases=generate())

if __name__ == "__main__":
    main()
