"""Signed web session cookies and CSRF tokens: HMAC-SHA256, checked in constant time.

The cookie carries a session token (storage.web_sessions) and its MAC, nothing else: whether the session is
still live (not logged out, not expired, its key not revoked) is decided on the server at every request."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

SESSION_COOKIE = "de_session"
LOGIN_CSRF_COOKIE = "de_login_csrf"
SESSION_SECONDS = 8 * 3600
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


@dataclass(frozen=True)
class WebSession:
    token: str


class SessionSigner:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _mac(self, purpose: str, data: bytes) -> str:
        return hmac.new(self._secret, purpose.encode() + b"\0" + data, hashlib.sha256).hexdigest()

    def issue(self, token: str) -> str:
        return f"{token}.{self._mac('session', token.encode())}"

    def read(self, cookie: str | None) -> WebSession | None:
        """The session a cookie names, when its MAC holds (its liveness is the server's to check)."""
        if not cookie or len(cookie) > 1000 or cookie.count(".") != 1:
            return None
        token, mac = cookie.split(".")
        if not _TOKEN.match(token):
            return None
        if not hmac.compare_digest(mac.encode(), self._mac("session", token.encode()).encode()):
            return None
        return WebSession(token=token)

    def csrf_token(self, session: WebSession) -> str:
        return self._mac("csrf", session.token.encode())

    def check_csrf(self, session: WebSession, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(str(token).encode(), self.csrf_token(session).encode())
