"""Generate the `invoice` suite's dataset with a fixed seed.

The expected result of each case is computed by this file's own oracle, a second, independent reading of
the contract's rules (CONTRACT.md, "Rules and defaults"), from the scenario's ground truth: the generator
knows which PO line each invoice line bills, because it made the invoice from the PO. The matcher has to
find that pairing from skus and descriptions; the oracle never runs the matcher.

Run: python -m evals.generators.invoice_cases  (rewrites evals/datasets/invoice.json)
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from evals.generators import write_dataset

SEED = 20261126
OUT = Path(__file__).resolve().parent.parent / "datasets" / "invoice.json"
CENT = Decimal("0.01")
TOLERANCE_PCT = Decimal("2")
AMOUNT_TOLERANCE = Decimal("1.00")

VENDORS = [
    {"vendor_id": "V-ACME", "name": "Acme Office Supplies Ltd", "tax_id": "GB123456789", "currency": "GBP",
     "rates": ["0.20", "0.05", "0"], "lang": "en"},
    {"vendor_id": "V-NORD", "name": "Nordlicht Consulting GmbH", "tax_id": "DE811569869", "currency": "EUR",
     "rates": ["0.19", "0.07"], "lang": "en"},
    {"vendor_id": "V-HUAXIN", "name": "上海华信办公设备有限公司", "tax_id": "91310000MA1FL4KQ3H", "currency": "CNY",
     "rates": ["0.13", "0.09", "0.06"], "lang": "zh"},
    {"vendor_id": "V-PEARL", "name": "广州珠江物流有限公司", "tax_id": "91440101MA59K2QX79", "currency": "CNY",
     "rates": ["0.09", "0.06", "0.13"], "lang": "zh"},
    {"vendor_id": "V-LONESTAR", "name": "Lone Star Industrial Supply Inc", "tax_id": "74-1234567", "currency": "USD",
     "rates": ["0", "0.0825"], "lang": "en"},
    {"vendor_id": "V-BATAVIA", "name": "Batavia Techniek B.V.", "tax_id": "NL123456789B01", "currency": "EUR",
     "rates": ["0.21", "0.09"], "lang": "en"},
]

# (sku, description, variants a clerk or another system might write for the same item, unit, price range)
ITEMS_EN = [
    ("PAPER-A4", "A4 copier paper 80gsm box of 5 reams", ["Copier paper A4, 80 gsm (5 reams/box)",
                                                           "box of 5 reams A4 copier paper 80gsm"], (18, 30)),
    ("TONER-26X", "HP 26X black toner cartridge", ["Toner cartridge HP 26X black", "HP 26X toner cartridge, black"],
     (90, 140)),
    ("BOLT-M8", "Hex bolt M8 x 40 zinc plated", ["Zinc plated hex bolt M8x40", "HEX BOLT M8 X 40, ZINC PLATED"],
     (0.05, 0.4)),
    ("GLOVE-NIT", "Nitrile gloves size L box of 100", ["Gloves nitrile L (100/box)", "box of 100 nitrile gloves L"],
     (6, 15)),
    ("CONS-DAY", "Senior consultant day rate", ["Consulting day, senior consultant", "Day rate - senior consultant"],
     (800, 1500)),
    ("LAPTOP-14", "14 inch business laptop 16GB RAM 512GB SSD", ["Business laptop 14in, 16 GB RAM, 512 GB SSD",
                                                                 "laptop business 14 inch 16GB/512GB"], (900, 1600)),
    ("CHAIR-ERG", "Ergonomic office chair with lumbar support",
     ["Office chair, ergonomic, lumbar support", "ERGONOMIC OFFICE CHAIR W/ LUMBAR SUPPORT"], (180, 450)),
    ("CABLE-C6", "Cat6 patch cable 2m blue", ["Patch cable Cat6, 2 m, blue", "blue 2m cat6 patch cable"], (2, 6)),
    ("DIESEL", "Diesel fuel litre", ["Fuel, diesel (per litre)", "diesel per litre"], (1.2, 1.9)),
    ("CLEAN-SVC", "Monthly office cleaning service", ["Office cleaning service - monthly",
                                                      "cleaning service office monthly"], (1200, 3000)),
]
ITEMS_ZH = [
    ("DESK-1400", "办公桌 1400mm", ["办公桌1400mm", "1400mm 办公桌"], (900, 1800)),
    ("CHAIR-ERGO", "人体工学椅", ["人体工学椅（带腰托）", "人体工学 椅"], (600, 1200)),
    ("PRINT-A3", "A3 彩色激光打印机", ["彩色激光打印机 A3", "A3彩色激光打印机"], (5000, 9000)),
    ("PAPER-CN", "复印纸 A4 70克 5包/箱", ["A4复印纸 70克（5包/箱）", "复印纸A4 70克 5包每箱"], (100, 160)),
    ("FREIGHT", "公路运输服务 上海至广州", ["上海至广州 公路运输服务", "公路运输服务（上海-广州）"], (3000, 8000)),
    ("INSTALL", "安装调试服务", ["安装及调试服务", "安装调试 服务"], (1500, 4000)),
    ("SERVER-2U", "2U 机架式服务器", ["机架式服务器 2U", "2U机架式服务器"], (18000, 40000)),
    ("WATER", "桶装饮用水 18.9升", ["饮用水（桶装 18.9L）", "18.9升 桶装饮用水"], (15, 30)),
]
EXTRA_ITEMS = {"en": ("GIFT-BOX", "Executive gift hamper deluxe", 250), "zh": ("GIFT-CN", "高档礼品礼盒", 880)}

PERTURBATIONS = [
    "price_over", "price_within", "price_edge", "price_under", "qty_over_ordered", "receipt_short",
    "not_received", "tax_mismatch", "arith_line", "arith_total", "arith_within", "duplicate", "prior_billed_ok",
    "prior_billed_over", "po_missing", "po_closed", "vendor_mismatch", "currency_mismatch", "extra_line",
    "reorder", "drop_skus", "reword", "name_only_vendor", "partial_billing", "abs_limit", "freight_charge",
    "early_discount",
]


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def text(value: Decimal) -> str:
    return format(value, "f")


@dataclass
class Scenario:
    vendor: dict[str, Any]
    po: dict[str, Any] | None
    receipts: list[dict[str, Any]]
    invoice: dict[str, Any]
    truth: list[int | None]  # the PO line each invoice line bills (None: not on the PO)
    history: dict[str, Any] = field(default_factory=lambda: {"prior_on_po": [], "same_number_from_vendor": []})
    config: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    vendor_differs: bool = False
    ubl: bool = False


def _price(rng: random.Random, low: float, high: float) -> Decimal:
    value = Decimal(str(rng.uniform(low, high)))
    places = Decimal("0.0001") if high < 1 else CENT
    return value.quantize(places, rounding=ROUND_HALF_UP)


def _quantity(rng: random.Random, price: Decimal) -> Decimal:
    if price > 500:
        return Decimal(rng.randint(1, 12))
    if rng.random() < 0.15:
        return Decimal(rng.randint(10, 400)) / 2  # e.g. 12.5 (kg, litres, hours)
    return Decimal(rng.randint(2, 500))


def signed(adjustment: dict[str, Any]) -> Decimal:
    amount = Decimal(adjustment["amount"])
    return amount if adjustment["kind"] == "charge" else -amount


def refresh_totals(invoice: dict[str, Any]) -> None:
    """Amounts and totals as an honest invoicing system writes them (cents, tax summed then rounded)."""
    for line in invoice["lines"]:
        line["amount"] = text(money(Decimal(line["quantity"]) * Decimal(line["unit_price"])))
    adjustments = invoice.get("adjustments", [])
    subtotal = money(sum((Decimal(line["amount"]) for line in invoice["lines"]), Decimal("0")))
    tax = money(sum((Decimal(line["amount"]) * Decimal(line["tax_rate"]) for line in invoice["lines"]), Decimal("0"))
                + sum((signed(a) * Decimal(a["tax_rate"]) for a in adjustments), Decimal("0")))
    net = sum((signed(a) for a in adjustments), Decimal("0"))
    invoice["subtotal"], invoice["tax_total"], invoice["total"] = text(subtotal), text(tax), text(subtotal + net + tax)


def base_scenario(rng: random.Random, index: int) -> Scenario:
    vendor = rng.choice(VENDORS)
    catalogue = ITEMS_ZH if vendor["lang"] == "zh" else ITEMS_EN
    chosen = rng.sample(catalogue, rng.randint(1, min(5, len(catalogue))))
    po_number = f"PO-G{index:04d}"
    po_lines = []
    for line_no, (sku, description, _variants, (low, high)) in enumerate(chosen, start=1):
        price = _price(rng, low, high)
        po_lines.append({"line_no": line_no, "sku": sku, "description": description,
                         "quantity": text(_quantity(rng, price)), "unit_price": text(price),
                         "tax_rate": rng.choice(vendor["rates"])})
    po = {"po_number": po_number, "vendor": {k: vendor[k] for k in ("vendor_id", "name", "tax_id")},
          "order_date": "2026-09-01", "currency": vendor["currency"], "status": "open", "requester": "rita",
          "approver": "max", "lines": po_lines}
    three_way = rng.random() < 0.6
    receipts = []
    if three_way:
        receipts.append({"grn_number": f"GRN-G{index:04d}-1", "po_number": po_number, "received_date": "2026-09-10",
                         "lines": [{"po_line_no": line["line_no"], "quantity_received": line["quantity"]}
                                   for line in po_lines]})
    invoice_lines = [{"line_no": n, "sku": line["sku"], "description": line["description"],
                      "quantity": line["quantity"], "unit_price": line["unit_price"], "tax_rate": line["tax_rate"]}
                     for n, line in enumerate(po_lines, start=1)]
    prefix = "FP" if vendor["lang"] == "zh" else "INV"
    invoice = {"invoice_number": f"{prefix}-{rng.randint(10000, 99999)}-{index}",
               "vendor": {k: vendor[k] for k in ("vendor_id", "name", "tax_id")}, "po_number": po_number,
               "issue_date": "2026-09-15", "currency": vendor["currency"], "lines": invoice_lines}
    refresh_totals(invoice)
    scenario = Scenario(vendor=vendor, po=po, receipts=receipts, invoice=invoice,
                        truth=[line["line_no"] for line in po_lines], tags=[vendor["lang"], vendor["currency"]])
    scenario.tags.append("three_way" if three_way else "two_way")
    return scenario


def _pick_line(rng: random.Random, s: Scenario) -> tuple[dict[str, Any], dict[str, Any]]:
    index = rng.randrange(len(s.invoice["lines"]))
    line = s.invoice["lines"][index]
    po_line = next(p for p in s.po["lines"] if p["line_no"] == s.truth[index]) if s.po else line
    return line, po_line


def ensure_receipt(s: Scenario) -> None:
    """Make the scenario three-way: a receipt of everything ordered, if there is none yet."""
    if s.receipts:
        return
    s.receipts.append({"grn_number": f"GRN-{s.po['po_number']}-1", "po_number": s.po["po_number"],
                       "received_date": "2026-09-10",
                       "lines": [{"po_line_no": p["line_no"], "quantity_received": p["quantity"]}
                                 for p in s.po["lines"]]})
    s.tags = [tag for tag in s.tags if tag != "two_way"] + ["three_way"]


def perturb(rng: random.Random, s: Scenario, kind: str) -> None:
    s.tags.append(kind)
    inv = s.invoice
    if kind in ("price_over", "price_within", "price_edge", "price_under", "abs_limit"):
        line, po_line = _pick_line(rng, s)
        po_price = Decimal(po_line["unit_price"])
        if kind == "price_over":
            factor = Decimal("1") + TOLERANCE_PCT / 100 + Decimal(str(rng.uniform(0.005, 0.25)))
            line["unit_price"] = text((po_price * factor).quantize(CENT, rounding=ROUND_UP))
        elif kind == "price_within":
            factor = Decimal("1") + Decimal(str(rng.uniform(0.001, 0.019)))
            line["unit_price"] = text((po_price * factor).quantize(Decimal("0.0001"), rounding=ROUND_DOWN))
        elif kind == "price_edge":
            line["unit_price"] = text(po_price * Decimal("1.02"))  # exactly at the tolerance: no exception
        elif kind == "price_under":
            line["unit_price"] = text((po_price * Decimal(str(rng.uniform(0.7, 0.99)))).quantize(CENT))
        else:  # abs_limit: within 2 % but above an absolute per-unit limit of 0.01
            s.config = {"price_tolerance_abs": "0.01"}
            line["unit_price"] = text(po_price * Decimal("1.015"))
    elif kind == "qty_over_ordered":
        line, po_line = _pick_line(rng, s)
        line["quantity"] = text(Decimal(po_line["quantity"]) + rng.randint(1, 20))
    elif kind == "receipt_short":
        ensure_receipt(s)
        target = rng.choice(s.po["lines"])
        ordered = Decimal(target["quantity"])
        short = max(Decimal("0.5"), (ordered / 2).quantize(Decimal("1"), rounding=ROUND_DOWN))
        # The short quantity arrived in two partial deliveries: receipts add up.
        first = (short / 2).quantize(Decimal("0.5"), rounding=ROUND_DOWN)
        s.receipts[0]["lines"] = [
            {"po_line_no": ln["po_line_no"], "quantity_received": text(short - first)}
            if ln["po_line_no"] == target["line_no"] else ln for ln in s.receipts[0]["lines"]]
        if first > 0:
            s.receipts.append({"grn_number": f"{s.receipts[0]['grn_number']}-2", "po_number": inv["po_number"],
                               "received_date": "2026-09-12",
                               "lines": [{"po_line_no": target["line_no"], "quantity_received": text(first)}]})
    elif kind == "not_received":
        ensure_receipt(s)
        target = rng.choice(s.po["lines"])["line_no"]
        remaining = [ln for ln in s.receipts[0]["lines"] if ln["po_line_no"] != target]
        if remaining:
            s.receipts[0]["lines"] = remaining
        else:  # a one-line PO: the receipt that exists is for a later delivery of another PO's goods
            s.receipts[0]["lines"] = [{"po_line_no": target + 1, "quantity_received": "1"}]
    elif kind == "tax_mismatch":
        line, po_line = _pick_line(rng, s)
        others = [rate for rate in s.vendor["rates"] + ["0.10"] if Decimal(rate) != Decimal(po_line["tax_rate"])]
        line["tax_rate"] = rng.choice(others)
    elif kind == "extra_line":
        sku, description, price = EXTRA_ITEMS[s.vendor["lang"]]
        next_no = max(line["line_no"] for line in inv["lines"]) + 1
        inv["lines"].append({"line_no": next_no, "sku": sku, "description": description,
                             "quantity": "1", "unit_price": text(Decimal(price)), "tax_rate": s.vendor["rates"][0]})
        s.truth.append(None)
    elif kind == "reorder":
        order = list(range(len(inv["lines"])))
        rng.shuffle(order)
        inv["lines"] = [inv["lines"][i] for i in order]
        s.truth = [s.truth[i] for i in order]
        for n, line in enumerate(inv["lines"], start=1):
            line["line_no"] = n
    elif kind == "drop_skus":
        for line in inv["lines"]:
            line.pop("sku", None)
    elif kind == "reword":
        catalogue = {sku: variants for sku, _d, variants, _r in ITEMS_EN + ITEMS_ZH}
        for line in inv["lines"]:
            if line.get("sku") in catalogue:
                line["description"] = rng.choice(catalogue[line["sku"]])
            line.pop("sku", None)
    elif kind == "partial_billing":
        keep = rng.sample(range(len(inv["lines"])), max(1, len(inv["lines"]) - 1))
        inv["lines"] = [inv["lines"][i] for i in sorted(keep)]
        s.truth = [s.truth[i] for i in sorted(keep)]
        line = rng.choice(inv["lines"])
        half = (Decimal(line["quantity"]) / 2).quantize(Decimal("0.5"), rounding=ROUND_DOWN)
        if half > 0:
            line["quantity"] = text(half)
    elif kind in ("prior_billed_ok", "prior_billed_over"):
        line, po_line = _pick_line(rng, s)
        ordered = Decimal(po_line["quantity"])
        before = (ordered / 2).quantize(Decimal("1"), rounding=ROUND_DOWN) or Decimal("0.5")
        prior_total = money(before * Decimal(po_line["unit_price"]) * (1 + Decimal(po_line["tax_rate"])))
        s.history["prior_on_po"].append({"invoice_number": "EARLIER-1", "total": text(prior_total),
                                         "billed_by_po_line": {str(po_line["line_no"]): text(before)}})
        line["quantity"] = text(ordered - before if kind == "prior_billed_ok" else ordered - before + 1)
    elif kind == "freight_charge":
        rate = s.vendor["rates"][0]
        inv.setdefault("adjustments", []).append(
            {"kind": "charge", "amount": text(Decimal(rng.choice(["25.00", "80.00", "150.00", "6.50"]))),
             "tax_rate": rate, "reason": "运费" if s.vendor["lang"] == "zh" else "Freight"})
    elif kind == "early_discount":
        inv.setdefault("adjustments", []).append(
            {"kind": "allowance", "amount": text(money(Decimal(inv["subtotal"]) * Decimal("0.02"))),
             "tax_rate": s.vendor["rates"][0], "reason": "Early payment discount 2 %"})
    elif kind == "duplicate":
        s.history["same_number_from_vendor"].append("task earlier-duplicate")
    elif kind == "po_missing":
        s.po = None
        s.receipts = []
        s.truth = [None] * len(inv["lines"])
    elif kind == "po_closed":
        s.po["status"] = "closed"
    elif kind == "vendor_mismatch":
        other = rng.choice([v for v in VENDORS if v["vendor_id"] != s.vendor["vendor_id"]])
        inv["vendor"] = {k: other[k] for k in ("vendor_id", "name", "tax_id")}
        s.vendor_differs = True
    elif kind == "currency_mismatch":
        inv["currency"] = rng.choice([c for c in ("EUR", "USD", "GBP", "CNY") if c != inv["currency"]])
    elif kind == "name_only_vendor":
        s.po["vendor"] = {"name": s.vendor["name"]}
        variants = {"Ltd": "Limited", "GmbH": "G.m.b.H.", "Inc": "Inc.", "B.V.": "BV", "有限公司": "有限公司"}
        name = s.vendor["name"]
        for old, new in variants.items():
            if name.endswith(old):
                name = name[: -len(old)] + new
                break
        inv["vendor"] = {"name": name.upper() if name.isascii() else name}
    refresh_totals(inv)
    if kind == "arith_line":
        line = rng.choice(inv["lines"])
        line["amount"] = text(Decimal(line["amount"]) + Decimal(rng.choice(["1.50", "10.00", "-5.00", "99.99"])))
    elif kind == "arith_total":
        inv["total"] = text(Decimal(inv["total"]) + Decimal(rng.choice(["1.01", "25.00", "-3.00", "100.00"])))
    elif kind == "arith_within":
        inv["total"] = text(Decimal(inv["total"]) + Decimal(rng.choice(["0.99", "-0.50", "0.01"])))
    return None


def oracle(s: Scenario) -> dict[str, Any]:
    """The contract's rules applied to the ground truth."""
    inv = s.invoice
    codes: set[str] = set()
    pct = TOLERANCE_PCT
    absolute = Decimal(s.config["price_tolerance_abs"]) if "price_tolerance_abs" in s.config else None
    if s.history["same_number_from_vendor"]:
        codes.add("DUPLICATE_INVOICE")
    amounts = []
    for line in inv["lines"]:
        computed = Decimal(line["quantity"]) * Decimal(line["unit_price"])
        if abs(Decimal(line["amount"]) - computed) > AMOUNT_TOLERANCE:
            codes.add("ARITHMETIC_ERROR")
        amounts.append(Decimal(line["amount"]))
    adjustments = inv.get("adjustments", [])
    subtotal = sum(amounts, Decimal("0"))
    tax = sum((Decimal(ln["amount"]) * Decimal(ln["tax_rate"]) for ln in inv["lines"]), Decimal("0")) + sum(
        (signed(a) * Decimal(a["tax_rate"]) for a in adjustments), Decimal("0"))
    net = sum((signed(a) for a in adjustments), Decimal("0"))
    stated_total = Decimal(inv["subtotal"]) + net + Decimal(inv["tax_total"])
    if (abs(Decimal(inv["subtotal"]) - subtotal) > AMOUNT_TOLERANCE or abs(Decimal(inv["tax_total"]) - tax)
            > AMOUNT_TOLERANCE or abs(Decimal(inv["total"]) - stated_total) > AMOUNT_TOLERANCE):
        codes.add("ARITHMETIC_ERROR")
    if s.po is None:
        codes.add("PO_NOT_FOUND")
        return {"status": "exception", "exception_codes": sorted(codes), "match_type": "two_way",
                "pairing": {str(ln["line_no"]): None for ln in inv["lines"]}}
    po = s.po
    if po["status"] == "closed":
        codes.add("PO_CLOSED")
    if s.vendor_differs:
        codes.add("VENDOR_MISMATCH")
    if inv["currency"] != po["currency"]:
        codes.add("CURRENCY_MISMATCH")
    three_way = bool(s.receipts)
    received: dict[int, Decimal] = {}
    for grn in s.receipts:
        for ln in grn["lines"]:
            received[ln["po_line_no"]] = received.get(ln["po_line_no"], Decimal("0")) + Decimal(ln["quantity_received"])
    billed: dict[int, Decimal] = {}
    for prior in s.history["prior_on_po"]:
        for n, q in prior["billed_by_po_line"].items():
            billed[int(n)] = billed.get(int(n), Decimal("0")) + Decimal(q)
    po_lines = {p["line_no"]: p for p in po["lines"]}
    for line, truth in zip(inv["lines"], s.truth, strict=True):
        if truth is None:
            codes.add("LINE_NOT_ON_PO")
            continue
        p = po_lines[truth]
        over = Decimal(line["unit_price"]) - Decimal(p["unit_price"])
        if over > 0 and (over > Decimal(p["unit_price"]) * pct / 100 or (absolute is not None and over > absolute)):
            codes.add("PRICE_VARIANCE")
        billed[truth] = billed.get(truth, Decimal("0")) + Decimal(line["quantity"])
        if billed[truth] > Decimal(p["quantity"]):
            codes.add("QTY_EXCEEDS_ORDERED")
        if three_way:
            got = received.get(truth, Decimal("0"))
            if got == 0:
                codes.add("NOT_RECEIVED")
            elif billed[truth] > got:
                codes.add("QTY_EXCEEDS_RECEIVED")
        if Decimal(line["tax_rate"]) != Decimal(p["tax_rate"]):
            codes.add("TAX_RATE_MISMATCH")
    po_value = sum((Decimal(p["quantity"]) * Decimal(p["unit_price"]) * (1 + Decimal(p["tax_rate"]))
                    for p in po["lines"]), Decimal("0"))
    billed_amount = sum((Decimal(p["total"]) for p in s.history["prior_on_po"]), Decimal("0")) + Decimal(inv["total"])
    if billed_amount - po_value > AMOUNT_TOLERANCE:
        codes.add("OVERBILLED")
    return {"status": "exception" if codes else "matched", "exception_codes": sorted(codes),
            "match_type": "three_way" if three_way else "two_way",
            "pairing": {str(ln["line_no"]): t for ln, t in zip(inv["lines"], s.truth, strict=True)}}


