"""The one injectable clock: started at a fixed day it advances but never reads the machine's date."""

from __future__ import annotations

import datetime as dt

import pytest

from core.clock import Clock, get_clock, today, use_clock, utcnow
from core.settings import Settings
from tools.resumes import parse_resume

ONGOING = "Ada Lind\nada@example.com\nExperience\nData Engineer, Acme Ltd — Jan 2024 – Present\n- SQL\n"


def test_a_started_clock_reports_its_day_and_advances() -> None:
    clock = Clock.parse("2026-11-26")
    first, second = clock.now(), clock.now()
    assert first.date() == dt.date(2026, 11, 26) and first.tzinfo is not None
    assert dt.timedelta(0) <= second - first < dt.timedelta(seconds=5)
    assert Clock.parse("2026-11-26T23:59:00Z").now().isoformat().startswith("2026-11-26T23:59")


def test_the_default_clock_is_the_system_clock() -> None:
    assert Clock.parse(None).start is None
    assert abs((Clock().now() - dt.datetime.now(dt.UTC)).total_seconds()) < 5


def test_use_clock_installs_and_restores() -> None:
    before = get_clock()
    with use_clock(Clock.parse("2030-01-15")):
        assert today() == dt.date(2030, 1, 15) and utcnow().year == 2030
    assert get_clock() is before


def test_resume_years_follow_the_injected_clock_not_the_machine() -> None:
    with use_clock(Clock.parse("2026-11-26")):
        assert parse_resume(ONGOING).resume.total_experience_years == parse_resume(
            ONGOING, today=dt.date(2026, 11, 26)).resume.total_experience_years
        november = parse_resume(ONGOING).resume.total_experience_years
    with use_clock(Clock.parse("2027-12-01")):
        december_next_year = parse_resume(ONGOING).resume.total_experience_years
    assert november > 0
    assert float(december_next_year - november) == pytest.approx(1.0, abs=0.11)


def test_settings_accept_a_day_or_a_moment_and_refuse_anything_else() -> None:
    assert Settings(clock_start="2026-11-26").clock_start == "2026-11-26"
    assert Settings(clock_start="2026-11-26T09:30:00Z").clock_start
    with pytest.raises(ValueError):
        Settings(clock_start="yesterday")
