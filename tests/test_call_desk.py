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
from workstation.appeal_fields import Line
from workstation.appeals import AppealStatus, Category, Channel
from workstation.call_desk import CallDraft, CallState
from workstation.call_phases import CallOutcome, CallPhase, SpecialistMode
from workstation.clock import FakeClock
from workstation.deadline_rule_store import RuleChange
from workstation.errors import PermissionDeniedError, ValidationError
from workstation.roles import Principal
from workstation.services import Services


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


# -- TEL-3: a promised callback is the operator's deadline --------------------------------------
def promise(services: Services, operator: Principal, clock: FakeClock, at: timedelta,
            customer_id: uuid.UUID | None = None, phone: str = "+79141234567") -> CallState:
    call = taken(services, operator, clock)
    return services.call_desk.finish(operator, call.id, CallOutcome.CALLBACK, CallDraft(
        phone=phone, line=Line.HOT_LINE, customer_id=customer_id,
        notes="Нужна справка из архива.", callback_at=clock.now() + at))


def test_TEL_3_a_promised_callback_stands_in_the_operators_list_until_it_is_made(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    [customer_id] = add_customers(services.database, IVANOV)
    done = promise(services, operator, clock, timedelta(hours=3), customer_id)
    promised_at = done.draft.callback_at
    assert promised_at is not None
    row = deadlines(services, done.id)["TEL-3/callback"]
    # Due at the promised time, plus the minutes the rule allows (revision 0007: 5).
    assert row.subject_type == "callback" and row.owner_id == operator.user_id
    assert row.due_at == promised_at + timedelta(minutes=5)
    assert "Иванов" not in row.title and "914" not in row.title  # stored: no personal data
    # The operator's own list (not excluded like call phases) says whom and which number.
    [view] = [v for v in services.deadlines.open_for(operator) if v.subject_type == "callback"]
    assert view.title == (
        f"Перезвонить: Иванов Иван Иванович, +7 914 123-45-67 · {done.journal_number}")
    assert view.appeal_id == done.appeal_id and view.rule_name == "TEL-3/callback"
    before = services.deadlines.marker(operator)

    # Somebody else cannot tick it off; the operator can, once; the list forgets it.
    other = add_user(services, "operator", login="petrova", full_name="Петрова Анна Олеговна")
    with pytest.raises(PermissionDeniedError, match="другой оператор"):
        services.call_desk.callback_made(other, done.id)
    clock.advance(2 * 3600)
    assert services.call_desk.callback_made(operator, done.id) is True
    assert services.call_desk.callback_made(operator, done.id) is False
    row = deadlines(services, done.id)["TEL-3/callback"]
    assert row.status == "done" and row.met is True
    assert services.deadlines.marker(operator) != before  # the countdown reloads
    assert not [v for v in services.deadlines.open_for(operator) if v.subject_type == "callback"]
    with services.database.sessions() as session:
        actions = session.scalars(select(AuditEntry.action)
                                  .where(AuditEntry.object_id == str(done.id))).all()
    assert "call.callback_done" in actions


def test_TEL_3_a_callback_made_late_is_a_missed_deadline(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    done = promise(services, operator, clock, timedelta(minutes=30))
    clock.advance(36 * 60)  # 30 minutes promised + 5 allowed, and one more
    services.call_desk.callback_made(operator, done.id)
    assert deadlines(services, done.id)["TEL-3/callback"].met is False


def test_TEL_3_talking_with_the_customer_again_keeps_the_promise(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    [customer_id] = add_customers(services.database, IVANOV)
    first = promise(services, operator, clock, timedelta(hours=1), customer_id)
    # Another caller, known only by the number.
    second = promise(services, operator, clock, timedelta(hours=1), phone="+7 4242 55-12-34")
    assert deadlines(services, first.id)["TEL-3/callback"].status == "running"
    clock.advance(1800)
    # A dropped line is no conversation: the promises stand.
    call = taken(services, operator, clock)
    services.call_desk.finish(operator, call.id, CallOutcome.NO_APPEAL,
                              CallDraft(customer_id=customer_id))
    assert deadlines(services, first.id)["TEL-3/callback"].status == "running"
    # The operator calls the customer back from the call panel and answers: kept, on time;
    # the other caller's promise stands.
    call = taken(services, operator, clock)
    services.call_desk.finish(operator, call.id, CallOutcome.ANSWERED, CallDraft(
        phone="+7 914 123-45-67", customer_id=customer_id, notes="Справка готова."))
    kept = deadlines(services, first.id)["TEL-3/callback"]
    assert (kept.status, kept.met) == ("done", True)
    assert deadlines(services, second.id)["TEL-3/callback"].status == "running"
    # Without a customer the number tells (written another way).
    call = taken(services, operator, clock)
    services.call_desk.finish(operator, call.id, CallOutcome.FOLLOW_UP,
                              CallDraft(phone="84242551234", notes="Перезвонили."))
    assert deadlines(services, second.id)["TEL-3/callback"].status == "done"


def test_TEL_3_another_operators_promise_is_theirs_to_keep(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    first = promise(services, operator, clock, timedelta(hours=1))
    other = add_user(services, "operator", login="petrova", full_name="Петрова Анна Олеговна")
    call = taken(services, other, clock)
    services.call_desk.finish(other, call.id, CallOutcome.ANSWERED,
                              CallDraft(phone="+79141234567"))
    assert deadlines(services, first.id)["TEL-3/callback"].status == "running"


def test_TEL_3_the_ring_window_is_the_hold_rule(
        services: Services, operator: Principal, clock: FakeClock, cli_admin: Principal) -> None:
    services.calls.offer(operator, "+79141234567", operator.login)
    clock.advance(9 * 60)
    assert len(services.calls.ringing(operator)) == 1  # 10 minutes on the line (TEL-3/hold)
    services.deadline_rules.change(cli_admin, "TEL-3", "hold", 1, RuleChange(amount=8 * 60),
                                   "Приказ № 1")
    assert services.calls.ringing(operator) == []  # a supervisor shortened the wait
