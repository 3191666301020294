"""The one clock. Everything that stamps or compares a time, or asks for "today", reads it here.

By default it is the system clock. `DE_CLOCK_START` (an ISO date or datetime) starts it at a fixed moment
that then advances in real time, so leases and back-offs still work while every date-dependent result
(an ongoing role's months, a review's due date) is the same on whatever day the run happens. Evals set it
from their dataset's `today`; tests inject a clock with `use_clock`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager


class Clock:
    """The system clock, or one started at `start` and advancing with a monotonic timer."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        if start is not None and start.tzinfo is None:
            start = start.replace(tzinfo=dt.UTC)
        self.start = start
        self._origin = time.monotonic()

    @classmethod
    def parse(cls, value: str | None) -> Clock:
        """`None` → the system clock; `2026-11-26` or `2026-11-26T09:00:00Z` → a clock started there."""
        if not value:
            return cls()
        text = value.strip().replace("Z", "+00:00")
        moment = dt.datetime.fromisoformat(text if "T" in text or " " in text else f"{text}T12:00:00+00:00")
        return cls(moment)

    def now(self) -> dt.datetime:
        if self.start is None:
            return dt.datetime.now(dt.UTC)
        return self.start + dt.timedelta(seconds=time.monotonic() - self._origin)

    def today(self) -> dt.date:
        return self.now().date()

    def __repr__(self) -> str:
        return f"Clock(start={self.start.isoformat() if self.start else 'system'})"


_current = Clock()


def get_clock() -> Clock:
    return _current


def set_clock(clock: Clock) -> Clock:
    """Installs `clock` for the process; returns the one it replaced."""
    global _current
    previous, _current = _current, clock
    return previous


@contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)


def utcnow() -> dt.datetime:
    return _current.now()


def today() -> dt.date:
    return _current.today()
