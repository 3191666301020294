"""The in-process background worker: claims queued tasks and sends due callbacks (through the delivery service
it is given: services/deliveries.py)."""

from __future__ import annotations

import os
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

import httpx

from agent.runner import TaskRunner
from core import netguard
from core.logging import get_logger
from core.settings import Settings
from storage import tasks
from storage.db import Database, libpq_url

log = get_logger("agent.worker")


def worker_identity() -> str:
    """host:pid:nonce. The nonce tells this process from an earlier one with the same pid (a restarted container)."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{secrets.token_hex(4)}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def owner_gone_for(me: str) -> Callable[[str | None], bool]:
    """A predicate: is the worker that holds a lease certainly gone? Only answerable for workers on this host;
    for the others the lease's expiry decides."""
    host, pid, _ = me.rsplit(":", 2)

    def owner_gone(owner: str | None) -> bool:
        if owner is None or owner == me:
            return False
        try:
            their_host, their_pid, _ = owner.rsplit(":", 2)
            number = int(their_pid)
        except ValueError:
            return False
        if their_host != host:
            return False
        return their_pid == pid or not _pid_alive(number)

    return owner_gone


class Deliver(Protocol):
    """Sends the callbacks that are due through `client`; returns how many were attempted."""

    def __call__(self, db: Database, settings: Settings, *, client: httpx.Client) -> int: ...


class Worker:
    def __init__(self, *, db: Database, settings: Settings, runner: TaskRunner, deliver: Deliver) -> None:
        self.db = db
        self.settings = settings
        self.runner = runner
        self.deliver = deliver
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.identity = worker_identity()
        self._owner_gone = owner_gone_for(self.identity)

    def recover(self) -> list[str]:
        """Put back `running` tasks whose worker is gone: a stopped process on this host, or an expired lease
        (a worker elsewhere that died). Queued tasks are simply picked up. Safe to call from any process."""
        with self.db.session() as session:
            moved = tasks.requeue_abandoned(session, owner_gone=self._owner_gone)
        if moved:
            log.warning("tasks_recovered", count=len(moved), task_ids=moved)
            self._wake.set()
        return moved

    def start(self) -> None:
        for index in range(self.settings.worker_threads):
            thread = threading.Thread(target=self._run_tasks, name=f"de-worker-{index}", daemon=True)
            thread.start()
            self._threads.append(thread)
        thread = threading.Thread(target=self._run_deliveries, name="de-deliveries", daemon=True)
        thread.start()
        self._threads.append(thread)
        if self.db.engine.dialect.name == "postgresql":
            thread = threading.Thread(target=self._listen, name="de-listen", daemon=True)
            thread.start()
            self._threads.append(thread)

    def _listen(self) -> None:
        """LISTEN for tasks queued by other processes (API-only ones), so they start at once, not at the next
        poll. Polling stays as the fallback: a lost notification only delays a task."""
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(libpq_url(self.db.url), autocommit=True) as conn:
                    conn.execute(f"LISTEN {tasks.NOTIFY_CHANNEL}")
                    self._wake.set()  # anything queued while we were not listening
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=1.0):
                            self._wake.set()
            except Exception:
                log.exception("listen_failed")
                self._stop.wait(5)

    def notify(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)

    def run_once(self) -> bool:
        """Claim and advance one queued task. True if there was one."""
        with self.db.session() as session:
            task = tasks.claim_next(session, lease_seconds=self.settings.task_lease_seconds, owner=self.identity)
            claimed = (task.id, task.version) if task else None
        if claimed is None:
            return False
        with self._heartbeat(*claimed):
            self.runner.advance(claimed[0])
        return True

    @contextmanager
    def _heartbeat(self, task_id: str, version: int) -> Iterator[None]:
        """Renew the lease every third of its length while the task runs (a slow LLM call must not look dead)."""
        done = threading.Event()
        every = self.settings.task_lease_seconds / 3

        def beat() -> None:
            while not done.wait(every):
                try:
                    with self.db.session() as session:
                        held = tasks.renew_lease(session, task_id=task_id, version=version,
                                                 lease_seconds=self.settings.task_lease_seconds)
                except Exception:
                    log.exception("lease_renewal_failed", task_id=task_id)
                    continue
                if not held:
                    return  # the task moved on (finished, or paused) or was recovered by another worker

        thread = threading.Thread(target=beat, name=f"de-lease-{task_id[:8]}", daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join(5)

    def _run_tasks(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()  # cleared before looking, so a notify during the look is not lost
            try:
                if self.run_once():
                    continue
            except Exception:
                log.exception("worker_error")
            self._wake.wait(self.settings.worker_poll_seconds)

    def escalate(self) -> list[str]:
        with self.db.session() as session:
            raised = tasks.escalate_overdue(session)
        if raised:
            log.warning("reviews_escalated", count=len(raised))
        return raised

    def _run_deliveries(self) -> None:
        recover_every = max(1.0, self.settings.task_lease_seconds / 5)
        last_recovery = time.monotonic()
        with netguard.guarded_client(allow_private=self.settings.allow_private_callbacks) as client:
            while not self._stop.is_set():
                try:
                    self.deliver(self.db, self.settings, client=client)
                    self.escalate()
                    if time.monotonic() - last_recovery >= recover_every:
                        last_recovery = time.monotonic()
                        self.recover()
                except Exception:
                    log.exception("delivery_error")
                self._stop.wait(min(self.settings.worker_poll_seconds, 1.0))
