"""Web sessions are server-side (security finding 9): logout, expiry and a revoked key end them for good."""

from __future__ import annotations

import datetime as dt

from core.clock import use_clock
from tests.api.test_holders import StoppedClock
from tests.conftest import Harness
from tests.ui.test_pages import csrf_of, sign_in

T0 = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


def _refused(h: Harness, cookie: str) -> bool:
    h.client.cookies.clear()
    h.client.cookies.set("de_session", cookie)
    response = h.client.get("/ui/", follow_redirects=False)
    return response.status_code == 303 and response.headers["location"] == "/ui/login"


def test_logout_revokes_the_session_server_side(h: Harness) -> None:
    sign_in(h, "fiona")
    cookie = h.client.cookies["de_session"]
    inbox = h.client.get("/ui/")
    assert inbox.status_code == 200
    out = h.client.post("/ui/logout", data={"csrf": csrf_of(inbox.text)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/ui/login"
    assert _refused(h, cookie)  # the old cookie, replayed, no longer signs anyone in
    assert h.client.post("/ui/chat", data={"message": "hi", "csrf": csrf_of(inbox.text)},
                         follow_redirects=False).status_code == 303


def test_logout_without_the_form_token_keeps_the_session(h: Harness) -> None:
    sign_in(h, "fiona")
    cookie = h.client.cookies["de_session"]
    assert h.client.post("/ui/logout", data={"csrf": "forged"}, follow_redirects=False).status_code == 303
    assert not _refused(h, cookie)


def test_sessions_expire_on_the_injected_clock(h: Harness) -> None:
    clock = StoppedClock(T0)
    with use_clock(clock):
        sign_in(h, "fiona")
        cookie = h.client.cookies["de_session"]
        clock.move(hours=7, minutes=59)
        assert not _refused(h, cookie)
        clock.move(minutes=1)
        assert _refused(h, cookie)


def test_a_revoked_key_ends_its_sessions(h: Harness) -> None:
    sign_in(h, "sam")
    cookie = h.client.cookies["de_session"]
    keys = h.client.get("/v1/admin/keys", headers=h.auth("admin")).json()["items"]
    sam = next(k for k in keys if k["name"] == "sam")
    assert h.client.delete(f"/v1/admin/keys/{sam['id']}", headers=h.auth("admin")).status_code == 204
    assert _refused(h, cookie)


def test_each_sign_in_is_its_own_session(h: Harness) -> None:
    sign_in(h, "fiona")
    first = h.client.cookies["de_session"]
    h.client.cookies.clear()
    sign_in(h, "fiona")
    second = h.client.cookies["de_session"]
    assert first != second
    inbox = h.client.get("/ui/")
    assert h.client.post("/ui/logout", data={"csrf": csrf_of(inbox.text)}, follow_redirects=False).status_code == 303
    assert _refused(h, second) and not _refused(h, first)
