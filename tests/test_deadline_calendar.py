"""The production calendar: weekends, New Year holidays, moved days off, working Saturdays
(the library knows them for 2024 and 2025 only) and an administrator's overrides."""

from __future__ import annotations

from datetime import date

import pytest

from workstation.production_calendar import CalendarOverride, DayKind, ProductionCalendar


@pytest.fixture
def calendar() -> ProductionCalendar:
    return ProductionCalendar()


def test_an_ordinary_week(calendar: ProductionCalendar) -> None:
    assert calendar.is_working(date(2026, 3, 6))  # Friday
    assert not calendar.is_working(date(2026, 3, 7))  # Saturday
    assert calendar.describe(date(2026, 3, 8)).kind is DayKind.HOLIDAY  # 8 March, a Sunday
    # 8 March 2026 falls on a Sunday: the day off moves to Monday (Labour Code art. 112).
    assert not calendar.is_working(date(2026, 3, 9))
    assert calendar.is_working(date(2026, 3, 10))


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_new_year_holidays_are_not_worked(calendar: ProductionCalendar, year: int) -> None:
    for day in range(1, 9):
        info = calendar.describe(date(year, 1, day))
        assert not info.working, info
        assert info.kind is DayKind.HOLIDAY
    assert calendar.describe(date(year, 1, 1)).name == "Новогодние каникулы"


def test_moved_days_off_and_working_saturdays_of_2024(calendar: ProductionCalendar) -> None:
    # Decree for 2024: Saturday 27.04 worked for Monday 29.04, 02.11 for 30.04, 28.12 for 30.12.
    for saturday in (date(2024, 4, 27), date(2024, 11, 2), date(2024, 12, 28)):
        assert calendar.is_working(saturday)
        assert calendar.describe(saturday).kind is DayKind.WORKING_WEEKEND
    for monday in (date(2024, 4, 29), date(2024, 4, 30), date(2024, 12, 30), date(2024, 12, 31)):
        info = calendar.describe(monday)
        assert not info.working
        assert info.kind is DayKind.MOVED_DAY_OFF
        assert "перенесено" in info.name


def test_the_working_saturday_of_2025(calendar: ProductionCalendar) -> None:
    assert calendar.is_working(date(2025, 11, 1))
    assert not calendar.is_working(date(2025, 11, 3))  # moved from 01.11
    assert not calendar.is_working(date(2025, 11, 4))  # Unity Day


def test_2026_has_moved_days_off_but_no_known_working_saturday(
        calendar: ProductionCalendar) -> None:
    assert calendar.describe(date(2026, 1, 9)).kind is DayKind.MOVED_DAY_OFF
    assert not any(info.kind is DayKind.WORKING_WEEKEND for info in calendar.year(2026))


def test_a_calendar_asked_about_a_later_year_first_still_knows_earlier_ones() -> None:
    calendar = ProductionCalendar()
    assert not calendar.is_working(date(2026, 1, 9))
    assert calendar.is_working(date(2025, 11, 1))  # each year is built on its own


def test_working_days_skip_weekends_and_holidays(calendar: ProductionCalendar) -> None:
    # From Thursday 25.04.2024: Fri 26 (1), the working Saturday 27 (2), Sun 28, 29–30 moved
    # off, 1 May holiday, Thu 2 (3), Fri 3 (4), 4–5 weekend, Mon 6 (5).
    last, skipped = calendar.add_working_days(date(2024, 4, 25), 5)
    assert last == date(2024, 5, 6)
    assert [info.day.day for info in skipped] == [28, 29, 30, 1, 4, 5]


def test_working_days_across_the_new_year(calendar: ProductionCalendar) -> None:
    # Friday 26.12.2025: Mon 29, Tue 30 worked, 31.12 moved off, 1–11 January not worked.
    assert calendar.add_working_days(date(2025, 12, 26), 3)[0] == date(2026, 1, 12)
    assert calendar.on_or_after(date(2026, 1, 3))[0] == date(2026, 1, 12)


def test_an_administrators_override_wins_over_the_library() -> None:
    # A decree for 2026 the library does not know yet: Saturday 31.10 worked, Monday 02.11 off.
    calendar = ProductionCalendar([
        CalendarOverride(date(2026, 10, 31), True, "Постановление № 1"),
        CalendarOverride(date(2026, 11, 2), False, "Постановление № 1"),
    ])
    assert calendar.is_working(date(2026, 10, 31))
    assert calendar.describe(date(2026, 10, 31)).kind is DayKind.OVERRIDE_WORKING
    assert not calendar.is_working(date(2026, 11, 2))
    assert calendar.describe(date(2026, 11, 2)).describe() == (
        "нерабочий день (поправка администратора): Постановление № 1")
    # From Friday 30.10: Sat 31 (1), Sun 1 off, Mon 2 off by the override, Tue 3 (2).
    assert calendar.add_working_days(date(2026, 10, 30), 1)[0] == date(2026, 10, 31)
    assert calendar.add_working_days(date(2026, 10, 30), 2)[0] == date(2026, 11, 3)
    # Without the override: Mon 02.11 (1), Tue 03.11 (2).
    assert ProductionCalendar().add_working_days(date(2026, 10, 30), 1)[0] == date(2026, 11, 2)


def test_working_days_between_counts_the_days_after_the_first(
        calendar: ProductionCalendar) -> None:
    assert calendar.working_days_between(date(2026, 3, 2), date(2026, 3, 2)) == 0
    assert calendar.working_days_between(date(2026, 3, 6), date(2026, 3, 10)) == 1  # 7–9 off
