"""Settings stored in the shared database, each with a default from the regulations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import Setting
from workstation.audit import AuditLog
from workstation.errors import ValidationError
from workstation.roles import Permission, Principal, require


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: int
    minimum: int
    maximum: int
    description: str


# Numbers are settings, not constants (REGULATIONS.md). Later capabilities register theirs.
SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("auth.max_failed_logins", 5, 1, 100,
                    "Неудачных попыток входа до блокировки учётной записи"),
        SettingSpec("auth.lockout_minutes", 15, 1, 24 * 60,
                    "На сколько минут блокируется вход после неудачных попыток"),
        SettingSpec("desk.idle_lock_minutes", 10, 1, 240,
                    "Через сколько минут без действий рабочее место блокируется"),
    )
}


def read_setting(session: Session, key: str) -> int:
    spec = _spec(key)
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return spec.default if value is None else int(value)


def _spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise ValidationError(f"Неизвестная настройка «{key}».") from None


class SettingsService:
    def __init__(self, sessions: SessionFactory, audit: AuditLog) -> None:
        self._sessions = sessions
        self._audit = audit

    def get(self, key: str) -> int:
        with self._sessions() as session:
            return read_setting(session, key)

    def all(self) -> list[tuple[SettingSpec, int]]:
        with self._sessions() as session:
            rows = session.execute(select(Setting.key, Setting.value)).all()
        stored: dict[str, Any] = dict(rows)
        return [(spec, int(stored.get(key, spec.default))) for key, spec in SPECS.items()]

    def set(self, actor: Principal, key: str, value: Any) -> None:
        require(actor, Permission.EDIT_SETTINGS)
        spec = _spec(key)
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError(f"Значение настройки «{key}» должно быть целым числом.") from None
        if not spec.minimum <= number <= spec.maximum:
            raise ValidationError(
                f"Значение настройки «{key}» должно быть от {spec.minimum} до {spec.maximum}."
            )
        with self._sessions.begin() as session:
            row = session.scalar(select(Setting).where(Setting.key == key))
            old = spec.default if row is None else row.value
            if row is None:
                session.add(Setting(key=key, value=number))
            else:
                row.value = number
            self._audit.record(
                session, "setting.change", actor=actor, object_type="setting", object_id=key,
                details={"old": old, "new": number},
            )
