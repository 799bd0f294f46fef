"""A year's days that are not ordinary, for the production calendar pane: holidays, days off
moved by decree, working weekends and every administrator's override with its note.

A row says whether the day is worked in words and with an icon (never by colour alone), what
the day is (a holiday's name, a transfer, an override's note) and where that comes from: the
``holidays`` library or an override, whose tooltip tells what the library alone would say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont

from ui.icons import icon
from ui.models.record_table import Column, RecordTableModel
from workstation.formatting import format_date, weekday_name
from workstation.production_calendar import DayInfo, DayKind, ProductionCalendar

_DATE = re.compile(r"\d{2}\.\d{2}\.\d{4}")


@dataclass(frozen=True)
class CalendarDay:
    """One listed day: as the calendar sees it now, and as the library alone sees it."""

    info: DayInfo
    library: DayInfo

    @property
    def day(self) -> date:
        return self.info.day

    @property
    def working(self) -> bool:
        return self.info.working

    @property
    def is_override(self) -> bool:
        return self.info.kind in (DayKind.OVERRIDE_WORKING, DayKind.OVERRIDE_DAY_OFF)


def special_days(calendar: ProductionCalendar, year: int) -> list[CalendarDay]:
    """The rows of ``year`` (no Qt: it runs in the background with the service call)."""
    library = ProductionCalendar()
    return [CalendarDay(info, library.describe(info.day)) for info in calendar.year(year)]


class CalendarDaysModel(RecordTableModel[CalendarDay]):
    DATE, WEEKDAY, KIND, WHAT, SOURCE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        bold = QFont()
        bold.setBold(True)
        self._declare([
            Column(self.tr("Date"), lambda d: format_date(d.day),
                   sort_key=lambda d: d.day.toordinal()),
            Column(self.tr("Weekday"), lambda d: weekday_name(d.day),
                   sort_key=lambda d: d.day.weekday()),
            Column(self.tr("Kind"), self._kind_text,
                   icon=lambda d: icon("day-working" if d.working else "day-off"),
                   tooltip=lambda d: d.info.kind.label),
            Column(self.tr("What"), self._what_text),
            Column(self.tr("Source"), self._source_text,
                   icon=lambda d: icon("day-override") if d.is_override else None,
                   tooltip=self._source_tooltip,
                   font=lambda d: bold if d.is_override else None),
        ], text_tooltips=True)

    # -- filling ------------------------------------------------------------------------------
    def set_days(self, days: list[CalendarDay]) -> None:
        self.set_records(days)

    def day(self, row: int) -> CalendarDay:
        return self.record(row)

    def row_of(self, day: date) -> int:
        return next((row for row, listed in enumerate(self._records) if listed.day == day), -1)

    def overrides(self) -> int:
        return sum(1 for listed in self._records if listed.is_override)

    # -- the words ----------------------------------------------------------------------------
    def _kind_text(self, listed: CalendarDay) -> str:
        return self.tr("Working day") if listed.working else self.tr("Day off")

    def _what_text(self, listed: CalendarDay) -> str:
        info = listed.info
        if listed.is_override or info.kind == DayKind.HOLIDAY:
            return info.name
        if info.kind == DayKind.MOVED_DAY_OFF:
            # The library names it «Выходной (перенесено с 03.01.2026)».
            found = _DATE.search(info.name)
            return (self.tr("transfer from %1").replace("%1", found.group())
                    if found else self.tr("transfer"))
        return self.tr("transfer")  # a Saturday or Sunday worked in exchange

    def _source_text(self, listed: CalendarDay) -> str:
        return self.tr("Override") if listed.is_override else self.tr("Library")

    def _source_tooltip(self, listed: CalendarDay) -> str:
        if listed.is_override:
            return self.tr("An administrator's override. By the library alone: %1").replace(
                "%1", listed.library.describe())
        return self.tr("From the holidays library: public holidays and transfers by decree")
