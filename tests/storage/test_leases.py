"""Leases: who holds a running task, renewal while it runs, and recovery when its worker is gone."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time

from sqlalchemy import select, update

from agent.worker import Worker, owner_gone_for, worker_identity
from core.settings import Settings
from storage import tasks
from storage.db import Database, upgrade
from storage.models import Task, TaskEvent, utcnow


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_identity_and_which_owners_are_known_to_be_gone() -> None:
    me = worker_identity()
    host, pid, nonce = me.rsplit(":", 2)
    assert host == socket.gethostname()[:80] and int(pid) == os.getpid() and len(nonce) == 8
    gone = owner_gone_for(me)
    assert gone(me) is False  # this process
    assert gone(f"{host}:{pid}:00000000") is True  # an earlier process with the same pid (a restarted container)
    assert gone(f"{host}:{_dead_pid()}:abcdef01") is True  # a stopped process on this host
    assert gone(f"{host}:{os.getppid()}:abcdef01") is False  # a live one
    assert gone(f"elsewhere:{_dead_pid()}:abcdef01") is False  # another host: only its lease can tell
    assert gone(None) is False and gone("garbage") is False


def test_renewal_recovery_and_events(database_url: str) -> None:
    upgrade(database_url)
    db = Database(database_url)
    me = worker_identity()
    host = me.rsplit(":", 2)[0]
    try:
        with db.session() as session:
            ids = [tasks.create(session, kind="invoice_review", domain="finance", source="t", requester=None,
                                input={}, actor="test").id for _ in range(4)]
        claimed = []
        owners = [me, f"{host}:{_dead_pid()}:abcdef01", "elsewhere:7:abcdef01", "elsewhere:8:abcdef01"]
        for owner in owners:
            with db.session() as session:
                task = tasks.claim_next(session, lease_seconds=60, owner=owner)
                assert task is not None and task.lease_owner == owner
                claimed.append((task.id, task.version))
        assert [c[0] for c in claimed] == ids
        # The remote worker with id 3 stopped renewing long ago; the one with id 4 is alive and renews.
        with db.session() as session:
            session.execute(update(Task).where(Task.id == ids[2]).values(lease_until=utcnow() - dt.timedelta(seconds=1)))
            session.execute(update(Task).where(Task.id == ids[3]).values(lease_until=utcnow() + dt.timedelta(seconds=1)))
            assert tasks.renew_lease(session, task_id=ids[3], version=claimed[3][1], lease_seconds=60) is True
            assert tasks.renew_lease(session, task_id=ids[3], version=claimed[3][1] - 1, lease_seconds=60) is False
        with db.session() as session:
            moved = tasks.requeue_abandoned(session, owner_gone=owner_gone_for(me))
        assert sorted(moved) == sorted([ids[1], ids[2]])
        with db.session() as session:
            rows = {t.id: t for t in session.scalars(select(Task))}
            assert [rows[i].status for i in ids] == ["running", "queued", "queued", "running"]
            assert rows[ids[3]].lease_until > utcnow() + dt.timedelta(seconds=50)
            assert rows[ids[1]].lease_owner is None
            events = {e.task_id: e.data for e in session.scalars(select(TaskEvent).where(TaskEvent.type == "recovered"))}
            assert events == {ids[1]: {"reason": "its worker stopped", "worker": owners[1]},
                              ids[2]: {"reason": "lease expired", "worker": owners[2]}}
            # A recovered task's old holder can no longer renew it (its version moved on).
            assert tasks.renew_lease(session, task_id=ids[1], version=claimed[1][1], lease_seconds=60) is False
    finally:
        db.dispose()


def test_the_worker_renews_the_lease_while_a_task_runs(database_url: str) -> None:
    """A task that runs longer than a third of its lease keeps it (a slow LLM call is not a dead worker)."""
    upgrade(database_url)
    db = Database(database_url)
    settings = Settings(database_url=database_url, task_lease_seconds=5)
    try:
        with db.session() as session:
            task_id = tasks.create(session, kind="invoice_review", domain="finance", source="t", requester=None,
                                   input={}, actor="test").id
        seen: list[dt.datetime] = []

        class SlowRunner:
            def advance(self, claimed: str) -> None:
                assert claimed == task_id
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:  # runs until the heartbeat has moved the lease
                    with db.session() as session:
                        lease = session.get(Task, task_id).lease_until
                    if seen and lease > seen[0]:
                        seen.append(lease)
                        return
                    if not seen:
                        seen.append(lease)
                    time.sleep(0.05)  # polling the database for the other thread's write

        worker = Worker(db=db, settings=settings, runner=SlowRunner(), deliver=lambda *_, **__: 0)  # type: ignore[arg-type]
        assert worker.run_once() is True
        assert len(seen) == 2 and seen[1] > seen[0]
        with db.session() as session:
            task = session.get(Task, task_id)
            assert task.status == "running" and task.lease_owner == worker.identity
    finally:
        db.dispose()
