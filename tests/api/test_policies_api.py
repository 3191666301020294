"""Policies through the API: upload, versions, delete, lookup; errors as problem+json."""

from __future__ import annotations

from evals.generators.resume_render import render_docx
from tests.api.test_webhooks import assert_problem
from tests.conftest import Harness
from tests.tools.test_policies import HANDBOOK_EN, HANDBOOK_ZH


def upload(h: Harness, title: str | None, text: str, replaces: str | None = None):
    body = {"text": text} | ({"title": title} if title else {}) | ({"replaces": replaces} if replaces else {})
    return h.client.post("/v1/policies", headers=h.auth("admin"), json=body)


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
    # A new version on purpose (`replaces`) retires the old one; lookups see only the new text.
    second = upload(h, "Travel Rules", HANDBOOK_EN.replace("900 CNY", "950 CNY"), replaces="travel-rules-v1")
    assert second.status_code == 201, second.text
    assert second.json()["doc_id"] == "travel-rules-v2" and second.json()["action"] == "new_version"
    assert second.json()["replaced"] == {"doc_id": "travel-rules-v1", "version": 1}
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
        assert body["written_by"] == "model"
        server.script = [{"content": '{"answer": "Up to 1,200 CNY.", "cited": [1], "answerable": true}'}]
        invented = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                                 json={"question": "hotel limit per night in Shanghai"}).json()
        assert invented["generation"]["used"] == "extractive" and "900 CNY" in invented["answer"]
        assert invented["written_by"] == "extract"
        # The chat's router first finds out how this endpoint chooses tools (required, auto, then JSON routing:
        # none of them gives a route here), then the policy answer is asked for.
        server.script = [{"content": '{"answer": "Up to 900 CNY per night in Shanghai.", "cited": [1], '
                                     '"answerable": true}'}] * 6
        chat = h.client.post("/v1/chat", headers=h.auth("sam"),
                             json={"message": "What is the hotel limit per night in Shanghai?"}).json()
        assert chat["written_by"] == "model" and chat["reply"].count("900 CNY") >= 1
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


FRONT = "---\ntitle: {title}\nowner: finance\n---\n<!-- markdownlint-disable -->\n## 1. Rule\n\n{body}\n"


def test_a_title_collision_never_retires_another_document(h: Harness) -> None:
    """Five real handbook pages open with front matter: each upload is a new document, whatever its title."""
    bodies = ["Meals are reimbursed up to 40 USD a day.", "Laptops are replaced every three years.",
              "Gifts over 50 USD are declared.", "Taxis need a receipt.", "Hotels are booked through Navan."]
    answers = [h.client.post("/v1/policies", headers=h.auth("admin"),
                             files={"file": (f"page{n}.md", FRONT.format(title=f"Page {n}", body=b).encode(),
                                             "text/markdown")}).json() for n, b in enumerate(bodies)]
    assert [a["title"] for a in answers] == [f"Page {n}" for n in range(5)]
    assert all(a["action"] == "created" and a["version"] == 1 and a["metadata"]["owner"] == "finance"
               for a in answers)
    # The same title twice, without `replaces`: two documents, both active, and the answer says so.
    same = upload(h, "Page 0", "## 1. Other\nSomething else entirely about parking.")
    assert same.status_code == 201 and same.json()["doc_id"] == "page-0-2-v1"
    assert "page-0-v1" in same.json()["warnings"][0]
    listed = h.client.get("/v1/policies", headers=h.auth("sam")).json()["items"]
    assert len(listed) == 6 and {item["status"] for item in listed} == {"active"}
    # Again with `replaces`: version 2 of that document; version 1 retires; the namesake stays.
    again = h.client.post("/v1/policies", headers=h.auth("admin"), data={"replaces": "page-0-v1"},
                          files={"file": ("page0.md", FRONT.format(title="Page 0", body="Meals: 45 USD a day.")
                                          .encode(), "text/markdown")}).json()
    assert (again["doc_id"], again["version"], again["action"]) == ("page-0-v2", 2, "new_version")
    everything = h.client.get("/v1/policies", headers=h.auth("sam"), params={"include_retired": "true"}).json()
    status = {item["doc_id"]: item["status"] for item in everything["items"]}
    assert status["page-0-v1"] == "retired" and status["page-0-v2"] == "active" and status["page-0-2-v1"] == "active"
    assert_problem(upload(h, "X", "## 1. A\nText.", replaces="no-such-policy"), 404)
    assert_problem(upload(h, None, "## 1. A\nText.", replaces="no-such-policy"), 404)
    untitled = upload(h, None, "## 1. Rule\nMeals: 50 USD a day.", replaces="page-0-v2").json()
    assert (untitled["doc_id"], untitled["title"]) == ("page-0-v3", "Page 0")  # a new version keeps its title
    assert len(h.client.get("/v1/policies", headers=h.auth("sam")).json()["items"]) == 6


def test_html_and_docx_headings_become_section_paths(h: Harness) -> None:
    page = ("<html><head><title>x</title><style>p{}</style></head><body><h1>Expenses</h1><h2>4 Travel</h2>"
            "<h3>4.1 Meals</h3><p>Meals are reimbursed up to <b>40 USD</b> a day.</p>"
            "<table><tr><th>City</th><th>Cap</th></tr><tr><td>Paris</td><td>60 EUR</td></tr></table></body></html>")
    body = h.client.post("/v1/policies", headers=h.auth("admin"),
                         files={"file": ("expenses.html", page.encode(), "text/html")}).json()
    assert body["title"] == "Expenses"
    meals = next(s for s in body["sections"] if s["section"] == "4.1")
    assert meals["path"] == "4 Travel › 4.1 Meals"
    answer = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                           json={"question": "How much can I spend on meals per day?"}).json()
    assert answer["citations"][0]["path"] == "4 Travel › 4.1 Meals" and "40 USD" in answer["citations"][0]["text"]
