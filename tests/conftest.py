from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from agent.worker import Worker
from api.app import create_app
from core.settings import Settings
from core.signing import SIGNATURE_HEADER, sign
from services.deliveries import deliver_due
from storage.db import upgrade

ADMIN_KEY = "test-admin-key-0123456789"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs DE_TEST_POSTGRES_URL")


@dataclass
class Harness:
    """An app on a fresh database, its worker driven by the test (no background threads)."""

    client: TestClient
    settings: Settings
    worker: Worker
    source: str
    source_secret: str
    keys: dict[str, str]

    @property
    def services(self) -> Any:
        return self.client.app.state.services  # type: ignore[attr-defined]

    def auth(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[who]}"}

    def webhook(self, payload: Any, *, source: str | None = None, secret: str | None = None,
                timestamp: int | None = None, raw: bytes | None = None, headers: dict[str, str] | None = None):
        body = raw if raw is not None else json.dumps(payload).encode()
        signature = sign(secret or self.source_secret, body, timestamp=timestamp)
        return self.client.post(f"/v1/webhooks/{source or self.source}", content=body,
                                headers={"Content-Type": "application/json", SIGNATURE_HEADER: signature,
                                         **(headers or {})})

    def drain(self, limit: int = 100) -> int:
        """Run queued tasks until none is left; returns how many ran."""
        ran = 0
        while ran < limit and self.worker.run_once():
            ran += 1
        return ran

    def task(self, task_id: str, who: str = "admin") -> dict[str, Any]:
        response = self.client.get(f"/v1/tasks/{task_id}", headers=self.auth(who))
        assert response.status_code == 200, response.text
        return response.json()

    def make_key(self, name: str, role: str, domains: list[str] | None = None) -> str:
        response = self.client.post("/v1/admin/keys", headers=self.auth("admin"),
                                    json={"name": name, "role": role, "domains": domains or []})
        assert response.status_code == 201, response.text
        self.keys[name] = response.json()["key"]
        return self.keys[name]


def make_settings(database_url: str, **overrides: Any) -> Settings:
    # Rate limits are off unless a test asks for them: tests set up with many calls from one key.
    # Callbacks go to receivers on loopback, so private targets are allowed unless a test says otherwise.
    values: dict[str, Any] = {"admin_key": ADMIN_KEY, "log_json": True, "log_level": "WARNING",
                              "rate_limit_per_minute": 0, "allow_private_callbacks": True, **overrides}
    return Settings(database_url=database_url, **values)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'de.db'}"


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database at the migrations' head, made once per test process: harnesses start from a copy
    (what the app's start-up would make of an empty file, without running every migration for each test)."""
    path = tmp_path_factory.mktemp("template") / "de.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def harness_factory(tmp_path: Path, migrated_sqlite: Path) -> Iterator[Any]:
    opened: list[TestClient] = []

    def build(database_url: str | None = None, **overrides: Any) -> Harness:
        if database_url is None:
            database_url = f"sqlite:///{tmp_path / f'de{len(opened)}.db'}"
            shutil.copyfile(migrated_sqlite, tmp_path / f"de{len(opened)}.db")
        settings = make_settings(database_url, **overrides)
        client = TestClient(create_app(settings, run_worker=False), raise_server_exceptions=False)
        client.__enter__()
        opened.append(client)
        services = client.app.state.services  # type: ignore[attr-defined]
        worker = Worker(db=services.db, settings=settings, runner=services.runner, deliver=deliver_due)
        harness = Harness(client=client, settings=settings, worker=worker, source="erp", source_secret="",
                          keys={"admin": ADMIN_KEY})
        created = client.post("/v1/admin/sources", headers=harness.auth("admin"), json={"name": "erp"})
        assert created.status_code == 201, created.text
        harness.source_secret = created.json()["secret"]
        harness.make_key("fiona", "reviewer", ["finance"])
        harness.make_key("gary", "reviewer", ["finance"])
        harness.make_key("harry", "reviewer", ["hr"])
        harness.make_key("sam", "staff")
        return harness

    yield build
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def h(request: pytest.FixtureRequest, harness_factory: Any) -> Harness:
    """The app on SQLite, and again on PostgreSQL when DE_TEST_POSTGRES_URL is set (skipped, saying so, if not)."""
    if request.param == "postgres":
        return harness_factory(request.getfixturevalue("migrated_postgres_url"))
    return harness_factory()


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A PostgreSQL database at the migrations' head, made once per test process and dropped at its end:
    the harness's databases are copies of it (CREATE DATABASE … TEMPLATE)."""
    base = os.environ.get("DE_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("DE_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped")
    from tests.processes import scratch_postgres_database

    with scratch_postgres_database(base, prefix="de_template") as url:
        upgrade(url)
        yield make_url(url).database


@pytest.fixture
def migrated_postgres_url(postgres_template: str) -> Iterator[str]:
    """A fresh PostgreSQL database at the migrations' head for one test (a copy of the template), dropped after."""
    from tests.processes import scratch_postgres_database

    with scratch_postgres_database(os.environ["DE_TEST_POSTGRES_URL"], template=postgres_template) as url:
        yield url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped after; skipped without DE_TEST_POSTGRES_URL."""
    base = os.environ.get("DE_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("DE_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped")
    from tests.processes import scratch_postgres_database

    with scratch_postgres_database(base) as url:
        yield url
