"""The deadline engine's one interface: things with deadlines register here, and it keeps their
computed due times in the ``deadlines`` table.

A capability that has deadlines (appeals now; call phases fed by the call panel; callbacks,
specialist requests and approvals when they land) describes its item as a ``Subject`` and,
inside its own transaction, calls ``start`` / ``pause`` / ``resume`` / ``complete``. The
registry computes the due time (workstation/deadline_math.py) from the rule in force, the
production calendar, the desk's hours and the customer's zone, and stores it, so that lists
sort in SQL and the countdown widget only subtracts "now" from stored times.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from db.base import Base
from db.change_feed import insert_shared_rows
from db.models import (
    CalendarOverride,
    Deadline,
    DeadlineExtension,
    DeadlinePause,
)
from workstation.clock import Clock
from workstation.deadline_math import (
    Computation,
    DeadlineInputs,
    Extension,
    Pause,
    compute_due,
)
from workstation.deadline_rule_store import load_rule_book
from workstation.deadline_rules import Rule, RuleBook
from workstation.desk_hours import (
    CALLBACK_HOURS_SETTING,
    DESK_HOURS_SETTING,
    ZONE_SETTING,
    DeskHours,
    zone_of,
)
from workstation.errors import ValidationError
from workstation.production_calendar import CalendarOverride as Override
from workstation.production_calendar import ProductionCalendar
from workstation.settings import read_text_setting

EXTENSION_RULE = "SLA-8"
# SLA-8 extends the consideration of written appeals: the written reply (SLA-7) and the answer
# to a voicemail (SLA-9), not call phases or the immediate CMP-2 hour.
EXTENDABLE_RULES = frozenset({"SLA-7", "SLA-9"})


class SubjectType(enum.StrEnum):
    APPEAL = "appeal"
    CALL = "call"  # call phases SLA-1…SLA-5, TEL-3: fed by the call panel (issue 6)
    CALLBACK = "callback"  # SLA-10, TEL-3 callbacks
    SPECIALIST_REQUEST = "specialist_request"
    APPROVAL = "approval"


class DeadlineStatus(enum.StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"


@dataclass(frozen=True)
class Subject:
    """What the engine needs to know about an item with deadlines."""

    type: str  # a SubjectType value
    id: uuid.UUID
    title: str  # «2026-000123 · Перерасчёт» — never a customer's personal data
    owner_id: uuid.UUID | None = None  # whose list it appears in
    urgent: bool = False  # CMP-2
    customer_zone: str = ""  # IANA zone of the customer, "" when unknown


@dataclass(frozen=True)
class DeadlineEnvironment:
    """Everything besides the subject that a due time depends on; loaded once per operation."""

    rules: RuleBook
    calendar: ProductionCalendar
    hours: DeskHours

    @classmethod
    def load(cls, session: Session) -> DeadlineEnvironment:
        overrides = [Override(row.day, row.working, row.note)
                     for row in session.scalars(select(CalendarOverride))]
        hours = DeskHours.from_settings(
            read_text_setting(session, ZONE_SETTING),
            read_text_setting(session, DESK_HOURS_SETTING),
            read_text_setting(session, CALLBACK_HOURS_SETTING))
        return cls(load_rule_book(session), ProductionCalendar(overrides), hours)


def inputs_for(session: Session, row: Deadline, env: DeadlineEnvironment) -> DeadlineInputs:
    """The computation's inputs for a stored deadline, as it stands in the database."""
    rule = env.rules.revision(row.rule_code, row.rule_variant, row.rule_revision)
    pauses = [Pause(p.paused_at, p.resumed_at, p.reason) for p in session.scalars(
        select(DeadlinePause).where(DeadlinePause.deadline_id == row.id)
        .order_by(DeadlinePause.paused_at, DeadlinePause.id))]
    extensions = [Extension(e.days, e.extended_at, e.reason, e.extended_by)
                  for e in session.scalars(
                      select(DeadlineExtension).where(DeadlineExtension.deadline_id == row.id)
                      .order_by(DeadlineExtension.extended_at, DeadlineExtension.id))]
    return DeadlineInputs(rule, row.started_at, zone_of(row.customer_zone), tuple(pauses),
                          tuple(extensions), _extension_rule(env.rules))


