"""The call script: greeting with unit, position and name (TEL-1), recording warning (TEL-6)."""

from __future__ import annotations

import pytest

from workstation.call_script import CLOSING, call_script, spoken_name
from workstation.roles import Role
from workstation.users import UserInfo


def user(full_name: str = "Иванова Мария Сергеевна", unit: str = "Контакт-центр",
         position: str = "Оператор") -> UserInfo:
    return UserInfo(None, 1, "ivanova", full_name, frozenset({Role.OPERATOR}),  # type: ignore[arg-type]
                    unit, position, "", "", True, None, None, None)


def test_tel1_tel6_the_greeting_names_unit_position_and_person_and_warns_of_recording() -> None:
    script = call_script(user(), recorded=True)
    assert script.greeting == ("Здравствуйте! Контакт-центр, оператор Мария Иванова. Обращаю "
                               "ваше внимание: разговор записывается. Чем я могу вам помочь?")
    assert script.closing == CLOSING and "Благодарю вас за обращение" in script.closing


def test_tel6_no_recording_warning_on_a_line_that_is_not_recorded() -> None:
    script = call_script(user(), recorded=False)
    assert "записывается" not in script.greeting
    assert not script.recorded


@pytest.mark.parametrize(("stored", "said"), [
    ("Иванова Мария Сергеевна", "Мария Иванова"),
    ("Петров Пётр", "Пётр Петров"),
    ("Мадонна", "Мадонна"),
    ("Фон Дер Вальде Анна Мария Ивановна", "Фон Дер Вальде Анна Мария Ивановна"),
])
def test_the_name_is_said_as_people_introduce_themselves(stored: str, said: str) -> None:
    assert spoken_name(stored) == said


def test_a_missing_unit_or_position_leaves_no_stray_commas() -> None:
    assert call_script(user(unit="", position=""), recorded=False).greeting == (
        "Здравствуйте! Мария Иванова. Чем я могу вам помочь?")
    assert call_script(user(position="ВЕДУЩИЙ СПЕЦИАЛИСТ"), recorded=False).greeting.startswith(
        "Здравствуйте! Контакт-центр, ВЕДУЩИЙ СПЕЦИАЛИСТ Мария Иванова.")
