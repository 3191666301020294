"""Concurrent workers claim every queued task exactly once (SQLite, and PostgreSQL with SKIP LOCKED)."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import select

from storage import tasks
from storage.db import Database, upgrade
from storage.models import Task


def _claim_all(url: str, *, workers: int = 4, count: int = 40) -> Counter[str]:
    upgrade(url)
    db = Database(url)
    try:
        with db.session() as session:
            created = {tasks.create(session, kind="invoice_review", domain="finance", source="t", requester=None,
                                    input={}, actor="test").id for _ in range(count)}
        claims: Counter[str] = Counter()
        lock = threading.Lock()
        start = threading.Barrier(workers)
        errors: list[BaseException] = []

        def work() -> None:
            try:
                start.wait()
                while True:
                    with db.session() as session:
                        task = tasks.claim_next(session, lease_seconds=60)
                        claimed = task.id if task is not None else None
                    if claimed is None:
                        with db.session() as session:
                            if not session.execute(select(Task.id).where(Task.status == "queued")).first():
                                return
                        continue
                    with lock:
                        claims[claimed] += 1
            except BaseException as exc:  # surfaced to the test below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not errors, errors
        assert set(claims) == created
        return claims
    finally:
        db.dispose()


def test_sqlite_claims_are_exactly_once(database_url: str) -> None:
    claims = _claim_all(database_url)
    assert len(claims) == 40 and set(claims.values()) == {1}


@pytest.mark.postgres
def test_postgres_claims_are_exactly_once(postgres_url: str) -> None:
    claims = _claim_all(postgres_url, workers=6, count=120)
    assert len(claims) == 120 and set(claims.values()) == {1}
