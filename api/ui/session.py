"""Signed web sessions and CSRF tokens: HMAC-SHA256 over a small JSON payload, checked in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

SESSION_COOKIE = "de_session"
LOGIN_CSRF_COOKIE = "de_login_csrf"
SESSION_SECONDS = 8 * 3600


@dataclass(frozen=True)
class WebSession:
    key_id: str
    nonce: str
    expires: int


class SessionSigner:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _mac(self, purpose: str, data: bytes) -> str:
        return hmac.new(self._secret, purpose.encode() + b"\0" + data, hashlib.sha256).hexdigest()

    def issue(self, key_id: str, *, now: float | None = None) -> str:
        payload = {"k": key_id, "n": secrets.token_urlsafe(16), "e": int((now or time.time()) + SESSION_SECONDS)}
        data = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
        return f"{data}.{self._mac('session', data.encode())}"

    def read(self, cookie: str | None, *, now: float | None = None) -> WebSession | None:
        if not cookie or len(cookie) > 1000 or cookie.count(".") != 1:
            return None
        data, mac = cookie.split(".")
        if not hmac.compare_digest(mac, self._mac("session", data.encode())):
            return None
        try:
            payload = json.loads(base64.urlsafe_b64decode(data.encode()))
            session = WebSession(key_id=str(payload["k"]), nonce=str(payload["n"]), expires=int(payload["e"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > (now or time.time()) else None

    def csrf_token(self, session: WebSession) -> str:
        return self._mac("csrf", session.nonce.encode())

    def check_csrf(self, session: WebSession, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(str(token), self.csrf_token(session))
