"""Deadline rules as the engine reads them: a code from REGULATIONS.md, a unit and an amount.

The rules live in the database (table ``deadline_rules``), seeded by revision 0005 with the
defaults of SLA-1…SLA-10, TEL-3 and CMP-2; every change by a supervisor adds a revision, so the
history stays and every deadline names the revision it was computed with
(workstation/deadline_rule_store.py).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from workstation.durations import format_duration
from workstation.formatting import count_of

RuleKey = tuple[str, str]  # (code, variant): ("SLA-9", "post")


class Unit(enum.StrEnum):
    SECONDS = "seconds"
    MINUTES = "minutes"
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"
    # SLA-10: a window of minutes after the desk's next opening (window_start…amount).
    AFTER_OPENING = "after_opening"

    @property
    def counts_days(self) -> bool:
        return self in (Unit.CALENDAR_DAYS, Unit.WORKING_DAYS)


# A supervisor may switch a rule between units of one family only: a call phase stays in
# seconds or minutes, a letter in calendar or working days.
UNIT_FAMILIES: tuple[frozenset[Unit], ...] = (
    frozenset({Unit.SECONDS, Unit.MINUTES}),
    frozenset({Unit.CALENDAR_DAYS, Unit.WORKING_DAYS}),
    frozenset({Unit.AFTER_OPENING}),
)
# Sensible bounds for an amount, per unit (a typo of 4000 days should not pass).
UNIT_LIMITS = {
    Unit.SECONDS: (1, 24 * 3600),
    Unit.MINUTES: (1, 7 * 24 * 60),
    Unit.CALENDAR_DAYS: (1, 365),
    Unit.WORKING_DAYS: (1, 250),
    Unit.AFTER_OPENING: (1, 24 * 60),
}


def same_family(a: Unit, b: Unit) -> bool:
    return any(a in family and b in family for family in UNIT_FAMILIES)


@dataclass(frozen=True)
class Rule:
    code: str  # SLA-7, CMP-2, TEL-3
    variant: str  # "" or e.g. "post", "specialist"
    revision: int
    title: str
    unit: Unit
    amount: int
    window_start: int | None  # AFTER_OPENING only: the window opens after this many minutes
    due_soon_seconds: int  # "due soon" from this much time left
    roll_forward: bool  # a last day that is not worked moves to the next working day
    customer_hours: bool  # ends at the end of the customer's calling hours (TEL-8), not ours
    valid_from: datetime
    changed_by: str = ""
    reason: str = ""

    @property
    def key(self) -> RuleKey:
        return (self.code, self.variant)

    @property
    def name(self) -> str:
        """SLA-9/post"""
        return f"{self.code}/{self.variant}" if self.variant else self.code

    @property
    def duration(self) -> timedelta | None:
        """The limit as a time span, for rules counted in time (call phases, CMP-2)."""
        if self.unit is Unit.SECONDS:
            return timedelta(seconds=self.amount)
        if self.unit is Unit.MINUTES:
            return timedelta(minutes=self.amount)
        return None

    @property
    def due_soon(self) -> timedelta:
        return timedelta(seconds=self.due_soon_seconds)

    def limit_text(self) -> str:
        """«40 с», «10 календарных дней», «5 рабочих дней», «2–3 ч после открытия»"""
        if self.unit is Unit.CALENDAR_DAYS:
            return count_of(self.amount, "календарный день", "календарных дня",
                            "календарных дней")
        if self.unit is Unit.WORKING_DAYS:
            return count_of(self.amount, "рабочий день", "рабочих дня", "рабочих дней")
        if self.unit is Unit.AFTER_OPENING:
            start = format_duration(timedelta(minutes=self.window_start or 0))
            end = format_duration(timedelta(minutes=self.amount))
            return f"с {start} до {end} после открытия"
        duration = self.duration
        assert duration is not None
        return format_duration(duration)


class RuleBook:
    """All revisions of all rules; the newest revision of a key is the one in force."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._all: dict[RuleKey, dict[int, Rule]] = {}
        for rule in rules:
            self._all.setdefault(rule.key, {})[rule.revision] = rule

    def current(self, code: str, variant: str = "") -> Rule:
        revisions = self._all.get((code, variant))
        if not revisions:
            raise KeyError(f"no deadline rule {code}/{variant}")
        return revisions[max(revisions)]

    def revision(self, code: str, variant: str, revision: int) -> Rule:
        return self._all[(code, variant)][revision]

    def has(self, code: str, variant: str = "") -> bool:
        return (code, variant) in self._all

    def all_current(self) -> list[Rule]:
        return sorted((self.current(*key) for key in self._all), key=rule_order)

    def history(self, code: str, variant: str = "") -> list[Rule]:
        return [rule for _, rule in sorted(self._all.get((code, variant), {}).items())]


def rule_order(rule: Rule) -> tuple[str, int, str]:
    """SLA-2 before SLA-10: by the letters, then the number, then the variant."""
    letters, _, number = rule.code.partition("-")
    return (letters, int(number) if number.isdigit() else 0, rule.variant)
