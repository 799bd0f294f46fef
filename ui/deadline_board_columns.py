"""What the supervisors' board tables show, column by column (RecordTableModel declarations)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta, tzinfo
from types import MappingProxyType
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from ui import palette
from ui.deadline_look import state_colour, state_icon
from ui.icons import icon
from ui.models.record_table import Column
from workstation.deadline_board import BoardRow, Breach, Compliance
from workstation.deadline_math import DeadlineState
from workstation.deadline_rules import Rule
from workstation.durations import format_duration, format_time_left
from workstation.formatting import format_datetime, format_number


def short_name(full_name: str) -> str:
    """"Иванова Ольга Сергеевна" → "Иванова О.\u00a0С.": the surname and initials, as a list of
    people is written in Russian documents (the whole name is in the cell's tooltip)."""
    surname, *names = full_name.split()
    if not names:
        return full_name
    initials = "\u00a0".join(f"{name[0]}." for name in names)
    return f"{surname} {initials}"


def _person(name: str, login: str) -> str:
    return f"{name} ({login})" if login else name


def _count(value: int) -> str:
    return format_number(value) if value else "—"


def _rate(item: Compliance) -> str:
    rate = item.rate
    return "—" if rate is None else f"{format_number(rate * 100, 1)}\u00a0%"


def _rate_colour(item: Compliance) -> QColor | None:
    if item.rate is None:
        return None
    if item.rate >= 0.95:
        return QColor(palette.SUCCESS)
    return QColor(palette.WARNING if item.rate >= 0.8 else palette.DANGER)


class BoardColumns(QObject):
    """Each table's columns, and its *elastic* ones (ui/fitted_columns.py): the names and
    titles that share what the numbers and dates leave of a narrow pane, the first taking any
    room to spare."""

    COUNTS_ELASTIC = (0, 1)  # unit, employee
    BREACHES_ELASTIC = (1, 7, 3, 4, 6)  # item, why, employee, unit, state
    # The item keeps its number and the start of its title.
    BREACHES_FLOORS: ClassVar[Mapping[int, int]] = MappingProxyType({1: 22})
    COMPLIANCE_ELASTIC = (1,)  # the deadline's title
    RULES_ELASTIC = (1, 7)  # the deadline's title, the reason

    def counts(self) -> list[Column[BoardRow]]:
        overdue, soon = DeadlineState.OVERDUE, DeadlineState.DUE_SOON
        return [
            Column(self.tr("Unit"), lambda r: r.unit, tooltip=lambda r: r.unit),
            Column(self.tr("Employee"), lambda r: short_name(r.owner_name),
                   tooltip=lambda r: _person(r.owner_name, r.owner_login),
                   sort_key=lambda r: r.owner_name),
            Column(self.tr("On time"), lambda r: _count(r.on_time), numeric=True,
                   sort_key=lambda r: r.on_time),
            Column(self.tr("Due soon"), lambda r: _count(r.due_soon), numeric=True,
                   icon=lambda r: state_icon(soon) if r.due_soon else None,
                   colour=lambda r: state_colour(soon) if r.due_soon else None,
                   sort_key=lambda r: r.due_soon),
            Column(self.tr("Overdue"), lambda r: _count(r.overdue), numeric=True,
                   icon=lambda r: state_icon(overdue) if r.overdue else None,
                   colour=lambda r: state_colour(overdue) if r.overdue else None,
                   sort_key=lambda r: r.overdue),
            Column(self.tr("Paused"), lambda r: _count(r.paused), numeric=True,
                   sort_key=lambda r: r.paused),
            Column(self.tr("Open"), lambda r: _count(r.open), numeric=True,
                   sort_key=lambda r: r.open),
        ]

    def breaches(self, zone: tzinfo) -> list[Column[Breach]]:
        overdue = DeadlineState.OVERDUE
        return [
            Column(self.tr("Due"), lambda b: format_datetime(b.due_at, zone),
                   sort_key=lambda b: b.due_at),
            Column(self.tr("Item"), lambda b: b.title, tooltip=lambda b: b.title,
                   icon=lambda b: state_icon(overdue) if b.completed_at is None else None),
            Column(self.tr("Rule"), lambda b: b.rule_name, tooltip=lambda b: b.rule_title),
            Column(self.tr("Employee"), lambda b: short_name(b.owner_name),
                   tooltip=lambda b: b.owner_name, sort_key=lambda b: b.owner_name),
            Column(self.tr("Unit"), lambda b: b.unit, tooltip=lambda b: b.unit),
            Column(self.tr("Late by"), lambda b: format_time_left(b.late_by), numeric=True,
                   colour=lambda b: state_colour(overdue), sort_key=lambda b: b.late_by),
            Column(self.tr("State"), lambda b: self.tr("still open") if b.completed_at is None
                   else self.tr("done %1").replace("%1", format_datetime(b.completed_at, zone))),
            Column(self.tr("Why"), lambda b: b.why, tooltip=lambda b: b.why),
        ]

    def compliance(self) -> list[Column[Compliance]]:
        return [
            Column(self.tr("Rule"), lambda c: c.rule_name),
            Column(self.tr("Deadline"), lambda c: c.rule_title, tooltip=lambda c: c.rule_title),
            Column(self.tr("Decided"), lambda c: _count(c.total), numeric=True,
                   sort_key=lambda c: c.total),
            Column(self.tr("Met"), lambda c: _count(c.met), numeric=True,
                   sort_key=lambda c: c.met),
            Column(self.tr("Missed"), lambda c: _count(c.missed), numeric=True,
                   colour=lambda c: QColor(palette.DANGER) if c.missed else None,
                   sort_key=lambda c: c.missed),
            Column(self.tr("Kept"), _rate, numeric=True, colour=_rate_colour,
                   icon=lambda c: None if c.rate is None else icon(
                       "deadline-on-time" if c.rate >= 0.95 else "deadline-overdue"),
                   sort_key=lambda c: -1 if c.rate is None else c.rate),
        ]

    def rules(self, zone: tzinfo) -> list[Column[Rule]]:
        return [
            Column(self.tr("Rule"), lambda r: r.name),
            Column(self.tr("Deadline"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(self.tr("Limit"), lambda r: r.limit_text()),
            Column(self.tr("\"Due soon\" from"),
                   lambda r: format_duration(timedelta(seconds=r.due_soon_seconds))),
            Column(self.tr("Revision"), lambda r: str(r.revision), numeric=True),
            Column(self.tr("Since"), lambda r: format_datetime(r.valid_from, zone)),
            Column(self.tr("Changed by"), lambda r: r.changed_by),
            Column(self.tr("Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
        ]
