"""`digital-employee eval`: progress bars while suites run, a summary table, reports, an exit code."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from evals import report as html
from evals.core import DATASETS, DatasetError
from evals.runner import SUITES, run
from evals.suites.base import RunOptions

HEADLINE = {"invoice": ("status_accuracy", "code_f1", "unsafe_approvals"),
            "risk": ("precision", "recall", "forbidden_flags_raised"),
            "resume": ("field_accuracy_en", "field_accuracy_zh", "skill_recall", "protected_recall"),
            "policy": ("hit_at_3_en", "hit_at_3_zh", "abstention_accuracy"),
            "agent": ("pass_rate", "pass_hat_k", "decisions_without_review"),
            "policy-real": ("hit_at_3", "hit_at_3_zh", "hit_at_3_cross_lingual", "abstention_accuracy"),
            "policy-holdout": ("hit_at_3", "hit_at_3_zh", "hit_at_3_cross_lingual", "abstention_accuracy"),
            "resume-holdout": ("field_accuracy_en", "field_accuracy_zh", "name_accuracy", "years_within_half",
                               "skills_recall", "skills_precision", "protected_recall", "invariant_groups"),
            "resume-dev7": ("field_accuracy_en", "field_accuracy_zh", "name_accuracy", "years_within_half",
                            "skills_recall", "skills_precision", "protected_recall", "invariant_groups"),
            "resume-dev6": ("field_accuracy_en", "field_accuracy_zh", "name_accuracy", "years_within_half",
                            "skills_recall", "skills_precision", "protected_recall", "invariant_groups"),
            "resume-dev5": ("field_accuracy_en", "field_accuracy_zh", "name_accuracy", "years_within_half",
                            "skills_recall", "skills_precision", "protected_recall", "invariant_groups"),
            "resume-dev4": ("field_accuracy_en", "field_accuracy_zh", "name_accuracy", "years_within_half",
                            "skills_recall", "skills_precision", "protected_recall", "invariant_groups"),
            "resume-dev3": ("field_accuracy_en", "field_accuracy_zh", "name_accuracy", "years_within_half",
                            "skills_recall", "skills_precision", "protected_recall", "invariant_groups"),
            "resume-independent": ("field_accuracy_en", "field_accuracy_zh", "name_accuracy", "years_within_half",
                                   "skills_recall", "skills_precision", "protected_recall", "invariant_groups")}


def run_eval_command(*, suite: str | None, json_path: Path | None, report: Path | None, baseline: Path | None,
                     llm: str, repeat: int, datasets: Path | None, console: Console,
                     today: str | None = None, corpora: Path | None = None, compare: Path | None = None,
                     limit: int | None = None) -> int:
    names = [name.strip() for name in suite.split(",")] if suite else list(SUITES)
    unknown = [name for name in names if name not in SUITES]
    if unknown:
        console.print(f"[red]unknown suite(s): {', '.join(unknown)}; known: {', '.join(SUITES)}[/red]")
        return 2
    if llm not in ("offline", "openai"):
        console.print("[red]--llm is offline or openai[/red]")
        return 2
    if today is not None:
        try:
            dt.date.fromisoformat(today)
        except ValueError:
            console.print(f"[red]--today is a date such as 2026-11-26, not {today!r}[/red]")
            return 2
    previous = other = None
    try:
        previous = _read_report(baseline, "the baseline")
        other = _read_report(compare, "the run to compare with")
    except ValueError as exc:
        console.print(f"[red]{exc}[/red]")
        return 2
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=False) as progress:
        def on_start(name: str, total: int):
            task = progress.add_task(f"{name:>8}", total=total)
            return lambda: progress.advance(task)

        try:
            result = run(names, options=RunOptions(llm=llm, repeat=repeat, today=today, limit=limit,
                                                   corpora=str(corpora) if corpora else None), baseline=previous,
                         on_start=on_start, datasets=datasets or DATASETS)
        except DatasetError as exc:
            console.print(f"[red]bad dataset: {exc}[/red]")
            return 2
    if other is not None:
        result["compare"] = side_by_side(result, other)
        console.print(compare_table(result["compare"]))
    console.print(summary_table(result))
    for name, diff in (result.get("baseline") or {}).items():
        if diff.get("new_suite"):
            continue
        console.print(f"[bold]{name}[/bold] against the baseline: newly failing {diff['newly_failing'] or 'none'}, "
                      f"newly passing {diff['newly_passing'] or 'none'}")
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        console.print(f"JSON report: {json_path}")
    if report:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(html.render(result), encoding="utf-8")
        console.print(f"HTML report: {report}")
    return 0 if result["passed"] else 1


def _read_report(path: Path | None, what: str) -> dict[str, Any] | None:
    """An earlier run's --json file, or None without a path; a ValueError says why it cannot be read."""
    if path is None:
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read {what} {path}: {exc}") from None


LLM_FIGURES = ("calls", "used", "refused_by_checks", "prompt_tokens", "completion_tokens", "seconds")


def side_by_side(result: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """This run's headline metrics and LLM figures beside another run's, suite by suite (both ran it)."""
    rows = []
    for name, suite in result["suites"].items():
        theirs = (other.get("suites") or {}).get(name)
        if not theirs or suite.get("skipped") or theirs.get("skipped"):
            continue
        mine, them = suite["metrics"], theirs.get("metrics", {})
        for key in HEADLINE.get(name, ()):
            if key in mine or key in them:
                rows.append({"suite": name, "figure": key, "this": mine.get(key), "other": them.get(key)})
        for key in LLM_FIGURES:
            rows.append({"suite": name, "figure": f"llm {key}", "this": (mine.get("llm") or {}).get(key, 0),
                         "other": (them.get("llm") or {}).get(key, 0)})
        for side, figures in (("this", mine.get("llm") or {}), ("other", them.get("llm") or {})):
            for reason, n in sorted((figures.get("fallbacks") or {}).items()):
                rows.append({"suite": name, "figure": f"llm fallback: {reason}", side: n,
                             "other" if side == "this" else "this": None})
    return {"this": result.get("llm"), "other": other.get("llm"), "other_commit": other.get("commit"), "rows": rows}


def compare_table(compare: dict[str, Any]) -> Table:
    table = Table(title=f"Side by side: this run (llm {compare['this']}) and the other (llm {compare['other']})")
    for column in ("suite", "figure", f"this ({compare['this']})", f"other ({compare['other']})"):
        table.add_column(column)
    for row in compare["rows"]:
        table.add_row(row["suite"], row["figure"], str(row.get("this", "")), str(row.get("other", "")))
    return table


def summary_table(result: dict[str, Any]) -> Table:
    table = Table(title="Eval summary" + ("" if result["passed"] else " — FAILED"))
    for column in ("suite", "cases", "passed", "headline metrics", "gate"):
        table.add_column(column)
    for name, suite in result["suites"].items():
        metrics = suite["metrics"]
        headline = ", ".join(f"{key} {metrics[key]}" for key in HEADLINE.get(name, ()) if key in metrics)
        breaches = "; ".join(suite["threshold_breaches"])
        gate = "[green]pass[/green]" if suite["passed"] else f"[red]fail: {breaches}[/red]"
        if suite.get("skipped"):
            headline, gate = suite["skipped"], "[yellow]skipped[/yellow]"
        table.add_row(name, str(suite["cases"]), str(suite["cases_passed"]), headline, gate)
    return table
