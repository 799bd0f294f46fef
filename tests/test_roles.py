"""Roles and permissions (ARCHITECTURE, "Who may do what"): checked in the services."""

from __future__ import annotations

import uuid

import pytest

from workstation.errors import PermissionDeniedError, ValidationError
from workstation.roles import (
    Permission,
    Principal,
    Role,
    parse_roles,
    require,
    roles_from_column,
    roles_to_column,
)

# Those who work with customers (issue 4); administrators manage desks, not customers (152-FZ).
CUSTOMER_WORK = {Permission.LOOKUP_CUSTOMERS, Permission.EDIT_CUSTOMERS, Permission.TAKE_CALLS,
                 Permission.WORK_ON_APPEALS}


# Deadlines (issue 7): supervisors set the rules and watch the board, administrators correct the
# calendar, specialists and supervisors extend consideration (SLA-8).
SPECIALIST_DEADLINES = {Permission.EXTEND_DEADLINES}
SUPERVISOR_DEADLINES = {Permission.EDIT_DEADLINE_RULES, Permission.VIEW_DEADLINE_BOARD,
                        Permission.EXTEND_DEADLINES}
ADMIN_DEADLINES = {Permission.EDIT_CALENDAR}

# The answer library (issue 5, TEL-2): specialists give the answers reserved to them;
# supervisors edit the library and approve its versions.
SPECIALIST_ANSWERS = {Permission.GIVE_SPECIALIST_ANSWERS}
SUPERVISOR_ANSWERS = {Permission.EDIT_ANSWER_LIBRARY, Permission.APPROVE_ANSWERS,
                      Permission.GIVE_SPECIALIST_ANSWERS}

# Appeals (issue 6, DB-2): supervisors see the appeals of every desk.
SUPERVISOR_APPEALS = {Permission.VIEW_ALL_APPEALS}


def person(*roles: Role) -> Principal:
    return Principal(uuid.uuid4(), "someone", "Кто-то", frozenset(roles))


@pytest.mark.parametrize(
    ("roles", "allowed"),
    [
        ((Role.OPERATOR,), CUSTOMER_WORK),
        ((Role.SIGNER,), {Permission.LOOKUP_CUSTOMERS}),
        ((Role.SPECIALIST, Role.SIGNER), CUSTOMER_WORK | SPECIALIST_DEADLINES
         | SPECIALIST_ANSWERS),
        ((Role.SUPERVISOR,), {Permission.VIEW_AUDIT_LOG} | CUSTOMER_WORK
         | SUPERVISOR_DEADLINES | SUPERVISOR_ANSWERS | SUPERVISOR_APPEALS),
        ((Role.ADMIN,), {Permission.MANAGE_USERS, Permission.VIEW_AUDIT_LOG,
                         Permission.EDIT_SETTINGS} | ADMIN_DEADLINES),
        ((Role.OPERATOR, Role.SUPERVISOR), {Permission.VIEW_AUDIT_LOG} | CUSTOMER_WORK
         | SUPERVISOR_DEADLINES | SUPERVISOR_ANSWERS | SUPERVISOR_APPEALS),
    ],
)
def test_what_each_role_may_do(roles: tuple[Role, ...], allowed: set[Permission]) -> None:
    principal = person(*roles)
    assert {p for p in Permission if principal.may(p)} == allowed


def test_require_refuses_with_a_readable_message() -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        require(person(Role.OPERATOR), Permission.EDIT_SETTINGS)
    assert caught.value.message == (
        "Недостаточно прав: изменение настроек доступно ролям: администратор."
    )
    require(person(Role.ADMIN), Permission.EDIT_SETTINGS)


def test_the_command_line_administrator_holds_every_role() -> None:
    admin = Principal.command_line("root")
    assert admin.user_id is None
    assert admin.login == "cli:root"
    assert admin.roles == frozenset(Role)
    assert all(admin.may(p) for p in Permission)


def test_parse_roles() -> None:
    assert parse_roles([" Operator", "SIGNER", "", "signer"]) == {Role.OPERATOR, Role.SIGNER}
    with pytest.raises(ValidationError, match="Неизвестная роль «boss»"):
        parse_roles(["boss"])


def test_roles_column_round_trip_ignores_unknown_codes() -> None:
    column = roles_to_column({Role.SIGNER, Role.ADMIN})
    assert column == "admin signer"
    assert roles_from_column(column) == {Role.SIGNER, Role.ADMIN}
    assert roles_from_column("admin retired-role  operator") == {Role.ADMIN, Role.OPERATOR}
