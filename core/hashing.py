"""Hashes: a stable one of JSON-like data (same content, same hash, whatever the key order or spacing), and
the digest stored in place of a secret."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def secret_digest(secret: str) -> str:
    """What is stored of a secret (an API key, a web session's token): its SHA-256, hex."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def canonical_hash(payload: Any) -> str:
    # ensure_ascii escapes everything, lone surrogates included, so any parsed JSON can be hashed.
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()
