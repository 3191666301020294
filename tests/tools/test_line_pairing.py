"""Line pairing stays correct and its work stays bounded on large documents (security finding 2: 600 lines of
1,000 characters took 36 s, quadratic in lines and in characters). Work is counted, not timed."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

import tools.invoices.match as match_module
from tools.documents import InvoiceLine, POLine
from tools.invoices import pair_lines

ITEMS = ["office chair", "standing desk", "monitor arm", "usb-c dock", "laptop stand", "desk lamp", "whiteboard",
         "filing cabinet", "paper shredder", "label printer", "办公桌", "人体工学椅", "显示器支架", "文件柜", "碎纸机"]
COLOURS = ["black", "white", "grey", "oak", "walnut", "红色", "蓝色", "银色"]
BOILERPLATE = ("delivered to the main warehouse, dock 4, between 08:00 and 16:00; packaging to be taken back by the "
               "supplier; warranty as per the framework agreement; ") * 8


def catalogue(count: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(ITEMS)} {rng.choice(COLOURS)} model {rng.randint(100, 99999)}")
    return sorted(names)


def documents(count: int, long: bool) -> tuple[list[InvoiceLine], list[POLine], list[str]]:
    names = catalogue(count)
    tail = " " + BOILERPLATE if long else ""
    po = [POLine(line_no=i + 1, description=(name + tail)[:1000], quantity=Decimal(1 + i % 7),
                 unit_price=Decimal("12.50")) for i, name in enumerate(names)]
    order = list(range(count))
    random.Random(5).shuffle(order)
    invoice = [InvoiceLine(line_no=k + 1, description=(names[i].upper() + tail)[:1000], quantity=Decimal(1 + i % 7),
                           unit_price=Decimal("12.50")) for k, i in enumerate(order)]
    return invoice, po, [names[i] for i in order]


class Counter:
    """Counts the description comparisons the matcher makes and the longest text it compares."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.comparisons = 0
        self.longest = 0
        real_cdist, real_ratio, real_sort = (match_module.process.cdist, match_module.fuzz.ratio,
                                             match_module.fuzz.token_sort_ratio)

        def cdist(a, b, **kwargs):
            kwargs["scorer"] = getattr(kwargs["scorer"], "real", kwargs["scorer"])
            self.comparisons += len(a) * len(b)
            self.longest = max([self.longest, *map(len, a), *map(len, b)])
            return real_cdist(a, b, **kwargs)

        def single(real):
            def scorer(a, b, **kwargs):
                self.comparisons += 1
                self.longest = max(self.longest, len(a), len(b))
                return real(a, b, **kwargs)
            scorer.real = real
            return scorer

        monkeypatch.setattr(match_module.process, "cdist", cdist)
        monkeypatch.setattr(match_module.fuzz, "ratio", single(real_ratio))
        monkeypatch.setattr(match_module.fuzz, "token_sort_ratio", single(real_sort))


def correct(pairs, invoice, po, names) -> int:
    by_no = {line.line_no: line for line in po}
    return sum(1 for pair in pairs if pair.po_line is not None
               and by_no[pair.po_line.line_no].description.startswith(names[pair.invoice_index]))


def test_two_thousand_long_lines_pair_correctly_with_bounded_work(monkeypatch: pytest.MonkeyPatch) -> None:
    invoice, po, names = documents(2000, long=True)
    counter = Counter(monkeypatch)
    pairs = pair_lines(invoice, po)
    assert correct(pairs, invoice, po, names) == 2000
    # Every pair scored would be 4,000,000 comparisons (per scorer); each line keeps a dozen candidates.
    assert counter.comparisons <= 2 * 2 * 2000 * match_module.CANDIDATES
    assert counter.longest <= match_module.COMPARE_CHARS


def test_small_documents_score_every_pair_on_capped_text(monkeypatch: pytest.MonkeyPatch) -> None:
    invoice, po, names = documents(40, long=True)
    counter = Counter(monkeypatch)
    pairs = pair_lines(invoice, po)
    assert correct(pairs, invoice, po, names) == 40
    assert counter.comparisons == 2 * 40 * 40
    assert counter.longest <= match_module.COMPARE_CHARS


@pytest.mark.parametrize("count", [30, 700])
def test_the_pairing_does_not_depend_on_line_order(count: int) -> None:
    invoice, po, _ = documents(count, long=False)
    forward = {(p.invoice_index, p.po_line.line_no if p.po_line else None) for p in pair_lines(invoice, po)}
    backward_pairs = pair_lines(list(reversed(invoice)), list(reversed(po)))
    backward = {(count - 1 - p.invoice_index, p.po_line.line_no if p.po_line else None) for p in backward_pairs}
    assert forward == backward


def test_blocking_keeps_chinese_partners_found_by_character_pairs() -> None:
    names = [f"人体工学椅{colour}{n}型" for colour in ("红色", "蓝色", "银色") for n in range(200, 400)]
    po = [POLine(line_no=i + 1, description=name, quantity=Decimal(1), unit_price=Decimal(9)) for i, name in
          enumerate(names)]
    invoice = [InvoiceLine(line_no=i + 1, description=name.replace("型", " 型"), quantity=Decimal(1),
                           unit_price=Decimal(9)) for i, name in enumerate(reversed(names))]
    assert len(invoice) * len(po) > match_module.FULL_MATRIX_CELLS
    pairs = pair_lines(invoice, po)
    assert all(p.po_line is not None and p.po_line.description == names[len(names) - 1 - p.invoice_index]
               for p in pairs)
