"""Approval chains in the `agent` suite: a policy, groups and people set up through the admin API, a task that
pauses once per step, simulated reviewers at each step (some refused: the wrong group, the same person twice,
outside a delegation), and the end state. Passes when every step paused before its decision, each refusal changed
nothing, the chain had the expected steps, and each decision was recorded once."""

from __future__ import annotations

from typing import Any

from evals.core import Case


def _setup(service: Any, chain: dict[str, Any], problems: list[str]) -> None:
    from evals.suites.agent import ADMIN, PEOPLE

    admin = {"Authorization": f"Bearer {ADMIN}"}
    for role_name, (name, _role, _domains) in PEOPLE.items():  # the suite's people by name too (fiona, harry)
        service.keys.setdefault(name, service.keys[role_name])
    for name, (role, domains) in chain.get("people", {}).items():
        created = service.client.post("/v1/admin/keys", headers=admin, json={"name": name, "role": role,
                                                                             "domains": domains})
        if created.status_code != 201:
            problems.append(f"key {name}: {created.status_code}")
            continue
        service.keys[name] = created.json()["key"]
    for name, group in chain.get("groups", {}).items():
        if service.client.put(f"/v1/admin/groups/{name}", headers=admin, json=group).status_code != 200:
            problems.append(f"group {name} refused")
    kind, policy = chain["policy"]["kind"], chain["policy"]["body"]
    if service.client.put(f"/v1/admin/approval-policies/{kind}", headers=admin, json=policy).status_code != 200:
        problems.append("policy refused")
    for who, delegation in chain.get("delegations", {}).items():
        response = service.client.put("/v1/me/delegation", json=delegation,
                                      headers={"Authorization": f"Bearer {service.keys[who]}"})
        if response.status_code != 200:
            problems.append(f"delegation of {who}: {response.status_code}")


def _start(service: Any, inputs: dict[str, Any]) -> Any:
    for type_, data in inputs.get("master_data", []):
        service.webhook(type_, data)
    if "invoice" in inputs:
        return service.webhook("invoice.received", {"invoice": inputs["invoice"]})
    service.webhook("job.upserted", inputs["job"])
    return service.webhook("candidate.applied", {"job_id": inputs["job"]["job_id"], "candidate_ref": "C-1",
                                                 "resume": {"text": inputs["candidate"]}})


def run_chain_case(service: Any, case: Case) -> tuple[dict[str, Any], list[str]]:
    inputs, expected = case.inputs, case.expected
    problems: list[str] = []
    _setup(service, inputs["chain"], problems)
    accepted = _start(service, inputs)
    if accepted.status_code != 202:
        return {"webhook": accepted.status_code}, [*problems, "task not accepted"]
    task_id = accepted.json()["task_id"]
    service.drain()
    task = service.task(task_id)
    actual: dict[str, Any] = {"status_before_decision": task["status"], "steps_at_start": len(task["steps"]),
                              "attempts": []}
    if task["status"] != "awaiting_review" or any(e["type"] in ("decided", "finalized") for e in task["events"]):
        problems.append("the task did not pause for review before deciding")
    decided = 0
    for attempt in inputs["steps"]:
        if task["status"] != "awaiting_review":
            problems.append(f"the task was {task['status']} before {attempt['as']}'s attempt")
            break
        paused_step = task["current_step"]
        body = {"decision": attempt.get("decision", "approve"), "version": task["version"],
                "comment": attempt.get("comment", "checked")}
        if "edits" in attempt:
            body["edits"] = attempt["edits"]
        response = service.client.post(f"/v1/tasks/{task_id}/resume", json=body,
                                       headers={"Authorization": f"Bearer {service.keys[attempt['as']]}"})
        actual["attempts"].append([attempt["as"], paused_step, response.status_code])
        if response.status_code != attempt["expect"]:
            problems.append(f"step {paused_step} as {attempt['as']}: expected {attempt['expect']}, got "
                            f"{response.status_code}")
        after = service.task(task_id)
        if response.status_code == 200:
            decided += 1
        elif after["version"] != task["version"] or after["status"] != "awaiting_review":
            problems.append(f"a refused attempt as {attempt['as']} changed the task")
        task = after
    outcome = (task.get("result") or {}).get("outcome") or {}
    types = [e["type"] for e in task["events"]]
    actual |= {"final_status": task["status"], "amount_to_pay": outcome.get("amount_to_pay"),
               "candidate_outcome": outcome.get("candidate_outcome"),
               "steps": [[s.get("group"), s.get("status"), s.get("decided_by"), s.get("on_behalf_of")]
                         for s in task["steps"]],
               "decided": types.count("decided"), "paused": types.count("paused"),
               "finalized": types.count("finalized")}
    for key in ("steps_at_start", "final_status", "amount_to_pay", "candidate_outcome", "steps"):
        if key in expected and actual[key] != expected[key]:
            problems.append(f"{key}: expected {expected[key]}, got {actual[key]}")
    if actual["decided"] != decided or actual["finalized"] != 1 or actual["paused"] != decided + (
            task["status"] == "awaiting_review"):
        problems.append(f"decided {actual['decided']}× (200s: {decided}), paused {actual['paused']}×, "
                        f"finalized {actual['finalized']}×")
    holders = [step[2] for step in actual["steps"] if step[2]] + [step[3] for step in actual["steps"] if step[3]]
    if len(holders) != len(set(holders)):
        problems.append(f"one holder decided two steps: {holders}")
    if task["status"] != "awaiting_review":
        again = service.client.post(f"/v1/tasks/{task_id}/resume", json={"decision": "approve",
                                                                         "version": task["version"]},
                                    headers={"Authorization": f"Bearer {service.keys['reviewer']}"})
        if again.status_code not in (403, 409):
            problems.append(f"a decision after the end answered {again.status_code}")
    return actual, problems
