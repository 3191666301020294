"""Running the service as real processes, for the tests that kill them and for the benchmarks that load them:
a free port, `python -m cli.main …` processes with their logs, and a scratch PostgreSQL database."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.engine import make_url

from core.signing import SIGNATURE_HEADER, sign
from storage.db import libpq_url

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def send_webhook(http: httpx.Client, secret: str, payload: dict[str, Any], source: str = "erp") -> httpx.Response:
    """Sign PAYLOAD with the source's secret and POST it to a running service, as an ERP would."""
    body = json.dumps(payload).encode()
    return http.post(f"/v1/webhooks/{source}", content=body,
                     headers={"Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body)})


class ServiceProcesses:
    """`digital-employee` commands as child processes, each logging to LOGS/NAME.log; stopped together."""

    def __init__(self, logs: Path, env: dict[str, str]) -> None:
        self.logs = logs
        self.env = env
        self.running: list[subprocess.Popen] = []

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 - the child writes to it until it ends
        process = subprocess.Popen([sys.executable, "-m", "cli.main", *args], env=self.env, stdout=log,
                                   stderr=log, cwd=ROOT)
        self.running.append(process)
        return process

    def stop_all(self) -> None:
        for process in self.running:
            if process.poll() is None:
                process.terminate()
        for process in self.running:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()


@contextmanager
def scratch_postgres_database(base: str, prefix: str = "de_test", template: str | None = None) -> Iterator[str]:
    """A fresh database on BASE's server for the block's duration, then dropped; yields its SQLAlchemy URL.
    `template`: a database to copy (one migrated already: a copy costs less than running the migrations)."""
    import psycopg

    url = make_url(base)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = libpq_url(base)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
