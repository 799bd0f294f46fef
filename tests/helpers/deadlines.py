"""Deadline rules and appeals for the deadline engine's tests.

The default rules are read from revision 0005 itself, so the computation tests that need no
database use exactly the defaults a new database is seeded with.
"""

from __future__ import annotations

import importlib.util
import uuid
from datetime import UTC, date, datetime
from functools import cache
from types import ModuleType

from db.migrate import MIGRATIONS_DIR
from db.models import Account, Address, Appeal, Customer
from workstation.appeal_deadlines import register_appeal
from workstation.database import Database
from workstation.deadline_rules import Rule, RuleBook, Unit
from workstation.deadlines import DeadlineRegistry
from workstation.desk_hours import DeskHours
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

MOSCOW_HOURS = DeskHours.from_settings()  # the defaults: Europe/Moscow, 09:00-18:00, 09:00-17:30
PASSWORD = "пароль-для-теста"
PEOPLE = {
    "operator": ("ivanova", "Иванова Мария Сергеевна", "Контакт-центр"),
    "specialist": ("sokolov", "Соколов Андрей Викторович", "Отдел сбыта"),
    "supervisor": ("kuznetsov", "Кузнецов Игорь Павлович", "Контакт-центр"),
    "admin": ("petrov", "Петров Пётр Петрович", "Отдел информационных технологий"),
}


def add_user(services: Services, role: str, login: str | None = None,
             full_name: str | None = None, unit: str | None = None) -> Principal:
    """A logged-in user with one role (without Qt, unlike tests/helpers/desk.py)."""
    default_login, default_name, default_unit = PEOPLE[role]
    login = login or default_login
    services.users.add_user(
        Principal.command_line("tests"), login, PASSWORD,
        UserDetails(full_name or default_name, {Role(role)}, unit=unit or default_unit,
                    position="Сотрудник", phone="+7 4242 55-12-34",
                    email=f"{login}@example.ru"))
    return services.auth.login(login, PASSWORD)


@cache
def _revision() -> ModuleType:
    path = MIGRATIONS_DIR / "versions" / "0005_deadlines.py"
    spec = importlib.util.spec_from_file_location("revision_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_rule_book() -> RuleBook:
    revision = _revision()
    return RuleBook(
        Rule(code, variant, 1, title, Unit(unit), amount, window_start, due_soon, roll,
             customer_hours, revision.REGULATIONS_IN_FORCE)
        for (code, variant, title, unit, amount, window_start, due_soon, roll, customer_hours)
        in revision.DEFAULT_RULES)


def add_customer_in(database: Database, zone: str, region: str = "") -> uuid.UUID:
    """A customer with one account at an address in ``zone`` (e.g. Asia/Sakhalin)."""
    with database.sessions.begin() as session:
        address = Address(region=region or zone, locality="Город", street="Ленина", house="1",
                          time_zone=zone)
        customer = Customer(kind="person", name="Потребитель Тестовый", note="",
                            created_at=datetime(2025, 1, 1, tzinfo=UTC))
        session.add_all([address, customer])
        session.flush()
        session.add(Account(number=f"{uuid.uuid4().int % 10**10:010d}",
                            customer_id=customer.id, address_id=address.id,
                            opened_on=date(2020, 1, 1)))
        return customer.id


def add_appeal(database: Database, number: str, received_at: datetime, *,
               channel: str = "email", status: str = "registered", urgency: str = "normal",
               customer_id: uuid.UUID | None = None, assignee_id: uuid.UUID | None = None,
               topic: str = "Перерасчёт", register: DeadlineRegistry | None = None,
               answer_by_post: bool = False) -> uuid.UUID:
    """An appeal as the appeals service would write it; with ``register`` its deadlines too."""
    with database.sessions.begin() as session:
        appeal = Appeal(journal_number=number, channel=channel, category="B", status=status,
                        urgency=urgency, customer_id=customer_id, topic=topic, subject="",
                        body="", received_at=received_at, registered_at=received_at,
                        registered_by_id=assignee_id, assignee_id=assignee_id)
        session.add(appeal)
        session.flush()
        if register is not None:
            register_appeal(register, session, appeal, answer_by_post=answer_by_post)
        return appeal.id
