"""Which tool a staff message needs, by rules in English and Chinese (the offline engine's routing)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CJK = re.compile(r"[\u4e00-\u9fff]")
INVOICE = re.compile(r"(?:invoice|inv\.?|发票)\s*(?:(?:no\.|no\b|number\b)\s*|号|编号)?\s*[#:：]?\s*"
                     r"(?P<n>[A-Za-z0-9][\w\-/]{1,99})", re.IGNORECASE)
CHECK = re.compile(r"\b(?:check|match|verify|review|reconcile)\b|核对|检查|匹配|审核", re.IGNORECASE)
VENDOR = re.compile(r"\b(?P<v>V-[\w-]{1,50})\b")
RISK = re.compile(r"\brisk|风险|舞弊|fraud", re.IGNORECASE)
RESUME = re.compile(r"\b(?:resume|cv|candidate|applicant)s?\b|简历|候选人|应聘", re.IGNORECASE)
HELP = re.compile(r"^\s*(?:hi|hello|hey|help|你好|您好|帮助)\W*$", re.IGNORECASE)


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