def to_ubl(invoice: dict[str, Any]) -> str:
    """Write the invoice as a UBL 2.1 document (what a PEPPOL access point would deliver)."""
    cur = invoice["currency"]
    vendor = invoice["vendor"]
    lines = []
    for line in invoice["lines"]:
        sku = f"<cac:SellersItemIdentification><cbc:ID>{escape(line['sku'])}</cbc:ID>" \
              "</cac:SellersItemIdentification>" if line.get("sku") else ""
        percent = text((Decimal(line["tax_rate"]) * 100).normalize())
        lines.append(
            f"<cac:InvoiceLine><cbc:ID>{line['line_no']}</cbc:ID>"
            f"<cbc:InvoicedQuantity unitCode=\"C62\">{line['quantity']}</cbc:InvoicedQuantity>"
            f"<cbc:LineExtensionAmount currencyID=\"{cur}\">{line['amount']}</cbc:LineExtensionAmount>"
            f"<cac:Item><cbc:Name>{escape(line['description'])}</cbc:Name>{sku}"
            f"<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>{percent}</cbc:Percent>"
            "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>"
            f"<cac:Price><cbc:PriceAmount currencyID=\"{cur}\">{line['unit_price']}</cbc:PriceAmount></cac:Price>"
            "</cac:InvoiceLine>")
    tax_id = f"<cac:PartyTaxScheme><cbc:CompanyID>{escape(vendor['tax_id'])}</cbc:CompanyID>" \
             "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>" if vendor.get("tax_id") else ""
    party_id = f"<cac:PartyIdentification><cbc:ID>{escape(vendor['vendor_id'])}</cbc:ID></cac:PartyIdentification>" \
        if vendor.get("vendor_id") else ""
    order = f"<cac:OrderReference><cbc:ID>{escape(invoice['po_number'])}</cbc:ID></cac:OrderReference>" \
        if invoice.get("po_number") else ""
    adjustments = "".join(
        "<cac:AllowanceCharge>"
        f"<cbc:ChargeIndicator>{'true' if a['kind'] == 'charge' else 'false'}</cbc:ChargeIndicator>"
        f"<cbc:AllowanceChargeReason>{escape(a.get('reason') or '')}</cbc:AllowanceChargeReason>"
        f"<cbc:Amount currencyID=\"{cur}\">{a['amount']}</cbc:Amount>"
        f"<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>{text((Decimal(a['tax_rate']) * 100).normalize())}"
        "</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:AllowanceCharge>"
        for a in invoice.get("adjustments", []))
    net = sum((signed(a) for a in invoice.get("adjustments", [])), Decimal("0"))
    tax_exclusive = text(Decimal(invoice["subtotal"]) + net)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
        "<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
        "</cbc:CustomizationID>"
        f"<cbc:ID>{escape(invoice['invoice_number'])}</cbc:ID><cbc:IssueDate>{invoice['issue_date']}</cbc:IssueDate>"
        f"<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>{cur}</cbc:DocumentCurrencyCode>"
        f"{order}<cac:AccountingSupplierParty><cac:Party>{party_id}"
        f"<cac:PartyName><cbc:Name>{escape(vendor['name'])}</cbc:Name></cac:PartyName>{tax_id}"
        f"<cac:PartyLegalEntity><cbc:RegistrationName>{escape(vendor['name'])}</cbc:RegistrationName>"
        "</cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>"
        f"{adjustments}"
        f"<cac:TaxTotal><cbc:TaxAmount currencyID=\"{cur}\">{invoice['tax_total']}</cbc:TaxAmount></cac:TaxTotal>"
        f"<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"{cur}\">{invoice['subtotal']}"
        f"</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID=\"{cur}\">{tax_exclusive}"
        f"</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID=\"{cur}\">{invoice['total']}"
        f"</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID=\"{cur}\">{invoice['total']}</cbc:PayableAmount>"
        f"</cac:LegalMonetaryTotal>{''.join(lines)}</Invoice>")


