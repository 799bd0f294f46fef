"""Moving appeals through their life: every step through the one transition table
(workstation/appeals.py), with the role it needs, the deadline clocks (issue 7's engine) and an
audit entry, in one transaction.

This issue's steps: taking an appeal into work, asking the customer for a clarification (WR-2:
through a channel they gave, with the date agreed) and receiving it, and closing a call or chat
answered on the spot (TEL-2).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import SessionFactory, begin_writing
from db.models import Appeal, AppealClarification
from workstation.appeal_deadlines import appeal_status_changed, appeal_subject
from workstation.appeal_views import AppealView, load_view
from workstation.appeals import AppealStatus, Channel, Transition, find_transition
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.contacts import normalise_email, normalise_phone
from workstation.deadlines import DeadlineRegistry
from workstation.errors import ValidationError
from workstation.roles import Permission, Principal, require
from workstation.versioning import commit_versioned, load_for_change

_LATEST_ZONE = timedelta(hours=14)  # "today" anywhere: an agreed date is in the desk's zone


class ContactChannel(enum.StrEnum):
    """How the customer was asked to clarify (WR-2: a channel the customer gave)."""

    PHONE = "phone"
    EMAIL = "email"
    POST = "post"
    SMS = "sms"
    CHAT = "chat"

    @property
    def label(self) -> str:
        return {ContactChannel.PHONE: "телефон", ContactChannel.EMAIL: "электронная почта",
                ContactChannel.POST: "почта", ContactChannel.SMS: "SMS",
                ContactChannel.CHAT: "чат"}[self]


@dataclass(frozen=True)
class ClarificationRequest:
    channel: ContactChannel
    contact: str  # the number or address the customer was reached at
    question: str  # what was asked
    agreed_on: date  # when the customer will answer or further action is taken (WR-2)


def _checked_contact(channel: ContactChannel, contact: str) -> str:
    contact = " ".join(contact.split())
    if not contact:
        raise ValidationError("Укажите, по какому номеру или адресу запрошено уточнение.")
    if channel in (ContactChannel.PHONE, ContactChannel.SMS):
        return normalise_phone(contact)
    if channel is ContactChannel.EMAIL:
        return normalise_email(contact)
    return contact


class AppealWorkflow:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self.deadlines = DeadlineRegistry(clock)

    def take(self, actor: Principal, appeal_id: uuid.UUID, expected_version: int) -> AppealView:
        """Take a registered appeal into work: it becomes the actor's."""
        def step(session: Session, appeal: Appeal) -> None:
            self.move(session, actor, appeal, "take")
            appeal.assignee_id = actor.user_id or appeal.assignee_id
            self.deadlines.update_subject(session, appeal_subject(appeal))
        return self._change(actor, appeal_id, expected_version, step)

    def request_clarification(self, actor: Principal, appeal_id: uuid.UUID,
                              expected_version: int,
                              request: ClarificationRequest) -> AppealView:
        """WR-2: the data are insufficient; the customer was asked and a date agreed. The
        appeal's deadlines stand still until the answer comes."""
        contact = _checked_contact(request.channel, request.contact)
        question = request.question.strip()
        if not question:
            raise ValidationError("Запишите, что именно спросили у потребителя.")
        today = (self._clock.now() - _LATEST_ZONE).date()  # the earliest "today" on Earth
        if request.agreed_on < today:
            raise ValidationError("Согласованная дата уже прошла: договоритесь о новой.")

        def step(session: Session, appeal: Appeal) -> None:
            self.move(session, actor, appeal, "request_clarification",
                      {"channel": request.channel.value,
                       "agreed_on": request.agreed_on.isoformat()})
            appeal.clarification_due = request.agreed_on
            session.add(AppealClarification(
                appeal_id=appeal.id, requested_at=self._clock.now(), requested_by=actor.login,
                channel=request.channel.value, contact=contact, question=question,
                agreed_on=request.agreed_on))
        return self._change(actor, appeal_id, expected_version, step)

    def clarification_received(self, actor: Principal, appeal_id: uuid.UUID,
                               expected_version: int, answer: str) -> AppealView:
        """The customer answered (or the agreed date came): back to work, clocks running."""
        answer = answer.strip()
        if not answer:
            raise ValidationError("Запишите, что ответил потребитель (или что ответа нет).")

        def step(session: Session, appeal: Appeal) -> None:
            self.move(session, actor, appeal, "clarification_received")
            appeal.clarification_due = None
            for row in session.scalars(select(AppealClarification).where(
                    AppealClarification.appeal_id == appeal.id,
                    AppealClarification.answered_at.is_(None))):
                row.answered_at = self._clock.now()
                row.answered_by = actor.login
                row.answer = answer
        return self._change(actor, appeal_id, expected_version, step)

    def close_answered(self, actor: Principal, appeal_id: uuid.UUID,
                       expected_version: int) -> AppealView:
        """A call or chat answered there and then (TEL-2): nothing left to do."""
        def step(session: Session, appeal: Appeal) -> None:
            self.move(session, actor, appeal, "close_answered")
        return self._change(actor, appeal_id, expected_version, step)

    # -- the one way a status changes -------------------------------------------------------------
    def move(self, session: Session, actor: Principal, appeal: Appeal, action: str,
             details: dict[str, object] | None = None) -> Transition:
        """Apply ``action`` to ``appeal`` in the caller's transaction, as the table allows."""
        old = AppealStatus(appeal.status)
        row = find_transition(actor, action, old, Channel(appeal.channel))
        appeal.status = row.target.value
        at = self._clock.now()
        appeal_status_changed(self.deadlines, session, appeal, old, row.target, at)
        self._audit.record(session, "appeal.transition", actor=actor, object_type="appeal",
                           object_id=appeal.id,
                           details={"action": action, "from": old.value,
                                    "to": row.target.value, **(details or {})})
        return row

    def _change(self, actor: Principal, appeal_id: uuid.UUID, expected_version: int,
                step: Callable[[Session, Appeal], None]) -> AppealView:
        require(actor, Permission.WORK_ON_APPEALS)
        session = self._sessions()
        begin_writing(session)
        try:
            appeal = load_for_change(session, Appeal, appeal_id, expected_version)
            step(session, appeal)
            commit_versioned(session, Appeal, appeal_id, expected_version)
            return load_view(session, appeal_id)
        finally:
            session.close()
