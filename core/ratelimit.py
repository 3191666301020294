"""Per-key token buckets: a burst, then a steady rate; 429 with Retry-After when a bucket is empty.

The buckets live in the process: with several API processes each enforces its own share, so set the limits
per process (the total is at most processes × limit).
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from core.errors import RateLimited


class RateLimiter:
    def __init__(self, *, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 100_000) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0 and self.burst > 0

    def hit(self, key: str) -> None:
        """Take one token for `key`, or raise RateLimited saying when the next one is due."""
        if not self.enabled:
            return
        now = self.clock()
        with self._lock:
            tokens, seen = self._buckets.pop(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - seen) * self.rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                wait = math.ceil((1.0 - tokens) / self.rate)
                raise RateLimited(f"rate limit: {self.burst:.0f} requests at once, then "
                                  f"{self.rate * 60:.0f} per minute; retry in {wait} s",
                                  headers={"Retry-After": str(wait)})
            self._buckets[key] = (tokens - 1.0, now)
            while len(self._buckets) > self.max_keys:  # forget the least recently seen keys
                self._buckets.popitem(last=False)
