"""People and entries for answer library tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from tests.helpers.passwords import use_cheap_password_hashing
from workstation.answer_types import OPERATOR, AnswerContent, VersionInfo
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

PASSWORD = "пароль-для-теста-ответов"


@pytest.fixture
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Import with ``from tests.helpers.answers import cheap_passwords`` and mark the module
    ``pytestmark = pytest.mark.usefixtures("cheap_passwords")``: logins are not what we test."""
    use_cheap_password_hashing(monkeypatch)
    yield

PEOPLE = {
    "operator": ("ivanova", "Иванова Мария Сергеевна", Role.OPERATOR, "Оператор"),
    "specialist": ("sokolov", "Соколов Андрей Викторович", Role.SPECIALIST,
                   "Ведущий специалист"),
    "supervisor": ("kuznetsov", "Кузнецов Игорь Павлович", Role.SUPERVISOR,
                   "Руководитель группы"),
    "supervisor2": ("lebedeva", "Лебедева Ольга Андреевна", Role.SUPERVISOR,
                    "Начальник контакт-центра"),
}


def person(services: Services, who: str) -> Principal:
    """A logged-in user (added on first use)."""
    login, name, role, position = PEOPLE[who]
    try:
        services.users.get_user(login)
    except Exception:
        services.users.add_user(
            Principal.command_line("tests"), login, PASSWORD,
            UserDetails(name, {role}, unit="Контакт-центр", position=position,
                        phone="+7 4242 55-12-34", email=f"{login}@example.ru"))
    return services.auth.login(login, PASSWORD)


def content(title: str, *, topic: str = "meters", questions: tuple[str, ...] = ("Вопрос",),
            spoken: str = "Краткий ответ.", written: str = "Полный ответ.",
            answered_by: str = OPERATOR, unit: str = "") -> AnswerContent:
    return AnswerContent(topic, title, questions, spoken, written, answered_by, unit)


def publish(services: Services, answer: AnswerContent, *, code: str | None = None) -> uuid.UUID:
    """A new entry proposed by one supervisor and approved by another: what operators see."""
    author, reviewer = person(services, "supervisor"), person(services, "supervisor2")
    version = services.answer_editor.propose_new(author, answer, "для теста", code=code)
    services.answer_editor.approve(reviewer, version.id, version.row_version)
    return version.entry_id


def approve(services: Services, version: VersionInfo) -> VersionInfo:
    return services.answer_editor.approve(person(services, "supervisor2"), version.id,
                                          version.row_version)
