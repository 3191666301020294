"""The MCP server through the SDK's own client: over stdio (a real `digital-employee mcp` process) and over
streamable HTTP (a real uvicorn serving the app). Same keys, roles, visibility and answers as the REST API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client

from api.app import create_app
from tests.api.test_reviews import paused_task
from tests.conftest import Harness
from tests.live import serve
from tests.processes import ROOT
from tests.tools.test_policies import HANDBOOK_EN
from tests.tools.test_resumes import EN as RESUME

TOOLS = {"policy_lookup", "invoice_match", "risk_flags", "resume_parse", "check_invoice", "list_reviews", "get_task"}


def _command() -> tuple[str, list[str]]:
    """The installed console script `digital-employee`, else the same CLI as a module."""
    script = Path(sys.executable).with_name("digital-employee")
    return (str(script), ["mcp"]) if script.exists() else (sys.executable, ["-m", "cli.main", "mcp"])


def _env(h: Harness, **extra: str) -> dict[str, str]:
    return {"DE_DATABASE_URL": h.settings.database_url, "DE_LOG_LEVEL": "WARNING", "DE_RATE_LIMIT_PER_MINUTE": "0",
            "DE_POLICY_DENSE": str(h.settings.policy_dense).lower(), **extra}


@asynccontextmanager
async def over_stdio(h: Harness, key: str) -> AsyncIterator[ClientSession]:
    command, args = _command()
    params = StdioServerParameters(command=command, args=args, cwd=str(ROOT), env=_env(h, DE_API_KEY=key))
    with open(os.devnull, "w") as errlog:
        async with stdio_client(params, errlog=errlog) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            yield session


@contextmanager
def served(h: Harness) -> Iterator[str]:
    """A second app on the harness's database, served by uvicorn with its lifespan (the MCP transport runs there)."""
    with serve(create_app(h.settings, run_worker=False), lifespan="on") as url:
        yield url


@asynccontextmanager
async def over_http(url: str, key: str) -> AsyncIterator[ClientSession]:
    async with (httpx2.AsyncClient(headers={"Authorization": f"Bearer {key}"}, timeout=30) as client,
                streamable_http_client(f"{url}/mcp", http_client=client) as (read, write),
                ClientSession(read, write) as session):
        await session.initialize()
        yield session


async def call(session: ClientSession, tool: str, **arguments: Any) -> dict[str, Any]:
    result = await session.call_tool(tool, arguments)
    assert not result.is_error, result.content
    return result.structured_content


async def refused(session: ClientSession, tool: str, **arguments: Any) -> dict[str, Any]:
    """The problem document of a tool error (what REST would answer)."""
    result = await session.call_tool(tool, arguments)
    assert result.is_error and result.structured_content is None
    text = result.content[0].text
    assert "Traceback" not in text
    return json.loads(text[text.index("{"):])


def rest(h: Harness, path: str, who: str, **body: Any) -> dict[str, Any]:
    response = (h.client.post(path, headers=h.auth(who), json=body) if body
                else h.client.get(path, headers=h.auth(who)))
    assert response.status_code == 200, response.text
    return response.json()


def decided_invoice(h: Harness) -> dict[str, Any]:
    """INV-1 came from the ERP and was rejected: a staff member may ask for it to be checked again."""
    original = paused_task(h)
    decided = h.client.post(f"/v1/tasks/{original['id']}/resume", headers=h.auth("fiona"),
                            json={"decision": "reject", "comment": "resend", "version": original["version"]})
    assert decided.status_code == 200, decided.text
    return original


