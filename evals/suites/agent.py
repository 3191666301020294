"""The `agent` suite: whole tasks through the service, in process, with a simulated reviewer.

Each run of a case gets a fresh database and app. The case passes when the task paused before any final
decision, the proposal is the expected one, refused attempts (wrong domain, staff, four eyes, stale version,
invalid edits) were refused and changed nothing, and the reviewer's decision ended the task as expected,
recorded exactly once. Across all runs it also counts decisions taken without a review (must be 0).
"""

from __future__ import annotations

import copy
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from agent.worker import Worker
from api.app import create_app
from core.settings import Settings
from core.signing import SIGNATURE_HEADER, sign
from evals import metrics as m
from evals.core import DATASETS, Case, CaseResult, load_suite_datasets
from evals.generators.invoice_cases import refresh_totals, to_ubl
from evals.suites.agent_chains import run_chain_case
from evals.suites.base import RunOptions, SuiteOutcome
from services.deliveries import deliver_due
from storage import tasks

ADMIN = "eval-admin-key-000000000000000000"
PEOPLE = {"reviewer": ("fiona", "reviewer", ["finance"]), "hr_reviewer": ("harry", "reviewer", ["hr"]),
          "staff": ("sam", "staff", []), "po_requester": ("rita", "reviewer", ["finance"]),
          "source": ("erp", "reviewer", ["finance"])}


class Service:
    """One app on a fresh SQLite file, its worker driven by the suite."""

    def __init__(self, directory: Path, llm: str) -> None:
        settings = Settings(database_url=f"sqlite:///{directory / 'de.db'}", admin_key=ADMIN, llm=llm,
                            log_level="ERROR", rate_limit_per_minute=0)
        self.client = TestClient(create_app(settings, run_worker=False), raise_server_exceptions=False)
        self.client.__enter__()
        services = self.client.app.state.services  # type: ignore[attr-defined]
        self.worker = Worker(db=services.db, settings=settings, runner=services.runner, deliver=deliver_due)
        admin = {"Authorization": f"Bearer {ADMIN}"}
        self.secret = self.client.post("/v1/admin/sources", headers=admin, json={"name": "erp"}).json()["secret"]
        self.keys = {}
        for role_name, (name, role, domains) in PEOPLE.items():
            body: dict[str, Any] = {"name": name, "role": role, "domains": domains}
            if role_name == "source":  # a key of the source's own holder (a key merely named "erp" is refused)
                body |= {"name": "erp integration", "holder_id": name}
            created = self.client.post("/v1/admin/keys", headers=admin, json=body)
            self.keys[role_name] = created.json()["key"]
        self.events = 0

    def close(self) -> None:
        self.client.__exit__(None, None, None)

    def webhook(self, type_: str, data: dict[str, Any]) -> Any:
        self.events += 1
        body = json.dumps({"id": f"evt-{self.events}", "type": type_, "data": data}).encode()
        return self.client.post("/v1/webhooks/erp", content=body,
                                headers={"Content-Type": "application/json", SIGNATURE_HEADER: sign(self.secret, body)})

    def task(self, task_id: str) -> dict[str, Any]:
        return self.client.get(f"/v1/tasks/{task_id}", headers={"Authorization": f"Bearer {ADMIN}"}).json()

    def decide(self, task_id: str, who: str, body: dict[str, Any]) -> Any:
        return self.client.post(f"/v1/tasks/{task_id}/resume", headers={"Authorization": f"Bearer {self.keys[who]}"},
                                json=body)

    def task_ids(self) -> list[str]:
        """Every task this service holds (from storage: the API lists only pending reviews)."""
        with self.client.app.state.services.db.session() as session:  # type: ignore[attr-defined]
            return tasks.ids(session)

    def chat(self, message: str, thread_id: str | None = None, who: str = "staff") -> dict[str, Any]:
        body = {"message": message} | ({"thread_id": thread_id} if thread_id else {})
        return self.client.post("/v1/chat", headers={"Authorization": f"Bearer {self.keys[who]}"},
                                json=body).json()

    def drain(self) -> None:
        while self.worker.run_once():
            pass


def _invoice_payload(invoice: dict[str, Any], as_ubl: bool) -> dict[str, Any]:
    if not as_ubl:
        return {"invoice": invoice}
    document = copy.deepcopy(invoice)
    refresh_totals(document)
    return {"ubl_xml": to_ubl(document)}


def run_case(service: Service, case: Case) -> tuple[dict[str, Any], list[str]]:
    """Returns what happened and the list of problems (empty when the case passed)."""
    if "chat" in case.inputs:
        return run_chat_case(service, case)
    if "chain" in case.inputs:
        return run_chain_case(service, case)
    if "candidate" in case.inputs:
        return run_candidate_case(service, case)
    return run_invoice_case(service, case)


