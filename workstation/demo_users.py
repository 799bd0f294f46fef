"""The demo staff: one login per role with a documented password (README), and a few more.

Ids are derived from the login, so the demo users have the same ids in every demo database and
a second run finds them instead of adding them again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Unit, User
from workstation.audit import AuditLog
from workstation.passwords import hash_password
from workstation.roles import Role, roles_from_column, roles_to_column

_NAMESPACE = uuid.UUID("5d1f8a52-7c1e-4b7e-9a43-0c2f3c9e6a10")
DEMO_ACTOR = "cli:demo-data"

CONTACT_CENTRE = "Контакт-центр"
INDIVIDUALS = "Отдел по работе с физическими лицами"
BUSINESSES = "Отдел по работе с юридическими лицами"
LEGAL = "Юридический отдел"
IT = "Отдел информационных технологий"
DEMO_UNITS = (CONTACT_CENTRE, INDIVIDUALS, BUSINESSES, LEGAL, IT)


@dataclass(frozen=True)
class DemoUser:
    login: str
    password: str
    full_name: str
    roles: frozenset[Role]
    unit: str
    position: str
    phone: str
    email: str


def _user(login: str, password: str, full_name: str, roles: set[Role], unit: str,
          position: str, phone: str) -> DemoUser:
    return DemoUser(login, password, full_name, frozenset(roles), unit, position, phone,
                    f"{login}@energosbyt.example.com")


# The first five are the documented demo logins, one per role (README: password = role-demo).
DEMO_USERS: tuple[DemoUser, ...] = (
    _user("operator", "operator-demo", "Смирнова Анна Викторовна", {Role.OPERATOR},
          CONTACT_CENTRE, "Оператор контакт-центра", "+74957851201"),
    _user("specialist", "specialist-demo", "Кузнецов Дмитрий Андреевич", {Role.SPECIALIST},
          INDIVIDUALS, "Ведущий специалист", "+74957851302"),
    _user("signer", "signer-demo", "Волкова Елена Николаевна", {Role.SIGNER},
          INDIVIDUALS, "Начальник отдела по работе с физическими лицами", "+74957851300"),
    _user("supervisor", "supervisor-demo", "Морозов Игорь Петрович", {Role.SUPERVISOR},
          CONTACT_CENTRE, "Руководитель контакт-центра", "+74957851200"),
    _user("admin", "admin-demo", "Лебедев Сергей Олегович", {Role.ADMIN},
          IT, "Системный администратор", "+74957851500"),
    _user("ivanova", "operator-demo", "Иванова Ольга Сергеевна", {Role.OPERATOR},
          CONTACT_CENTRE, "Оператор контакт-центра", "+74957851202"),
    _user("petrov", "operator-demo", "Петров Алексей Игоревич", {Role.OPERATOR},
          CONTACT_CENTRE, "Старший оператор", "+74957851203"),
    _user("sokolova", "operator-demo", "Соколова Мария Александровна", {Role.OPERATOR},
          CONTACT_CENTRE, "Оператор контакт-центра", "+74957851204"),
    _user("fedorov", "specialist-demo", "Фёдоров Максим Викторович", {Role.SPECIALIST},
          LEGAL, "Юрисконсульт", "+74957851401"),
    _user("novikova", "specialist-demo", "Новикова Татьяна Павловна",
          {Role.SPECIALIST, Role.SIGNER}, BUSINESSES,
          "Начальник отдела по работе с юридическими лицами", "+74957851600"),
    _user("orlov", "specialist-demo", "Орлов Павел Андреевич", {Role.SPECIALIST},
          BUSINESSES, "Специалист по договорной работе", "+74957851601"),
)


@dataclass(frozen=True)
class Staff:
    """Who registers and works demo appeals: user ids by role."""

    by_role: dict[Role, tuple[uuid.UUID, ...]]
    created: int
    others: int  # users that are not demo users: a real installation's people

    def of(self, role: Role) -> tuple[uuid.UUID, ...]:
        return self.by_role.get(role, ())


def demo_id(kind: str, name: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{kind}:{name}")


@cache
def _hash(password: str) -> str:
    # argon2 takes ~0.2 s on purpose; the demo users share five passwords, so hash each once.
    return hash_password(password)


def ensure_demo_users(session: Session, audit: AuditLog, now: datetime) -> Staff:
    """Add the demo users that are missing (with their units); return everyone by role."""
    units = {name: unit_id for unit_id, name in session.execute(select(Unit.id, Unit.name))}
    existing = {login: (user_id, roles) for user_id, login, roles
                in session.execute(select(User.id, User.login, User.roles))}
    created = 0
    demo_logins = {demo.login for demo in DEMO_USERS}
    others = sum(1 for login in existing if login not in demo_logins)
    for demo in DEMO_USERS:
        if demo.login in existing:
            continue
        if demo.unit not in units:
            units[demo.unit] = demo_id("unit", demo.unit)
            session.add(Unit(id=units[demo.unit], name=demo.unit))
        user = User(
            id=demo_id("user", demo.login), login=demo.login, full_name=demo.full_name,
            password_hash=_hash(demo.password), roles=roles_to_column(demo.roles),
            is_active=True, unit_id=units[demo.unit], position=demo.position,
            phone=demo.phone, email=demo.email, created_at=now,
        )
        session.add(user)
        audit.record(session, "user.add", actor_login=DEMO_ACTOR, object_type="user",
                     object_id=user.id, details={"login": demo.login, "demo": True})
        existing[demo.login] = (user.id, user.roles)
        created += 1
    session.flush()
    by_role: dict[Role, list[uuid.UUID]] = {}
    for login in sorted(existing):
        user_id, roles = existing[login]
        for role in roles_from_column(roles):
            by_role.setdefault(role, []).append(user_id)
    return Staff({role: tuple(ids) for role, ids in by_role.items()}, created, others)
