"""Benford's law on first digits, with Nigrini's conformity bands for the mean absolute deviation (MAD)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal

EXPECTED = {d: math.log10(1 + 1 / d) for d in range(1, 10)}
# Nigrini (2012), first-digit test: MAD bands.
BANDS = ((0.006, "close conformity"), (0.012, "acceptable conformity"), (0.015, "marginally acceptable conformity"))


def first_digit(amount: Decimal) -> int | None:
    value = abs(amount)
    if value == 0:
        return None
    digits = value.as_tuple().digits
    return next((d for d in digits if d != 0), None)


def count_first_digits(amounts: Iterable[Decimal]) -> dict[int, int]:
    counts = dict.fromkeys(range(1, 10), 0)
    for amount in amounts:
        digit = first_digit(amount)
        if digit:
            counts[digit] += 1
    return counts


def conformity(mad: float) -> str:
    for limit, band in BANDS:
        if mad <= limit:
            return band
    return "nonconformity"


def table(counts: dict[int, int], *, min_n: int = 50) -> dict[str, object]:
    """Expected and actual shares per digit, the MAD and its band (none below `min_n`: too few to judge)."""
    total = sum(counts.get(d, 0) for d in range(1, 10))
    rows = []
    deviation = 0.0
    for digit in range(1, 10):
        actual = counts.get(digit, 0) / total if total else 0.0
        deviation += abs(actual - EXPECTED[digit])
        rows.append({"digit": digit, "count": counts.get(digit, 0), "expected": round(EXPECTED[digit], 4),
                     "actual": round(actual, 4)})
    mad = deviation / 9 if total else 0.0
    band = conformity(mad) if total >= min_n else f"too few invoices to judge (fewer than {min_n})"
    return {"n": total, "mad": round(mad, 5), "conformity": band, "digits": rows}
