"""Tool configurations from the settings: one place, used by the graphs and the tool endpoints alike."""

from __future__ import annotations

from core.settings import Settings
from tools.invoices.models import MatchConfig
from tools.risk.models import RiskConfig


def match_config(settings: Settings) -> MatchConfig:
    return MatchConfig(price_tolerance_pct=settings.price_tolerance_pct,
                       price_tolerance_abs=settings.price_tolerance_abs,
                       amount_tolerance=settings.amount_tolerance)


def risk_config(settings: Settings) -> RiskConfig:
    return RiskConfig(approval_threshold=settings.risk_approval_threshold, high_value=settings.risk_high_value)
