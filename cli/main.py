"""The `digital-employee` command."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from core.settings import get_settings

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="A digital employee for back-office teams, with a human reviewer on every decision.")
keys_app = typer.Typer(no_args_is_help=True, help="API keys.")
sources_app = typer.Typer(no_args_is_help=True, help="ERP sources that may call webhooks.")
webhook_app = typer.Typer(no_args_is_help=True, help="Send signed webhooks (for integrators and demos).")
db_app = typer.Typer(no_args_is_help=True, help="Database.")
report_app = typer.Typer(no_args_is_help=True, help="Reports.")
app.add_typer(keys_app, name="keys")
app.add_typer(sources_app, name="sources")
app.add_typer(webhook_app, name="webhook")
app.add_typer(db_app, name="db")
app.add_typer(report_app, name="report")
console = Console(stderr=True)


@app.callback()
def _configure() -> None:
    """Every command reads time from the one clock, started at DE_CLOCK_START when that is set."""
    from core.clock import Clock, set_clock

    set_clock(Clock.parse(get_settings().clock_start))


def _database():
    from storage.db import Database, upgrade

    settings = get_settings()
    upgrade(settings.database_url)
    return Database(settings.database_url)


@contextmanager
def _admin_session() -> Iterator[Any]:
    """A database session for one admin command: a refusal (DEError) prints its reason and exits 1."""
    from core.errors import DEError

    db = _database()
    try:
        with db.session() as session:
            yield session
    except DEError as exc:
        console.print(f"[red]{exc.detail}[/red]")
        raise typer.Exit(1) from None
    finally:
        db.dispose()


@app.command()
def serve(host: str = "127.0.0.1", port: int = 8000,
          no_worker: Annotated[bool, typer.Option("--no-worker", help="API only, no background worker")] = False,
          ) -> None:
    """Start the API, the web pages and the background worker in one process."""
    import uvicorn

    from api.app import create_app

    uvicorn.run(create_app(run_worker=not no_worker), host=host, port=port, log_config=None,
                access_log=False, proxy_headers=False)


@app.command()
def mcp(api_key: Annotated[str | None, typer.Option("--api-key", envvar="DE_API_KEY", show_envvar=True,
                                                    help="The API key the MCP client acts with (its role and "
                                                         "domains apply, as on the REST API)")] = None) -> None:
    """Serve MCP over stdio (for an MCP client that starts this command). Tasks it opens run in the `serve` or
    `worker` process on the same database."""
    import anyio

    from api.app import open_services
    from api.mcp import authenticate, build_mcp_server
    from api.metrics import Metrics
    from core.errors import DEError
    from core.logging import configure_logging

    settings = get_settings()
    configure_logging(level=settings.log_level, json_output=settings.log_json)  # on stderr: stdout is the protocol
    if not api_key:
        console.print("[red]digital-employee mcp: no API key; set DE_API_KEY or pass --api-key[/red]")
        raise typer.Exit(1)
    with open_services(settings, metrics=Metrics(), run_worker=False) as services:
        try:
            principal = authenticate(services, api_key)
        except DEError as exc:
            console.print(f"[red]digital-employee mcp: the API key was refused: {exc.detail}[/red]")
            raise typer.Exit(1) from None
        console.print(f"MCP over stdio as {principal.holder_id} ({principal.role})")
        anyio.run(build_mcp_server(lambda: services, stdio_key=api_key).run_stdio_async)


@app.command()
def worker() -> None:
    """Run only the background worker (tasks and callback deliveries)."""
    import signal
    import threading

    from agent.checkpoint import open_checkpointer
    from agent.runner import TaskRunner
    from agent.worker import Worker
    from core import tracing
    from core.logging import configure_logging
    from services.deliveries import deliver_due

    settings = get_settings()
    configure_logging(level=settings.log_level, json_output=settings.log_json)
    end_tracing = tracing.setup(settings)  # a no-op unless tracing is wanted
    db = _database()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with open_checkpointer(settings.database_url) as checkpointer:
        runner = TaskRunner(db=db, settings=settings, checkpointer=checkpointer)
        background = Worker(db=db, settings=settings, runner=runner, deliver=deliver_due)
        background.recover()
        background.start()
        console.print("[green]worker running[/green]; Ctrl-C stops it")
        stop.wait()
        background.stop()
    db.dispose()
    end_tracing()


@app.command("seed-demo")
def seed_demo(
    credentials: Annotated[Path, typer.Option(help="Where to write the demo keys and source secret")] = Path(
        "data/demo-credentials.json"),
) -> None:
    """Load demo vendors, POs, receipts and jobs, and create demo keys and a demo source (once)."""
    from cli.demo import seed

    db = _database()
    try:
        created = seed(db, credentials_path=credentials)
    finally:
        db.dispose()
    console.print(f"[green]demo data loaded[/green]: {created['counts']}")
    console.print(f"credentials in {credentials} (keep it private):")
    typer.echo(json.dumps(created["credentials"], indent=2))


@keys_app.command("create")
def keys_create(name: Annotated[str, typer.Option(help="Who holds the key (person or system)")],
                role: Annotated[str, typer.Option(help="staff, reviewer or admin")],
                domain: Annotated[list[str] | None, typer.Option(help="finance, hr, compliance")] = None,
                holder_id: Annotated[str | None, typer.Option(help="Add the key to this holder (a person's "
                                                              "second key); NAME is then the key's label")] = None,
                display_name: Annotated[str | None, typer.Option(help="The new holder's name as people read it")]
                = None) -> None:
    """Create an API key; prints the secret once. A name that normalises to an existing holder is refused
    unless --holder-id names that holder."""
    from storage import keys

    if role not in keys.ROLES:
        raise typer.BadParameter(f"role must be one of {', '.join(keys.ROLES)}")
    for item in domain or []:
        if item not in keys.DOMAINS:
            raise typer.BadParameter(f"domain must be one of {', '.join(keys.DOMAINS)}")
    with _admin_session() as session:
        row, secret = keys.create(session, name=name, role=role, domains=list(domain or []), holder_id=holder_id,
                                  display_name=display_name, channel="cli")
        typer.echo(json.dumps({"id": row.id, "name": row.name, "holder_id": row.holder_id, "role": row.role,
                               "domains": row.domains, "key": secret}, indent=2))


@keys_app.command("list")
def keys_list(holder_id: Annotated[str | None, typer.Option(help="Only this holder's keys")] = None) -> None:
    """List the keys with their holders (never a secret)."""
    from core.identity import holder_id_or_none
    from storage import keys

    db = _database()
    try:
        with db.session() as session:
            rows = keys.list_keys(session, holder_id=holder_id_or_none(holder_id) if holder_id else None)
            typer.echo(json.dumps([{"id": row.id, "name": row.name, "holder_id": holder.id, "holder_kind": holder.kind,
                                    "role": row.role, "domains": row.domains, "prefix": row.prefix,
                                    "created_at": row.created_at.isoformat(),
                                    "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None}
                                   for row, holder in rows], indent=2, ensure_ascii=False))
    finally:
        db.dispose()


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[str, typer.Argument(help="The key's id (see `keys list`)")]) -> None:
    """Revoke a key: refused from then on, its web sessions end. The last live admin key is kept."""
    from storage import keys

    with _admin_session() as session:
        keys.revoke(session, key_id=key_id, actor=None, channel="cli")
    console.print(f"[green]key {key_id} revoked[/green]")


@sources_app.command("create")
def sources_create(name: Annotated[str, typer.Option(help="The source's name, used in the webhook URL")],
                   callback_url: Annotated[str | None, typer.Option(help="Where final tasks are POSTed")] = None,
                   ) -> None:
    """Register an ERP source; prints its signing secret once."""
    from core import netguard
    from storage import sources

    if callback_url is not None:
        try:
            netguard.check_url(callback_url, allow_private=get_settings().allow_private_callbacks)
        except netguard.UnsafeURL as exc:
            console.print(f"[red]--callback-url: {exc.detail}[/red]")
            raise typer.Exit(2) from None
    with _admin_session() as session:
        row = sources.create(session, name=name, callback_url=callback_url, channel="cli")
        shown = netguard.redact(row.callback_url) if row.callback_url else None
        typer.echo(json.dumps({"name": row.name, "secret": row.secret, "callback_url": shown}, indent=2))


@sources_app.command("rotate")
def sources_rotate(name: Annotated[str, typer.Argument(help="The source's name")],
                   overlap_seconds: Annotated[int, typer.Option(min=0, max=7 * 86400, help="How long the old "
                                                                "secret still verifies webhooks")] = 86400) -> None:
    """A new signing secret for a source; prints it once. The old one is accepted during the overlap."""
    import datetime as dt

    from storage import sources

    with _admin_session() as session:
        row = sources.rotate(session, name=name, overlap=dt.timedelta(seconds=overlap_seconds), channel="cli")
        expires = row.previous_secret_expires_at
        typer.echo(json.dumps({"name": row.name, "secret": row.secret,
                               "previous_secret_expires_at": expires.isoformat() if expires else None}, indent=2))


@webhook_app.command("send")
def webhook_send(source: str, file: Path,
                 url: Annotated[str, typer.Option(help="The service's base URL")] = "http://127.0.0.1:8000",
                 secret: Annotated[str | None, typer.Option(envvar="DE_SOURCE_SECRET",
                                                            help="The source's secret (else read from the DB)")]
                 = None) -> None:
    """Sign FILE.json with the source's secret and POST it to /v1/webhooks/SOURCE."""
    import httpx

    from core.signing import SIGNATURE_HEADER, sign

    body = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    if secret is None:
        from storage import sources

        db = _database()
        with db.session() as session:
            row = sources.get(session, name=source)
            secret = row.secret if row else None
        db.dispose()
        if secret is None:
            console.print(f"[red]no source {source!r}; pass --secret or create it first[/red]")
            raise typer.Exit(2)
    response = httpx.post(f"{url.rstrip('/')}/v1/webhooks/{source}", content=body, timeout=30,
                          headers={"Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body)})
    typer.echo(f"{response.status_code} {response.text}")
    if response.status_code >= 400:
        raise typer.Exit(1)


@app.command("eval")
def run_evals(
    suite: Annotated[str | None, typer.Option(help="Comma-separated suites (default: all)")] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the machine-readable report here")] = None,
    report: Annotated[Path | None, typer.Option(help="Write the self-contained HTML report here")] = None,
    baseline: Annotated[Path | None, typer.Option(help="A previous --json file to compare against")] = None,
    llm: Annotated[str, typer.Option(help="offline or openai")] = "offline",
    compare: Annotated[Path | None, typer.Option(help="Another run's --json file (say the offline run beside an "
                                                 "LLM run): the reports put the two side by side")] = None,
    repeat: Annotated[int, typer.Option(min=1, max=20, help="Runs per agent case (pass^k)")] = 1,
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N cases of each suite (a quick trial; "
                                              "its figures are not the suite's)")] = None,
    datasets: Annotated[Path | None, typer.Option(help="Read datasets from this folder instead")] = None,
    today: Annotated[str | None, typer.Option(help="Run every suite on this day instead of each dataset's "
                                              "`today` (YYYY-MM-DD)")] = None,
    corpora: Annotated[Path | None, typer.Option(help="The shared corpora folder (policy-real reads its policy/ "
                                                 "documents; without it that suite is skipped). Env: "
                                                 "DE_EVAL_CORPORA")] = None,
) -> None:
    """Run the eval suites; exits non-zero when a suite falls under its threshold."""
    from evals.cli import run_eval_command

    code = run_eval_command(suite=suite, json_path=json_path, report=report, baseline=baseline, llm=llm,
                            repeat=repeat, datasets=datasets, console=console, today=today,
                            corpora=corpora, compare=compare, limit=limit)
    raise typer.Exit(code)


@app.command()
def purge(
    older_than: Annotated[str | None, typer.Option(help="Age after a task ended, e.g. 180d, 12h, 26w "
                                                   "(default: DE_RETENTION_DAYS)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count what would go; change nothing")] = False,
) -> None:
    """Remove candidates' personal data and old checkpoints; keep decisions and the audit trail."""
    import datetime as dt

    from rich.progress import Progress

    from agent.checkpoint import open_checkpointer
    from core.errors import DEError
    from services.retention import parse_age
    from services.retention import purge as run_purge

    settings = get_settings()
    try:
        age = parse_age(older_than) if older_than is not None else dt.timedelta(days=settings.retention_days)
    except DEError as exc:
        raise typer.BadParameter(exc.detail, param_hint="--older-than") from None
    db = _database()
    try:
        with open_checkpointer(settings.database_url) as checkpointer, Progress(console=console) as progress:
            bar = progress.add_task("purging" if not dry_run else "counting", total=None)
            report = run_purge(db, checkpointer, older_than=age, dry_run=dry_run,
                               progress=lambda n: progress.advance(bar, n))
    finally:
        db.dispose()
    verb = "would remove" if dry_run else "removed"
    console.print(f"[green]{verb}[/green] personal data of {report.candidates} candidates, "
                  f"{report.demographics} demographic records, the checkpoints of {report.task_checkpoints} tasks "
                  f"and {report.chat_threads} chat threads (tasks that ended before {report.cutoff})")
    typer.echo(json.dumps(report.as_dict()))


@report_app.command("operations")
def report_operations(
    start: Annotated[str | None, typer.Option("--from", help="First day (YYYY-MM-DD); default 30 days to --to")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day (YYYY-MM-DD), included; default today")] = None,
    kind: Annotated[str | None, typer.Option(help="Only this task kind")] = None,
    html: Annotated[Path | None, typer.Option(help="Write a self-contained HTML report here (to send by mail)")] = None,
    lang: Annotated[str, typer.Option(help="en or zh (the HTML report)")] = "en",
    base_url: Annotated[str | None, typer.Option(help="The service's URL: the HTML's figures link to their tasks")]
    = None,
) -> None:
    """The operations report (as GET /v1/reports/operations, all domains): JSON on stdout, or an HTML file."""
    import datetime as dt

    from core.errors import DEError
    from services import reports
    from storage.keys import Principal

    try:
        first = dt.date.fromisoformat(start) if start else None
        last = dt.date.fromisoformat(end) if end else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    if lang not in ("en", "zh"):
        raise typer.BadParameter("en or zh", param_hint="--lang")
    operator = Principal(key_id="cli", name="cli", role="admin", holder_id="cli")
    db = _database()
    try:
        report = reports.operations(db, operator, start=first, end=last, kind=kind)
    except DEError as exc:
        console.print(f"[red]{exc.detail}[/red]")
        raise typer.Exit(1) from None
    finally:
        db.dispose()
    if html is None:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    from api.ui.report_file import render

    html.write_text(render(report, lang=lang, base_url=base_url), encoding="utf-8")
    console.print(f"[green]wrote[/green] {html} ({report['from']} – {report['to']}, {report['volume']['total']} tasks)")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the database migrations."""
    from storage.db import upgrade

    upgrade(get_settings().database_url)
    console.print("[green]database at the latest revision[/green]")


if __name__ == "__main__":
    app()
