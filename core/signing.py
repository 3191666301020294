"""Webhook and callback signatures: `X-DE-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t." + body)>`."""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "X-DE-Signature"


class SignatureError(ValueError):
    pass


def sign(secret: str, body: bytes, *, timestamp: int | None = None) -> str:
    t = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={digest}"


def verify(secret: str, body: bytes, header: str | None, *, tolerance: int = 300, now: float | None = None) -> None:
    """Raise SignatureError unless the header carries a valid v1 signature made within `tolerance` seconds."""
    if not header:
        raise SignatureError("missing X-DE-Signature header")
    timestamp: int | None = None
    candidates: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            try:
                timestamp = int(value)
            except ValueError:
                raise SignatureError("signature timestamp is not an integer") from None
        elif key == "v1" and value:
            candidates.append(value.strip().lower())
    if timestamp is None or not candidates:
        raise SignatureError("signature header must be t=<unix seconds>,v1=<hex>")
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise SignatureError(f"signature timestamp is more than {tolerance} s from now")
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    # Every candidate is compared, in constant time, so the time taken does not tell which one matched.
    matched = False
    # Bytes, not str: a candidate with non-ASCII characters is a mismatch, never an error.
    for candidate in candidates:
        matched |= hmac.compare_digest(expected.encode(), candidate.encode("utf-8", "replace"))
    if not matched:
        raise SignatureError("signature does not match")
