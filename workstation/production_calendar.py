"""The Russian production calendar: which days are worked, and why a day is not.

The library ``holidays`` (RU) knows public holidays, the days off moved by government decree
and the Saturdays or Sundays that became working days in exchange (``weekend_workdays``) — but
only for years whose decree it ships (PITFALLS.md: 2024 and 2025 have working Saturdays, 2026
none yet). An administrator adds what it does not know as calendar overrides; an override wins
over the library for its day.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays

# Saturday and Sunday; the library agrees (RU ``weekend`` is {5, 6}).
WEEKEND = frozenset({5, 6})


class DayKind(enum.StrEnum):
    WORKING = "working"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"  # a public holiday (Labour Code art. 112)
    MOVED_DAY_OFF = "moved_day_off"  # a weekday off, moved from a weekend by decree
    WORKING_WEEKEND = "working_weekend"  # a Saturday (or Sunday) worked in exchange
    OVERRIDE_WORKING = "override_working"  # an administrator's override: worked
    OVERRIDE_DAY_OFF = "override_day_off"  # an administrator's override: not worked

    @property
    def working(self) -> bool:
        return self in (DayKind.WORKING, DayKind.WORKING_WEEKEND, DayKind.OVERRIDE_WORKING)

    @property
    def label(self) -> str:
        return DAY_KIND_LABELS[self]


DAY_KIND_LABELS = {
    DayKind.WORKING: "рабочий день",
    DayKind.WEEKEND: "выходной",
    DayKind.HOLIDAY: "праздник",
    DayKind.MOVED_DAY_OFF: "перенесённый выходной",
    DayKind.WORKING_WEEKEND: "рабочая суббота (перенос)",
    DayKind.OVERRIDE_WORKING: "рабочий день (поправка администратора)",
    DayKind.OVERRIDE_DAY_OFF: "нерабочий день (поправка администратора)",
}


@dataclass(frozen=True)
class CalendarOverride:
    """An administrator's correction for one day (a decree the library does not know yet)."""

    day: date
    working: bool
    note: str = ""


@dataclass(frozen=True)
class DayInfo:
    day: date
    kind: DayKind
    name: str = ""  # the holiday's Russian name, or the override's note

    @property
    def working(self) -> bool:
        return self.kind.working

    def describe(self) -> str:
        """«праздник: Новогодние каникулы», «выходной»"""
        return f"{self.kind.label}: {self.name}" if self.name else self.kind.label


@dataclass(frozen=True)
class _Year:
    holidays: dict[date, str]  # days off on weekdays and holidays, with their Russian names
    working_weekends: frozenset[date]


@lru_cache(maxsize=64)
def _library_year(year: int) -> _Year:
    # Built per year on purpose: ``weekend_workdays`` is filled only for the years the object
    # was asked about, so a calendar made without ``years`` may silently miss them.
    source = holidays.country_holidays("RU", years=year, language="ru")
    return _Year(dict(source.items()), frozenset(d for d in source.weekend_workdays
                                                 if d.year == year))


def _is_moved(name: str) -> bool:
    # The library names a moved day off «Выходной (перенесено с 03.01.2026)».
    return "перенесено" in name.lower()


class ProductionCalendar:
    """Answers "is this a working day" fast: the per-year facts are computed once and cached."""

    def __init__(self, overrides: Iterable[CalendarOverride] = ()) -> None:
        self._overrides = {override.day: override for override in overrides}

    @property
    def overrides(self) -> dict[date, CalendarOverride]:
        return dict(self._overrides)

    def describe(self, day: date) -> DayInfo:
        override = self._overrides.get(day)
        if override is not None:
            kind = DayKind.OVERRIDE_WORKING if override.working else DayKind.OVERRIDE_DAY_OFF
            return DayInfo(day, kind, override.note)
        year = _library_year(day.year)
        if day in year.working_weekends:
            return DayInfo(day, DayKind.WORKING_WEEKEND)
        name = year.holidays.get(day)
        if name is not None:
            return DayInfo(day, DayKind.MOVED_DAY_OFF if _is_moved(name) else DayKind.HOLIDAY,
                           name)
        if day.weekday() in WEEKEND:
            return DayInfo(day, DayKind.WEEKEND)
        return DayInfo(day, DayKind.WORKING)

    def is_working(self, day: date) -> bool:
        override = self._overrides.get(day)
        if override is not None:
            return override.working
        year = _library_year(day.year)
        if day in year.working_weekends:
            return True
        return day not in year.holidays and day.weekday() not in WEEKEND

    def on_or_after(self, day: date) -> tuple[date, list[DayInfo]]:
        """The first working day from ``day`` on, and the non-working days stepped over."""
        skipped: list[DayInfo] = []
        while not self.is_working(day):
            skipped.append(self.describe(day))
            day += timedelta(days=1)
        return day, skipped

    def add_working_days(self, day: date, count: int) -> tuple[date, list[DayInfo]]:
        """The ``count``-th working day after ``day`` (``day`` itself is not counted), and the
        non-working days stepped over on the way. ``count`` 0 gives ``day`` back."""
        skipped: list[DayInfo] = []
        while count > 0:
            day += timedelta(days=1)
            if self.is_working(day):
                count -= 1
            else:
                skipped.append(self.describe(day))
        return day, skipped

    def working_days_between(self, first: date, last: date) -> int:
        """How many working days lie in (first, last] — a pause's length in working days."""
        return sum(1 for day in _days(first + timedelta(days=1), last) if self.is_working(day))

    def year(self, year: int) -> list[DayInfo]:
        """Every day of ``year`` that is not an ordinary working weekday or plain weekend:
        holidays, moved days, working weekends and overrides (for the calendar listing)."""
        special = []
        for day in _days(date(year, 1, 1), date(year, 12, 31)):
            info = self.describe(day)
            if info.kind not in (DayKind.WORKING, DayKind.WEEKEND):
                special.append(info)
        return special


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)