def test_stdio_tools_answer_as_rest_does(h: Harness) -> None:
    assert h.client.post("/v1/policies", headers=h.auth("admin"),
                         json={"title": "Travel Rules", "text": HANDBOOK_EN}).status_code == 201
    decided_invoice(h)

    async def run() -> dict[str, Any]:
        async with over_stdio(h, h.keys["sam"]) as session:
            tools = {tool.name for tool in (await session.list_tools()).tools}
            assert tools == TOOLS  # and nothing that decides or resumes a task
            answer = await call(session, "policy_lookup", question="What is the hotel limit in Shanghai?")
            assert answer["found"] and "900 CNY" in answer["answer"]
            assert answer["citations"][0]["section"] == "1" and "900 CNY" in answer["citations"][0]["text"]
            assert answer == rest(h, "/v1/tools/policy-lookup", "sam", question="What is the hotel limit in Shanghai?")

            listed = json.loads((await session.read_resource("policy://documents")).contents[0].text)
            assert listed == rest(h, "/v1/policies", "sam")
            doc_id = listed["items"][0]["doc_id"] if "items" in listed else listed[0]["doc_id"]
            document = json.loads((await session.read_resource(f"policy://documents/{doc_id}")).contents[0].text)
            assert "900 CNY" in json.dumps(document, ensure_ascii=False)

            check = await call(session, "check_invoice", invoice_number="INV-1")
            assert check["status"] == "queued" and check["started"] and check["po_number"] == "PO-1"
            mine = await call(session, "get_task", task_id=check["task_id"])
            assert mine == rest(h, f"/v1/tasks/{check['task_id']}", "sam")  # the status view, as REST shows it
            assert mine["view"] == "status" and mine["requester"] == "sam" and mine["kind"] == "invoice_review"
            read = await session.read_resource(f"task://{check['task_id']}")
            assert json.loads(read.contents[0].text) == mine

            parsed = await call(session, "resume_parse", text=RESUME)
            assert parsed == rest(h, "/v1/tools/resume-parse", "sam", text=RESUME)
            shown = json.dumps(parsed)
            assert "Female" not in shown and "14 March 1990" not in shown  # redacted, as REST redacts
            assert {r["field"] for r in parsed["resume"]["redacted"]} == {"gender", "birth_date"}

            problem = await refused(session, "list_reviews")
            assert (problem["code"], problem["status"], problem["title"]) == ("forbidden", 403, "Not allowed")
            assert (await refused(session, "risk_flags", invoice={}))["code"] == "forbidden"
            assert (await refused(session, "get_task", task_id="no-such-task"))["code"] == "not-found"
            assert (await refused(session, "check_invoice", invoice_number="INV-404"))["code"] == "not-found"
            return check

    check = anyio.run(run)
    h.drain()
    full = h.task(check["task_id"], "fiona")  # the finance reviewer sees the whole task, raised by sam
    assert full["status"] == "awaiting_review" and full["requester"] == "sam" and full["view"] == "full"


def test_stdio_refuses_a_missing_or_bad_key(h: Harness) -> None:
    command, args = _command()
    env = {**os.environ, **_env(h)}
    env.pop("DE_API_KEY", None)
    missing, bad = (subprocess.Popen([command, *args, *extra], env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                    for extra in ([], ["--api-key", "not-a-key"]))  # both at once: each start imports the app
    out, err = missing.communicate(timeout=60)
    assert missing.returncode == 1 and "no API key" in err and out == ""
    out, err = bad.communicate(timeout=60)
    assert bad.returncode == 1 and "refused: invalid API key" in err and out == ""


def test_http_roles_and_visibility_as_rest(h: Harness) -> None:
    original = paused_task(h)  # INV-1 awaits a finance reviewer
    with served(h) as url:
        for headers in ({}, {"Authorization": "Bearer not-a-key"}, {"Authorization": "Basic abc"}):
            response = httpx.post(f"{url}/mcp", headers={"Accept": "application/json, text/event-stream", **headers},
                                  json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
            assert response.status_code == 401 and response.headers["content-type"] == "application/problem+json"
            assert response.json()["title"] == "Missing or invalid credentials"

        async def run() -> None:
            async with over_http(url, h.keys["fiona"]) as session:
                assert {tool.name for tool in (await session.list_tools()).tools} == TOOLS
                reviews = await call(session, "list_reviews")
                assert [item["task_id"] for item in reviews["items"]] == [original["id"]]
                assert reviews == rest(h, "/v1/reviews", "fiona")
                full = await call(session, "get_task", task_id=original["id"])
                assert full == rest(h, f"/v1/tasks/{original['id']}", "fiona") and full["view"] == "full"
                flags = await call(session, "risk_flags", invoice=original["result"]["invoice"])
                assert flags == rest(h, "/v1/tools/risk-flags", "fiona", invoice=original["result"]["invoice"])
            async with over_http(url, h.keys["harry"]) as session:  # an hr reviewer: not this domain
                assert (await call(session, "list_reviews"))["items"] == []
                assert (await refused(session, "get_task", task_id=original["id"]))["code"] == "forbidden"
            async with over_http(url, h.keys["sam"]) as session:
                assert (await refused(session, "list_reviews"))["status"] == 403
                assert (await refused(session, "get_task", task_id=original["id"]))["code"] == "forbidden"
                match = await refused(session, "invoice_match", invoice=original["result"]["invoice"])
                assert match["code"] == "forbidden"  # stored POs are vendor records, as on REST
                pending = await call(session, "check_invoice", invoice_number="INV-1")
                assert pending == {"task_id": original["id"], "status": "awaiting_review", "invoice_number": "INV-1",
                                   "po_number": "PO-1", "started": False}  # still under review: no second task

        anyio.run(run)