def run_chat_case(service: Service, case: Case) -> tuple[dict[str, Any], list[str]]:
    """Chat (as staff unless the case says `as`): policy answers with their citation, an invoice check that pauses
    for a reviewer, a vendor's risk (finance and compliance reviewers only)."""
    inputs, expected = case.inputs, case.expected
    problems: list[str] = []
    if inputs.get("policies"):
        from cli.demo import seed_policies

        seed_policies(service.client.app.state.services.db)  # type: ignore[attr-defined]
    for type_, data in inputs.get("master_data", []):
        service.webhook(type_, data)
    for invoice in inputs.get("invoices", []):  # invoices the ERP sent earlier, decided by a reviewer
        task_id = service.webhook("invoice.received", {"invoice": invoice}).json()["task_id"]
        service.drain()
        version = service.task(task_id)["version"]
        service.decide(task_id, "reviewer", {"decision": "reject", "comment": "earlier", "version": version})
    reply = service.chat(inputs["chat"], who=inputs.get("as", "staff"))
    citation = reply["citations"][0] if reply.get("citations") else None
    actual: dict[str, Any] = {"intent": reply.get("intent"), "status": reply.get("status"),
                              "citation": [citation["title"], citation["section"]] if citation else None,
                              "reply": (reply.get("reply") or "")[:200]}
    for key in ("intent", "status"):
        if actual[key] != expected[key]:
            problems.append(f"{key}: expected {expected[key]}, got {actual[key]}")
    if "citation" in expected and actual["citation"] != expected["citation"]:
        problems.append(f"citation: expected {expected['citation']}, got {actual['citation']}")
    for fragment in expected.get("reply_contains", []):
        if fragment not in actual["reply"]:
            problems.append(f"the reply lacks {fragment!r}")
    for fragment in expected.get("reply_lacks", []):
        if fragment in (reply.get("reply") or ""):
            problems.append(f"the reply shows {fragment!r}")
    if expected.get("task"):
        task_id = reply.get("task_id")
        service.drain()
        task = service.task(task_id) if task_id else {}
        actual["task_status"] = actual["status_before_decision"] = task.get("status")
        if task.get("status") != "awaiting_review" or "decided" in [e["type"] for e in task.get("events", [])]:
            problems.append("the task from chat did not pause for review")
        else:
            decided = service.decide(task_id, "reviewer", {"decision": "approve", "version": task["version"],
                                                           "comment": "checked"})
            actual["final_status"] = decided.json().get("status") if decided.status_code == 200 else decided.status_code
            if actual["final_status"] != expected["task"]:
                problems.append(f"final status: expected {expected['task']}, got {actual['final_status']}")
    return actual, problems


def run_candidate_case(service: Service, case: Case) -> tuple[dict[str, Any], list[str]]:
    """candidate.applied: screened blind, paused for an hr reviewer; finance cannot decide; a person does."""
    inputs, expected = case.inputs, case.expected
    problems: list[str] = []
    service.webhook("job.upserted", inputs["job"])
    data = {"job_id": inputs["job"]["job_id"], "candidate_ref": "C-1", "resume": {"text": inputs["candidate"]}}
    if inputs.get("demographics"):
        data["demographics"] = inputs["demographics"]
    accepted = service.webhook("candidate.applied", data)
    if accepted.status_code != 202:
        return {"webhook": accepted.status_code}, ["application not accepted"]
    task_id = accepted.json()["task_id"]
    service.drain()
    paused = service.task(task_id)
    actual: dict[str, Any] = {"status_before_decision": paused["status"],
                              "proposal_action": (paused.get("proposal") or {}).get("action"),
                              "score": (paused.get("proposal") or {}).get("score")}
    if paused["status"] != "awaiting_review":
        problems.append("the application did not pause for review")
    if actual["proposal_action"] != expected["proposal_action"]:
        problems.append(f"proposal: expected {expected['proposal_action']}, got {actual['proposal_action']}")
    if "demographics" in json.dumps(paused) or any(str(v) in json.dumps(paused["result"])
                                                   for v in (inputs.get("demographics") or {}).values()):
        problems.append("demographics reached the task")
    if service.decide(task_id, "reviewer", {"decision": "approve", "version": paused["version"]}).status_code != 403:
        problems.append("a finance reviewer could decide an hr task")
    body = {"decision": inputs["decision"]["decision"], "version": paused["version"]}
    if "edits" in inputs["decision"]:
        body["edits"] = inputs["decision"]["edits"]
    final = service.decide(task_id, "hr_reviewer", body).json()
    actual.update(final_status=final.get("status"),
                  candidate_outcome=((final.get("result") or {}).get("outcome") or {}).get("candidate_outcome"))
    for key in ("final_status", "candidate_outcome"):
        if actual[key] != expected[key]:
            problems.append(f"{key}: expected {expected[key]}, got {actual[key]}")
    return actual, problems


