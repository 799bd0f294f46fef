"""Settings stored in the shared database, each with a default from the regulations."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import Setting
from workstation.audit import AuditLog
from workstation.category_mapping import CATEGORY_SETTINGS, category_problem
from workstation.desk_hours import (
    CALLBACK_HOURS_SETTING,
    DEFAULT_CALLBACK_HOURS,
    DEFAULT_DESK_HOURS,
    DEFAULT_ZONE,
    DESK_HOURS_SETTING,
    ZONE_SETTING,
    hours_problem,
    zone_problem,
)
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
        SettingSpec("lookup.identification_minutes", 30, 1, 24 * 60,
                    "Сколько минут после идентификации звонящего (TEL-5) оператору видны "
                    "конфиденциальные данные"),
        # The answer library (issue 5). 0/1 switches: 1 means on.
        SettingSpec("answers.self_approval", 0, 0, 1,
                    "Руководитель может утверждать собственные изменения библиотеки ответов "
                    "(1 — да, для рабочего места с одним руководителем; 0 — нет)"),
        SettingSpec("answers.popularity_days", 90, 1, 3650,
                    "За сколько последних дней считаются использования типовых ответов при "
                    "выводе самых востребованных первыми"),
        # Appeals (issue 6): files live in the shared database, so their size is bounded.
        SettingSpec("appeals.attachment_max_mb", 25, 1, 500,
                    "Наибольший размер одного файла обращения (скан, вложение, запись), МБ"),
        SettingSpec("calls.recorded", 1, 0, 1,
                    "Телефонные разговоры записываются: в приветствии звучит предупреждение о "
                    "записи (TEL-6; 1 — да, 0 — нет)"),
    )
}


def _regex_problem(value: str) -> str | None:
    try:
        re.compile(value)
    except re.error as error:
        return f"это не регулярное выражение ({error})"
    return None


@dataclass(frozen=True)
class TextSettingSpec:
    """A setting that is text (a format, a pattern); ``problem`` says what is wrong with a value."""

    key: str
    default: str
    description: str
    problem: Callable[[str], str | None]


# Text settings apart from the numbers above, so that read_setting and SPECS stay int-only.
TEXT_SPECS: dict[str, TextSettingSpec] = {
    spec.key: spec
    for spec in (
        # Demo data and most branches: 10 digits, or 12 where a branch code follows the region.
        TextSettingSpec("customers.account_number_pattern", r"^\d{10}(\d{2})?$",
                        "Формат номера лицевого счёта (регулярное выражение)", _regex_problem),
        # Deadlines (issue 7): where days are counted, the desk's day, TEL-8 calling hours.
        TextSettingSpec(ZONE_SETTING, DEFAULT_ZONE,
                        "Часовой пояс, в котором считаются сроки в днях и часы работы "
                        "контакт-центра (например, Europe/Moscow)", zone_problem),
        TextSettingSpec(DESK_HOURS_SETTING, DEFAULT_DESK_HOURS,
                        "Часы работы контакт-центра; срок в днях истекает в конце рабочего "
                        "дня, перезвон по SLA-10 считается от начала", hours_problem),
        TextSettingSpec(CALLBACK_HOURS_SETTING, DEFAULT_CALLBACK_HOURS,
                        "Часы звонков потребителям по их местному времени (TEL-8)",
                        hours_problem),
        # CH-2 (issue 6): the channel → category mapping.
        *(TextSettingSpec(setting.key, setting.default.value, setting.description,
                          category_problem) for setting in CATEGORY_SETTINGS),
    )
}


def read_setting(session: Session, key: str) -> int:
    spec = _spec(key)
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return spec.default if value is None else int(value)


def read_text_setting(session: Session, key: str) -> str:
    spec = TEXT_SPECS[key]
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return spec.default if value is None else str(value)


def _locked_setting(session: Session, key: str) -> Setting | None:
    # Locked until the commit (PostgreSQL): two desks changing one setting take turns instead
    # of the second failing its version check.
    return session.scalar(select(Setting).where(Setting.key == key).with_for_update())


def _store_setting(session: Session, key: str, value: Any, default: Any) -> Any:
    """Write ``value`` under ``key``; returns the value it replaced (``default`` if none)."""
    row = _locked_setting(session, key)
    if row is None:
        try:
            with session.begin_nested():
                session.add(Setting(key=key, value=value))
            return default
        except IntegrityError:
            # Another desk stored the first value meanwhile: change that one.
            row = _locked_setting(session, key)
            assert row is not None  # the unique key that refused ours is this row
    old = row.value
    row.value = value
    return old


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

    def get_text(self, key: str) -> str:
        with self._sessions() as session:
            return read_text_setting(session, key)

    def all_text(self) -> list[tuple[TextSettingSpec, str]]:
        with self._sessions() as session:
            rows = session.execute(select(Setting.key, Setting.value)
                                   .where(Setting.key.in_(list(TEXT_SPECS))))
            stored: dict[str, Any] = {key: value for key, value in rows}
        return [(spec, str(stored.get(key, spec.default))) for key, spec in TEXT_SPECS.items()]

    def all(self) -> list[tuple[SettingSpec, int]]:
        with self._sessions() as session:
            rows = session.execute(select(Setting.key, Setting.value)).all()
        stored: dict[str, Any] = dict(rows)
        return [(spec, int(stored.get(key, spec.default))) for key, spec in SPECS.items()]

    def set(self, actor: Principal, key: str, value: Any) -> None:
        require(actor, Permission.EDIT_SETTINGS)
        if key in TEXT_SPECS:
            self._set_text(actor, TEXT_SPECS[key], value)
            return
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
            old = _store_setting(session, key, number, spec.default)
            self._audit.record(
                session, "setting.change", actor=actor, object_type="setting", object_id=key,
                details={"old": old, "new": number},
            )

    def _set_text(self, actor: Principal, spec: TextSettingSpec, value: Any) -> None:
        text = str(value).strip()
        problem = spec.problem(text)
        if problem:
            raise ValidationError(f"Значение настройки «{spec.key}» не подходит: {problem}.")
        with self._sessions.begin() as session:
            old = _store_setting(session, spec.key, text, spec.default)
            self._audit.record(
                session, "setting.change", actor=actor, object_type="setting",
                object_id=spec.key, details={"old": old, "new": text},
            )
