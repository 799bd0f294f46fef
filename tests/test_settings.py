"""Numbers from the regulations are settings with defaults, changed by those allowed to."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from workstation.errors import PermissionDeniedError, ValidationError
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.settings import SPECS

SUPERVISOR = Principal(uuid.uuid4(), "chief", "Руководитель", frozenset({Role.SUPERVISOR}))


def test_defaults_until_changed(services: Services) -> None:
    values = {spec.key: value for spec, value in services.settings.all()}
    assert values == {key: spec.default for key, spec in SPECS.items()}
    assert (values["auth.max_failed_logins"], values["auth.lockout_minutes"]) == (5, 15)
    assert services.settings.get("auth.lockout_minutes") == 15


def test_a_change_is_kept_and_audited(services: Services, cli_admin: Principal) -> None:
    services.settings.set(cli_admin, "auth.lockout_minutes", "30")
    services.settings.set(cli_admin, "auth.lockout_minutes", 45)
    assert services.settings.get("auth.lockout_minutes") == 45
    assert {s.key: v for s, v in services.settings.all()}["auth.lockout_minutes"] == 45
    with services.database.sessions() as session:
        details = session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "setting.change")
            .order_by(AuditEntry.id)
        ).all()
    assert details == [{"old": 15, "new": 30}, {"old": 30, "new": 45}]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("auth.max_failed_logins", 0, "от 1 до 100"),
        ("auth.max_failed_logins", 101, "от 1 до 100"),
        ("auth.lockout_minutes", "много", "целым числом"),
        ("auth.lockout_minutes", None, "целым числом"),
        ("no.such.setting", 1, "Неизвестная настройка"),
    ],
)
def test_invalid_values_are_refused(
    services: Services, cli_admin: Principal, key: str, value: object, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        services.settings.set(cli_admin, key, value)
    assert services.settings.get("auth.max_failed_logins") == 5


def test_only_an_admin_changes_settings(services: Services) -> None:
    with pytest.raises(PermissionDeniedError, match="изменение настроек"):
        services.settings.set(SUPERVISOR, "auth.lockout_minutes", 30)
    assert services.settings.get("auth.lockout_minutes") == 15