def run_invoice_case(service: Service, case: Case) -> tuple[dict[str, Any], list[str]]:
    inputs, expected = case.inputs, case.expected
    problems: list[str] = []
    for type_, data in inputs.get("master_data", []):
        if service.webhook(type_, data).status_code != 200:
            problems.append(f"master data {type_} refused")
    for earlier in inputs.get("before", []):
        task_id = service.webhook("invoice.received", {"invoice": earlier}).json()["task_id"]
        service.drain()
        version = service.task(task_id)["version"]
        service.decide(task_id, "reviewer", {"decision": "approve", "version": version})
    accepted = service.webhook("invoice.received", _invoice_payload(inputs["invoice"], inputs.get("as_ubl", False)))
    if accepted.status_code != 202:
        return {"webhook": accepted.status_code, "body": accepted.text[:300]}, ["webhook not accepted"]
    task_id = accepted.json()["task_id"]
    service.drain()
    paused = service.task(task_id)
    actual: dict[str, Any] = {
        "status_before_decision": paused["status"],
        "proposal_action": (paused.get("proposal") or {}).get("action"),
        "exception_codes": sorted({e["code"] for e in ((paused.get("result") or {}).get("match") or {})
                                   .get("exceptions", [])}),
    }
    paused_types = [e["type"] for e in paused["events"]]
    if paused["status"] != "awaiting_review" or "decided" in paused_types or "finalized" in paused_types:
        problems.append("the task did not pause for review before deciding")
    for key in ("proposal_action", "exception_codes"):
        if actual[key] != expected[key]:
            problems.append(f"{key}: expected {expected[key]}, got {actual[key]}")
    attempts = []
    for attempt in inputs.get("attempts", []):
        body = {"decision": attempt.get("decision", "approve"), "version": paused["version"] - 1
                if attempt.get("stale") else paused["version"]}
        if "edits" in attempt:
            body["edits"] = attempt["edits"]
        response = service.decide(task_id, attempt["as"], body)
        attempts.append(response.status_code)
        if response.status_code != attempt["expect"]:
            problems.append(f"attempt as {attempt['as']}: expected {attempt['expect']}, got {response.status_code}")
        after = service.task(task_id)
        if after["status"] != "awaiting_review" or after["version"] != paused["version"]:
            problems.append(f"a refused attempt as {attempt['as']} changed the task")
    actual["attempts"] = attempts
    reviewer = inputs["reviewer"]
    body = {"decision": reviewer["decision"], "version": paused["version"]}
    for key in ("edits", "comment"):
        if key in reviewer:
            body[key] = reviewer[key]
    decided = service.decide(task_id, "reviewer", body)
    final = decided.json() if decided.status_code == 200 else service.task(task_id)
    outcome = (final.get("result") or {}).get("outcome") or {}
    actual.update(final_status=final["status"], amount_to_pay=outcome.get("amount_to_pay"))
    for key in ("final_status", "amount_to_pay"):
        if actual[key] != expected[key]:
            problems.append(f"{key}: expected {expected[key]}, got {actual[key]}")
    again = service.decide(task_id, "reviewer", {"decision": "approve", "version": paused["version"]})
    if again.status_code != 409:
        problems.append(f"a second decision answered {again.status_code}, not 409")
    types = [e["type"] for e in service.task(task_id)["events"]]
    actual["events"] = types
    if types.count("decided") != 1 or types.count("finalized") != 1:
        problems.append(f"decided {types.count('decided')}×, finalized {types.count('finalized')}×")
    return actual, problems


def decisions_without_review(service: Service, task_ids: list[str]) -> int:
    """Final decisions not preceded by a reviewer's `decided` event."""
    count = 0
    for task_id in task_ids:
        events = service.task(task_id)["events"]
        for index, event in enumerate(events):
            if event["type"] == "finalized" and not any(
                    e["type"] == "decided" and e["actor"] not in ("agent", "system") for e in events[:index]):
                count += 1
    return count


class AgentSuite:
    name = "agent"

    datasets = DATASETS

    def cases(self) -> list[Case]:
        return [case for dataset in load_suite_datasets(self.name, self.datasets) for case in dataset.cases]

    def run(self, cases: list[Case], options: RunOptions, progress: Any) -> SuiteOutcome:
        runs: dict[str, list[bool]] = {case.name: [] for case in cases}
        results: list[CaseResult] = []
        seconds: list[float] = []
        unreviewed = 0
        paused_first = 0
        total_runs = 0
        for repeat in range(options.repeat):
            for case in cases:
                with tempfile.TemporaryDirectory(prefix="de-eval-") as directory:
                    service = Service(Path(directory), options.llm)
                    started = time.perf_counter()
                    try:
                        actual, problems = run_case(service, case)
                        unreviewed += decisions_without_review(service, service.task_ids())
                    finally:
                        service.close()
                    seconds.append(time.perf_counter() - started)
                if "status_before_decision" in actual:  # the cases that made a task
                    total_runs += 1
                    paused_first += actual["status_before_decision"] == "awaiting_review"
                passed = not problems
                runs[case.name].append(passed)
                if repeat == options.repeat - 1:
                    results.append(CaseResult(case.name, all(runs[case.name]), case.expected,
                                              actual | ({"problems": problems} if problems else {}),
                                              seconds[-1], case.tags))
                progress()
        metrics = {
            "pass_rate": m.ratio(sum(sum(r) for r in runs.values()), sum(len(r) for r in runs.values())),
            "pass_hat_k": m.pass_hat_k(runs),
            "k": options.repeat,
            "decisions_without_review": unreviewed,
            "paused_before_decision": m.ratio(paused_first, total_runs),
            "latency": m.latency(seconds),
        }
        return SuiteOutcome(results, metrics)

