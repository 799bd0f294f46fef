"""Calls (TEL-1…TEL-4, SLA-1…SLA-5): phases timed with the fake clock, the draft kept while the
call is open, the wrap-up's outcome and the appeal registered from it (CH-2: D, or E after a
specialist) — on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Deadline
from tests.helpers.customers import IVANOV, add_customers
from tests.helpers.deadlines import add_user
from tests.helpers.passwords import use_cheap_password_hashing
from workstation.appeal_fields import Line
from workstation.appeals import AppealStatus, Category, Channel
from workstation.call_desk import CallDraft, CallState
from workstation.call_phases import CallOutcome, CallPhase, SpecialistMode
from workstation.clock import FakeClock
from workstation.errors import PermissionDeniedError, ValidationError
from workstation.roles import Principal
from workstation.services import Services


@pytest.fixture(autouse=True)
def _cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    use_cheap_password_hashing(monkeypatch)


@pytest.fixture
def operator(services: Services) -> Principal:
    return add_user(services, "operator")


def appeal_id(call: CallState) -> uuid.UUID:
    assert call.appeal_id is not None
    return call.appeal_id


def deadlines(services: Services, call_id: uuid.UUID) -> dict[str, Deadline]:
    with services.database.sessions() as session:
        rows = session.scalars(select(Deadline).where(Deadline.subject_id == call_id))
        return {f"{row.rule_code}/{row.rule_variant}".rstrip("/"): row for row in rows}


def taken(services: Services, operator: Principal, clock: FakeClock) -> CallState:
    """A call that rang 25 s before the operator took it."""
    rang = clock.now()
    clock.advance(25)
    return services.call_desk.take(operator, phone="+79141234567", received_at=rang,
                                   line=Line.HOT_LINE)


def test_SLA_1_to_SLA_5_each_phase_is_timed_with_its_rule(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    desk = services.call_desk
    call = taken(services, operator, clock)
    assert call.phase is CallPhase.LOOKUP and call.answered_at == clock.now()
    clock.advance(30)  # SLA-2: 45 s to find the customer's information
    call = desk.switch(operator, call.id, CallPhase.INFORMING)
    clock.advance(100)
    call = desk.switch(operator, call.id, CallPhase.SPECIALIST, SpecialistMode.CONSULT)
    clock.advance(50)  # SLA-5: 40 s to connect — ten seconds late
    call = desk.switch(operator, call.id, CallPhase.INFORMING)
    clock.advance(60)
    call = desk.switch(operator, call.id, CallPhase.WRAP_UP)
    assert [span.phase for span in call.spans] == [
        CallPhase.WAITING, CallPhase.LOOKUP, CallPhase.INFORMING, CallPhase.SPECIALIST,
        CallPhase.INFORMING, CallPhase.WRAP_UP]
    lengths = [(span.ended_at - span.started_at).total_seconds()
               for span in call.spans if span.ended_at is not None]
    assert lengths == [25, 30, 100, 50, 60]
    assert call.ended_at == clock.now()  # the customer hung up when wrap-up began
    rows = deadlines(services, call.id)
    met = {name: row.met for name, row in rows.items() if row.status == "done"}
    assert met == {"SLA-1": True, "SLA-2": True, "SLA-3": True, "SLA-5": False,
                   "TEL-3/prepare": False}  # 210 s of preparing: over TEL-3's two minutes
    assert rows["SLA-4"].status == "running"
    assert rows["SLA-4"].due_at == clock.now() + timedelta(minutes=5)
    with pytest.raises(ValidationError, match="SLA-1"):
        desk.switch(operator, call.id, CallPhase.WAITING)


def test_TEL_3_the_panel_knows_when_two_minutes_of_preparing_run_out(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    call = taken(services, operator, clock)
    assert call.prepare_due_at is None
    call = services.call_desk.switch(operator, call.id, CallPhase.INFORMING)
    assert call.prepare_due_at == clock.now() + timedelta(minutes=2)


def test_a_call_opened_while_it_rings_waits_until_answered(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    call = services.call_desk.take(operator, ringing=True)
    assert call.phase is CallPhase.WAITING and call.answered_at is None
    clock.advance(12)
    call = services.call_desk.switch(operator, call.id, CallPhase.LOOKUP)
    assert call.answered_at == clock.now()
    assert deadlines(services, call.id)["SLA-1"].met is True


def test_the_draft_is_kept_while_the_call_is_open_and_restored(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    [customer] = add_customers(services.database, IVANOV)
    call = taken(services, operator, clock)
    draft = CallDraft(phone="+79141234567", line=Line.HOT_LINE, customer_id=customer,
                      topic_code="billing.recalculation", topic="Перерасчёт",
                      notes="Просит пересчитать февраль; показания 10450 передавал 25.01.",
                      callback_at=clock.now() + timedelta(hours=2))
    services.call_desk.save_draft(operator, call.id, draft)
    [restored] = services.call_desk.open_calls(operator)
    assert restored.id == call.id
    assert restored.draft == draft
    assert restored.customer_name == "Иванов Иван Иванович"
    someone_else = add_user(services, "operator", login="belova")
    assert services.call_desk.open_calls(someone_else) == []
    with pytest.raises(PermissionDeniedError, match="другой оператор"):
        services.call_desk.save_draft(someone_else, call.id, draft)


def test_CH_2_a_call_handled_alone_is_D_and_answered_on_the_line_is_closed(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    call = taken(services, operator, clock)
    call = services.call_desk.switch(operator, call.id, CallPhase.INFORMING)
    done = services.call_desk.finish(operator, call.id, CallOutcome.ANSWERED, CallDraft(
        phone="+79141234567", line=Line.HOT_LINE, notes="Когда придёт счёт?\nОтветила."))
    assert done.status == "finished" and done.outcome is CallOutcome.ANSWERED
    appeal = services.appeals.view(operator, appeal_id(done))
    assert appeal.journal_number == done.journal_number == "2026-000001"
    assert (appeal.channel, appeal.category, appeal.status) == (
        Channel.CALL, Category.D, AppealStatus.CLOSED)
    assert appeal.received_at == call.received_at
    assert (appeal.subject, appeal.details["line"], appeal.details["phone"]) == (
        "Когда придёт счёт?", "hot_line", "+79141234567")
    assert services.call_desk.open_calls(operator) == []
    assert all(row.status == "done" for row in deadlines(services, call.id).values())


def test_CH_2_a_call_consulted_on_or_transferred_becomes_E_at_wrap_up(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    call = taken(services, operator, clock)
    call = services.call_desk.switch(operator, call.id, CallPhase.SPECIALIST,
                                     SpecialistMode.TRANSFER)
    call = services.call_desk.switch(operator, call.id, CallPhase.WRAP_UP)
    done = services.call_desk.finish(operator, call.id, CallOutcome.TRANSFERRED, CallDraft(
        line=Line.CONTACT_CENTRE, notes="Спор о начислениях, перевела на специалиста."))
    appeal = services.appeals.view(operator, appeal_id(done))
    assert (appeal.category, appeal.status) == (Category.E, AppealStatus.REGISTERED)
    assert appeal.details["specialist_mode"] == "transfer"


def test_TEL_3_a_promised_callback_needs_its_time_and_is_registered(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    call = taken(services, operator, clock)
    draft = CallDraft(line=Line.HOT_LINE, notes="Нужна справка из архива.")
    with pytest.raises(ValidationError, match="когда обещан"):
        services.call_desk.finish(operator, call.id, CallOutcome.CALLBACK, draft)
    with pytest.raises(ValidationError, match="уже прошло"):
        services.call_desk.finish(operator, call.id, CallOutcome.CALLBACK, CallDraft(
            line=Line.HOT_LINE, callback_at=clock.now() - timedelta(minutes=1)))
    at = clock.now() + timedelta(hours=3)
    done = services.call_desk.finish(operator, call.id, CallOutcome.CALLBACK, CallDraft(
        line=Line.HOT_LINE, notes="Нужна справка из архива.", callback_at=at))
    appeal = services.appeals.view(operator, appeal_id(done))
    assert appeal.details["callback_at"] == at.isoformat()
    assert appeal.status is AppealStatus.REGISTERED


def test_a_wrong_number_ends_without_an_appeal(services: Services, operator: Principal,
                                               clock: FakeClock) -> None:
    call = taken(services, operator, clock)
    done = services.call_desk.finish(operator, call.id, CallOutcome.NO_APPEAL, CallDraft())
    assert done.appeal_id is None
    with pytest.raises(ValidationError, match="уже завершён"):
        services.call_desk.finish(operator, call.id, CallOutcome.ANSWERED, CallDraft())
    with services.database.sessions() as session:
        actions = session.scalars(select(AuditEntry.action)
                                  .where(AuditEntry.object_id == str(call.id))).all()
    assert actions == ["call.take", "call.finish"]


def test_the_same_offered_call_taken_twice_is_one_record(
        services: Services, operator: Principal) -> None:
    incoming = services.calls.offer(operator, "+79141234567", operator.login)
    first = services.call_desk.take(operator, incoming_call_id=incoming.id,
                                    received_at=incoming.received_at)
    again = services.call_desk.take(operator, incoming_call_id=incoming.id)
    assert again.id == first.id
