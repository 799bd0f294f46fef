"""Placeholders filled from the customer card and the user; gaps shown, never left as braces."""

from __future__ import annotations

from datetime import date

import pytest

from workstation.answer_placeholders import (
    KNOWN_PLACEHOLDERS,
    CustomerFacts,
    ExecutorFacts,
    FillContext,
    canonical_name,
    fill,
    unfilled_markers,
    unknown_placeholders,
)
from workstation.roles import Role
from workstation.users import UserInfo

TODAY = date(2026, 3, 2)
CUSTOMER = CustomerFacts(full_name="Смирнова Анна Петровна", first_name="Анна",
                         patronymic="Петровна", account_number="1234567890",
                         address="г. Южно-Сахалинск, ул. Ленина, д. 1, кв. 5")
EXECUTOR = ExecutorFacts(full_name="Иванова Мария Сергеевна", position="Оператор",
                         unit="Контакт-центр", phone="+7 4242 55-12-34",
                         email="ivanova@example.ru")


def test_wr5_known_placeholders_are_filled_from_the_card_and_the_user() -> None:
    text = ("Здравствуйте, {имя и отчество клиента}! По лицевому счёту № {лицевой счёт} "
            "({адрес}) на {дата} задолженности нет. Исполнитель: {исполнитель}, "
            "{телефон исполнителя}.")
    filled = fill(text, FillContext(TODAY, CUSTOMER, EXECUTOR))
    assert filled.text == (
        "Здравствуйте, Анна Петровна! По лицевому счёту № 1234567890 "
        "(г. Южно-Сахалинск, ул. Ленина, д. 1, кв. 5) на 02.03.2026 задолженности нет. "
        "Исполнитель: Иванова Мария Сергеевна, +7 4242 55-12-34.")
    assert filled.complete and "{" not in filled.text
    assert [s.name for s in filled.segments if s.kind == "value"] == [
        "имя и отчество клиента", "лицевой счёт", "адрес", "дата", "исполнитель",
        "телефон исполнителя"]


def test_without_a_customer_card_the_gaps_are_marked_not_left_as_braces() -> None:
    filled = fill("Счёт № {лицевой счёт}, {ФИО клиента}, на {дата}.",
                  FillContext(TODAY, None, EXECUTOR))
    assert filled.text == ("Счёт № [ЗАПОЛНИТЕ: лицевой счёт], [ЗАПОЛНИТЕ: ФИО клиента], "
                           "на 02.03.2026.")
    assert filled.missing == ["лицевой счёт", "ФИО клиента"]
    assert not filled.complete and "{" not in filled.text
    assert unfilled_markers(filled.text) == ["[ЗАПОЛНИТЕ: лицевой счёт]",
                                             "[ЗАПОЛНИТЕ: ФИО клиента]"]


def test_an_empty_value_is_a_gap_too() -> None:
    filled = fill("Договор № {номер договора}", FillContext(TODAY, CUSTOMER, EXECUTOR))
    assert filled.missing == ["номер договора"]
    assert filled.text == "Договор № [ЗАПОЛНИТЕ: номер договора]"


def test_an_unknown_placeholder_is_shown_as_unknown() -> None:
    filled = fill("Уважаемый {клиентище}!", FillContext(TODAY, CUSTOMER, EXECUTOR))
    assert filled.unknown == ["клиентище"]
    assert filled.text == "Уважаемый [НЕИЗВЕСТНОЕ ПОЛЕ: клиентище]!"
    assert unfilled_markers(filled.text) == ["[НЕИЗВЕСТНОЕ ПОЛЕ: клиентище]"]
    assert unknown_placeholders("{клиентище} и {адрес}") == ["клиентище"]


@pytest.mark.parametrize("written", ["{лицевой счет}", "{Лицевой  Счёт}", "{ЛИЦЕВОЙ СЧЁТ}"])
def test_yo_case_and_spaces_do_not_make_a_placeholder_unknown(written: str) -> None:
    assert canonical_name(written.strip("{}")) == "лицевой счёт"
    assert fill(written, FillContext(TODAY, CUSTOMER)).text == "1234567890"


def test_instructions_of_the_library_count_as_unfilled() -> None:
    assert unfilled_markers("Итог: [ЗАПОЛНИТЕ: результат проверки]. [примечание]") == [
        "[ЗАПОЛНИТЕ: результат проверки]"]


def test_every_known_placeholder_has_a_meaning() -> None:
    assert all(meaning for _name, meaning in KNOWN_PLACEHOLDERS)
    assert {"ФИО клиента", "лицевой счёт", "адрес", "дата", "исполнитель",
            "телефон исполнителя"} <= {name for name, _meaning in KNOWN_PLACEHOLDERS}


def test_the_executor_comes_from_the_logged_in_user() -> None:
    user = UserInfo(None, 1, "ivanova", "Иванова Мария Сергеевна",  # type: ignore[arg-type]
                    frozenset({Role.OPERATOR}), "Контакт-центр", "Оператор",
                    "+7 4242 55-12-34", "ivanova@example.ru", True, None, None, None)
    assert ExecutorFacts.from_user(user) == EXECUTOR
