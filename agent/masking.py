"""Personal data is masked before any text leaves the process for an LLM endpoint, and restored in the reply.

Masked: emails; phone numbers; China resident ID numbers (18 characters, GB 11643 check digit); bank
accounts (IBANs and long digit runs); and names the caller knows (a candidate's, a reviewer's). Each value
becomes a placeholder such as [EMAIL_1]; the same value gets the same placeholder within one Masker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
                         r"(?![0-9A-Za-z])")
IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?![A-Za-z0-9])")
LONG_DIGITS = re.compile(r"(?<![\d.])\d(?:[ -]?\d){11,22}(?!\d)(?!\.\d)")  # a sentence's full stop may follow
PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)[\s-]?)?\d{2,4}(?:[\s-]\d{2,4}){1,3}(?![\w.])"
                   r"|(?<![\d.])1[3-9]\d{9}(?!\d)")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id_valid(value: str) -> bool:
    total = sum(int(d) * w for d, w in zip(value[:17], _WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17].upper()


def _phone_like(value: str) -> bool:
    """Seven digits or more, and not a date (2026-10-31) or a year range."""
    if sum(ch.isdigit() for ch in value) < 7:
        return False
    return not re.fullmatch(r"(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])", value.strip())


@dataclass
class Masker:
    names: list[str] = field(default_factory=list)
    _by_value: dict[str, str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def _token(self, kind: str, value: str) -> str:
        if value not in self._by_value:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            self._by_value[value] = f"[{kind}_{self._counts[kind]}]"
        return self._by_value[value]

    def mask(self, text: str) -> str:
        for name in sorted({n for n in self.names if n and len(n.strip()) >= 2}, key=len, reverse=True):
            text = text.replace(name, self._token("NAME", name))
        text = EMAIL.sub(lambda m: self._token("EMAIL", m.group(0)), text)
        text = RESIDENT_ID.sub(lambda m: self._token("ID", m.group(0)) if resident_id_valid(m.group(0))
                               else m.group(0), text)
        text = IBAN.sub(lambda m: self._token("ACCOUNT", m.group(0)), text)
        text = LONG_DIGITS.sub(lambda m: self._token("ACCOUNT", m.group(0)), text)
        return PHONE.sub(lambda m: self._token("PHONE", m.group(0)) if _phone_like(m.group(0)) else m.group(0), text)

    def unmask(self, text: str) -> str:
        for value, token in sorted(self._by_value.items(), key=lambda item: -len(item[1])):
            text = text.replace(token, value)
        return text

    @property
    def masked_values(self) -> list[str]:
        return list(self._by_value)
