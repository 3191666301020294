#!/usr/bin/env python3
"""The chat walk-through of scripts/llm-trial.sh, against the running service in LLM mode: staff questions and
requests (English and Chinese), what the model was used for, that no personal data left unmasked (the recording
proxy's log), and what happens when the model server is killed mid-generation and started again.

    python scripts/llm_walkthrough.py --api http://127.0.0.1:8766 --credentials out/llm-trial/creds.json \
        --proxy-log out/llm-trial/requests.jsonl --server-pid 1234 --server-cmd "..." --model-url http://127.0.0.1:8765
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import httpx

QUESTIONS = [
    ("policy, English", "How much may I spend on a hotel per night when travelling?"),
    ("policy, Chinese", "年假有几天？"),
    ("invoice, e-mail inside",
     "Could you have a look whether invoice INV-2024-001 is alright? Reply to anna.berg@example.com"),
    ("greeting", "hello"),
]
PERSONAL = ["anna.berg@example.com"]


def wait_until(check: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"gave up waiting for {what}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--api", required=True)
    parser.add_argument("--credentials", type=Path, required=True)
    parser.add_argument("--proxy-log", type=Path, required=True)
    parser.add_argument("--server-pid", type=int, required=True)
    parser.add_argument("--server-cmd", required=True, help="how to start the model server again")
    parser.add_argument("--model-url", required=True, help="the model server's /v1 base, to see it is back")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    keys = json.loads(args.credentials.read_text())["keys"]
    api = httpx.Client(base_url=args.api, timeout=300)
    staff = {"Authorization": f"Bearer {keys['sam.staff']}"}
    admin = {"Authorization": f"Bearer {keys['ada.admin']}"}
    out: dict[str, Any] = {"readyz_before": api.get("/readyz").json()["llm"], "chat": []}
    print("readyz llm:", json.dumps(out["readyz_before"]))
    for label, message in QUESTIONS:
        started = time.perf_counter()
        reply = api.post("/v1/chat", headers=staff, json={"message": message}).json()
        seconds = round(time.perf_counter() - started, 2)
        row = {"asked": label, "intent": reply.get("intent"), "written_by": reply.get("written_by"),
               "seconds": seconds, "reply": (reply.get("reply") or "")[:160]}
        out["chat"].append(row)
        print(f"{label:24} intent={row['intent']!s:14} written_by={row['written_by']!s:8} {seconds:6.2f} s  "
              f"{row['reply'][:70]!r}")
    sent = args.proxy_log.read_text(encoding="utf-8") if args.proxy_log.exists() else ""
    out["requests_logged"] = sent.count("\n")
    out["personal_data_in_requests"] = [value for value in PERSONAL if value in sent]
    print(f"requests the model server got: {out['requests_logged']}; personal data in them: "
          f"{out['personal_data_in_requests'] or 'none'}")

    # Kill the model server while it generates a policy answer.
    result: dict[str, Any] = {}

    def ask() -> None:  # the policy tool: one kind of call (a JSON answer), so one circuit is at stake
        started = time.perf_counter()
        reply = api.post("/v1/tools/policy-lookup", headers=staff,
                         json={"question": "Which receipts do I need for an expense claim?"})
        result.update(seconds=round(time.perf_counter() - started, 2), status=reply.status_code,
                      written_by=reply.json().get("written_by"),
                      fallback=(reply.json().get("generation") or {}).get("fallback"))

    asking = threading.Thread(target=ask)
    asking.start()
    time.sleep(1.5)  # the answer is being generated (a policy answer takes a few seconds on this model)
    os.kill(args.server_pid, signal.SIGKILL)
    asking.join(timeout=300)
    ready = api.get("/readyz").json()["llm"]
    metrics = [line for line in api.get("/metrics", headers=admin).text.splitlines()
               if line.startswith(("de_llm_circuit_open", "de_llm_fallbacks_total"))]
    out["killed"] = {"reply": result, "readyz": ready, "metrics": metrics}
    print(f"model server killed mid-generation: reply {result} ; circuit {ready['circuit']} ; "
          f"reachable {ready['reachable']}")
    for line in metrics:
        print("   ", line)

    # Start it again: after the circuit's reset the model is used again.
    server = subprocess.Popen(shlex.split(args.server_cmd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,  # noqa: S603 (the operator's own command line)
                              start_new_session=True)
    wait_until(lambda: httpx.get(f"{args.model_url}/models", timeout=2).status_code == 200, 180, "the model server")
    wait_until(lambda: api.get("/readyz").json()["llm"]["circuit"]["structured"] == "closed", 180, "the circuit")
    started = time.perf_counter()
    reply = api.post("/v1/tools/policy-lookup", headers=staff, json={"question": QUESTIONS[0][1]}).json()
    generation = reply.get("generation") or {}
    out["after_restart"] = {"written_by": reply.get("written_by"), "used": generation.get("used"),
                            "calls": generation.get("calls"), "fallback": generation.get("fallback"),
                            "seconds": round(time.perf_counter() - started, 2),
                            "readyz": api.get("/readyz").json()["llm"]}
    print(f"after the restart: the model was asked again ({generation.get('calls')} call(s), answer used: "
          f"{generation.get('used')}, fallback: {generation.get('fallback')}) "
          f"in {out['after_restart']['seconds']} s; "
          f"reachable {out['after_restart']['readyz']['reachable']}, "
          f"circuit {out['after_restart']['readyz']['circuit']}")
    out["restarted_server_pid"] = server.pid
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
