"""TEL-3 promised callbacks as subjects of the deadline engine.

When an answer takes more than two minutes to prepare, the operator agrees a callback time with
the customer (TEL-3) and finishes the call with the outcome "callback promised". The promise is
the operator's deadline (rule ``TEL-3/callback``, revision 0007): it counts from the promised
time, and the rule's amount is how late the callback may still be made. It stands in the
operator's own SLA countdown until it is kept:

- the operator marks it done (``CallDesk.callback_made``, the countdown's *Callback made*), or
- the same operator finishes another call with that customer in which they talked (any outcome
  but "no appeal": a dropped line keeps no promise) — calling back from the call panel, or the
  customer ringing in first. A new promise made in that call starts a new deadline.

The stored title never names the customer (152-FZ: the supervisors' board and the CLI show
titles): whom to call and the number are added when the owner's own list is read
(``callback_titles``), from the call record.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appeal, CallRecord, Customer, Deadline
from workstation.contacts import format_phone
from workstation.deadlines import DeadlineRegistry, DeadlineStatus, Subject, SubjectType
from workstation.search_text import phone_e164

CALLBACK_RULE = ("TEL-3", "callback")
KIND = SubjectType.CALLBACK.value


def promise_callback(registry: DeadlineRegistry, session: Session,
                     record: CallRecord) -> Deadline:
    """Start the deadline of the callback promised in ``record`` (TEL-3), owned by the operator
    who promised it, counting from the promised time."""
    assert record.callback_at is not None
    number = session.scalar(select(Appeal.journal_number).where(
        Appeal.id == record.appeal_id)) if record.appeal_id else None
    title = f"обратный звонок (TEL-3) · {number}" if number else "обратный звонок (TEL-3)"
    subject = Subject(KIND, record.id, title, record.user_id)
    return registry.start(session, subject, *CALLBACK_RULE, started_at=record.callback_at)


def keep_promises(registry: DeadlineRegistry, session: Session, record: CallRecord,
                  at: datetime) -> int:
    """The operator of ``record`` talked with its customer: the callbacks they had promised
    that customer (the same customer, else the same phone number) are kept."""
    if record.user_id is None or (record.customer_id is None and not record.phone):
        return 0
    phone = phone_e164(record.phone) or record.phone
    promised = session.execute(
        select(CallRecord.id, CallRecord.customer_id, CallRecord.phone)
        .join(Deadline, Deadline.subject_id == CallRecord.id)
        .where(Deadline.subject_type == KIND, Deadline.owner_id == record.user_id,
               Deadline.status != DeadlineStatus.DONE.value, CallRecord.id != record.id)).all()
    kept = 0
    for call_id, customer_id, promised_phone in promised:
        same = (customer_id == record.customer_id if customer_id and record.customer_id
                else bool(phone) and (phone_e164(promised_phone) or promised_phone) == phone)
        if same:
            kept += registry.complete(session, KIND, call_id, [CALLBACK_RULE[0]], at=at)
    return kept


def callback_titles(session: Session, call_ids: Collection[uuid.UUID]
                    ) -> dict[uuid.UUID, tuple[str, uuid.UUID | None]]:
    """For the owner's own list: «Перезвонить: Иванов Иван Иванович, +7 914 123-45-67 ·
    2026-000045» and the appeal registered from the call, per call id."""
    if not call_ids:
        return {}
    rows = session.execute(
        select(CallRecord.id, CallRecord.phone, CallRecord.appeal_id, Customer.name,
               Appeal.journal_number)
        .outerjoin(Customer, Customer.id == CallRecord.customer_id)
        .outerjoin(Appeal, Appeal.id == CallRecord.appeal_id)
        .where(CallRecord.id.in_(list(call_ids))))
    titles: dict[uuid.UUID, tuple[str, uuid.UUID | None]] = {}
    for call_id, phone, appeal_id, name, number in rows:
        shown = format_phone(phone_e164(phone) or phone)
        whom = ", ".join(part for part in (name or "", shown) if part) or "номер не записан"
        title = f"Перезвонить: {whom}" + (f" · {number}" if number else "")
        titles[call_id] = (title, appeal_id)
    return titles
