"""The operations report as one self-contained HTML file (inline CSS and SVG, no script, no external asset), for
`digital-employee report operations --html F`: the dashboard's charts, to send by mail."""

from __future__ import annotations

from typing import Any

from api.ui import charts
from api.ui.i18n import translator
from api.ui.routes import HERE, templates


def render(report: dict[str, Any], *, lang: str = "en", base_url: str | None = None) -> str:
    """`base_url` (the service's address) turns the figures into links to the tasks behind them; without it the
    file has no links (a mailed file cannot reach a server it does not know)."""
    base = base_url.rstrip("/") if base_url else None
    template = templates.env.get_template("report.html.j2")
    return template.render(t=translator(lang), lang=lang, d=charts.dashboard(report, base=base),
                           css=(HERE / "static" / "dashboard.css").read_text(encoding="utf-8"),
                           generated_at=report["generated_at"])
