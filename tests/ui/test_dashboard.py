"""The operations dashboard page (issue 22): its figures, its links to the tasks behind them, who may see it,
and the same figures in a real browser (screenshots for docs/operations-dashboard.md)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.api.test_operations_report import StoppedClock, _known_set, clock  # noqa: F401  (the clock fixture)
from tests.conftest import Harness
from tests.ui.test_pages import sign_in

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PERIOD = {"from": "2026-11-26", "to": "2026-11-26"}


def test_dashboard_shows_the_figures_and_links_to_the_tasks(h: Harness, clock: StoppedClock) -> None:  # noqa: F811
    tasks = _known_set(h, clock)
    assert h.client.get("/ui/dashboard", follow_redirects=False).status_code == 303  # signed out: to the login
    sign_in(h, "fiona")
    page = h.client.get("/ui/dashboard", params=PERIOD)
    assert page.status_code == 200
    html = page.text
    assert "20.0 %" in html and "60.0 %" in html and "<svg" in html  # touchless 1/5, overrides 3/5
    assert 'href="/ui/dashboard/tasks?from=2026-11-26&amp;to=2026-11-26&amp;metric=touchless"' in html
    behind = h.client.get("/ui/dashboard/tasks", params={**PERIOD, "metric": "touchless"})
    assert behind.status_code == 200 and behind.text.count('href="/ui/tasks/') == 1
    assert f'/ui/tasks/{tasks["clean_ok"]["id"]}' in behind.text
    overrides = h.client.get("/ui/dashboard/tasks", params={**PERIOD, "metric": "override"}).text
    assert overrides.count('href="/ui/tasks/') == 3
    assert "运营看板" in h.client.get("/ui/dashboard", params={**PERIOD, "lang": "zh"}).text


def test_staff_have_no_dashboard(h: Harness) -> None:
    sign_in(h, "sam")
    assert h.client.get("/ui/dashboard").status_code == 403
    assert h.client.get("/ui/dashboard/tasks", params={"metric": "all"}).status_code == 403


def test_masked_questions_are_escaped(h: Harness) -> None:
    h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                  json={"question": "<script>alert(1)</script> may I park at the office?"})
    sign_in(h, "admin")
    html = h.client.get("/ui/dashboard").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html


CHROMIUM = os.environ.get("DE_TEST_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM, reason="no chromium executable (apt-get install chromium, or set DE_TEST_CHROMIUM)")
def test_dashboard_in_the_browser(h: Harness, clock: StoppedClock) -> None:  # noqa: F811
    playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    from tests.live import serve
    from tests.ui.test_browser import sign_in as browser_sign_in

    _known_set(h, clock)
    with serve(h.client.app) as base, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page: Any = browser.new_page(viewport={"width": 1280, "height": 900})
            browser_sign_in(page, base, h.keys["fiona"])
            page.goto(f"{base}/ui/dashboard?from=2026-11-26&to=2026-11-26")
            assert page.get_by_test_id("kpi-2").inner_text().split("\n")[:2] == ["Touchless rate", "20.0 %"]
            assert page.get_by_test_id("kpi-3").inner_text().split("\n")[:2] == ["Override rate", "60.0 %"]
            assert page.locator("svg.chart").count() >= 8
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)
            page.get_by_test_id("kpi-3").get_by_role("link").click()
            assert page.locator("table.inbox tbody tr").count() == 3
            phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
            phone.context.add_cookies(page.context.cookies())
            phone.goto(f"{base}/ui/dashboard?from=2026-11-26&to=2026-11-26&lang=zh")
            assert "免干预率" in phone.get_by_test_id("kpi-2").inner_text()
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 390 + 1, width  # nothing wider than the phone
            phone.screenshot(path=str(SCREENSHOTS / "dashboard-phone-zh.png"), full_page=True)
        finally:
            browser.close()
