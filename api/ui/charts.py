"""The operations dashboard's charts as data for server-rendered SVG (templates/dashboard_body.html.j2): bar
geometry computed here, markup and escaping in the template. No script, no build step; the same charts go into
the page at /ui/dashboard and the self-contained HTML report of `digital-employee report operations`."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

WIDTH = 340  # viewBox units, about the panel's width on a desktop, so the text stays legible; the SVG scales
ROW = 22


def _link(base: str | None, params: dict[str, Any]) -> str | None:
    """The task list behind a figure, or None when the report has no server to link to (a mailed report
    without --base-url)."""
    if base is None:
        return None
    return f"{base}/ui/dashboard/tasks?{urlencode({k: v for k, v in params.items() if v is not None})}"


def _pct(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.1f} %"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = int(seconds)
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def columns(items: list[dict[str, Any]], *, height: int = 140) -> dict[str, Any]:
    """Vertical bars, one per day: items {label, value, text, href}; value scaled to the largest (rates: 0..1)."""
    top = max((item["value"] or 0 for item in items), default=0) or 1
    step = WIDTH / max(1, len(items))
    bars = []
    for i, item in enumerate(items):
        h = (item["value"] or 0) / top * (height - 20)
        bars.append({**item, "x": round(i * step + step * 0.1, 1), "w": round(step * 0.8, 1),
                     "y": round(height - 16 - h, 1), "h": round(h, 1)})
    labels = [bars[0], bars[-1]] if len(bars) > 1 else bars
    return {"width": WIDTH, "height": height, "bars": bars, "labels": labels, "base": height - 16}


def rows(items: list[dict[str, Any]], *, label_width: int = 150) -> dict[str, Any]:
    """Horizontal bars: items {label, value, text, href}, longest first as given."""
    top = max((item["value"] or 0 for item in items), default=0) or 1
    span = WIDTH - label_width - 70
    out = [{**item, "y": i * ROW, "w": round(max(1.0, (item["value"] or 0) / top * span), 1)}
           for i, item in enumerate(items)]
    return {"width": WIDTH, "height": max(ROW, len(items) * ROW), "bars": out, "x": label_width,
            "text_x": label_width + span + 6}


def dashboard(report: dict[str, Any], *, base: str | None) -> dict[str, Any]:
    """Everything the dashboard template shows, with the link behind each figure."""
    period = {"from": report["from"], "to": report["to"], "kind": report.get("kind")}

    def link(**params: Any) -> str | None:
        return _link(base, {**period, **params})

    by_day: dict[str, int] = {}
    for item in report["volume"]["per_day"]:
        by_day[item["day"]] = by_day.get(item["day"], 0) + item["tasks"]
    volume = columns([{"label": day, "value": n, "text": f"{day}: {n}",
                       "href": _link(base, {"metric": "all", "from": day, "to": day, "kind": report.get("kind")})}
                      for day, n in sorted(by_day.items())])
    touchless = columns([{"label": d["day"], "value": d["rate"], "text": f"{d['day']}: {_pct(d['rate'])} "
                          f"({d['count']}/{d['of']})",
                          "href": _link(base, {"metric": "touchless", "from": d["day"], "to": d["day"]})}
                         for d in report["touchless"]["per_day"]])
    over = report["overrides"]
    overrides = columns([{"label": d["day"], "value": d["rate"], "text": f"{d['day']}: {_pct(d['rate'])} "
                          f"({d['count']}/{d['of']})",
                          "href": _link(base, {"metric": "override", "from": d["day"], "to": d["day"],
                                               "kind": report.get("kind")})}
                         for d in over["per_day"]])
    pareto = rows([{"label": f"{c['code']} ({c['type']})", "value": c["count"], "text": str(c["count"]),
                    "href": link(metric="code", code=c["code"], value=c["type"])}
                   for c in report["exceptions"]["pareto"][:12]])
    vendors = rows([{"label": f"{v['vendor']} · {v['code']}", "value": v["count"], "text": str(v["count"]),
                     "href": link(metric="vendor", value=v["vendor"], code=v["code"])}
                    for v in report["exceptions"]["by_vendor"][:10]])
    time = report["decision_time"]
    previous = 0
    histogram = []
    for bucket in time["buckets"]:
        label = f"≤ {_duration(bucket['le_seconds'])}" if bucket["le_seconds"] else "> 7.0 d"
        histogram.append({"label": label, "value": bucket["count"] - previous, "text": str(bucket["count"] - previous),
                          "href": None})
        previous = bucket["count"]
    by_code = rows([{"label": f"{c['code']} ({c['type']})", "value": c["rate"],
                     "text": f"{_pct(c['rate'])} ({c['count']}/{c['of']})",
                     "href": link(metric="code", code=c["code"], value=c["type"])} for c in over["by_code"][:10]])
    by_reviewer = rows([{"label": r["reviewer"] or "–", "value": r["rate"],
                         "text": f"{_pct(r['rate'])} ({r['count']}/{r['of']})",
                         "href": link(metric="reviewer", value=r["reviewer"])} for r in over["by_reviewer"][:10]])
    by_type = rows([{"label": name, "value": count, "text": str(count), "href": link(metric="override", value=name)}
                    for name, count in over["by_type"].items()])
    candidates = None
    if report.get("candidates") is not None:
        candidates = {
            "funnel": report["candidates"]["funnel"][:10],
            "scores": columns([{"label": f"{s['from']}", "value": s["count"],
                                "text": f"{s['from']}–{s['to']}: {s['count']}", "href": None}
                               for s in report["candidates"]["scores"]], height=110),
        }
    return {
        "period": period, "link": link,
        "kpis": [
            {"name": "Tasks", "value": str(report["volume"]["total"]), "href": link(metric="all")},
            {"name": "Touchless rate", "value": _pct(report["touchless"]["total"]["rate"]),
             "detail": f"{report['touchless']['total']['count']}/{report['touchless']['total']['of']}",
             "href": link(metric="touchless")},
            {"name": "Override rate", "value": _pct(over["total"]["rate"]),
             "detail": f"{over['total']['count']}/{over['total']['of']}", "href": link(metric="override")},
            {"name": "Median decision time", "value": _duration(time["total"]["median_seconds"]),
             "detail": f"p90 {_duration(time['total']['p90_seconds'])}", "href": None},
            {"name": "SLA breaches", "value": str(sum(s["breached"] for s in time["sla"])),
             "detail": f"/ {sum(s['reviews'] for s in time['sla'])}", "href": link(metric="breached")},
        ],
        "volume": volume, "by_kind": report["volume"]["by_kind"], "by_source": report["volume"]["by_source"],
        "touchless": touchless, "overrides": overrides, "pareto": pareto, "vendors": vendors,
        "histogram": rows(histogram, label_width=70), "sla": time["sla"], "by_code": by_code,
        "by_reviewer": by_reviewer, "by_type": by_type, "examples": over["examples"],
        "candidates": candidates, "questions": report.get("policy_questions"),
        "task_link": (lambda task_id: f"{base}/ui/tasks/{task_id}") if base is not None else (lambda task_id: None),
        "duration": _duration, "pct": _pct,
    }