def _extension_rule(rules: RuleBook) -> Rule | None:
    return rules.current(EXTENSION_RULE) if rules.has(EXTENSION_RULE) else None


def compute_stored(session: Session, row: Deadline, env: DeadlineEnvironment, *,
                   explain: bool = False) -> Computation:
    return compute_due(inputs_for(session, row, env), env.calendar, env.hours, explain=explain)


@dataclass(frozen=True)
class StartItem:
    """One deadline to start in bulk, possibly already paused or met (a backfill knows)."""

    subject: Subject
    code: str
    variant: str
    started_at: datetime
    completed_at: datetime | None = None
    paused_at: datetime | None = None
    pause_reason: str = ""


class DeadlineRegistry:
    """Registration of things with deadlines, inside the caller's transaction.

    The caller (an appeals or calls service) has checked its own permissions: registering is
    a consequence of an action already allowed, not an action of its own.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    # -- starting ----------------------------------------------------------------------------
    def start(self, session: Session, subject: Subject, code: str, variant: str = "", *,
              started_at: datetime | None = None,
              env: DeadlineEnvironment | None = None) -> Deadline:
        """Start the deadline of ``subject`` under rule ``code``/``variant`` (the revision in
        force now). Starting one that exists returns it unchanged: a replayed write (offline
        desk, retried call) must not restart a clock."""
        existing = session.scalar(select(Deadline).where(
            Deadline.subject_type == subject.type, Deadline.subject_id == subject.id,
            Deadline.rule_code == code, Deadline.rule_variant == variant))
        if existing is not None:
            return existing
        env = env or DeadlineEnvironment.load(session)
        rule = _rule(env.rules, code, variant)
        started = started_at or self._clock.now()
        computed = compute_due(DeadlineInputs(rule, started, zone_of(subject.customer_zone),
                                              extension_rule=_extension_rule(env.rules)),
                               env.calendar, env.hours)
        row = Deadline(
            subject_type=subject.type, subject_id=subject.id, rule_code=rule.code,
            rule_variant=rule.variant, rule_revision=rule.revision, title=subject.title[:160],
            owner_id=subject.owner_id, urgent=subject.urgent,
            customer_zone=subject.customer_zone, status=DeadlineStatus.RUNNING.value,
            started_at=started, due_at=computed.due_at, window_from=computed.window_from,
            due_soon_seconds=rule.due_soon_seconds, note="")
        session.add(row)
        return row

    def start_many(self, session: Session, items: Sequence[StartItem],
                   env: DeadlineEnvironment) -> int:
        """Set-based start of many new deadlines (backfill, demo data, the bench): one insert
        for the rows, one for their pauses and one for their change-feed entries (written by
        db/change_feed.py, as every change of a shared row is). The caller makes sure none of
        them exists yet."""
        rows: list[dict[str, object]] = []
        pauses: list[dict[str, object]] = []
        extension_rule = _extension_rule(env.rules)
        for item in items:
            rule = _rule(env.rules, item.code, item.variant)
            subject = item.subject
            computed = compute_due(DeadlineInputs(rule, item.started_at,
                                                  zone_of(subject.customer_zone),
                                                  extension_rule=extension_rule),
                                   env.calendar, env.hours)
            row_id = uuid.uuid4()
            status = DeadlineStatus.RUNNING
            if item.completed_at is not None:
                status = DeadlineStatus.DONE
            elif item.paused_at is not None:
                status = DeadlineStatus.PAUSED
                pauses.append({"deadline_id": row_id, "paused_at": item.paused_at,
                               "resumed_at": None, "reason": item.pause_reason[:200]})
            rows.append({
                "id": row_id, "version": 1, "subject_type": subject.type,
                "subject_id": subject.id, "rule_code": rule.code, "rule_variant": rule.variant,
                "rule_revision": rule.revision, "title": subject.title[:160],
                "owner_id": subject.owner_id, "urgent": subject.urgent,
                "customer_zone": subject.customer_zone, "status": status.value,
                "started_at": item.started_at, "due_at": computed.due_at,
                "window_from": computed.window_from, "due_soon_seconds": rule.due_soon_seconds,
                "paused_at": item.paused_at if status is DeadlineStatus.PAUSED else None,
                "completed_at": item.completed_at,
                "met": None if item.completed_at is None else item.completed_at <= computed.due_at,
                "note": ""})
        # Set-based: one executemany per table, none of the ORM's per-row work (a backfill
        # registers every open appeal at once). Deadlines are shared rows: the change feed's
        # helper inserts them with their feed entries (DB-1); pauses are not shared rows.
        insert_shared_rows(session, Deadline, rows)
        if pauses:
            session.execute(insert(_table(DeadlinePause)), pauses)
        return len(rows)

    # -- the clock stops and restarts ---------------------------------------------------------
    def pause(self, session: Session, subject_type: str, subject_id: uuid.UUID, *,
              at: datetime | None = None, reason: str = "") -> int:
        """Stop the clocks of the subject's running deadlines (clarification requested, WR-2)."""
        at = at or self._clock.now()
        rows = self._open(session, subject_type, subject_id, DeadlineStatus.RUNNING)
        for row in rows:
            session.add(DeadlinePause(deadline_id=row.id, paused_at=at, reason=reason[:200]))
            row.status = DeadlineStatus.PAUSED.value
            row.paused_at = at
        return len(rows)

    def resume(self, session: Session, subject_type: str, subject_id: uuid.UUID, *,
               at: datetime | None = None, env: DeadlineEnvironment | None = None) -> int:
        """Restart the clocks; each due time moves by the pause (deadline_math explains how)."""
        at = at or self._clock.now()
        rows = self._open(session, subject_type, subject_id, DeadlineStatus.PAUSED)
        if rows:
            env = env or DeadlineEnvironment.load(session)
        for row in rows:
            self._close_pause(session, row, at)
            row.status = DeadlineStatus.RUNNING.value
            row.paused_at = None
            assert env is not None
            self._recompute(session, row, env)
        return len(rows)

    def complete(self, session: Session, subject_type: str, subject_id: uuid.UUID,
                 codes: Iterable[str] | None = None, *, at: datetime | None = None,
                 env: DeadlineEnvironment | None = None) -> int:
        """The subject did what the rule asks (handed over, answered, called back): the
        deadline is met if this happened by its due time."""
        at = at or self._clock.now()
        wanted = set(codes) if codes is not None else None
        rows = [row for row in self._open(session, subject_type, subject_id)
                if wanted is None or row.rule_code in wanted]
        for row in rows:
            if row.status == DeadlineStatus.PAUSED.value:
                self._close_pause(session, row, at)
                env = env or DeadlineEnvironment.load(session)
                self._recompute(session, row, env)
            row.status = DeadlineStatus.DONE.value
            row.paused_at = None
            row.completed_at = at
            row.met = at <= row.due_at
        return len(rows)

    def update_subject(self, session: Session, subject: Subject) -> int:
        """A subject's title, owner or urgency changed (reassigned, reclassified)."""
        rows = self._open(session, subject.type, subject.id)
        for row in rows:
            row.title = subject.title[:160]
            row.owner_id = subject.owner_id
            row.urgent = subject.urgent
        return len(rows)

    # -- SLA-8 -------------------------------------------------------------------------------
    def extend(self, session: Session, row: Deadline, days: int, reason: str, by: str, *,
               at: datetime | None = None,
               env: DeadlineEnvironment | None = None) -> DeadlineExtension:
        """Extend consideration by ``days`` (SLA-8: all extensions together up to the rule's
        amount), before the deadline has passed, with a reason. The extension is recorded
        with no notification time: the customer must be told (CMP-3)."""
        at = at or self._clock.now()
        env = env or DeadlineEnvironment.load(session)
        reason = reason.strip()
        if row.rule_code not in EXTENDABLE_RULES:
            raise ValidationError(f"Срок по правилу {row.rule_code} не продлевается: SLA-8 "
                                  "относится к рассмотрению письменных обращений.")
        if row.status == DeadlineStatus.DONE.value:
            raise ValidationError("Срок уже закрыт: продлевать нечего.")
        if row.status == DeadlineStatus.RUNNING.value and row.due_at < at:
            raise ValidationError("Срок уже истёк: продлить можно только до его окончания.")
        if not reason:
            raise ValidationError("Укажите причину продления: её сообщат потребителю (CMP-3).")
        limit = _rule(env.rules, EXTENSION_RULE, "").amount
        used = sum(e.days for e in session.scalars(
            select(DeadlineExtension).where(DeadlineExtension.deadline_id == row.id)))
        if days < 1 or used + days > limit:
            left = max(limit - used, 0)
            raise ValidationError(
                f"Продлить можно не больше чем на {limit} дн. всего (SLA-8); уже продлено на "
                f"{used} дн., осталось {left} дн.")
        previous = row.due_at
        extension = DeadlineExtension(deadline_id=row.id, days=days, reason=reason,
                                      extended_at=at, extended_by=by, previous_due_at=previous,
                                      new_due_at=previous)
        session.add(extension)
        session.flush()
        self._recompute(session, row, env)
        extension.new_due_at = row.due_at
        return extension

    # -- recomputation -----------------------------------------------------------------------
    def recompute_covering(self, session: Session, first: datetime, last: datetime,
                           env: DeadlineEnvironment) -> int:
        """Recompute open deadlines counted in days whose span touches [first, last] — after
        the production calendar changed for those days."""
        rows = session.scalars(select(Deadline).where(
            Deadline.status != DeadlineStatus.DONE.value, Deadline.started_at <= last,
            Deadline.due_at >= first))
        changed = 0
        for row in rows:
            rule = env.rules.revision(row.rule_code, row.rule_variant, row.rule_revision)
            # Limits in seconds and minutes run through days off; the others use the calendar.
            if rule.duration is None and self._recompute(session, row, env):
                changed += 1
        return changed

    def _recompute(self, session: Session, row: Deadline, env: DeadlineEnvironment) -> bool:
        computed = compute_stored(session, row, env)
        if computed.due_at == row.due_at and computed.window_from == row.window_from:
            return False
        row.due_at = computed.due_at
        row.window_from = computed.window_from
        return True

    def _close_pause(self, session: Session, row: Deadline, at: datetime) -> None:
        session.flush()
        for pause in session.scalars(select(DeadlinePause).where(
                DeadlinePause.deadline_id == row.id, DeadlinePause.resumed_at.is_(None))):
            pause.resumed_at = max(at, pause.paused_at)
        session.flush()

    def _open(self, session: Session, subject_type: str, subject_id: uuid.UUID,
              status: DeadlineStatus | None = None) -> list[Deadline]:
        query = select(Deadline).where(Deadline.subject_type == subject_type,
                                       Deadline.subject_id == subject_id)
        if status is None:
            query = query.where(Deadline.status != DeadlineStatus.DONE.value)
        else:
            query = query.where(Deadline.status == status.value)
        return list(session.scalars(query))


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _rule(rules: RuleBook, code: str, variant: str) -> Rule:
    try:
        return rules.current(code, variant)
    except KeyError:
        name = f"{code}/{variant}" if variant else code
        raise ValidationError(f"Нет правила сроков {name}.") from None