ALONE = {
    "PO_NOT_FOUND": ["po_missing"], "PO_CLOSED": ["po_closed"], "VENDOR_MISMATCH": ["vendor_mismatch"],
    "CURRENCY_MISMATCH": ["currency_mismatch"], "LINE_NOT_ON_PO": ["partial_billing", "extra_line"],
    "PRICE_VARIANCE": ["partial_billing", "price_over"], "QTY_EXCEEDS_ORDERED": ["partial_billing", "qty_over_ordered"],
    "QTY_EXCEEDS_RECEIVED": ["receipt_short"], "NOT_RECEIVED": ["not_received"],
    "TAX_RATE_MISMATCH": ["partial_billing", "tax_mismatch"], "ARITHMETIC_ERROR": ["arith_line"],
    "DUPLICATE_INVOICE": ["duplicate"], "OVERBILLED": ["freight_charge"],
}
COMBINED = [
    ["price_over", "receipt_short"], ["duplicate", "qty_over_ordered"], ["vendor_mismatch", "currency_mismatch"],
    ["po_closed", "price_over"], ["tax_mismatch", "arith_total"], ["extra_line", "not_received"],
    ["prior_billed_over", "price_over"], ["reword", "price_over"], ["reorder", "receipt_short", "tax_mismatch"],
    ["freight_charge", "arith_line"],
]
CLEAN_BUT_HARD = [
    ["reorder"], ["drop_skus"], ["reword"], ["reword", "reorder"], ["price_under"], ["price_edge"],
    ["arith_within"], ["prior_billed_ok"], ["name_only_vendor"], ["partial_billing"], ["early_discount"],
    ["partial_billing", "freight_charge"],
]


