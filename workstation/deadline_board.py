"""The supervisors' board: who has how much on time, due soon and overdue; the breaches with who
and why; how well each rule was kept over a period (QA-2: "the deadline was kept").

Counting happens in SQL over the stored due times, so the board costs the same for ten desks
or a hundred, and never recomputes a deadline.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, false, func, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db.engine import SessionFactory
from db.models import Appeal, Deadline, Unit, User
from workstation.appeals import AppealStatus
from workstation.clock import Clock
from workstation.deadline_service import rule_titles
from workstation.deadlines import DeadlineEnvironment, DeadlineStatus, SubjectType
from workstation.roles import Permission, Principal, require

BREACH_LIMIT = 500
NOBODY = "не назначено"


@dataclass(frozen=True)
class BoardRow:
    unit: str
    owner_id: uuid.UUID | None
    owner_login: str
    owner_name: str
    on_time: int
    due_soon: int
    overdue: int
    paused: int

    @property
    def open(self) -> int:
        return self.on_time + self.due_soon + self.overdue + self.paused


@dataclass(frozen=True)
class Breach:
    deadline_id: uuid.UUID
    version: int
    subject_type: str
    subject_id: uuid.UUID
    title: str
    rule_name: str
    rule_title: str
    unit: str
    owner_name: str
    due_at: datetime
    completed_at: datetime | None  # None: still open and overdue
    late_by: timedelta
    why: str


@dataclass(frozen=True)
class Compliance:
    rule_name: str
    rule_title: str
    total: int
    met: int

    @property
    def missed(self) -> int:
        return self.total - self.met

    @property
    def rate(self) -> float | None:
        return self.met / self.total if self.total else None


@dataclass(frozen=True)
class Period:
    """Days in the zone deadlines are counted in, both ends included."""

    first: date
    last: date


class DeadlineBoard:
    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def counts(self, actor: Principal) -> list[BoardRow]:
        """Open deadlines per person (with their unit) by state, at this moment."""
        require(actor, Permission.VIEW_DEADLINE_BOARD)
        now = self._clock.now()
        with self._sessions() as session:
            running = Deadline.status == DeadlineStatus.RUNNING.value
            overdue = and_(running, Deadline.due_at < now)
            thresholds = list(session.scalars(
                select(Deadline.due_soon_seconds).where(running).distinct()))
            # "Due soon" depends on each row's own threshold: one condition per distinct one.
            soon = and_(running, Deadline.due_at >= now, or_(false(), *(
                and_(Deadline.due_soon_seconds == seconds,
                     Deadline.due_at <= now + timedelta(seconds=seconds))
                for seconds in thresholds)))
            rows = session.execute(
                select(Deadline.owner_id, func.count(),
                       func.sum(case((overdue, 1), else_=0)),
                       func.sum(case((soon, 1), else_=0)),
                       func.sum(case((Deadline.status == DeadlineStatus.PAUSED.value, 1),
                                     else_=0)))
                .where(Deadline.status != DeadlineStatus.DONE.value,
                       Deadline.subject_type != SubjectType.CALL.value)
                .group_by(Deadline.owner_id)).all()
            people = _people(session, [row[0] for row in rows if row[0] is not None])
        board = []
        for owner_id, total, late, due_soon, paused in rows:
            unit, login, name = people.get(owner_id, ("", "", NOBODY))
            late, due_soon, paused = int(late or 0), int(due_soon or 0), int(paused or 0)
            board.append(BoardRow(unit, owner_id, login, name,
                                  int(total) - late - due_soon - paused, due_soon, late, paused))
        return sorted(board, key=lambda row: (row.unit, row.owner_name))

    def breaches(self, actor: Principal, period: Period,
                 limit: int = BREACH_LIMIT) -> list[Breach]:
        """Deadlines due in the period that were missed or are overdue now, worst first."""
        require(actor, Permission.VIEW_DEADLINE_BOARD)
        now = self._clock.now()
        with self._sessions() as session:
            first, last = _bounds(session, period)
            rows = list(session.scalars(
                select(Deadline)
                .where(Deadline.due_at >= first, Deadline.due_at < last,
                       or_(Deadline.met == false(), _overdue_now(now)))
                .order_by(Deadline.due_at).limit(limit)))
            people = _people(session, [row.owner_id for row in rows if row.owner_id])
            statuses = _appeal_statuses(session, [row.subject_id for row in rows
                                                  if row.subject_type == "appeal"])
            titles = rule_titles(session)
        breaches = []
        for row in rows:
            unit, _, name = people.get(row.owner_id, ("", "", NOBODY))
            end = row.completed_at or (row.paused_at if row.paused_at else now)
            breaches.append(Breach(
                row.id, row.version, row.subject_type, row.subject_id, row.title,
                f"{row.rule_code}/{row.rule_variant}" if row.rule_variant else row.rule_code,
                titles.get((row.rule_code, row.rule_variant), row.rule_code), unit, name,
                row.due_at, row.completed_at, end - row.due_at,
                _why(row, statuses.get(row.subject_id))))
        return sorted(breaches, key=lambda breach: breach.late_by, reverse=True)

    def compliance(self, actor: Principal, period: Period) -> list[Compliance]:
        """Per rule: deadlines due in the period and decided (met, missed, or overdue now)."""
        require(actor, Permission.VIEW_DEADLINE_BOARD)
        now = self._clock.now()
        with self._sessions() as session:
            first, last = _bounds(session, period)
            rows = session.execute(
                select(Deadline.rule_code, Deadline.rule_variant, func.count(),
                       func.sum(case((Deadline.met == true(), 1), else_=0)))
                .where(Deadline.due_at >= first, Deadline.due_at < last,
                       or_(Deadline.status == DeadlineStatus.DONE.value, _overdue_now(now)))
                .group_by(Deadline.rule_code, Deadline.rule_variant)).all()
            titles = rule_titles(session)
        result = [Compliance(f"{code}/{variant}" if variant else code,
                             titles.get((code, variant), code), int(total), int(met or 0))
                  for code, variant, total, met in rows]
        return sorted(result, key=lambda item: _rule_sort(item.rule_name))


def _overdue_now(now: datetime) -> ColumnElement[bool]:
    """Open and past due: running after its due time, or paused only after it had passed."""
    return or_(and_(Deadline.status == DeadlineStatus.RUNNING.value, Deadline.due_at < now),
               and_(Deadline.status == DeadlineStatus.PAUSED.value,
                    Deadline.due_at < Deadline.paused_at))


def _rule_sort(name: str) -> tuple[str, int, str]:
    code, _, variant = name.partition("/")
    letters, _, number = code.partition("-")
    return (letters, int(number) if number.isdigit() else 0, variant)


def _bounds(session: Session, period: Period) -> tuple[datetime, datetime]:
    zone = DeadlineEnvironment.load(session).hours.zone
    first = datetime.combine(period.first, time(0), tzinfo=zone)
    last = datetime.combine(period.last + timedelta(days=1), time(0), tzinfo=zone)
    return first, last


def _people(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID | None,
                                                            tuple[str, str, str]]:
    if not ids:
        return {}
    rows = session.execute(
        select(User.id, Unit.name, User.login, User.full_name)
        .outerjoin(Unit, Unit.id == User.unit_id).where(User.id.in_(ids)))
    return {user_id: (unit or "", login, name) for user_id, unit, login, name in rows}


def _appeal_statuses(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    found: dict[uuid.UUID, str] = {}
    for start in range(0, len(ids), 500):
        for appeal_id, status in session.execute(
                select(Appeal.id, Appeal.status).where(Appeal.id.in_(ids[start:start + 500]))):
            found[appeal_id] = status
    return found


def _why(row: Deadline, appeal_status: str | None) -> str:
    """The note of the person responsible, else what the item's state tells."""
    if row.note:
        return row.note
    parts = []
    if appeal_status:
        parts.append(f"состояние: {AppealStatus(appeal_status).label}")
    if row.status == DeadlineStatus.PAUSED.value:
        parts.append("приостановлено")
    if row.completed_at is None:
        parts.append("не выполнено")
    return "; ".join(parts) or "пояснения нет"
