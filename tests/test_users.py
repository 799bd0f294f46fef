"""Accounts: adding, listing, disabling, passwords, permissions, absence (WR-7), conflicts."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

import workstation.users
from db.models import AuditEntry, Unit, User
from workstation.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails, UserInfo

PASSWORD = "correct-horse-1"
OPERATOR = Principal(uuid.uuid4(), "op", "Оператор Ольга", frozenset({Role.OPERATOR}))



def add(
    services: Services, actor: Principal, login: str, *roles: Role, **details: Any
) -> UserInfo:
    return services.users.add_user(
        actor, login, PASSWORD,
        UserDetails(details.pop("full_name", f"Сотрудник {login}"), roles or [Role.OPERATOR],
                    **details),
    )


def user_count(services: Services) -> int:
    with services.database.sessions() as session:
        return session.scalar(select(func.count()).select_from(User)) or 0


# -- adding and listing ----------------------------------------------------------------------
def test_add_and_list_users(services: Services, cli_admin: Principal) -> None:
    added = add(
        services, cli_admin, " Petrova ", Role.SPECIALIST, Role.SIGNER,
        full_name="  Петрова   Анна  Сергеевна ", unit=" Отдел   писем ",
        position="Ведущий специалист",
    )
    add(services, cli_admin, "andreev")
    assert added.login == "petrova"
    assert added.full_name == "Петрова Анна Сергеевна"
    assert added.roles == frozenset({Role.SPECIALIST, Role.SIGNER})
    assert added.unit == "Отдел писем"
    assert added.version == 1 and added.is_active
    listed = services.users.list_users(cli_admin)
    assert [user.login for user in listed] == ["andreev", "petrova"]
    assert listed[1] == added
    assert services.users.get_user("PETROVA") == added


def test_list_users_without_disabled(services: Services, cli_admin: Principal) -> None:
    add(services, cli_admin, "andreev")
    add(services, cli_admin, "borisov")
    services.users.set_active(cli_admin, "andreev", False)
    assert [u.login for u in services.users.list_users(cli_admin)] == ["andreev", "borisov"]
    assert [u.login for u in services.users.list_users(cli_admin, include_disabled=False)] == [
        "borisov"
    ]


def test_adding_is_audited(services: Services, cli_admin: Principal) -> None:
    info = add(services, cli_admin, "andreev", unit="Контакт-центр")
    with services.database.sessions() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.actor_login, AuditEntry.object_id)
            .order_by(AuditEntry.id)
        ).all()
        unit_id = session.scalar(select(Unit.id))
    assert [tuple(row) for row in rows] == [
        ("unit.add", cli_admin.login, str(unit_id)),
        ("user.add", cli_admin.login, str(info.id)),
    ]


def test_a_unit_is_made_once_and_reused(services: Services, cli_admin: Principal) -> None:
    add(services, cli_admin, "andreev", unit="Контакт-центр")
    add(services, cli_admin, "borisov", unit="Контакт-центр")
    with services.database.sessions() as session:
        assert session.scalars(select(Unit.name)).all() == ["Контакт-центр"]


def test_phone_is_stored_in_e164_and_email_domain_in_lower_case(
    services: Services, cli_admin: Principal
) -> None:
    info = add(services, cli_admin, "andreev", phone="8 (4242) 12-34-56", email="Andreev@Energo.RU")
    assert info.phone == "+74242123456"
    assert info.email == "Andreev@energo.ru"


INVALID_USERS: list[tuple[str, str, dict[str, Any], str]] = [
    ("Иванов", PASSWORD, {}, "Имя пользователя"),
    ("a", PASSWORD, {}, "Имя пользователя"),
    ("-dash", PASSWORD, {}, "Имя пользователя"),
    ("two words", PASSWORD, {}, "Имя пользователя"),
    ("ivanov", "short1", {}, "Пароль слишком короткий"),
    ("ivanov12", "Ivanov12", {}, "не должен совпадать с именем"),
    ("ivanov", " padded-pass ", {}, "пробелом"),
    ("ivanov", PASSWORD, {"phone": "12345"}, "Номер телефона «12345» неверен"),
    ("ivanov", PASSWORD, {"phone": "телефон"}, "не похоже на номер телефона"),
    ("ivanov", PASSWORD, {"email": "ivanov@"}, "электронной почты"),
    ("ivanov", PASSWORD, {"email": "ivanov@mail"}, "электронной почты"),
    ("ivanov", PASSWORD, {"roles": []}, "хотя бы одну роль"),
    ("ivanov", PASSWORD, {"full_name": "   "}, "фамилию"),
]


def test_invalid_users_are_refused(
    services: Services, cli_admin: Principal, subtests: pytest.Subtests
) -> None:
    for login, password, details, message in INVALID_USERS:
        fields: dict[str, Any] = {"full_name": "Иванов Иван", "roles": [Role.OPERATOR], **details}
        with subtests.test(login=login, password=password, **details):
            with pytest.raises(ValidationError) as caught:
                services.users.add_user(cli_admin, login, password, UserDetails(**fields))
            assert message in caught.value.message
    assert user_count(services) == 0


def test_a_duplicate_login_is_refused(services: Services, cli_admin: Principal) -> None:
    add(services, cli_admin, "ivanov")
    with pytest.raises(ValidationError, match="«ivanov» уже есть"):
        add(services, cli_admin, "IVANOV")
    assert user_count(services) == 1


def test_unknown_user(services: Services, cli_admin: Principal) -> None:
    with pytest.raises(NotFoundError, match="«nobody» не найден"):
        services.users.set_active(cli_admin, "nobody", False)


# -- permissions -----------------------------------------------------------------------------
def test_an_operator_may_not_manage_users(services: Services, cli_admin: Principal) -> None:
    add(services, cli_admin, "andreev")
    calls = [
        lambda: add(services, OPERATOR, "intruder", Role.ADMIN),
        lambda: services.users.list_users(OPERATOR),
        lambda: services.users.set_active(OPERATOR, "andreev", False),
        lambda: services.users.set_password(OPERATOR, "andreev", "taken-over-1"),
        lambda: services.users.set_absence(OPERATOR, "andreev", date(2026, 3, 2), None, "op"),
        lambda: services.users.update_user(
            OPERATOR, services.users.get_user("andreev").id, 1,
            UserDetails("Захвачен", [Role.ADMIN]),
        ),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError) as caught:
            call()
        assert caught.value.message.startswith("Недостаточно прав: управление пользователями")
    assert user_count(services) == 1
    andreev = services.users.get_user("andreev")
    assert (andreev.is_active, andreev.version, andreev.roles) == (True, 1, {Role.OPERATOR})
    assert services.auth.login("andreev", PASSWORD).login == "andreev"


# -- disabling -------------------------------------------------------------------------------
def test_disable_and_enable(services: Services, cli_admin: Principal) -> None:
    add(services, cli_admin, "andreev")
    assert services.users.set_active(cli_admin, "andreev", False).is_active is False
    with pytest.raises(AuthenticationError, match="отключена"):
        services.auth.login("andreev", PASSWORD)
    assert services.users.set_active(cli_admin, "andreev", True).is_active is True
    assert services.auth.login("andreev", PASSWORD).login == "andreev"
    with services.database.sessions() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action.like("user.%able"))
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["user.disable", "user.enable"]


def test_the_last_active_admin_cannot_be_disabled_or_demoted(
    services: Services, cli_admin: Principal
) -> None:
    boss = add(services, cli_admin, "boss", Role.ADMIN)
    with pytest.raises(ValidationError, match="последний действующий администратор"):
        services.users.set_active(cli_admin, "boss", False)
    with pytest.raises(ValidationError, match="последний действующий администратор"):
        services.users.update_user(
            cli_admin, boss.id, boss.version, UserDetails("Босс", [Role.SUPERVISOR])
        )
    assert services.users.get_user("boss").roles == {Role.ADMIN}
    # A disabled second admin does not count; an active one does.
    add(services, cli_admin, "deputy", Role.ADMIN)
    services.users.set_active(cli_admin, "deputy", False)
    with pytest.raises(ValidationError, match="последний"):
        services.users.set_active(cli_admin, "boss", False)
    services.users.set_active(cli_admin, "deputy", True)
    assert services.users.set_active(cli_admin, "boss", False).is_active is False


def test_an_admin_cannot_disable_themselves(services: Services, cli_admin: Principal) -> None:
    add(services, cli_admin, "boss", Role.ADMIN)
    add(services, cli_admin, "deputy", Role.ADMIN)  # so the last-admin rule is not what refuses
    boss = services.auth.login("boss", PASSWORD)
    with pytest.raises(ValidationError, match="собственную учётную запись"):
        services.users.set_active(boss, "boss", False)
    assert services.users.set_active(boss, "deputy", False).is_active is False


# -- passwords -------------------------------------------------------------------------------
def test_changing_ones_own_password_needs_the_old_one(
    services: Services, cli_admin: Principal
) -> None:
    add(services, cli_admin, "andreev")
    me = services.auth.login("andreev", PASSWORD)
    for old in (None, "not-the-old-one"):
        with pytest.raises(PermissionDeniedError, match="Текущий пароль указан неверно"):
            services.users.set_password(me, "andreev", "brand-new-pass", old_password=old)
    assert services.auth.login("andreev", PASSWORD).login == "andreev"
    services.users.set_password(me, "andreev", "brand-new-pass", old_password=PASSWORD)
    assert services.auth.login("andreev", "brand-new-pass").login == "andreev"
    with pytest.raises(AuthenticationError):
        services.auth.login("andreev", PASSWORD)


def test_an_admin_sets_a_password_without_the_old_one(
    services: Services, cli_admin: Principal
) -> None:
    add(services, cli_admin, "andreev")
    services.users.set_password(cli_admin, "andreev", "reset-by-admin")
    assert services.auth.login("andreev", "reset-by-admin").login == "andreev"


def test_a_new_password_must_meet_the_rules(services: Services, cli_admin: Principal) -> None:
    add(services, cli_admin, "andreev")
    with pytest.raises(ValidationError, match="слишком короткий"):
        services.users.set_password(cli_admin, "andreev", "short")
    assert services.auth.login("andreev", PASSWORD).login == "andreev"


# -- absence and delegate (WR-7) -------------------------------------------------------------
MARCH_2 = date(2026, 3, 2)
MARCH_13 = date(2026, 3, 13)


def test_wr7_an_absent_users_work_goes_to_the_delegate(
    services: Services, cli_admin: Principal
) -> None:
    andreev = add(services, cli_admin, "andreev")
    borisov = add(services, cli_admin, "borisov")
    info = services.users.set_absence(cli_admin, "andreev", MARCH_2, MARCH_13, "borisov")
    assert (info.absent_from, info.absent_until, info.delegate_login) == (
        MARCH_2, MARCH_13, "borisov"
    )
    assert info.is_absent_on(MARCH_2) and info.is_absent_on(MARCH_13)
    assert not info.is_absent_on(date(2026, 3, 1)) and not info.is_absent_on(date(2026, 3, 14))
    assignee = services.users.effective_assignee
    assert assignee(andreev.id, MARCH_2) == borisov.id
    assert assignee(andreev.id, MARCH_13) == borisov.id
    assert assignee(andreev.id, date(2026, 3, 1)) == andreev.id
    assert assignee(andreev.id, date(2026, 3, 14)) == andreev.id
    assert assignee(borisov.id, MARCH_2) == borisov.id


def test_wr7_open_ended_absence_and_its_end(services: Services, cli_admin: Principal) -> None:
    andreev = add(services, cli_admin, "andreev")
    borisov = add(services, cli_admin, "borisov")
    services.users.set_absence(cli_admin, "andreev", MARCH_2, None, "borisov")
    assert services.users.effective_assignee(andreev.id, date(2027, 1, 1)) == borisov.id
    cleared = services.users.set_absence(cli_admin, "andreev", None, None, None)
    assert (cleared.absent_from, cleared.delegate_login) == (None, None)
    assert services.users.effective_assignee(andreev.id, MARCH_2) == andreev.id


def test_wr7_a_chain_of_absent_delegates_is_followed(
    services: Services, cli_admin: Principal
) -> None:
    a, _b, c = (add(services, cli_admin, login) for login in ("andreev", "borisov", "vasin"))
    services.users.set_absence(cli_admin, "andreev", MARCH_2, MARCH_13, "borisov")
    services.users.set_absence(cli_admin, "borisov", MARCH_2, MARCH_13, "vasin")
    assert services.users.effective_assignee(a.id, MARCH_2) == c.id


def test_wr7_a_cycle_of_delegates_stops(services: Services, cli_admin: Principal) -> None:
    a = add(services, cli_admin, "andreev")
    b = add(services, cli_admin, "borisov")
    services.users.set_absence(cli_admin, "andreev", MARCH_2, MARCH_13, "borisov")
    services.users.set_absence(cli_admin, "borisov", MARCH_2, MARCH_13, "andreev")
    # Stops at the first person met twice: work is never lost in a loop.
    assert services.users.effective_assignee(a.id, MARCH_2) == a.id
    assert services.users.effective_assignee(b.id, MARCH_2) == b.id


def test_wr7_a_user_sets_their_own_absence(services: Services, cli_admin: Principal) -> None:
    add(services, cli_admin, "andreev")
    add(services, cli_admin, "borisov")
    me = services.auth.login("andreev", PASSWORD)
    assert services.users.set_absence(me, "andreev", MARCH_2, None, "borisov").delegate_login == (
        "borisov"
    )
    with pytest.raises(PermissionDeniedError):
        services.users.set_absence(me, "borisov", MARCH_2, None, "andreev")


@pytest.mark.parametrize(
    ("start", "end", "delegate", "message"),
    [
        (MARCH_13, MARCH_2, "borisov", "Конец отсутствия раньше его начала"),
        (None, MARCH_13, "borisov", "Укажите начало отсутствия"),
        (MARCH_2, MARCH_13, None, "WR-7"),
        (MARCH_2, MARCH_13, "andreev", "самому себе"),
        (MARCH_2, MARCH_13, "vasin", "«vasin» отключена"),
    ],
)
def test_wr7_invalid_absences_are_refused(
    services: Services, cli_admin: Principal, start: date | None, end: date | None,
    delegate: str | None, message: str,
) -> None:
    for login in ("andreev", "borisov", "vasin"):
        add(services, cli_admin, login)
    services.users.set_active(cli_admin, "vasin", False)
    with pytest.raises(ValidationError, match=message):
        services.users.set_absence(cli_admin, "andreev", start, end, delegate)
    assert services.users.get_user("andreev").absent_from is None


# -- optimistic locking ----------------------------------------------------------------------
def test_update_user(services: Services, cli_admin: Principal) -> None:
    info = add(services, cli_admin, "andreev")
    changed = services.users.update_user(
        cli_admin, info.id, info.version,
        UserDetails(
            "Андреев Андрей", [Role.SPECIALIST], unit="Отдел писем", phone="+7 495 123-45-67"
        ),
    )
    assert changed.version == info.version + 1
    assert (changed.full_name, changed.roles, changed.unit, changed.phone) == (
        "Андреев Андрей", {Role.SPECIALIST}, "Отдел писем", "+74951234567"
    )
    assert services.users.get_user("andreev") == changed


def test_a_stale_version_is_a_conflict_with_both_versions(
    services: Services, cli_admin: Principal
) -> None:
    info = add(services, cli_admin, "andreev")
    services.users.update_user(
        cli_admin, info.id, info.version, UserDetails("Первая правка", [Role.OPERATOR])
    )
    with pytest.raises(ConflictError) as caught:
        services.users.update_user(
            cli_admin, info.id, info.version, UserDetails("Вторая правка", [Role.OPERATOR])
        )
    conflict = caught.value
    assert (conflict.table, conflict.row_id) == ("users", info.id)
    assert (conflict.expected_version, conflict.current_version) == (1, 2)
    assert conflict.current is not None and conflict.current.full_name == "Первая правка"
    assert "ваша версия 1, текущая 2" in conflict.message
    assert services.users.get_user("andreev").full_name == "Первая правка"


def test_updating_a_deleted_user_is_a_conflict(services: Services, cli_admin: Principal) -> None:
    info = add(services, cli_admin, "andreev")
    with services.database.sessions.begin() as session:
        session.execute(delete(User).where(User.id == info.id))
    with pytest.raises(ConflictError) as caught:
        services.users.update_user(cli_admin, info.id, 1, UserDetails("Кто-то", [Role.OPERATOR]))
    assert caught.value.current_version is None
    assert "уже удалена" in caught.value.message


@pytest.mark.parametrize("unit", ["", "Новый отдел"], ids=["no-unit", "new-unit"])
def test_a_change_committed_between_load_and_save_is_a_conflict(
    services: Services, cli_admin: Principal, monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    """Another desk commits, through its own connection, right after this desk has loaded the
    row and before it writes: the save must be refused, not written over the other change."""
    info = add(services, cli_admin, "andreev")
    real_load = workstation.users.load_for_change

    def load_then_other_desk_saves(
        session: Session, model: type[User], row_id: uuid.UUID, expected: int
    ) -> User:
        row = real_load(session, model, row_id, expected)
        with services.database.engine.begin() as other_desk:
            other_desk.execute(
                update(User).where(User.id == row_id)
                .values(full_name="Правка другого места", version=User.version + 1)
            )
        return row

    monkeypatch.setattr(workstation.users, "load_for_change", load_then_other_desk_saves)
    with pytest.raises(ConflictError) as caught:
        services.users.update_user(
            cli_admin, info.id, info.version, UserDetails("Моя правка", [Role.OPERATOR], unit=unit)
        )
    assert (caught.value.expected_version, caught.value.current_version) == (1, 2)
    monkeypatch.undo()
    now = services.users.get_user("andreev")
    assert (now.full_name, now.version, now.unit) == ("Правка другого места", 2, "")
    with services.database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 0  # rolled back too
        assert session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "user.update")
        ).all() == []
