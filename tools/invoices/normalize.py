"""Normalisation of names, numbers and descriptions for comparison."""

from __future__ import annotations

import re
import unicodedata

_LEGAL_SUFFIXES = (
    "co ltd", "company limited", "limited", "ltd", "llc", "inc", "incorporated", "corp", "corporation",
    "gmbh", "ag", "sa", "sas", "bv", "nv", "plc", "pte", "oy", "ab", "as", "kg", "co", "company",
    "有限责任公司", "股份有限公司", "有限公司", "集团", "公司",
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def fold(text: str) -> str:
    """Unicode-compatible, case-folded, punctuation to single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def vendor_name_key(name: str) -> str:
    # Dots join rather than split: "B.V." is "BV", "S.A." is "SA", "Co., Ltd." is "Co Ltd".
    key = fold(unicodedata.normalize("NFKC", name).replace(".", ""))
    changed = True
    while changed:
        changed = False
        for suffix in _LEGAL_SUFFIXES:
            if key.endswith(" " + suffix) or (not suffix.isascii() and key.endswith(suffix) and key != suffix):
                key = key[: -len(suffix)].strip()
                changed = True
    return key.replace(" ", "")


def tax_id_key(tax_id: str) -> str:
    return re.sub(r"[\s\-./]", "", unicodedata.normalize("NFKC", tax_id)).upper()


def invoice_number_key(number: str) -> str:
    """Trimmed and case-insensitive, as the contract's DUPLICATE_INVOICE rule says."""
    return unicodedata.normalize("NFKC", number).strip().casefold()


def sku_key(sku: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", sku)).upper()
