"""Roles, what each may do, and the person acting (ARCHITECTURE, "Who may do what")."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from workstation.errors import PermissionDeniedError, ValidationError


class Role(enum.StrEnum):
    OPERATOR = "operator"
    SPECIALIST = "specialist"
    SIGNER = "signer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_TITLES[self]


ROLE_TITLES = {
    Role.OPERATOR: "оператор",
    Role.SPECIALIST: "специалист",
    Role.SIGNER: "подписант",
    Role.SUPERVISOR: "руководитель",
    Role.ADMIN: "администратор",
}


class Permission(enum.StrEnum):
    """Things a service checks before doing them. Later capabilities add theirs here."""

    MANAGE_USERS = "manage_users"
    VIEW_AUDIT_LOG = "view_audit_log"
    EDIT_SETTINGS = "edit_settings"
    LOOKUP_CUSTOMERS = "lookup_customers"  # search, customer card, history (issue 4)
    EDIT_CUSTOMERS = "edit_customers"  # new customer, contact details
    TAKE_CALLS = "take_calls"  # a desk incoming calls are offered to
    # The answer library (issue 5, TEL-2): supervisors edit it and approve its versions;
    # answers reserved to specialists are given only by them (operators transfer, TEL-4).
    EDIT_ANSWER_LIBRARY = "edit_answer_library"
    APPROVE_ANSWERS = "approve_answers"
    GIVE_SPECIALIST_ANSWERS = "give_specialist_answers"
    # Deadlines (issue 7): supervisors set the rules and watch the board; administrators
    # correct the production calendar; those who prepare replies extend them (SLA-8).
    EDIT_DEADLINE_RULES = "edit_deadline_rules"
    VIEW_DEADLINE_BOARD = "view_deadline_board"
    EDIT_CALENDAR = "edit_calendar"
    EXTEND_DEADLINES = "extend_deadlines"
    # Appeals (issue 6): who registers and works on them — each step of their life is also
    # checked against the transition table (workstation/appeals.py); supervisors see every
    # desk's queues (DB-2).
    WORK_ON_APPEALS = "work_on_appeals"
    VIEW_ALL_APPEALS = "view_all_appeals"

    @property
    def description(self) -> str:
        return PERMISSION_DESCRIPTIONS[self]


PERMISSION_DESCRIPTIONS = {
    Permission.MANAGE_USERS: "управление пользователями",
    Permission.VIEW_AUDIT_LOG: "просмотр журнала аудита",
    Permission.EDIT_SETTINGS: "изменение настроек",
    Permission.LOOKUP_CUSTOMERS: "поиск потребителей и просмотр их карточек",
    Permission.EDIT_CUSTOMERS: "добавление потребителей и изменение их контактов",
    Permission.TAKE_CALLS: "приём входящих звонков",
    Permission.EDIT_ANSWER_LIBRARY: "изменение библиотеки типовых ответов",
    Permission.APPROVE_ANSWERS: "утверждение версий типовых ответов",
    Permission.GIVE_SPECIALIST_ANSWERS: "ответы, отнесённые к компетенции специалистов",
    Permission.EDIT_DEADLINE_RULES: "изменение правил сроков",
    Permission.VIEW_DEADLINE_BOARD: "сводка сроков по всем рабочим местам",
    Permission.EDIT_CALENDAR: "поправки производственного календаря",
    Permission.EXTEND_DEADLINES: "продление срока рассмотрения (SLA-8)",
    Permission.WORK_ON_APPEALS: "регистрация обращений и работа с ними",
    Permission.VIEW_ALL_APPEALS: "обращения всех рабочих мест (DB-2)",
}
# Those who talk to customers or answer for them; an administrator manages the desks, not the
# customers (152-FZ: personal data only for those whose work needs it).
_CUSTOMER_WORK = frozenset(
    {Permission.LOOKUP_CUSTOMERS, Permission.EDIT_CUSTOMERS, Permission.TAKE_CALLS,
     Permission.WORK_ON_APPEALS}
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: _CUSTOMER_WORK,
    Role.SPECIALIST: _CUSTOMER_WORK | {Permission.GIVE_SPECIALIST_ANSWERS,
                                       Permission.EXTEND_DEADLINES},
    Role.SIGNER: frozenset({Permission.LOOKUP_CUSTOMERS}),
    Role.SUPERVISOR: frozenset({Permission.VIEW_AUDIT_LOG, Permission.EDIT_ANSWER_LIBRARY,
                                Permission.APPROVE_ANSWERS, Permission.GIVE_SPECIALIST_ANSWERS,
                                Permission.EDIT_DEADLINE_RULES, Permission.VIEW_DEADLINE_BOARD,
                                Permission.EXTEND_DEADLINES, Permission.VIEW_ALL_APPEALS})
    | _CUSTOMER_WORK,
    Role.ADMIN: frozenset(
        {Permission.MANAGE_USERS, Permission.VIEW_AUDIT_LOG, Permission.EDIT_SETTINGS,
         Permission.EDIT_CALENDAR}
    ),
}


def parse_roles(codes: Iterable[str]) -> frozenset[Role]:
    roles: set[Role] = set()
    for code in codes:
        code = code.strip().lower()
        if not code:
            continue
        try:
            roles.add(Role(code))
        except ValueError:
            known = ", ".join(role.value for role in Role)
            raise ValidationError(f"Неизвестная роль «{code}». Роли: {known}.") from None
    return frozenset(roles)


def roles_to_column(roles: Iterable[Role]) -> str:
    return " ".join(sorted(role.value for role in roles))


def roles_from_column(value: str) -> frozenset[Role]:
    return frozenset(Role(code) for code in value.split() if code in Role.__members__.values())


@dataclass(frozen=True)
class Principal:
    """Who is acting: a logged-in user, or the local administrator at the command line."""

    user_id: uuid.UUID | None
    login: str
    full_name: str
    roles: frozenset[Role]

    @classmethod
    def command_line(cls, os_user: str) -> Principal:
        # Whoever holds the database credentials administers it (as createsuperuser does):
        # the first admin of a new installation can only be made this way.
        return cls(None, f"cli:{os_user}", "Администратор (командная строка)", frozenset(Role))

    def has_role(self, role: Role) -> bool:
        return role in self.roles

    def may(self, permission: Permission) -> bool:
        return any(permission in ROLE_PERMISSIONS[role] for role in self.roles)


def require(principal: Principal, permission: Permission) -> None:
    """Refuse in the service, whatever the UI shows (ARCHITECTURE: permissions in services)."""
    if principal.may(permission):
        return
    allowed = [role.label for role, granted in ROLE_PERMISSIONS.items() if permission in granted]
    raise PermissionDeniedError(
        f"Недостаточно прав: {permission.description} доступно ролям: {', '.join(allowed)}."
    )
