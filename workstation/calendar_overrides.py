"""Administrators' corrections of the production calendar, for days the library does not know.

The government decrees next year's transfers in the autumn; until ``holidays`` ships them, an
administrator enters them here. An override changes the deadlines already running across that
day (the calendar is the law, not a promise made to a customer), in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import CalendarOverride
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.deadlines import DeadlineEnvironment, DeadlineRegistry
from workstation.errors import NotFoundError, ValidationError
from workstation.production_calendar import CalendarOverride as Override
from workstation.production_calendar import DayInfo, ProductionCalendar
from workstation.roles import Permission, Principal, require


@dataclass(frozen=True)
class OverrideResult:
    day: DayInfo  # the day as the calendar now sees it
    library: DayInfo  # what the library alone says
    recomputed: int  # open deadlines whose due time moved


class CalendarService:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._registry = DeadlineRegistry(clock)

    def calendar(self) -> ProductionCalendar:
        with self._sessions() as session:
            return DeadlineEnvironment.load(session).calendar

    def overrides(self) -> list[Override]:
        with self._sessions() as session:
            return [Override(row.day, row.working, row.note) for row in session.scalars(
                select(CalendarOverride).order_by(CalendarOverride.day))]

    def set_override(self, actor: Principal, day: date, working: bool,
                     note: str) -> OverrideResult:
        """Make ``day`` a working day or a day off (replacing an earlier override of it)."""
        require(actor, Permission.EDIT_CALENDAR)
        note = note.strip()
        if not note:
            raise ValidationError("Укажите основание поправки (например, номер постановления).")
        library = ProductionCalendar().describe(day)
        with self._sessions.begin() as session:
            row = session.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
            old = None if row is None else {"working": row.working, "note": row.note}
            if row is None:
                session.add(CalendarOverride(day=day, working=working, note=note[:200],
                                             created_by=actor.login,
                                             created_at=self._clock.now()))
            else:
                row.working, row.note = working, note[:200]
            session.flush()
            moved = self._recompute(session, day)
            self._audit.record(session, "calendar.override", actor=actor,
                               object_type="calendar_day", object_id=day.isoformat(),
                               details={"working": working, "note": note, "old": old,
                                        "recomputed": moved})
            env_day = DeadlineEnvironment.load(session).calendar.describe(day)
        return OverrideResult(env_day, library, moved)

    def remove_override(self, actor: Principal, day: date) -> OverrideResult:
        require(actor, Permission.EDIT_CALENDAR)
        with self._sessions.begin() as session:
            row = session.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
            if row is None:
                raise NotFoundError(f"Поправки на {day:%d.%m.%Y} нет.")
            session.delete(row)
            session.flush()
            moved = self._recompute(session, day)
            self._audit.record(session, "calendar.override.remove", actor=actor,
                               object_type="calendar_day", object_id=day.isoformat(),
                               details={"recomputed": moved})
        library = ProductionCalendar().describe(day)
        return OverrideResult(library, library, moved)

    def _recompute(self, session: Session, day: date) -> int:
        env = DeadlineEnvironment.load(session)
        # A day in any zone of Russia lies within a day and a half of its UTC midnight.
        first = datetime.combine(day, time(0), tzinfo=UTC) - timedelta(hours=14)
        last = datetime.combine(day, time(0), tzinfo=UTC) + timedelta(hours=36)
        return self._registry.recompute_covering(session, first, last, env)
