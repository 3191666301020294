"""Which tool a staff message needs, by rules in English and Chinese (the offline engine's routing)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Each run of whitespace can be matched one way only (`\s*` never follows `\s*`): with three optional runs in a
# row, "invoice" and 2,000 spaces took 14 s to refuse (cubic backtracking); now it is linear.
INVOICE = re.compile(r"(?:invoice|inv\.?|发票)\s*(?:(?:no\.|no\b|number\b|号|编号)\s*)?(?:[#:：]\s*)?"
                     r"(?P<n>[A-Za-z0-9][\w\-/]{1,99})", re.IGNORECASE)
CHECK = re.compile(r"\b(?:check|match|verify|review|reconcile)\b|核对|检查|匹配|审核", re.IGNORECASE)
VENDOR = re.compile(r"\b(?P<v>V-[\w-]{1,50})\b")
RISK = re.compile(r"\brisk|风险|舞弊|fraud", re.IGNORECASE)
RESUME = re.compile(r"\b(?:resume|cv|candidate|applicant)s?\b|简历|候选人|应聘", re.IGNORECASE)
HELP = re.compile(r"^\s*(?:hi|hello|hey|help|你好|您好|帮助)\W*$", re.IGNORECASE)


MAX_MESSAGE_CHARS = 2000  # a chat message is routed, searched and looked up by its first 2,000 characters


def processed_text(message: str) -> str:
    """The part of a message the chat reads: its first MAX_MESSAGE_CHARS characters (the API takes up to
    4,000, and the thread keeps them all)."""
    return message[:MAX_MESSAGE_CHARS]


@dataclass(frozen=True)
class Route:
    intent: str  # policy | invoice_check | vendor_risk | resume | help
    language: str
    invoice_number: str | None = None
    vendor_id: str | None = None


def route(message: str) -> Route:
    language = "zh" if _CJK.search(message) else "en"
    if HELP.match(message):
        return Route("help", language)
    invoice = INVOICE.search(message)
    if invoice and CHECK.search(message):
        return Route("invoice_check", language, invoice_number=invoice.group("n").rstrip(".,;，。"))
    if RISK.search(message):
        vendor = VENDOR.search(message)
        return Route("vendor_risk", language, vendor_id=vendor.group("v") if vendor else None)
    if RESUME.search(message):
        return Route("resume", language)
    return Route("policy", language)
