"""Risk flags: the checks an internal auditor runs on every invoice, each with its evidence."""

from tools.risk.models import (
    BankAccountChange,
    PriorInvoice,
    RiskConfig,
    RiskContext,
    RiskFlag,
    VendorRecord,
)
from tools.risk.rules import RULES, check_invoice

__all__ = ["RULES", "BankAccountChange", "PriorInvoice", "RiskConfig", "RiskContext", "RiskFlag", "VendorRecord",
           "check_invoice"]
