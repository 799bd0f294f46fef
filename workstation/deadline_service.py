"""What desks ask of the deadline engine: my open deadlines, whether they changed, extending one
(SLA-8), noting why one was missed, the CMP-3 notices still owed, and call phases' deadlines.

Every method is one short transaction; results are plain objects the countdown widget keeps and
counts down by itself (it never asks the database every second).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import Deadline, DeadlineExtension, DeadlineRule
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.deadline_explain import AppealExplanation, explain_appeal
from workstation.deadlines import (
    DeadlineEnvironment,
    DeadlineRegistry,
    DeadlineStatus,
    Subject,
    SubjectType,
)
from workstation.errors import NotFoundError, PermissionDeniedError, ValidationError
from workstation.promised_callbacks import callback_titles
from workstation.roles import Permission, Principal, require
from workstation.versioning import commit_versioned, load_for_change

URGENT_RULE = "CMP-2"
# A person's list in the widget: plenty for the busiest desk, bounded for the GUI's sake.
OPEN_LIST_LIMIT = 1000
# Call phases count down in the call panel's widget, not in the list of written work. Promised
# callbacks (TEL-3, SubjectType.CALLBACK) are listed: they are the operator's to keep.
_NOT_IN_LISTS = (SubjectType.CALL.value,)


@dataclass(frozen=True)
class DeadlineView:
    id: uuid.UUID
    version: int
    subject_type: str
    subject_id: uuid.UUID
    title: str
    rule_code: str
    rule_variant: str
    rule_title: str
    status: str
    urgent: bool
    started_at: datetime
    due_at: datetime
    window_from: datetime | None
    due_soon_seconds: int
    paused_at: datetime | None
    owner_id: uuid.UUID | None
    appeal_id: uuid.UUID | None = None  # what opens on a click: TEL-3 callbacks' appeal

    @property
    def rule_name(self) -> str:
        return f"{self.rule_code}/{self.rule_variant}" if self.rule_variant else self.rule_code

    @property
    def first_place(self) -> bool:
        """CMP-2: the urgent deadline of an urgent complaint stands first in every list; its
        other deadlines (the reply, SLA-7) keep their place by due time, marked urgent."""
        return self.urgent and self.rule_code == URGENT_RULE


@dataclass(frozen=True)
class ExtensionNotice:
    """An extension the customer has not been told of yet (CMP-3)."""

    id: int
    deadline_id: uuid.UUID
    subject_type: str
    subject_id: uuid.UUID
    title: str
    days: int
    reason: str
    previous_due_at: datetime
    new_due_at: datetime


_VIEW_COLUMNS = (
    Deadline.id, Deadline.version, Deadline.subject_type, Deadline.subject_id, Deadline.title,
    Deadline.rule_code, Deadline.rule_variant, Deadline.status, Deadline.urgent,
    Deadline.started_at, Deadline.due_at, Deadline.window_from, Deadline.due_soon_seconds,
    Deadline.paused_at, Deadline.owner_id)


def view_of(row: Deadline, rule_titles: dict[tuple[str, str], str]) -> DeadlineView:
    return DeadlineView(
        row.id, row.version, row.subject_type, row.subject_id, row.title, row.rule_code,
        row.rule_variant, rule_titles.get((row.rule_code, row.rule_variant), row.rule_code),
        row.status, row.urgent, row.started_at, row.due_at, row.window_from,
        row.due_soon_seconds, row.paused_at, row.owner_id)


def rule_titles(session: Session) -> dict[tuple[str, str], str]:
    # Titles never change between revisions: the newest row of each rule is enough.
    rows = session.execute(select(DeadlineRule.code, DeadlineRule.variant, DeadlineRule.title)
                           .order_by(DeadlineRule.revision))
    return {(code, variant): title for code, variant, title in rows}


class DeadlineService:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self.registry = DeadlineRegistry(clock)

    # -- the countdown widget ------------------------------------------------------------------
    def open_for(self, actor: Principal, limit: int = OPEN_LIST_LIMIT) -> list[DeadlineView]:
        """The actor's open deadlines of written work, nearest first (paused ones included)."""
        if actor.user_id is None:
            return []
        with self._sessions() as session:
            # Columns, not ORM objects: the widget's list of hundreds loads in a few ms.
            rows = session.execute(
                select(*_VIEW_COLUMNS)
                .where(Deadline.owner_id == actor.user_id,
                       Deadline.status != DeadlineStatus.DONE.value,
                       Deadline.subject_type.not_in(_NOT_IN_LISTS))
                .order_by(Deadline.due_at).limit(limit)).all()
            titles = rule_titles(session)
            # The owner's own list says whom to call back and the number (never stored in the
            # deadline's title, which others see).
            callbacks = callback_titles(session, [row.subject_id for row in rows
                                                  if row.subject_type == SubjectType.CALLBACK])
        views = []
        for row in rows:
            title, appeal_id = row.title, (row.subject_id if row.subject_type ==
                                           SubjectType.APPEAL else None)
            if row.subject_id in callbacks and row.subject_type == SubjectType.CALLBACK:
                title, appeal_id = callbacks[row.subject_id]
            views.append(DeadlineView(
                row.id, row.version, row.subject_type, row.subject_id, title, row.rule_code,
                row.rule_variant, titles.get((row.rule_code, row.rule_variant), row.rule_code),
                row.status, row.urgent, row.started_at, row.due_at, row.window_from,
                row.due_soon_seconds, row.paused_at, row.owner_id, appeal_id))
        return views

    def marker(self, actor: Principal) -> tuple[int, int, int]:
        """A cheap fingerprint of the actor's open deadlines and the rules: the widget reloads
        only when it changes (a count, a sum of row versions, the number of rule revisions)."""
        if actor.user_id is None:
            return (0, 0, 0)
        with self._sessions() as session:
            count, versions = session.execute(
                select(func.count(), func.coalesce(func.sum(Deadline.version), 0))
                .where(Deadline.owner_id == actor.user_id,
                       Deadline.status != DeadlineStatus.DONE.value)).one()
            revisions = session.scalar(select(func.count()).select_from(DeadlineRule)) or 0
            return (int(count), int(versions), int(revisions))

    # -- SLA-8 and CMP-3 -----------------------------------------------------------------------
    def extend(self, actor: Principal, deadline_id: uuid.UUID, expected_version: int,
               days: int, reason: str) -> DeadlineView:
        require(actor, Permission.EXTEND_DEADLINES)
        session = self._sessions()
        try:
            row = load_for_change(session, Deadline, deadline_id, expected_version)
            env = DeadlineEnvironment.load(session)
            extension = self.registry.extend(session, row, days, reason, actor.login, env=env)
            self._audit.record(
                session, "deadline.extend", actor=actor, object_type="deadline",
                object_id=row.id, details={"rule": row.rule_code, "days": days,
                                           "reason": extension.reason,
                                           "previous_due_at": extension.previous_due_at
                                           .isoformat(),
                                           "new_due_at": extension.new_due_at.isoformat()})
            titles = {rule.key: rule.title for rule in env.rules.all_current()}
            commit_versioned(session, Deadline, deadline_id, expected_version)
            return view_of(row, titles)
        finally:
            session.close()

    def pending_notices(self) -> list[ExtensionNotice]:
        """Extensions whose customer has not been told yet (CMP-3), oldest first."""
        with self._sessions() as session:
            rows = session.execute(
                select(DeadlineExtension, Deadline)
                .join(Deadline, Deadline.id == DeadlineExtension.deadline_id)
                .where(DeadlineExtension.customer_notified_at.is_(None))
                .order_by(DeadlineExtension.extended_at))
            return [ExtensionNotice(e.id, d.id, d.subject_type, d.subject_id, d.title, e.days,
                                    e.reason, e.previous_due_at, e.new_due_at)
                    for e, d in rows]

    def mark_notified(self, extension_ids: list[int], at: datetime | None = None) -> None:
        """The notification service reports the customer was told (CMP-3)."""
        with self._sessions.begin() as session:
            for extension in session.scalars(select(DeadlineExtension).where(
                    DeadlineExtension.id.in_(extension_ids))):
                extension.customer_notified_at = at or self._clock.now()

    # -- why a deadline was missed ---------------------------------------------------------------
    def set_note(self, actor: Principal, deadline_id: uuid.UUID, expected_version: int,
                 note: str) -> None:
        """The person responsible (or a supervisor) says why: the board shows it by the breach."""
        session = self._sessions()
        try:
            row = load_for_change(session, Deadline, deadline_id, expected_version)
            if row.owner_id != actor.user_id and not actor.may(Permission.VIEW_DEADLINE_BOARD):
                raise PermissionDeniedError(
                    "Пояснение к сроку даёт ответственный сотрудник или руководитель.")
            row.note = note.strip()[:2000]
            self._audit.record(session, "deadline.note", actor=actor, object_type="deadline",
                               object_id=row.id)
            commit_versioned(session, Deadline, deadline_id, expected_version)
        finally:
            session.close()

    # -- call phases (SLA-1…SLA-5, TEL-3), fed by the call panel ---------------------------------
    def start_call_phase(self, actor: Principal, call_id: uuid.UUID, code: str,
                         variant: str = "", started_at: datetime | None = None,
                         title: str = "") -> DeadlineView:
        """Record that a phase of a call started (for compliance per rule); the widget counts
        it down from the rule it already holds."""
        require(actor, Permission.TAKE_CALLS)
        if not code.startswith(("SLA-", "TEL-")):
            raise ValidationError(f"{code} — не правило этапов звонка.")
        with self._sessions.begin() as session:
            subject = Subject(SubjectType.CALL.value, call_id, title or "звонок", actor.user_id)
            row = self.registry.start(session, subject, code, variant, started_at=started_at)
            session.flush()
            return view_of(row, rule_titles(session))

    def end_call_phase(self, actor: Principal, call_id: uuid.UUID, code: str,
                       at: datetime | None = None) -> None:
        require(actor, Permission.TAKE_CALLS)
        with self._sessions.begin() as session:
            self.registry.complete(session, SubjectType.CALL.value, call_id, [code], at=at)

    def explain_appeal(self, number: str) -> AppealExplanation:
        """How each due time of the appeal was computed (``python main.py deadlines``)."""
        with self._sessions() as session:
            return explain_appeal(session, number, self._clock.now())

    def for_subject(self, subject_type: str, subject_id: uuid.UUID) -> list[DeadlineView]:
        with self._sessions() as session:
            rows = session.scalars(select(Deadline).where(
                Deadline.subject_type == subject_type, Deadline.subject_id == subject_id)
                .order_by(Deadline.due_at))
            titles = rule_titles(session)
            result = [view_of(row, titles) for row in rows]
        if not result:
            raise NotFoundError("У этого объекта нет сроков.")
        return result
