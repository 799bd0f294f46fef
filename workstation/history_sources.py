"""History providers of the capabilities that exist so far: appeals, calls, identifications."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.models import Appeal, Identification, IncomingCall, User
from workstation.appeals import AppealStatus, Channel
from workstation.contacts import format_phone
from workstation.history import HistoryEntry

IDENTIFICATION_LABELS = {
    "account": "Идентифицирован по номеру лицевого счёта",
    "address": "Идентифицирован по адресу",
    "contract": "Идентифицирован по номеру договора",
    "refused": "Отказался назвать данные для идентификации",
}
CALL_STATUS_LABELS = {"ringing": "входящий", "answered": "принят", "missed": "пропущен"}


def _label(enum_type: type[AppealStatus] | type[Channel], code: str) -> str:
    try:
        return enum_type(code).label
    except ValueError:
        return code


def appeal_history(session: Session, customer_id: uuid.UUID, limit: int) -> list[HistoryEntry]:
    registrar = aliased(User)
    assignee = aliased(User)
    rows = session.execute(
        select(Appeal.journal_number, Appeal.channel, Appeal.status, Appeal.topic,
               Appeal.subject, Appeal.received_at, registrar.full_name, assignee.full_name)
        .outerjoin(registrar, registrar.id == Appeal.registered_by_id)
        .outerjoin(assignee, assignee.id == Appeal.assignee_id)
        .where(Appeal.customer_id == customer_id)
        .order_by(Appeal.received_at.desc()).limit(limit))
    entries = []
    for number, channel, status, topic, subject, received, registered_by, assigned in rows:
        about = subject or topic
        entries.append(HistoryEntry(
            at=received, source="appeal",
            title=f"Обращение № {number}" + (f": {about}" if about else ""),
            detail=_label(AppealStatus, status), channel=_label(Channel, channel),
            who=assigned or registered_by or "", reference=number))
    return entries


def call_history(session: Session, customer_id: uuid.UUID, limit: int) -> list[HistoryEntry]:
    rows = session.execute(
        select(IncomingCall.id, IncomingCall.from_number, IncomingCall.status,
               IncomingCall.received_at, User.full_name)
        .join(User, User.id == IncomingCall.user_id)
        .where(IncomingCall.customer_id == customer_id)
        .order_by(IncomingCall.received_at.desc()).limit(limit))
    return [HistoryEntry(at=received, source="call",
                         title=f"Входящий звонок с {format_phone(number)}",
                         detail=CALL_STATUS_LABELS.get(status, status),
                         channel=Channel.CALL.label, who=desk, reference=str(call_id))
            for call_id, number, status, received, desk in rows]


def identification_history(session: Session, customer_id: uuid.UUID,
                           limit: int) -> list[HistoryEntry]:
    rows = session.execute(
        select(Identification.method, Identification.at, Identification.actor_login,
               User.full_name)
        .outerjoin(User, User.id == Identification.user_id)
        .where(Identification.customer_id == customer_id)
        .order_by(Identification.at.desc()).limit(limit))
    return [HistoryEntry(at=at, source="identification",
                         title=IDENTIFICATION_LABELS.get(method, method),
                         detail="", channel=Channel.CALL.label, who=name or login)
            for method, at, login, name in rows]
