"""A customer's open TEL-3 promised callbacks, for their card: whoever opens it (the customer
rang in, or an operator looked them up) sees that a callback was promised, by when and by whom.

A promise is the deadline of a call record (``workstation.promised_callbacks``); it belongs to the
customer chosen in that call or, when none was chosen, to the number the call was about — the
same reading as ``keep_promises``. The due time, the operator's name and the journal number are
what the SLA lists show: no confidential account data (TEL-5), so no identification gate.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db.models import Appeal, CallRecord, Deadline, User
from workstation.deadlines import DeadlineStatus
from workstation.promised_callbacks import CALLBACK_RULE, KIND
from workstation.search_text import phone_e164


@dataclass(frozen=True)
class OpenCallback:
    call_id: uuid.UUID
    promised_at: datetime | None  # the time the customer was told
    due_at: datetime  # the deadline: the promised time plus what TEL-3/callback allows
    promised_by: str  # the operator's full name ("" when the account is gone)
    journal_number: str  # of the appeal registered from the call ("" when none)


def open_callbacks(session: Session, customer_id: uuid.UUID,
                   phones: Collection[str]) -> tuple[OpenCallback, ...]:
    """The callbacks promised to this customer (or, with no customer chosen, to one of
    ``phones``, E.164) that are not yet kept, the nearest first. One query."""
    rows = session.execute(
        select(CallRecord.id, CallRecord.customer_id, CallRecord.phone, CallRecord.callback_at,
               Deadline.due_at, User.full_name, Appeal.journal_number)
        .join(Deadline, and_(Deadline.subject_id == CallRecord.id, Deadline.subject_type == KIND,
                             Deadline.rule_code == CALLBACK_RULE[0],
                             Deadline.rule_variant == CALLBACK_RULE[1]))
        .outerjoin(User, User.id == Deadline.owner_id)
        .outerjoin(Appeal, Appeal.id == CallRecord.appeal_id)
        .where(Deadline.status != DeadlineStatus.DONE.value,
               or_(CallRecord.customer_id == customer_id,
                   and_(CallRecord.customer_id.is_(None), CallRecord.phone != "")))
        .order_by(Deadline.due_at)).all()
    wanted = set(phones)
    return tuple(
        OpenCallback(call_id, callback_at, due_at, name or "", number or "")
        for call_id, owner, phone, callback_at, due_at, name, number in rows
        if owner == customer_id or (phone_e164(phone) or phone) in wanted)
