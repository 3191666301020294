"""One self-contained HTML file for people: tables, failures with expected and actual, inline SVG charts."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from jinja2 import Environment, select_autoescape

BAR_WIDTH = 360


def _ratio_metrics(metrics: dict[str, Any]) -> list[tuple[str, float]]:
    """Top-level metrics that are shares between 0 and 1, for the bar chart."""
    return [(key, float(value)) for key, value in metrics.items()
            if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
            and key not in ("errors", "unsafe_approvals", "decisions_without_review", "llm_calls", "k")]


def _pretty(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str)


def render(report: dict[str, Any]) -> str:
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["pretty"] = _pretty
    template = env.from_string(resources.files("evals").joinpath("report.html.j2").read_text(encoding="utf-8"))
    return template.render(report=report, ratio_metrics=_ratio_metrics, bar_width=BAR_WIDTH)
