"""Long chat messages stay cheap: the chat reads a message's first 2,000 characters (routing, extraction, the
policy lookup); the thread keeps all of it. The invoice pattern reads what it read before."""

from __future__ import annotations

import pytest

import agent.chat.graph as chat_graph
from agent.chat.router import INVOICE, MAX_MESSAGE_CHARS, route
from tests.api.test_chat import ask, load_policies
from tests.conftest import Harness


def test_a_long_message_reaches_the_router_and_the_policy_lookup_cut_to_2000_characters(
        h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    load_policies(h)
    routed: list[str] = []
    looked_up: list[str] = []
    monkeypatch.setattr(chat_graph, "route", lambda message: routed.append(message) or route(message))
    lookup = h.services.policies.lookup
    monkeypatch.setattr(h.services.policies, "lookup",
                        lambda question, top_k=3: looked_up.append(question) or lookup(question, top_k))
    message = "What is the hotel limit in Shanghai? " + "上海出差住宿标准" * 500
    message = message[:4000]
    answer = ask(h, message)
    assert answer["intent"] == "policy" and "900 CNY" in answer["reply"]
    assert routed == [message[:MAX_MESSAGE_CHARS]] and looked_up == [message[:MAX_MESSAGE_CHARS]]
    thread = h.client.get(f"/v1/chat/threads/{answer['thread_id']}", headers=h.auth("sam")).json()
    assert thread["messages"][0]["content"] == message  # the thread keeps what was sent


def test_words_past_the_limit_do_not_route_the_message(h: Harness) -> None:
    filler = "x " * (MAX_MESSAGE_CHARS // 2)
    assert route(filler + "check invoice INV-1").intent == "invoice_check"  # the rules alone would act on it
    answer = ask(h, filler + "check invoice INV-1")
    assert answer["intent"] == "policy" and answer["task_id"] is None


@pytest.mark.parametrize(("text", "number"), [
    ("check invoice INV-7781", "INV-7781"), ("check invoice no. 42", "42"), ("verify invoice number: A/7", "A/7"),
    ("check inv. #X-1", "X-1"), ("check invoice #  ACME-7", "ACME-7"), ("check invoice no 99 please", "99"),
    ("核对发票号：FP-2026-01", "FP-2026-01"), ("检查发票编号 12345", "12345"), ("check invoice\n\tno.\n: 77", "77"),
    ("check INVOICE No.: Z9", "Z9")])
def test_the_invoice_number_is_found_as_before(text: str, number: str) -> None:
    assert route(text).invoice_number == number


def test_a_run_of_spaces_after_invoice_is_not_a_number() -> None:
    assert INVOICE.search("发票" + " " * 50 + "!") is None
    assert route("发票" + " " * 1990 + "!").intent == "policy"
