"""Tool configurations from the settings: one place, used by the graphs and the tool endpoints alike."""

from __future__ import annotations

from core.settings import Settings
from tools.invoices.models import MatchConfig
from tools.resumes.pdf_limits import MB, PdfLimits
from tools.risk.models import RiskConfig


def match_config(settings: Settings) -> MatchConfig:
    return MatchConfig(price_tolerance_pct=settings.price_tolerance_pct,
                       price_tolerance_abs=settings.price_tolerance_abs,
                       amount_tolerance=settings.amount_tolerance)


def risk_config(settings: Settings) -> RiskConfig:
    return RiskConfig(approval_threshold=settings.risk_approval_threshold, high_value=settings.risk_high_value)


def pdf_limits(settings: Settings, *, policy: bool = False) -> PdfLimits:
    """The limits for reading a resume PDF, or with `policy` a policy PDF (more pages, so more time)."""
    return PdfLimits(max_page_points=settings.pdf_max_page_points, max_stream_bytes=settings.pdf_max_stream_mb * MB,
                     max_decoded_bytes=settings.pdf_max_decoded_mb * MB, max_objects=settings.pdf_max_objects,
                     max_chars=settings.pdf_max_chars, memory_mb=settings.pdf_memory_mb,
                     seconds=settings.pdf_policy_seconds if policy else settings.pdf_seconds,
                     max_parallel=settings.pdf_max_parallel, isolated=settings.pdf_isolated)
