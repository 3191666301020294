"""A stable hash of JSON-like data: same content, same hash, whatever the key order or spacing."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_hash(payload: Any) -> str:
    # ensure_ascii escapes everything, lone surrogates included, so any parsed JSON can be hashed.
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()
