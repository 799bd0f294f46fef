"""The customer card supplies the facts answers are filled with (placeholders, issue 4 → 5)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from workstation.answer_customer import customer_facts
from workstation.customer_card import AccountInfo, ContactInfo, ContractInfo, CustomerCard
from workstation.identification import IdentificationState


def card(**changes: object) -> CustomerCard:
    values: dict[str, object] = dict(
        id=uuid.uuid4(), version=1, kind="person", name="Смирнова Анна Петровна",
        last_name="Смирнова", first_name="Анна", patronymic="Петровна", inn="", kpp="", note="",
        created_at=datetime(2026, 1, 1, tzinfo=UTC), addresses=(),
        accounts=(AccountInfo(uuid.uuid4(), "1000000001", "ул. Старая, д. 1", "", date(2010, 1, 1),
                              date(2020, 1, 1)),
                  AccountInfo(uuid.uuid4(), "1000000002", "ул. Новая, д. 2", "",
                              date(2020, 1, 1), None)),
        contracts=(), contacts=(
            ContactInfo(uuid.uuid4(), 1, "phone", "+74242551234", "+7 4242 55-12-34", "", False),
            ContactInfo(uuid.uuid4(), 1, "phone", "+79140000000", "+7 914 000-00-00", "", True)),
        history=(), identification=IdentificationState(None))
    values.update(changes)
    return CustomerCard(**values)  # type: ignore[arg-type]


def test_a_persons_card_gives_name_open_account_address_and_primary_phone() -> None:
    facts = customer_facts(card())
    assert (facts.full_name, facts.first_name, facts.patronymic) == (
        "Смирнова Анна Петровна", "Анна", "Петровна")
    assert (facts.account_number, facts.address) == ("1000000002", "ул. Новая, д. 2")
    assert facts.phone == "+7 914 000-00-00" and facts.contract_number == ""


def test_the_account_the_operator_chose_wins() -> None:
    facts = customer_facts(card(), account_number="1000000001")
    assert (facts.account_number, facts.address) == ("1000000001", "ул. Старая, д. 1")


def test_an_organisation_gives_its_contract_and_no_given_names() -> None:
    contract = ContractInfo(uuid.uuid4(), "Д-15/2024", "энергоснабжение", date(2024, 1, 1), None,
                            "ул. Заводская, д. 5")
    facts = customer_facts(card(kind="organisation", name="Пекарня «Колосок»", accounts=(),
                                contracts=(contract,), contacts=()))
    assert (facts.full_name, facts.first_name, facts.contract_number, facts.address) == (
        "Пекарня «Колосок»", "", "Д-15/2024", "ул. Заводская, д. 5")
