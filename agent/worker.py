"""The in-process background worker: claims queued tasks and sends due callbacks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx

from agent.delivery import deliver_due
from agent.runner import TaskRunner
from core.logging import get_logger
from core.settings import Settings
from storage import tasks
from storage.db import Database
from storage.models import Task

log = get_logger("agent.worker")


class Worker:
    def __init__(self, *, db: Database, settings: Settings, runner: TaskRunner,
                 task_view: Callable[[Any, Task], dict[str, Any]]) -> None:
        self.db = db
        self.settings = settings
        self.runner = runner
        self.task_view = task_view
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def recover(self, *, all_running: bool) -> list[str]:
        """Put back tasks a stopped process left `running`; queued ones are simply picked up."""
        with self.db.session() as session:
            moved = tasks.requeue_abandoned(session, all_running=all_running)
        if moved:
            log.info("tasks_recovered", count=len(moved))
        return moved

    def start(self) -> None:
        for index in range(self.settings.worker_threads):
            thread = threading.Thread(target=self._run_tasks, name=f"de-worker-{index}", daemon=True)
            thread.start()
            self._threads.append(thread)
        thread = threading.Thread(target=self._run_deliveries, name="de-deliveries", daemon=True)
        thread.start()
        self._threads.append(thread)

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
            task = tasks.claim_next(session, lease_seconds=self.settings.task_lease_seconds)
            task_id = task.id if task else None
        if task_id is None:
            return False
        self.runner.advance(task_id)
        return True

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
        with httpx.Client(follow_redirects=False) as client:
            while not self._stop.is_set():
                try:
                    deliver_due(self.db, self.settings, task_view=self.task_view, client=client)
                    self.escalate()
                except Exception:
                    log.exception("delivery_error")
                self._stop.wait(min(self.settings.worker_poll_seconds, 1.0))
