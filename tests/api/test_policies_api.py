"""Policies through the API: upload, versions, delete, lookup; errors as problem+json."""

from __future__ import annotations

from evals.generators.resume_render import render_docx
from tests.api.test_webhooks import assert_problem
from tests.conftest import Harness
from tests.tools.test_policies import HANDBOOK_EN, HANDBOOK_ZH


def upload(h: Harness, title: str, text: str):
    return h.client.post("/v1/policies", headers=h.auth("admin"), json={"title": title, "text": text})


def test_upload_list_lookup_version_and_delete(h: Harness) -> None:
    first = upload(h, "Travel Rules", HANDBOOK_EN)
    assert first.status_code == 201
    body = first.json()
    assert body["doc_id"] == "travel-rules-v1" and body["version"] == 1
    assert [s["section"] for s in body["sections"]] == ["1", "2"]
    assert upload(h, "试用期规定", HANDBOOK_ZH).status_code == 201
    answer = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                           json={"question": "三年合同的试用期最长多久？", "top_k": 2}).json()
    assert answer["found"] is True and len(answer["citations"]) == 2
    assert (answer["citations"][0]["title"], answer["citations"][0]["section"]) == ("试用期规定", "第二条")
    assert "六个月" in answer["answer"] and "六个月" in answer["citations"][0]["text"]
    # A new version of the same title retires the old one; lookups see only the new text.
    second = upload(h, "Travel Rules", HANDBOOK_EN.replace("900 CNY", "950 CNY"))
    assert second.json()["doc_id"] == "travel-rules-v2"
    hotel = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                          json={"question": "hotel limit per night in Shanghai"}).json()
    assert hotel["found"] and "950 CNY" in hotel["answer"] and hotel["citations"][0]["doc_id"] == "travel-rules-v2"
    listed = h.client.get("/v1/policies", headers=h.auth("sam")).json()["items"]
    assert sorted(item["doc_id"] for item in listed) == ["travel-rules-v2", "试用期规定-v1"]
    everything = h.client.get("/v1/policies", headers=h.auth("sam"), params={"include_retired": "true"}).json()
    assert {item["doc_id"]: item["status"] for item in everything["items"]}["travel-rules-v1"] == "retired"
    assert h.client.delete("/v1/policies/travel-rules-v2", headers=h.auth("admin")).status_code == 204
    gone = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                         json={"question": "hotel limit per night in Shanghai"}).json()
    assert gone["found"] is False
    assert_problem(h.client.delete("/v1/policies/travel-rules-v2", headers=h.auth("admin")), 404)


def test_file_uploads_and_refusals(h: Harness) -> None:
    docx = render_docx(["Gifts", "1. Accepting gifts", "Gifts worth up to 50 USD may be accepted."])
    response = h.client.post("/v1/policies", headers=h.auth("admin"), data={"title": "Gifts"},
                             files={"file": ("gifts.docx", docx, "application/octet-stream")})
    assert response.status_code == 201 and response.json()["sections"][0]["section"] == "1"
    md = h.client.post("/v1/policies", headers=h.auth("admin"),
                       files={"file": ("travel.md", HANDBOOK_EN.encode(), "text/markdown")})
    assert md.status_code == 201 and md.json()["title"] == "Travel Rules"
    assert_problem(h.client.post("/v1/policies", headers=h.auth("admin"),
                                 files={"file": ("x.exe", b"MZ\x90", "application/octet-stream")}), 415)
    assert_problem(h.client.post("/v1/policies", headers=h.auth("sam"), json={"title": "x", "text": "y"}), 403)
    assert_problem(h.client.post("/v1/policies", headers=h.auth("admin"), json={"title": "", "text": "y"}), 422)
    assert_problem(h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"), json={"question": ""}), 422)
    assert_problem(h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                                 json={"question": "x", "top_k": 50}), 422)


def test_readiness_says_how_policies_are_retrieved(h: Harness) -> None:
    assert h.client.get("/readyz").json()["policy_retrieval"] in ("hybrid",) or \
        h.client.get("/readyz").json()["policy_retrieval"].startswith("bm25 (dense unavailable")


def test_without_the_model_retrieval_degrades_to_bm25_and_says_so(harness_factory) -> None:
    h = harness_factory(policy_dense=False)
    assert h.client.get("/readyz").json()["policy_retrieval"] == "bm25 (dense unavailable: dense retrieval switched off)"
    upload(h, "Travel Rules", HANDBOOK_EN)
    answer = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                           json={"question": "What is the daily meal allowance?"}).json()
    assert answer["retrieval"] == "bm25" and answer["found"] and answer["citations"][0]["section"] == "2"


def test_with_an_llm_its_checked_answer_is_used_else_the_extractive_one(harness_factory) -> None:
    from tests.agent.test_llm import ScriptedServer

    server = ScriptedServer()
    try:
        h = harness_factory(llm="openai", openai_base_url=server.url, openai_api_key="sk-test",
                            llm_backoff_seconds=0.01)
        upload(h, "Travel Rules", HANDBOOK_EN)
        server.script = [{"content": '{"answer": "Up to 900 CNY per night in Shanghai.", "cited": [1], '
                                     '"answerable": true}'}]
        body = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                             json={"question": "hotel limit per night in Shanghai"}).json()
        assert body["answer"] == "Up to 900 CNY per night in Shanghai. (Travel Rules, 1)"
        assert body["generation"]["used"] == "llm" and body["generation"]["prompt"]["name"] == "policy_answer"
        server.script = [{"content": '{"answer": "Up to 1,200 CNY.", "cited": [1], "answerable": true}'}]
        invented = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                                 json={"question": "hotel limit per night in Shanghai"}).json()
        assert invented["generation"]["used"] == "extractive" and "900 CNY" in invented["answer"]
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


def test_cases_the_fuzzer_found(h: Harness) -> None:
    """Schemathesis found these 500s: titles whose slugs collide, and questions with no words at all."""
    first, second = upload(h, "Travel!", "1. Hotels up to 900 CNY."), upload(h, "Travel?", "1. Taxis are fine.")
    assert first.status_code == 201 and second.status_code == 201, second.text
    assert first.json()["doc_id"] != second.json()["doc_id"]
    for question in ("???", "!!", "the of and"):
        found = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"), json={"question": question})
        assert found.status_code == 200 and found.json()["found"] is False, found.text
        chat = h.client.post("/v1/chat", headers=h.auth("sam"), json={"message": question})
        assert chat.status_code == 200, chat.text
