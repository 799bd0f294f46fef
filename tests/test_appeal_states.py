"""The appeal's state machine (ARCHITECTURE, "The appeal's life"): one table, each step with its
roles; this issue's steps — registration, clarification (WR-2) and back, taking into work,
closing a call answered on the line — and refusals, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Deadline
from tests.helpers.appeals import FILES, complete_draft
from tests.helpers.deadlines import add_user
from tests.helpers.errors import assert_readable
from tests.helpers.passwords import use_cheap_password_hashing
from workstation.appeal_views import AppealView
from workstation.appeal_workflow import ClarificationRequest, ContactChannel
from workstation.appeals import (
    TRANSITIONS,
    AppealStatus,
    Channel,
    TransitionRefusedError,
    available_actions,
    find_transition,
)
from workstation.clock import FakeClock
from workstation.errors import ConflictError, PermissionDeniedError, ValidationError
from workstation.roles import Principal, Role
from workstation.services import Services

S = AppealStatus


def person(*roles: Role) -> Principal:
    return Principal(uuid.uuid4(), "someone", "Кто-то", frozenset(roles))


# -- the table ---------------------------------------------------------------------------------
def test_the_table_holds_this_issues_steps_and_who_takes_them() -> None:
    steps = {(t.action, t.source, t.target) for t in TRANSITIONS}
    assert steps >= {
        ("register", None, S.REGISTERED),
        ("request_clarification", S.REGISTERED, S.CLARIFICATION),
        ("request_clarification", S.IN_PROGRESS, S.CLARIFICATION),
        ("clarification_received", S.CLARIFICATION, S.IN_PROGRESS),
        ("take", S.REGISTERED, S.IN_PROGRESS),
        ("close_answered", S.REGISTERED, S.CLOSED),
    }
    for row in TRANSITIONS:
        assert row.roles, row
        assert Role.SIGNER not in row.roles and Role.ADMIN not in row.roles


def test_illegal_steps_are_refused_with_what_is_wrong() -> None:
    operator = person(Role.OPERATOR)
    with pytest.raises(TransitionRefusedError, match="невозможно: обращение в статусе «закрыто»"):
        find_transition(operator, "take", S.CLOSED, Channel.EMAIL)
    with pytest.raises(TransitionRefusedError, match="для канала «почтовое письмо»"):
        find_transition(operator, "close_answered", S.REGISTERED, Channel.POST)
    with pytest.raises(TransitionRefusedError, match="Неизвестное действие"):
        find_transition(operator, "teleport", S.REGISTERED, Channel.POST)
    with pytest.raises(PermissionDeniedError, match="выполняют роли") as caught:
        find_transition(person(Role.SIGNER), "take", S.REGISTERED, Channel.POST)
    assert_readable(caught.value)


def test_the_editor_offers_only_what_the_role_and_status_allow() -> None:
    operator = person(Role.OPERATOR)
    assert available_actions(operator, S.REGISTERED, Channel.CALL) == {
        "take", "request_clarification", "close_answered"}
    assert available_actions(operator, S.REGISTERED, Channel.POST) == {
        "take", "request_clarification"}
    assert available_actions(operator, S.CLARIFICATION, Channel.POST) == {
        "clarification_received"}
    assert available_actions(person(Role.SIGNER), S.REGISTERED, Channel.POST) == set()


# -- the service -------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    use_cheap_password_hashing(monkeypatch)


@pytest.fixture
def operator(services: Services) -> Principal:
    return add_user(services, "operator")


@pytest.fixture
def letter(services: Services, operator: Principal) -> AppealView:
    return services.appeals.register(operator, complete_draft(Channel.POST), FILES[Channel.POST])


def ask(agreed: date) -> ClarificationRequest:
    return ClarificationRequest(ContactChannel.PHONE, "8 914 123-45-67",
                                "Уточните номер лицевого счёта.", agreed)


def sla_7(services: Services, appeal_id: uuid.UUID) -> Deadline:
    with services.database.sessions() as session:
        row = session.scalar(select(Deadline).where(Deadline.subject_id == appeal_id,
                                                    Deadline.rule_code == "SLA-7"))
        assert row is not None
        return row


def test_WR_2_clarification_pauses_the_deadlines_and_back_resumes_them(
        services: Services, operator: Principal, letter: AppealView, clock: FakeClock) -> None:
    due = sla_7(services, letter.id).due_at
    asked = services.appeal_workflow.request_clarification(
        operator, letter.id, letter.version, ask(date(2026, 3, 4)))
    assert asked.status is S.CLARIFICATION
    assert asked.clarification_due == date(2026, 3, 4)
    [request] = asked.clarifications
    assert (request.channel, request.contact, request.agreed_on) == (
        "phone", "+79141234567", date(2026, 3, 4))
    assert asked.open_clarification == request
    assert sla_7(services, letter.id).status == "paused"

    clock.advance(timedelta(days=2))
    back = services.appeal_workflow.clarification_received(
        operator, letter.id, asked.version, "Счёт 6500123456, подтвердил по телефону.")
    assert back.status is S.IN_PROGRESS
    assert back.clarification_due is None
    assert back.open_clarification is None
    assert back.clarifications[0].answer.startswith("Счёт 6500123456")
    resumed = sla_7(services, letter.id)
    assert resumed.status == "running"
    assert resumed.due_at > due  # moved by the pause

    by_email = ClarificationRequest(ContactChannel.EMAIL, "I.Ivanov@Example.COM",
                                    "Пришлите скан квитанции.", date(2026, 3, 10))
    again = services.appeal_workflow.request_clarification(  # from in progress, too
        operator, letter.id, back.version, by_email)
    assert again.status is S.CLARIFICATION
    assert len(again.clarifications) == 2
    assert again.clarifications[1].contact == "I.Ivanov@example.com"


def test_WR_2_a_clarification_needs_the_channel_the_question_and_a_date_to_come(
        services: Services, operator: Principal, letter: AppealView) -> None:
    workflow = services.appeal_workflow
    with pytest.raises(ValidationError, match="уже прошла"):
        workflow.request_clarification(operator, letter.id, letter.version,
                                       ask(date(2026, 2, 27)))
    with pytest.raises(ValidationError, match="что именно спросили"):
        workflow.request_clarification(operator, letter.id, letter.version, ClarificationRequest(
            ContactChannel.POST, "693000, Южно-Сахалинск", " ", date(2026, 3, 20)))
    with pytest.raises(ValidationError, match="номер телефона"):
        workflow.request_clarification(operator, letter.id, letter.version, ClarificationRequest(
            ContactChannel.SMS, "twelve", "Какой счёт?", date(2026, 3, 20)))
    with pytest.raises(ValidationError, match="что ответил"):
        workflow.clarification_received(operator, letter.id, letter.version, "")


def test_taking_an_appeal_makes_it_the_takers_and_meets_SLA_6(
        services: Services, operator: Principal, letter: AppealView) -> None:
    colleague = add_user(services, "specialist")
    taken = services.appeal_workflow.take(colleague, letter.id, letter.version)
    assert (taken.status, taken.assignee_id) == (S.IN_PROGRESS, colleague.user_id)
    with services.database.sessions() as session:
        sla_6 = session.scalar(select(Deadline).where(Deadline.subject_id == letter.id,
                                                      Deadline.rule_code == "SLA-6"))
        assert sla_6 is not None and (sla_6.status, sla_6.met) == ("done", True)


def test_refused_steps_change_nothing(services: Services, operator: Principal,
                                      letter: AppealView) -> None:
    workflow = services.appeal_workflow
    with pytest.raises(TransitionRefusedError, match="для канала"):
        workflow.close_answered(operator, letter.id, letter.version)
    with pytest.raises(TransitionRefusedError, match="в статусе «зарегистрировано»"):
        workflow.clarification_received(operator, letter.id, letter.version, "ответ")
    signer = add_user(services, "supervisor", login="orlova")
    signer = Principal(signer.user_id, signer.login, signer.full_name, frozenset({Role.SIGNER}))
    with pytest.raises(PermissionDeniedError):
        workflow.take(signer, letter.id, letter.version)
    with pytest.raises(ConflictError):
        workflow.take(operator, letter.id, letter.version - 1 if letter.version > 1 else 99)
    view = services.appeals.view(operator, letter.id)
    assert (view.status, view.version) == (S.REGISTERED, letter.version)


def test_every_step_is_audited(services: Services, operator: Principal,
                               letter: AppealView) -> None:
    asked = services.appeal_workflow.request_clarification(operator, letter.id, letter.version,
                                                           ask(date(2026, 3, 4)))
    back = services.appeal_workflow.clarification_received(operator, letter.id, asked.version,
                                                           "Ответил.")
    chat = services.appeals.register(operator, complete_draft(Channel.CHAT))
    services.appeal_workflow.close_answered(operator, chat.id, chat.version)
    with services.database.sessions() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.action.in_(["appeal.register", "appeal.transition"]))
            .order_by(AuditEntry.id)).all()
    steps = [(e.action, (e.details or {}).get("action"), (e.details or {}).get("to"))
             for e in entries]
    assert steps == [
        ("appeal.register", None, None),
        ("appeal.transition", "request_clarification", "clarification"),
        ("appeal.transition", "clarification_received", "in_progress"),
        ("appeal.register", None, None),
        ("appeal.transition", "close_answered", "closed"),
    ]
    assert back.version > letter.version
