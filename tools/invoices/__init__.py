"""Invoice matching: pure functions of documents, history and tolerances."""

from tools.invoices.match import match_invoice, pair_lines
from tools.invoices.models import (
    InvoiceHistory,
    MatchConfig,
    MatchException,
    MatchLine,
    MatchResult,
    PriorInvoice,
)

__all__ = [
    "InvoiceHistory",
    "MatchConfig",
    "MatchException",
    "MatchLine",
    "MatchResult",
    "PriorInvoice",
    "match_invoice",
    "pair_lines",
]
