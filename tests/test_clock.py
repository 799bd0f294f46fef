"""All "now" comes from a Clock; tests move a FakeClock instead of sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from workstation.clock import FakeClock, SystemClock

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SAKHALIN = timezone(timedelta(hours=11))


def test_fake_clock_stands_still_until_advanced() -> None:
    clock = FakeClock(START)
    assert clock.now() == START
    assert clock.now() == START


def test_advance_by_seconds_or_timedelta() -> None:
    clock = FakeClock(START)
    assert clock.advance(90) == START + timedelta(seconds=90)
    assert clock.advance(timedelta(minutes=15)) == START + timedelta(minutes=16, seconds=30)
    assert clock.advance(0.5) == START + timedelta(minutes=16, seconds=30.5)
    assert clock.now() == START + timedelta(minutes=16, seconds=30.5)


def test_a_clock_does_not_go_backwards() -> None:
    clock = FakeClock(START)
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(timedelta(seconds=-1))
    assert clock.now() == START


def test_only_timezone_aware_moments() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        FakeClock(datetime(2026, 3, 2, 9, 0))
    clock = FakeClock(START)
    with pytest.raises(ValueError, match="timezone-aware"):
        clock.set(datetime(2026, 3, 2, 9, 0))
    assert clock.now() == START


def test_the_fake_clock_speaks_utc() -> None:
    clock = FakeClock(datetime(2026, 3, 2, 20, 0, tzinfo=SAKHALIN))
    assert clock.now() == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert clock.now().utcoffset() == timedelta(0)
    clock.set(datetime(2026, 3, 3, 8, 0, tzinfo=SAKHALIN))
    assert clock.now() == datetime(2026, 3, 2, 21, 0, tzinfo=UTC)
    assert clock.now().utcoffset() == timedelta(0)


def test_the_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None and now.utcoffset() == timedelta(0)
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)
