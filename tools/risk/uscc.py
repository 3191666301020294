"""China's Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character."""

from __future__ import annotations

import re

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
SHAPE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")


def check_character(first17: str) -> str:
    total = sum(CHARSET.index(char) * weight for char, weight in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def looks_like_uscc(value: str) -> bool:
    """18 characters of the code's alphabet: what a Chinese tax id is meant to be."""
    return len(value.strip()) == 18 and value.strip().isalnum()


def validate(value: str) -> str | None:
    """None when valid, else the reason in words."""
    code = value.strip().upper()
    if len(code) != 18:
        return f"has {len(code)} characters, not 18"
    if not SHAPE.match(code):
        return "uses characters outside the code's alphabet or a non-numeric region code"
    expected = check_character(code[:17])
    if code[17] != expected:
        return f"check character is {code[17]}, GB 32100 gives {expected}"
    return None
