"""An appeal as the editor shows it: plain data, loaded in one short transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appeal, AppealAttachment, AppealClarification, Customer, User
from workstation.appeal_fields import AppealDraft, MissingField, missing_fields
from workstation.appeals import AppealStatus, Category, Channel, Urgency
from workstation.attachments import AttachmentInfo, info_of
from workstation.errors import NotFoundError


@dataclass(frozen=True)
class ClarificationInfo:
    """WR-2: the customer was asked, through ``channel``, to answer by ``agreed_on``."""

    id: int
    requested_at: datetime
    requested_by: str
    channel: str
    contact: str
    question: str
    agreed_on: date
    answered_at: datetime | None
    answer: str


@dataclass(frozen=True)
class AppealView:
    id: uuid.UUID
    version: int
    journal_number: str
    channel: Channel
    category: Category
    status: AppealStatus
    urgency: Urgency
    customer_id: uuid.UUID | None
    customer_name: str
    topic_code: str | None
    topic: str
    subject: str
    body: str
    sender: str
    details: dict[str, str]
    received_at: datetime
    registered_at: datetime
    registered_by: str
    assignee_id: uuid.UUID | None
    assignee_name: str
    match_needed: bool
    clarification_due: date | None
    attachments: tuple[AttachmentInfo, ...] = ()
    clarifications: tuple[ClarificationInfo, ...] = ()
    match_candidates: tuple[tuple[uuid.UUID, str], ...] = field(default=())

    def as_draft(self) -> AppealDraft:
        return AppealDraft(self.channel, self.received_at, self.customer_id, self.topic_code,
                           self.topic, self.urgency, self.subject, self.body, self.sender,
                           dict(self.details), len(self.attachments))

    @property
    def missing(self) -> list[MissingField]:
        return missing_fields(self.as_draft())

    @property
    def open_clarification(self) -> ClarificationInfo | None:
        return next((c for c in self.clarifications if c.answered_at is None), None)


def _name(session: Session, model: type[User] | type[Customer], row_id: uuid.UUID | None) -> str:
    if row_id is None:
        return ""
    if model is User:
        return session.scalar(select(User.full_name).where(User.id == row_id)) or ""
    return session.scalar(select(Customer.name).where(Customer.id == row_id)) or ""


def load_view(session: Session, appeal_id: uuid.UUID,
              candidates: tuple[tuple[uuid.UUID, str], ...] = ()) -> AppealView:
    appeal = session.get(Appeal, appeal_id, populate_existing=True)
    if appeal is None:
        raise NotFoundError("Обращение не найдено: возможно, его удалили.")
    attachments = tuple(info_of(row) for row in session.scalars(
        select(AppealAttachment).where(AppealAttachment.appeal_id == appeal_id)
        .order_by(AppealAttachment.added_at, AppealAttachment.file_name)))
    clarifications = tuple(
        ClarificationInfo(row.id, row.requested_at, row.requested_by, row.channel, row.contact,
                          row.question, row.agreed_on, row.answered_at, row.answer)
        for row in session.scalars(select(AppealClarification)
                                   .where(AppealClarification.appeal_id == appeal_id)
                                   .order_by(AppealClarification.requested_at,
                                             AppealClarification.id)))
    registered_by = _name(session, User, appeal.registered_by_id)
    return AppealView(
        id=appeal.id, version=appeal.version, journal_number=appeal.journal_number,
        channel=Channel(appeal.channel), category=Category(appeal.category),
        status=AppealStatus(appeal.status), urgency=Urgency(appeal.urgency),
        customer_id=appeal.customer_id, customer_name=_name(session, Customer,
                                                            appeal.customer_id),
        topic_code=appeal.topic_code, topic=appeal.topic, subject=appeal.subject,
        body=appeal.body, sender=appeal.sender,
        details={str(k): str(v) for k, v in (appeal.details or {}).items()},
        received_at=appeal.received_at, registered_at=appeal.registered_at,
        registered_by=registered_by, assignee_id=appeal.assignee_id,
        assignee_name=_name(session, User, appeal.assignee_id),
        match_needed=appeal.match_needed, clarification_due=appeal.clarification_due,
        attachments=attachments, clarifications=clarifications, match_candidates=candidates)
