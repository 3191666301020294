"""The web pages in a real browser: Debian's chromium driven by Playwright, against a live uvicorn server.

Skipped with a reason when Playwright or chromium is missing; `.ci/run` installs both. Screenshots of the
inbox and a task page are written to docs/screenshots/ for the README.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import factories as f
from tests.api.test_reviews import paused_task
from tests.conftest import Harness
from tests.live import serve

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
CHROMIUM = os.environ.get("DE_TEST_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    pytest.skip("no chromium executable (apt-get install chromium, or set DE_TEST_CHROMIUM)",
                allow_module_level=True)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def live(h: Harness) -> Iterator[tuple[Harness, str]]:
    """The harness's app over HTTP, for the browser."""
    with serve(h.client.app) as url:
        yield h, url


@pytest.fixture
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield instance
        instance.close()


def sign_in(page: Any, base: str, key: str) -> None:
    page.goto(f"{base}/ui/login")
    page.get_by_label("API key").fill(key)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(re.escape(base) + r"/ui/(?:chat)?$"))  # staff land on the chat


def test_sign_in_approve_edit_reject_in_the_browser(live: tuple[Harness, str], browser: Any) -> None:
    h, base = live
    clean = paused_task(h, receipts=[f.grn()])
    evil = "<img src=x onerror=alert(1)>"
    held = paused_task(h, f.invoice(number="INV-2", lines=[{"line_no": 1, "sku": "A-1", "description": evil,
                                                            "quantity": "100", "unit_price": "2.10",
                                                            "tax_rate": "0.19"}]),
                       receipts=[f.grn(lines=[(1, "60")])])
    third = paused_task(h, f.invoice(number="INV-3"), receipts=[f.grn()])
    dialogs: list[str] = []
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    sign_in(page, base, h.keys["fiona"])
    assert page.get_by_test_id("total").inner_text() == "3"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "inbox.png"), full_page=True)

    # The held invoice: variance lines highlighted, the XSS string shown as text, rejected with a comment.
    page.goto(f"{base}/ui/tasks/{held['id']}")
    assert page.locator("tr.exception").count() == 1
    assert evil in page.locator("body").text_content()  # shown as text (inside the details block)
    assert page.locator("img[src=x]").count() == 0 and dialogs == []
    page.screenshot(path=str(SCREENSHOTS / "task.png"), full_page=True)
    page.get_by_label("Comment").fill("Price above the PO; ask the vendor for a credit note")
    page.get_by_role("button", name="Reject").click()
    assert page.get_by_test_id("status").inner_text() == "rejected"
    assert h.task(held["id"])["review"]["comment"] == "Price above the PO; ask the vendor for a credit note"

    # Approve the clean one from the keyboard path: focus the button and press Enter.
    page.goto(f"{base}/ui/tasks/{clean['id']}")
    page.get_by_role("button", name="Approve", exact=True).focus()
    page.keyboard.press("Enter")
    page.get_by_test_id("status").filter(has_text="approved").wait_for()
    assert h.task(clean["id"])["status"] == "approved"

    # Edit an amount.
    page.goto(f"{base}/ui/tasks/{third['id']}")
    page.get_by_label("Amount to pay (EUR)").fill("350.00")
    page.get_by_role("button", name="Edit and approve").click()
    page.get_by_test_id("status").filter(has_text="approved").wait_for()
    assert h.task(third["id"])["result"]["outcome"]["amount_to_pay"] == "350.00"

    page.goto(f"{base}/ui/")
    assert page.get_by_test_id("total").inner_text() == "0"
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{base}/ui/login")
    page.goto(f"{base}/ui/")
    assert page.url == f"{base}/ui/login"


def test_phone_layout_in_chinese(live: tuple[Harness, str], browser: Any) -> None:
    h, base = live
    task = paused_task(h, receipts=[f.grn()])
    page = browser.new_page(viewport={"width": 390, "height": 844})
    sign_in(page, base, h.keys["fiona"])
    page.goto(f"{base}/ui/tasks/{task['id']}?lang=zh")
    assert page.get_by_role("button", name="批准", exact=True).is_visible()
    # Nothing wider than the phone's screen outside the scrollable line table.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    page.screenshot(path=str(SCREENSHOTS / "task-phone-zh.png"), full_page=True)


def test_chat_streams_a_cited_answer(live: tuple[Harness, str], browser: Any) -> None:
    from tests.api.test_chat import load_policies

    h, base = live
    load_policies(h)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    sign_in(page, base, h.keys["sam"])
    page.goto(f"{base}/ui/chat")
    page.get_by_label("Your question").fill("What is the hotel limit in Shanghai? <b>bold</b>")
    page.get_by_role("button", name="Send").click()
    link = page.locator("a.cite").first
    link.wait_for()
    assert link.inner_text() == "Travel Rules § 1"
    assert "900 CNY" in page.locator(".msg.assistant .text").last.inner_text()
    assert page.locator(".msg.user .text").last.inner_text().endswith("<b>bold</b>")  # shown as text
    assert "/ui/chat?thread=" in page.url
    page.reload()  # the thread is durable: the same answer after a reload, without the script
    assert page.locator("a.cite").first.inner_text() == "Travel Rules § 1"
    page.screenshot(path=str(SCREENSHOTS / "chat.png"), full_page=True)
