"""The call panel's service: a taken call, its timed phases, the operator's draft, the wrap-up.

- ``take``: the desk took a call (issue 4's pick-up, or the operator opened the panel while the
  phone rang). Waiting (SLA-1) is recorded from the first ring; finding the customer's
  information (SLA-2) starts.
- ``switch``: the next phase (one key each in the panel); each phase's deadline is started and
  met through the deadline engine (issue 7) in the same transaction, and every span is kept.
- ``save_draft``: what the operator typed, saved as they type; an open call is the operator's
  draft, restored when the panel opens again (nothing typed is lost).
- ``finish``: the outcome; an appeal is registered from the call when one is needed (CH-3),
  category D, or E when a specialist was consulted or the call transferred (CH-2). A promised
  callback (TEL-3) becomes the operator's deadline, and a conversation with a customer keeps
  the callbacks the operator had promised them (workstation/promised_callbacks.py);
  ``callback_made`` marks one done.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import SessionFactory, begin_writing
from db.models import Appeal, CallPhaseRecord, CallRecord, Customer, Deadline
from workstation.appeal_fields import AppealDraft, Line
from workstation.appeal_registration import AppealRegistration
from workstation.appeal_workflow import AppealWorkflow
from workstation.appeals import Channel, Urgency
from workstation.audit import AuditLog
from workstation.call_phases import (
    PREPARE_RULE,
    PREPARING,
    CallOutcome,
    CallPhase,
    SpecialistMode,
    check_phase_change,
)
from workstation.clock import Clock
from workstation.deadlines import DeadlineRegistry, DeadlineStatus, Subject, SubjectType
from workstation.errors import NotFoundError, PermissionDeniedError, ValidationError
from workstation.promised_callbacks import CALLBACK_RULE, keep_promises, promise_callback
from workstation.roles import Permission, Principal, require
from workstation.search_text import phone_e164

OPEN, FINISHED = "open", "finished"


@dataclass(frozen=True)
class CallDraft:
    """What the operator types in the call panel."""

    phone: str = ""
    line: Line = Line.CONTACT_CENTRE
    customer_id: uuid.UUID | None = None
    topic_code: str | None = None
    topic: str = ""
    urgency: Urgency = Urgency.NORMAL
    notes: str = ""
    callback_at: datetime | None = None  # TEL-3
    specialist_mode: SpecialistMode | None = None


@dataclass(frozen=True)
class PhaseSpan:
    phase: CallPhase
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True)
class CallState:
    id: uuid.UUID
    version: int
    incoming_call_id: uuid.UUID | None
    received_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    phase: CallPhase
    draft: CallDraft
    spans: tuple[PhaseSpan, ...]
    status: str
    outcome: CallOutcome | None
    customer_name: str
    prepare_due_at: datetime | None  # TEL-3: past it, offer a callback instead
    appeal_id: uuid.UUID | None = None
    journal_number: str = ""

    @property
    def phase_started_at(self) -> datetime:
        return self.spans[-1].started_at if self.spans else self.received_at

    @property
    def consulted(self) -> bool:
        """CH-2: a specialist was consulted or the call transferred (category E)."""
        return any(span.phase is CallPhase.SPECIALIST for span in self.spans)


class CallDesk:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog,
                 registration: AppealRegistration, workflow: AppealWorkflow) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._registration = registration
        self._workflow = workflow
        self.deadlines = DeadlineRegistry(clock)

    # -- taking a call --------------------------------------------------------------------------
    def take(self, actor: Principal, *, incoming_call_id: uuid.UUID | None = None,
             phone: str = "", received_at: datetime | None = None,
             customer_id: uuid.UUID | None = None, line: Line = Line.CONTACT_CENTRE,
             ringing: bool = False) -> CallState:
        """A call taken at this desk; ``ringing``: the panel opened before the answer."""
        require(actor, Permission.TAKE_CALLS)
        now = self._clock.now()
        received = min(received_at or now, now)
        with self._sessions.begin() as session:  # takes SQLite's write lock at BEGIN
            if incoming_call_id is not None:
                existing = session.scalar(select(CallRecord).where(
                    CallRecord.incoming_call_id == incoming_call_id))
                if existing is not None:  # the same call offered twice: one record
                    return self._state(session, existing)
            record = CallRecord(
                incoming_call_id=incoming_call_id, user_id=actor.user_id,
                phone=phone.strip()[:32], line=line.value, received_at=received,
                answered_at=None if ringing else now, customer_id=customer_id,
                phase=CallPhase.WAITING.value, status=OPEN)
            session.add(record)
            session.flush()
            self._begin(session, record, CallPhase.WAITING, received)
            if not ringing:
                self._move(session, record, CallPhase.LOOKUP, now)
            self._audit.record(session, "call.take", actor=actor, object_type="call",
                               object_id=record.id, details={"line": line.value})
            return self._state(session, record)

    # -- phases ---------------------------------------------------------------------------------
    def switch(self, actor: Principal, call_id: uuid.UUID, phase: CallPhase,
               mode: SpecialistMode | None = None) -> CallState:
        require(actor, Permission.TAKE_CALLS)
        with self._sessions.begin() as session:  # takes SQLite's write lock at BEGIN
            record = self._own_open(session, actor, call_id)
            current = CallPhase(record.phase)
            check_phase_change(current, phase)
            if phase is CallPhase.SPECIALIST:
                record.specialist_mode = (mode or SpecialistMode(record.specialist_mode or
                                                                 SpecialistMode.CONSULT)).value
            if phase is not current:
                self._move(session, record, phase, self._clock.now())
            return self._state(session, record)

    def _move(self, session: Session, record: CallRecord, phase: CallPhase,
              at: datetime) -> None:
        current = CallPhase(record.phase)
        self._end_span(session, record, at)
        if current is CallPhase.WAITING:
            record.answered_at = record.answered_at or at
        if phase is CallPhase.WRAP_UP:
            record.ended_at = record.ended_at or at  # the customer has hung up
            self.deadlines.complete(session, SubjectType.CALL.value, record.id,
                                    [PREPARE_RULE[0]], at=at)
        self._begin(session, record, phase, at)

    def _begin(self, session: Session, record: CallRecord, phase: CallPhase,
               at: datetime) -> None:
        record.phase = phase.value
        session.add(CallPhaseRecord(call_id=record.id, phase=phase.value, started_at=at))
        subject = self._subject(record)
        self.deadlines.start(session, subject, phase.rule, started_at=at)
        if phase in PREPARING:  # TEL-3: the answer's two minutes run from the first of these
            self.deadlines.start(session, subject, *PREPARE_RULE, started_at=at)

    def _end_span(self, session: Session, record: CallRecord, at: datetime) -> None:
        session.flush()
        span = session.scalar(select(CallPhaseRecord).where(
            CallPhaseRecord.call_id == record.id, CallPhaseRecord.ended_at.is_(None)))
        if span is not None:
            span.ended_at = at
        self.deadlines.complete(session, SubjectType.CALL.value, record.id,
                                [CallPhase(record.phase).rule], at=at)

    @staticmethod
    def _subject(record: CallRecord) -> Subject:
        # The deadline's title never names the customer (152-FZ): the line and the time do.
        title = f"звонок {record.received_at:%H:%M} · {Line(record.line).label}"
        return Subject(SubjectType.CALL.value, record.id, title, record.user_id)

    # -- the draft --------------------------------------------------------------------------------
    def save_draft(self, actor: Principal, call_id: uuid.UUID, draft: CallDraft) -> CallState:
        """Keep what the operator typed. The call is theirs alone, so the newest save wins
        (the panel sends its saves one after another)."""
        require(actor, Permission.TAKE_CALLS)
        with self._sessions.begin() as session:  # takes SQLite's write lock at BEGIN
            record = self._own_open(session, actor, call_id)
            self._write(record, draft)
            return self._state(session, record)

    def open_calls(self, actor: Principal) -> list[CallState]:
        """The actor's unfinished calls, oldest first: drafts the panel restores."""
        require(actor, Permission.TAKE_CALLS)
        with self._sessions() as session:
            records = session.scalars(select(CallRecord).where(
                CallRecord.user_id == actor.user_id, CallRecord.status == OPEN)
                .order_by(CallRecord.received_at)).all()
            return [self._state(session, record) for record in records]

    def state(self, actor: Principal, call_id: uuid.UUID) -> CallState:
        require(actor, Permission.TAKE_CALLS)
        with self._sessions() as session:
            record = session.get(CallRecord, call_id)
            if record is None:
                raise NotFoundError("Звонок не найден.")
            return self._state(session, record)

    # -- wrap-up ----------------------------------------------------------------------------------
    def finish(self, actor: Principal, call_id: uuid.UUID, outcome: CallOutcome,
               draft: CallDraft) -> CallState:
        require(actor, Permission.TAKE_CALLS)
        now = self._clock.now()
        if outcome is CallOutcome.CALLBACK:
            if draft.callback_at is None:
                raise ValidationError("Укажите, когда обещан обратный звонок (TEL-3).")
            if draft.callback_at <= now:
                raise ValidationError("Обратный звонок обещан на время, которое уже прошло.")
        before = self.state(actor, call_id)  # read apart: registration must come first below
        if before.status != OPEN:
            raise ValidationError("Звонок уже завершён.")
        with self._sessions() as session:
            begin_writing(session)
            appeal_id = None
            if outcome.registers_appeal:
                appeal_id = self._registration.register_in(
                    session, actor, self._appeal_draft(before, draft, outcome),
                    specialist=before.consulted or draft.specialist_mode is not None
                    or before.draft.specialist_mode is not None)
                if outcome is CallOutcome.ANSWERED:
                    appeal = session.get(Appeal, appeal_id)
                    assert appeal is not None
                    self._workflow.move(session, actor, appeal, "close_answered")
            record = self._own_open(session, actor, call_id)
            self._write(record, draft)
            self._end_span(session, record, now)
            self.deadlines.complete(session, SubjectType.CALL.value, record.id, at=now)
            record.ended_at = record.ended_at or now
            record.status, record.outcome, record.appeal_id = FINISHED, outcome.value, appeal_id
            session.flush()
            if outcome is not CallOutcome.NO_APPEAL:  # they talked: earlier promises are kept
                keep_promises(self.deadlines, session, record, now)
            if outcome is CallOutcome.CALLBACK:  # TEL-3: the promise is the operator's deadline
                promise_callback(self.deadlines, session, record)
            self._audit.record(session, "call.finish", actor=actor, object_type="call",
                               object_id=record.id,
                               details={"outcome": outcome.value,
                                        "appeal": str(appeal_id) if appeal_id else None})
            session.commit()
            return self._state(session, record)

    def callback_made(self, actor: Principal, call_id: uuid.UUID) -> bool:
        """The operator called the customer back as promised in call ``call_id`` (TEL-3): the
        deadline is met if it is not past. Only the operator who promised marks it; marking
        one already done changes nothing (False)."""
        require(actor, Permission.TAKE_CALLS)
        with self._sessions.begin() as session:  # takes SQLite's write lock at BEGIN
            row = session.scalar(select(Deadline).where(
                Deadline.subject_type == SubjectType.CALLBACK.value,
                Deadline.subject_id == call_id, Deadline.rule_code == CALLBACK_RULE[0],
                Deadline.rule_variant == CALLBACK_RULE[1]))
            if row is None:
                raise NotFoundError("Обратный звонок по этому звонку не обещан.")
            if row.owner_id != actor.user_id:
                raise PermissionDeniedError(
                    "Обратный звонок обещал другой оператор: отметить его может только он.")
            if row.status == DeadlineStatus.DONE.value:
                return False
            self.deadlines.complete(session, SubjectType.CALLBACK.value, call_id,
                                    [CALLBACK_RULE[0]])
            self._audit.record(session, "call.callback_done", actor=actor, object_type="call",
                               object_id=call_id, details={"met": row.met})
            return True

    def _appeal_draft(self, call: CallState, draft: CallDraft,
                      outcome: CallOutcome) -> AppealDraft:
        phone = draft.phone or call.draft.phone
        mode = draft.specialist_mode or call.draft.specialist_mode
        details = {"line": draft.line.value, "phone": phone_e164(phone) or "",
                   "outcome": outcome.value, "call_id": str(call.id),
                   "specialist_mode": mode.value if mode else "",
                   "callback_at": draft.callback_at.isoformat() if draft.callback_at else ""}
        notes = draft.notes.strip()
        subject = notes.splitlines()[0][:120] if notes else ""
        return AppealDraft(Channel.CALL, call.received_at, draft.customer_id,
                           draft.topic_code, draft.topic, draft.urgency, subject, notes,
                           phone, details)

    # -- plumbing ---------------------------------------------------------------------------------
    def _own_open(self, session: Session, actor: Principal, call_id: uuid.UUID) -> CallRecord:
        record = session.get(CallRecord, call_id, populate_existing=True)
        if record is None:
            raise NotFoundError("Звонок не найден.")
        if record.user_id != actor.user_id:
            raise PermissionDeniedError("Этот звонок ведёт другой оператор.")
        if record.status != OPEN:
            raise ValidationError("Звонок уже завершён.")
        return record

    @staticmethod
    def _write(record: CallRecord, draft: CallDraft) -> None:
        record.phone = draft.phone.strip()[:32] or record.phone
        record.line = draft.line.value
        record.customer_id = draft.customer_id
        record.topic_code = draft.topic_code
        record.topic = draft.topic[:100]
        record.urgency = draft.urgency.value
        record.notes = draft.notes
        record.callback_at = draft.callback_at
        if draft.specialist_mode is not None:
            record.specialist_mode = draft.specialist_mode.value

    def _state(self, session: Session, record: CallRecord) -> CallState:
        session.flush()
        spans = tuple(PhaseSpan(CallPhase(row.phase), row.started_at, row.ended_at)
                      for row in session.scalars(select(CallPhaseRecord)
                                                 .where(CallPhaseRecord.call_id == record.id)
                                                 .order_by(CallPhaseRecord.id)))
        prepare_due = session.scalar(select(Deadline.due_at).where(
            Deadline.subject_type == SubjectType.CALL.value, Deadline.subject_id == record.id,
            Deadline.rule_code == PREPARE_RULE[0], Deadline.rule_variant == PREPARE_RULE[1],
            Deadline.status != DeadlineStatus.DONE.value))
        name = session.scalar(select(Customer.name).where(
            Customer.id == record.customer_id)) if record.customer_id else None
        number = session.scalar(select(Appeal.journal_number).where(
            Appeal.id == record.appeal_id)) if record.appeal_id else None
        draft = CallDraft(record.phone, Line(record.line), record.customer_id,
                          record.topic_code, record.topic, Urgency(record.urgency), record.notes,
                          record.callback_at,
                          SpecialistMode(record.specialist_mode) if record.specialist_mode
                          else None)
        return CallState(record.id, record.version, record.incoming_call_id, record.received_at,
                         record.answered_at, record.ended_at, CallPhase(record.phase), draft,
                         spans, record.status,
                         CallOutcome(record.outcome) if record.outcome else None, name or "",
                         prepare_due, record.appeal_id, number or "")

