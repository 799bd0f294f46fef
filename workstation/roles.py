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

    @property
    def description(self) -> str:
        return PERMISSION_DESCRIPTIONS[self]


PERMISSION_DESCRIPTIONS = {
    Permission.MANAGE_USERS: "управление пользователями",
    Permission.VIEW_AUDIT_LOG: "просмотр журнала аудита",
    Permission.EDIT_SETTINGS: "изменение настроек",
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: frozenset(),
    Role.SPECIALIST: frozenset(),
    Role.SIGNER: frozenset(),
    Role.SUPERVISOR: frozenset({Permission.VIEW_AUDIT_LOG}),
    Role.ADMIN: frozenset(
        {Permission.MANAGE_USERS, Permission.VIEW_AUDIT_LOG, Permission.EDIT_SETTINGS}
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
