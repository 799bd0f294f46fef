"""Incoming calls offered to a desk, and the interface a telephony connector implements.

Today a call is recorded in the database (``python main.py call --from … --to-desk LOGIN``, or a
menu action for demos) and the logged-in desk picks it up by polling. A real connector (e.g. an
Asterisk AMI client listening for ``Newchannel``/``DialBegin`` events) implements ``CallSource``
and the desk works the same: the lookup field takes focus and the caller's card pops up, or a
"new customer" form with the number filled in.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import ContactPoint, DeadlineRule, IncomingCall, User
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.contacts import format_phone
from workstation.deadline_rules import Unit
from workstation.errors import NotFoundError, ValidationError
from workstation.roles import Permission, Principal, require, roles_from_column
from workstation.search_text import digits_of, phone_e164
from workstation.versioning import commit_versioned, load_for_change

# TEL-3: "a wait on the line is at most 10 minutes" — an older ringing call is not offered.
# The limit is deadline rule TEL-3/hold (a supervisor may change it; revision 0005 seeds 10 min);
# this default only serves a database without that rule.
HOLD_RULE = ("TEL-3", "hold")
RING_WINDOW = timedelta(minutes=10)


def ring_window(session: Session) -> timedelta:
    """How long a ringing call is offered: the newest revision of rule TEL-3/hold."""
    row = session.execute(
        select(DeadlineRule.unit, DeadlineRule.amount)
        .where(DeadlineRule.code == HOLD_RULE[0], DeadlineRule.variant == HOLD_RULE[1])
        .order_by(DeadlineRule.revision.desc()).limit(1)).first()
    if row is None:
        return RING_WINDOW
    unit, amount = row
    return timedelta(minutes=amount) if unit == Unit.MINUTES else timedelta(seconds=amount)


class CallStatus(enum.StrEnum):
    RINGING = "ringing"
    ANSWERED = "answered"
    MISSED = "missed"


@dataclass(frozen=True)
class OfferedCall:
    id: uuid.UUID
    version: int
    from_number: str  # E.164 when it parses, else the digits as received
    received_at: datetime
    customer_ids: tuple[uuid.UUID, ...]  # customers with this phone number

    @property
    def shown_number(self) -> str:
        return format_phone(self.from_number)


class CallSource(Protocol):
    """Where a desk's incoming calls come from. Called from a worker thread, never the GUI's."""

    def poll(self) -> list[OfferedCall]:
        """Calls offered to this desk that it has not been given yet."""
        ...

    def answer(self, call: OfferedCall, customer_id: uuid.UUID | None) -> None:
        """The operator took the call (and, when known, who is calling)."""
        ...


def _number(text: str) -> str:
    e164 = phone_e164(text)
    if e164 is not None:
        return e164
    digits = digits_of(text)
    if not digits:
        raise ValidationError(f"«{text}» не похоже на номер телефона.")
    return digits  # a number we cannot check (short or foreign) is still a caller


class CallService:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    def offer(self, actor: Principal, from_number: str, to_login: str, *,
              source: str = "cli") -> OfferedCall:
        """Record a call ringing at a desk (the telephony's part; CLI and demo menu for now)."""
        number = _number(from_number)
        with self._sessions() as session:
            desk = session.scalar(select(User).where(User.login == to_login.strip().lower()))
            if desk is None:
                raise NotFoundError(f"Нет пользователя «{to_login}».")
            desk_roles = Principal(desk.id, desk.login, desk.full_name,
                                   roles_from_column(desk.roles))
            if not desk.is_active or not desk_roles.may(Permission.TAKE_CALLS):
                raise ValidationError(f"Пользователь «{desk.login}» не принимает звонки.")
            desk_id, desk_login = desk.id, desk.login
        # Writing in a transaction of its own that writes first (SQLite: a read-then-write
        # transaction fails when another desk committed in between).
        with self._sessions.begin() as session:
            call = IncomingCall(from_number=number, user_id=desk_id,
                                received_at=self._clock.now(), status=CallStatus.RINGING.value,
                                source=source[:32])
            session.add(call)
            session.flush()
            self._audit.record(session, "call.offer", actor=actor, object_type="incoming_call",
                               object_id=call.id, details={"desk": desk_login,
                                                           "source": source})
            session.flush()
            customers = _customers_with_phone(session, number)
            return OfferedCall(call.id, call.version, number, call.received_at, customers)

    def ringing(self, actor: Principal, seen: frozenset[uuid.UUID] = frozenset()
                ) -> list[OfferedCall]:
        """Calls ringing at the actor's desk now, oldest first, except those already seen.

        Polled by the desk through the (desk, status) index; not through the change feed,
        whose ids PostgreSQL allocates before commit (a poll could step over a late commit).
        """
        require(actor, Permission.TAKE_CALLS)
        if actor.user_id is None:
            return []
        with self._sessions() as session:
            since = self._clock.now() - ring_window(session)
            calls = session.scalars(
                select(IncomingCall)
                .where(IncomingCall.user_id == actor.user_id,
                       IncomingCall.status == CallStatus.RINGING.value,
                       IncomingCall.received_at > since)
                .order_by(IncomingCall.received_at)).all()
            return [OfferedCall(call.id, call.version, call.from_number, call.received_at,
                                _customers_with_phone(session, call.from_number))
                    for call in calls if call.id not in seen]

    def answer(self, actor: Principal, call_id: uuid.UUID, expected_version: int,
               customer_id: uuid.UUID | None) -> None:
        require(actor, Permission.TAKE_CALLS)
        session = self._sessions()
        try:
            # The audit entry first, so that this transaction holds the write lock before it
            # reads (SQLite; see ``offer``).
            self._audit.record(session, "call.answer", actor=actor,
                               object_type="incoming_call", object_id=call_id)
            session.flush()
            call = load_for_change(session, IncomingCall, call_id, expected_version)
            call.status = CallStatus.ANSWERED.value
            call.answered_at = self._clock.now()
            if customer_id is not None:
                call.customer_id = customer_id
            commit_versioned(session, IncomingCall, call_id, expected_version)
        finally:
            session.close()


def _customers_with_phone(session: Session, number: str) -> tuple[uuid.UUID, ...]:
    ids = session.scalars(select(ContactPoint.customer_id)
                          .where(ContactPoint.kind == "phone", ContactPoint.value == number)
                          .distinct().limit(20))
    return tuple(ids)


class DatabaseCallSource:
    """CallSource over the shared database: the desk polls for calls offered to its user."""

    def __init__(self, calls: CallService, principal: Principal) -> None:
        self._calls = calls
        self._principal = principal
        self._seen: set[uuid.UUID] = set()

    def poll(self) -> list[OfferedCall]:
        new = self._calls.ringing(self._principal, frozenset(self._seen))
        self._seen.update(call.id for call in new)
        return new

    def answer(self, call: OfferedCall, customer_id: uuid.UUID | None) -> None:
        self._calls.answer(self._principal, call.id, call.version, customer_id)
