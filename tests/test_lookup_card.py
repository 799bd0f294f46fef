"""The customer card, its history from every desk (DB-1, QA-1), the identification gate (TEL-5)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import Appeal, AuditEntry
from tests.helpers.customers import ENERGO, IVANOV, add_customers
from tests.helpers.desk import add_person
from workstation.clock import FakeClock
from workstation.errors import ValidationError
from workstation.identification import IdentificationMethod, IdentificationRequiredError
from workstation.roles import Principal
from workstation.services import Services


@pytest.fixture
def operator(services: Services) -> Principal:
    return add_person(services, "operator")


@pytest.fixture
def ivanov(services: Services) -> uuid.UUID:
    return add_customers(services.database, IVANOV)[0]


@pytest.fixture
def energo(services: Services) -> uuid.UUID:
    return add_customers(services.database, ENERGO)[0]


def audit_actions(services: Services, customer_id: uuid.UUID) -> list[str]:
    with services.database.sessions() as session:
        return list(session.scalars(select(AuditEntry.action)
                                    .where(AuditEntry.object_id == str(customer_id))
                                    .order_by(AuditEntry.id)))


def test_the_card_shows_accounts_addresses_contacts_and_is_audited(
        services: Services, operator: Principal, ivanov: uuid.UUID) -> None:
    card = services.cards.card(operator, ivanov)
    assert card.name == IVANOV.name
    assert [a.number for a in card.accounts] == ["6500123456"]
    assert card.addresses[0].text == ("693000, Сахалинская область, Южно-Сахалинск, "
                                      "ул. Ленина, д. 12, кв. 5")
    assert [(c.kind, c.shown) for c in card.contacts] == [
        ("email", "i.ivanov@example.com"), ("phone", "+7 914 123-45-67")] or [
        (c.kind, c.shown) for c in card.contacts] == [
        ("phone", "+7 914 123-45-67"), ("email", "i.ivanov@example.com")]
    assert card.identification.method is None
    assert audit_actions(services, ivanov) == ["customer.view"]


def test_the_card_holds_nothing_confidential_tel_5(services: Services, operator: Principal,
                                                   ivanov: uuid.UUID) -> None:
    card = services.cards.card(operator, ivanov)
    shown = repr(card)
    assert "1234.50" not in shown and "residents" not in shown  # balance, residents: masked


def test_confidential_data_are_refused_in_the_service_before_identification_tel_5(
        services: Services, operator: Principal, ivanov: uuid.UUID) -> None:
    with pytest.raises(IdentificationRequiredError):
        services.cards.confidential(operator, ivanov)
    assert audit_actions(services, ivanov) == ["customer.confidential_denied"]


def test_identified_by_account_number_shows_balance_and_is_audited_tel_5(
        services: Services, operator: Principal, ivanov: uuid.UUID) -> None:
    state = services.cards.identify(operator, ivanov, IdentificationMethod.ACCOUNT,
                                    "65 0012 3456")
    assert state.verified
    secrets = services.cards.confidential(operator, ivanov)
    account = secrets.accounts[0]
    assert (account.number, account.balance, account.residents) == (
        "6500123456", Decimal("-1234.50"), 3)
    assert account.readings[0].value == Decimal("10450.0")
    assert account.payments[0].amount == Decimal("2300.00")
    assert secrets.debt == Decimal("1234.50")
    assert audit_actions(services, ivanov) == ["customer.identify",
                                               "customer.confidential_view"]


def test_identified_by_address(services: Services, operator: Principal,
                               ivanov: uuid.UUID) -> None:
    services.cards.identify(operator, ivanov, IdentificationMethod.ADDRESS,
                            "ул. Ленина, д. 12, кв. 5")
    assert services.cards.confidential(operator, ivanov).accounts


@pytest.mark.parametrize(("method", "named"), [
    (IdentificationMethod.ACCOUNT, "6500123457"),  # somebody else's account
    (IdentificationMethod.ADDRESS, "Ленина 12"),  # the flat is missing
    (IdentificationMethod.ADDRESS, "Мира 12, кв. 5"),
])
def test_wrong_identification_data_are_refused_and_audited(
        services: Services, operator: Principal, ivanov: uuid.UUID,
        method: IdentificationMethod, named: str) -> None:
    with pytest.raises(ValidationError, match="не совпадает"):
        services.cards.identify(operator, ivanov, method, named)
    assert audit_actions(services, ivanov) == ["customer.identify_failed"]
    with pytest.raises(IdentificationRequiredError):
        services.cards.confidential(operator, ivanov)


def test_a_legal_entity_identifies_by_contract_number_tel_5(
        services: Services, operator: Principal, energo: uuid.UUID) -> None:
    with pytest.raises(ValidationError, match="номеру договора"):
        services.cards.identify(operator, energo, IdentificationMethod.ADDRESS, "Ленина 40")
    services.cards.identify(operator, energo, IdentificationMethod.CONTRACT, "эс-2020/000123")
    assert services.cards.confidential(operator, energo).contracts == (
        ("ЭС-2020/000123", Decimal("-50000.00")),)


def test_a_refusal_is_recorded_and_keeps_the_data_refused_tel_5(
        services: Services, operator: Principal, ivanov: uuid.UUID) -> None:
    state = services.cards.identify(operator, ivanov, IdentificationMethod.REFUSED)
    assert state.refused and not state.verified
    with pytest.raises(IdentificationRequiredError) as caught:
        services.cards.confidential(operator, ivanov)
    assert caught.value.refused
    assert audit_actions(services, ivanov) == ["customer.identify_refused",
                                               "customer.confidential_denied"]


def test_identification_is_personal_and_expires_tel_5(
        services: Services, operator: Principal, ivanov: uuid.UUID, clock: FakeClock) -> None:
    colleague = add_person(services, "operator", "belova", "Белова Алёна Игоревна")
    services.cards.identify(operator, ivanov, IdentificationMethod.ACCOUNT, "6500123456")
    with pytest.raises(IdentificationRequiredError):
        services.cards.confidential(colleague, ivanov)  # another desk did not hear the caller
    clock.advance(timedelta(minutes=29))
    assert services.cards.confidential(operator, ivanov).accounts
    clock.advance(timedelta(minutes=2))  # lookup.identification_minutes = 30 by default
    with pytest.raises(IdentificationRequiredError):
        services.cards.confidential(operator, ivanov)


def test_history_shows_what_other_desks_did_newest_first_db_1(
        services: Services, operator: Principal, ivanov: uuid.UUID, clock: FakeClock) -> None:
    colleague = add_person(services, "specialist")
    with services.database.sessions.begin() as session:
        for number, days_ago, subject in (("2026-000001", 20, "Перерасчёт за январь"),
                                          ("2026-000002", 3, "Замена счётчика")):
            moment = clock.now() - timedelta(days=days_ago)
            session.add(Appeal(journal_number=number, channel="email", category="B",
                               status="in_progress", customer_id=ivanov, subject=subject,
                               received_at=moment, registered_at=moment,
                               registered_by_id=colleague.user_id))
    clock.advance(timedelta(minutes=1))
    services.calls.offer(operator, "+79141234567", "ivanova")
    call = services.calls.ringing(operator)[0]
    services.calls.answer(operator, call.id, call.version, ivanov)
    clock.advance(timedelta(seconds=20))
    services.cards.identify(operator, ivanov, IdentificationMethod.ACCOUNT, "6500123456")

    history = services.cards.card(operator, ivanov).history
    assert [(entry.source, entry.who) for entry in history] == [
        ("identification", "Иванова Мария Сергеевна"),
        ("call", "Иванова Мария Сергеевна"),
        ("appeal", "Соколов Андрей Викторович"),
        ("appeal", "Соколов Андрей Викторович"),
    ]
    assert history[2].title == "Обращение № 2026-000002: Замена счётчика"
    assert history[2].channel == "электронная почта"
    assert history[2].detail == "в работе"
