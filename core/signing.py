"""Webhook and callback signatures: `X-DE-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t." + body)>`,
and the same secret as Standard Webhooks headers (below).

During a secret rotation's overlap window two secrets are valid: `verify` accepts a signature by either, and
`sign` puts one v1 signature per secret in the header (receivers accept the header when any v1 matches)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Mapping, Sequence

SIGNATURE_HEADER = "X-DE-Signature"


class SignatureError(ValueError):
    pass


def _secrets(secret: str | Sequence[str]) -> list[str]:
    return [secret] if isinstance(secret, str) else list(secret)


def sign(secret: str | Sequence[str], body: bytes, *, timestamp: int | None = None) -> str:
    t = int(time.time()) if timestamp is None else timestamp
    digests = [hmac.new(s.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest() for s in _secrets(secret)]
    return f"t={t}," + ",".join(f"v1={digest}" for digest in digests)


def verify(secret: str | Sequence[str], body: bytes, header: str | None, *, tolerance: int = 300,
           now: float | None = None) -> None:
    """Raise SignatureError unless the header carries a v1 signature by one of the secrets, made within
    `tolerance` seconds."""
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
    _check_fresh(timestamp, tolerance, now, "signature timestamp")
    expected = [hmac.new(s.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
                for s in _secrets(secret)]
    if not _any_matches(candidates, expected):
        raise SignatureError("signature does not match")


def _check_fresh(timestamp: int, tolerance: int, now: float | None, what: str) -> None:
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise SignatureError(f"{what} is more than {tolerance} s from now")


def _any_matches(candidates: list[str], expected: list[str]) -> bool:
    """Every candidate is compared with every secret's signature, in constant time, so the time taken does not
    tell which one matched. Bytes, not str: a candidate with non-ASCII characters is a mismatch, never an error."""
    matched = False
    for candidate in candidates:
        for digest in expected:
            matched |= hmac.compare_digest(digest.encode(), candidate.encode("utf-8", "replace"))
    return matched


# Standard Webhooks (standardwebhooks.com): `webhook-id`, `webhook-timestamp` and `webhook-signature:
# v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`, with the key given as `whsec_<base64 key>`. A source's
# secret is made in that form (whsec_ + base64 of 32 random bytes): it goes to a Standard Webhooks library as it is.
# A secret of another form (made before, with URL-safe characters) is offered as `whsec_` + base64 of its bytes.
STANDARD_HEADERS = ("webhook-id", "webhook-timestamp", "webhook-signature")


def _standard_key(secret: str) -> bytes:
    if secret.startswith("whsec_"):
        try:
            return base64.b64decode(secret.removeprefix("whsec_"), validate=True)
        except ValueError:
            pass
    return secret.encode()


def standard_secret(secret: str) -> str:
    """The secret as Standard Webhooks libraries take it."""
    key = _standard_key(secret)
    return secret if key != secret.encode() else "whsec_" + base64.b64encode(key).decode()


def _standard_digest(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    return base64.b64encode(hmac.new(_standard_key(secret), signed, hashlib.sha256).digest()).decode()


def standard_headers(secret: str | Sequence[str], message_id: str, body: bytes, *,
                     timestamp: int | None = None) -> dict[str, str]:
    t = int(time.time()) if timestamp is None else timestamp
    signatures = " ".join(f"v1,{_standard_digest(s, message_id, t, body)}" for s in _secrets(secret))
    return {"webhook-id": message_id, "webhook-timestamp": str(t), "webhook-signature": signatures}


def verify_standard(secret: str | Sequence[str], body: bytes, headers: Mapping[str, str], *, tolerance: int = 300,
                    now: float | None = None) -> None:
    """Raise SignatureError unless the Standard Webhooks headers carry a v1 signature by one of the secrets, made
    within `tolerance` seconds."""
    message_id, stamp, header = (headers.get(name) for name in STANDARD_HEADERS)
    if not message_id or not stamp or not header:
        raise SignatureError("webhook-id, webhook-timestamp and webhook-signature are all required")
    try:
        timestamp = int(stamp)
    except ValueError:
        raise SignatureError("webhook-timestamp is not an integer") from None
    _check_fresh(timestamp, tolerance, now, "webhook-timestamp")
    candidates = [value for version, _, value in (part.partition(",") for part in header.split()) if version == "v1"]
    expected = [_standard_digest(s, message_id, timestamp, body) for s in _secrets(secret)]
    if not _any_matches(candidates, expected):
        raise SignatureError("webhook-signature does not match")
