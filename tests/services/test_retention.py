"""`purge`: candidates' personal data and old checkpoints go; decisions, scores and the audit trail stay."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from core.errors import Unprocessable
from services.retention import parse_age, purge
from storage.models import Candidate, CandidateDemographics, Task, TaskEvent, utcnow
from tests import factories as f
from tests.api.test_candidates import JOB, apply
from tests.conftest import Harness
from tests.tools.test_resumes import EN

DAYS_180 = dt.timedelta(days=180)


def test_ages() -> None:
    assert parse_age("180d") == DAYS_180 and parse_age("180") == DAYS_180
    assert parse_age("12h") == dt.timedelta(hours=12) and parse_age("26w") == dt.timedelta(weeks=26)
    for bad in ("", "0d", "-3d", "3y", "1e9", "180 days"):
        with pytest.raises(Unprocessable):
            parse_age(bad)


def _setup(h: Harness) -> dict[str, str]:
    h.webhook(f.event("job.upserted", JOB))
    h.webhook(f.event("purchase_order.upserted", f.po()))
    decided = apply(h, {"text": EN}, {"gender": "female"}, ref="C-77").json()["task_id"]
    waiting = apply(h, {"text": EN}, {"gender": "male"}, ref="C-78").json()["task_id"]
    invoice = h.webhook(f.event("invoice.received", {"invoice": f.invoice("INV-1")})).json()["task_id"]
    assert h.drain() == 3
    for task_id in (decided, invoice):
        version = h.task(task_id)["version"]
        who = "harry" if task_id == decided else "fiona"
        response = h.client.post(f"/v1/tasks/{task_id}/resume", headers=h.auth(who),
                                 json={"decision": "approve", "version": version, "comment": "looks right"})
        assert response.status_code == 200, response.text
    chat = h.client.post("/v1/chat", headers=h.auth("sam"), json={"message": "hotel limit in Shanghai?"}).json()
    return {"decided": decided, "waiting": waiting, "invoice": invoice, "chat": chat["thread_id"]}


def test_purge_removes_personal_data_and_keeps_the_decisions(h: Harness) -> None:
    _check_purge(h)


@pytest.mark.postgres
def test_purge_on_postgres(harness_factory, postgres_url: str) -> None:
    _check_purge(harness_factory(postgres_url))


def _check_purge(h: Harness) -> None:
    ids = _setup(h)
    services = h.services
    checkpointer = services.runner.checkpointer
    before = {key: h.task(ids[key]) for key in ("decided", "waiting", "invoice")}
    personal = ("Jane", "jane.smith@example.com", "4155550132", "C-77", "Built pipelines", "Acme Analytics")
    assert all(value in json.dumps(before["decided"]) for value in personal)

    # Nothing has ended 180 days ago yet.
    assert purge(services.db, checkpointer, older_than=DAYS_180).tasks == 0
    later = utcnow() + dt.timedelta(days=181)
    dry = purge(services.db, checkpointer, older_than=DAYS_180, now=later, dry_run=True)
    assert (dry.tasks, dry.candidates, dry.demographics, dry.task_checkpoints, dry.chat_threads) == (2, 1, 1, 2, 1)
    assert h.task(ids["decided"]) == before["decided"]  # a dry run changes nothing

    report = purge(services.db, checkpointer, older_than=DAYS_180, now=later)
    assert (report.tasks, report.candidates, report.demographics, report.task_checkpoints, report.chat_threads) == (
        2, 1, 1, 2, 1)
    assert sorted(report.task_ids) == sorted([ids["decided"], ids["invoice"]])

    after = h.task(ids["decided"])
    assert not [value for value in personal if value in json.dumps(after)]
    assert "resume" not in after["result"] and "candidate_ref" not in after["result"]
    assert all(item["excerpt"] is None for item in after["result"]["match"]["evidence"])
    # What stays: status, proposal, score and its parts, the decision with comment and reviewer, every event.
    assert after["status"] == "approved" and after["proposal"] == before["decided"]["proposal"]
    assert after["result"]["match"]["parts"] == before["decided"]["result"]["match"]["parts"]
    assert after["review"] == before["decided"]["review"] and after["review"]["comment"] == "looks right"
    assert after["events"][:-1] == before["decided"]["events"]
    assert after["events"][-1]["type"] == "purged" and "demographics" in after["events"][-1]["data"]["removed"]
    # No personal data was ever in the event log to begin with: the resume's lines are not in any event.
    assert not [value for value in personal if value in json.dumps(before["decided"]["events"])]
    with services.db.session() as session:
        row = session.get(Candidate, ids["decided"])
        assert row.candidate_ref is None and row.score == before["decided"]["proposal"]["score"]
        assert row.outcome == "advance"
        assert [d.task_id for d in session.scalars(select(CandidateDemographics))] == [ids["waiting"]]
        row_task = session.get(Task, ids["decided"])
        assert row_task.purged_at is not None and row_task.input == {"job_id": "JOB-DE"}
        assert not [value for value in personal if value in json.dumps(row_task.result)]
        assert "Jane" in json.dumps(session.get(Task, ids["waiting"]).input)
    assert checkpointer.get_tuple({"configurable": {"thread_id": ids["decided"]}}) is None
    assert checkpointer.get_tuple({"configurable": {"thread_id": ids["waiting"]}}) is not None

    # An invoice keeps its document (a business record); only its checkpoints go.
    invoice = h.task(ids["invoice"])
    assert invoice["result"] == before["invoice"]["result"] and invoice["status"] == "approved"
    with services.db.session() as session:
        assert session.get(Task, ids["invoice"]).input["invoice"]["invoice_number"] == "INV-1"
    assert invoice["events"][-1]["data"]["removed"] == ["checkpoints"]
    # A task still waiting for its reviewer is untouched, whatever its age.
    assert h.task(ids["waiting"]) == before["waiting"]
    # The old chat thread is gone.
    assert h.client.get(f"/v1/chat/threads/{ids['chat']}", headers=h.auth("sam")).status_code == 404
    # The pages still render the purged task; the adverse-impact report still counts it by outcome.
    page = h.client.get(f"/v1/tasks/{ids['decided']}", headers=h.auth("harry"))
    assert page.status_code == 200
    # Running again finds nothing new.
    again = purge(services.db, checkpointer, older_than=DAYS_180, now=later)
    assert (again.tasks, again.chat_threads) == (0, 0)
    with services.db.session() as session:
        assert session.scalar(select(TaskEvent.id).where(TaskEvent.type == "purged").order_by(TaskEvent.id.desc()))


def test_the_command(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.main import app
    from core.settings import get_settings

    monkeypatch.setenv("DE_DATABASE_URL", h.settings.database_url)
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        bad = runner.invoke(app, ["purge", "--older-than", "six months"])
        assert bad.exit_code == 2 and "older-than" in bad.output
        ok = runner.invoke(app, ["purge", "--dry-run"])
        assert ok.exit_code == 0, ok.output
        assert json.loads(ok.stdout.strip().splitlines()[-1])["dry_run"] is True
        done = runner.invoke(app, ["purge", "--older-than", "1h"])
        assert json.loads(done.stdout.strip().splitlines()[-1])["tasks"] == 0
    finally:
        get_settings.cache_clear()