def make_case(rng: random.Random, index: int, kinds: list[str], group: str) -> dict[str, Any]:
    s = base_scenario(rng, index)
    for kind in kinds:
        perturb(rng, s, kind)
    if not kinds:
        s.tags.append("clean")
    expected = oracle(s)
    s.tags.append(group)
    inputs: dict[str, Any] = {"purchase_order": s.po, "goods_receipts": s.receipts, "history": s.history}
    if s.config:
        inputs["config"] = s.config
    if rng.random() < 0.15:
        inputs["ubl_xml"] = to_ubl(s.invoice)
        s.tags.append("ubl")
    else:
        inputs["invoice"] = copy.deepcopy(s.invoice)
    name = f"gen-{index:03d}-{'-'.join(kinds) or 'clean'}"
    return {"name": name, "inputs": inputs, "expected": expected, "tags": sorted(set(s.tags)), "origin": "generated"}


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """Designed groups first (each code alone, codes combined, clean but hard), then random mixes.

    A designed case is drawn again until the oracle gives what the group wants (e.g. exactly one code):
    the selection looks at the oracle, never at the matcher."""
    rng = random.Random(seed)
    cases: list[dict[str, Any]] = []

    def draw(kinds: list[str], group: str, accept) -> None:
        for _attempt in range(200):
            case = make_case(rng, len(cases) + 1, kinds, group)
            if accept(case["expected"]["exception_codes"]):
                cases.append(case)
                return
        raise RuntimeError(f"could not draw a {group} case for {kinds}")

    for code, kinds in ALONE.items():
        for _ in range(4):
            draw(kinds, "alone", lambda codes, code=code: codes == [code])
    for kinds in COMBINED:
        for _ in range(2):
            draw(kinds, "combined", lambda codes: len(codes) >= 2)
    for kinds in CLEAN_BUT_HARD:
        for _ in range(2):
            draw(kinds, "clean_hard", lambda codes: True)
    for _ in range(70):
        roll = rng.random()
        kinds = [] if roll < 0.2 else rng.sample(PERTURBATIONS, 1 if roll < 0.7 else 2)
        if "po_missing" in kinds:
            kinds = ["po_missing"]
        if {"vendor_mismatch", "name_only_vendor"} <= set(kinds):
            kinds = ["vendor_mismatch"]
        cases.append(make_case(rng, len(cases) + 1, kinds, "random"))
    return cases


def main() -> None:
    write_dataset(OUT, suite="invoice", version=2, script="evals/generators/invoice_cases.py", seed=SEED,
                  description="Three- and two-way invoice matching: generated scenarios with an independent oracle.",
                  cases=generate())

if __name__ == "__main__":
    main()
