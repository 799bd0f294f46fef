"""Accounts: adding, changing, disabling users; absence and delegate (WR-7)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import LoginState, Unit, User
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.contacts import normalise_email, normalise_phone
from workstation.errors import NotFoundError, PermissionDeniedError, ValidationError
from workstation.passwords import check_new_password, hash_password, verify_password
from workstation.roles import (
    Permission,
    Principal,
    Role,
    require,
    roles_from_column,
    roles_to_column,
)
from workstation.versioning import commit_versioned, load_for_change

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    version: int
    login: str
    full_name: str
    roles: frozenset[Role]
    unit: str
    position: str
    phone: str
    email: str
    is_active: bool
    absent_from: date | None
    absent_until: date | None
    delegate_login: str | None

    def is_absent_on(self, day: date) -> bool:
        return _absent(self.absent_from, self.absent_until, day)


@dataclass
class UserDetails:
    """What an administrator types for a user; also used to change one."""

    full_name: str
    roles: Iterable[Role]
    unit: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""


def _absent(start: date | None, end: date | None, day: date) -> bool:
    if start is None:
        return False
    return start <= day and (end is None or day <= end)


class UserService:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    # -- reading ----------------------------------------------------------------------------
    def list_users(self, actor: Principal, *, include_disabled: bool = True) -> list[UserInfo]:
        require(actor, Permission.MANAGE_USERS)
        query = select(User).order_by(User.login)
        if not include_disabled:
            query = query.where(User.is_active.is_(True))
        with self._sessions() as session:
            return [_info(session, user) for user in session.scalars(query)]

    def active_user_count(self) -> int:
        """How many people can log in (none: the installation still needs its first admin)."""
        with self._sessions() as session:
            return len(session.scalars(select(User.id).where(User.is_active.is_(True))).all())

    def get_user(self, login: str) -> UserInfo:
        with self._sessions() as session:
            return _info(session, _by_login(session, login))

    # -- changing ---------------------------------------------------------------------------
    def add_user(self, actor: Principal, login: str, password: str,
                 details: UserDetails) -> UserInfo:
        require(actor, Permission.MANAGE_USERS)
        login = _check_login(login)
        check_new_password(password, login)
        clean = _clean_details(details)
        with self._sessions.begin() as session:
            if session.scalar(select(User.id).where(User.login == login)) is not None:
                raise ValidationError(f"Пользователь «{login}» уже есть.")
            user = User(
                login=login,
                full_name=clean.full_name,
                password_hash=hash_password(password),
                roles=roles_to_column(clean.roles),
                is_active=True,
                unit_id=self._unit_id(session, actor, clean.unit),
                position=clean.position,
                phone=clean.phone,
                email=clean.email,
                created_at=self._clock.now(),
            )
            session.add(user)
            session.flush()
            self._audit.record(session, "user.add", actor=actor, object_type="user",
                               object_id=user.id,
                               details={"login": login, "roles": user.roles})
            return _info(session, user)

    def update_user(self, actor: Principal, user_id: uuid.UUID, expected_version: int,
                    details: UserDetails) -> UserInfo:
        """Change a user as the administrator saw it; refuses if another desk changed it first."""
        require(actor, Permission.MANAGE_USERS)
        clean = _clean_details(details)
        with self._sessions() as session:
            user = load_for_change(session, User, user_id, expected_version)
            if Role.ADMIN not in clean.roles and Role.ADMIN in roles_from_column(user.roles):
                self._keep_an_admin(session, user)
            # Before the first change to ``user``: the unit query must not autoflush it, so
            # that a lost race surfaces in commit_versioned as a conflict.
            unit_id = self._unit_id(session, actor, clean.unit)
            user.full_name = clean.full_name
            user.roles = roles_to_column(clean.roles)
            user.unit_id = unit_id
            user.position = clean.position
            user.phone = clean.phone
            user.email = clean.email
            self._audit.record(session, "user.update", actor=actor, object_type="user",
                               object_id=user.id, details={"roles": user.roles})
            commit_versioned(session, User, user_id, expected_version)
            return _info(session, user)

    def set_password(self, actor: Principal, login: str, new_password: str,
                     *, old_password: str | None = None) -> None:
        """An administrator sets anyone's password; a user changes their own with the old one."""
        login = login.strip().lower()
        own = actor.login == login
        if not own:
            require(actor, Permission.MANAGE_USERS)
        check_new_password(new_password, login)
        with self._sessions.begin() as session:
            user = _by_login(session, login, for_change=True)
            if (
                own
                and not actor.may(Permission.MANAGE_USERS)
                and (old_password is None or not verify_password(user.password_hash, old_password))
            ):
                raise PermissionDeniedError("Текущий пароль указан неверно.")
            user.password_hash = hash_password(new_password)
            state = session.get(LoginState, user.id)
            if state is not None:  # a new password also lifts a lock
                state.failed_count = 0
                state.locked_until = None
            self._audit.record(session, "user.password", actor=actor, object_type="user",
                               object_id=user.id)

    def set_active(self, actor: Principal, login: str, active: bool) -> UserInfo:
        require(actor, Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            user = _by_login(session, login, for_change=True)
            if not active:
                if actor.user_id == user.id:
                    raise ValidationError("Нельзя отключить собственную учётную запись.")
                if Role.ADMIN in roles_from_column(user.roles):
                    self._keep_an_admin(session, user)
            if user.is_active != active:
                user.is_active = active
                self._audit.record(session, "user.enable" if active else "user.disable",
                                   actor=actor, object_type="user", object_id=user.id)
            session.flush()
            return _info(session, user)

    def set_absence(self, actor: Principal, login: str, start: date | None, end: date | None,
                    delegate_login: str | None) -> UserInfo:
        """WR-7: while absent, the user's incoming work goes to the delegate."""
        login = login.strip().lower()
        if actor.login != login:
            require(actor, Permission.MANAGE_USERS)
        if start is not None and end is not None and end < start:
            raise ValidationError("Конец отсутствия раньше его начала.")
        if start is None and end is not None:
            raise ValidationError("Укажите начало отсутствия.")
        with self._sessions.begin() as session:
            user = _by_login(session, login, for_change=True)
            delegate_id = None
            if start is not None:
                if not delegate_login:
                    raise ValidationError(
                        "Укажите, кому передаются обращения на время отсутствия (WR-7)."
                    )
                delegate = _by_login(session, delegate_login)
                if delegate.id == user.id:
                    raise ValidationError("Нельзя передать работу самому себе.")
                if not delegate.is_active:
                    raise ValidationError(f"Учётная запись «{delegate.login}» отключена.")
                delegate_id = delegate.id
            user.absent_from, user.absent_until, user.delegate_id = start, end, delegate_id
            self._audit.record(
                session, "user.absence", actor=actor, object_type="user", object_id=user.id,
                details={"from": start.isoformat() if start else None,
                         "until": end.isoformat() if end else None,
                         "delegate": delegate_login if start else None},
            )
            session.flush()
            return _info(session, user)

    def effective_assignee(self, user_id: uuid.UUID, day: date) -> uuid.UUID:
        """Who receives work addressed to this user on ``day`` (follows delegates, WR-7).

        A chain of absent delegates is followed; a cycle stops at the first repeated person,
        so work is never lost in a loop.
        """
        with self._sessions() as session:
            seen: set[uuid.UUID] = set()
            current = user_id
            while current not in seen:
                seen.add(current)
                user = session.get(User, current)
                if user is None or not _absent(user.absent_from, user.absent_until, day):
                    return current
                if user.delegate_id is None:
                    return current
                current = user.delegate_id
            return current

    # -- helpers ----------------------------------------------------------------------------
    def _unit_id(self, session: Session, actor: Principal, name: str) -> uuid.UUID | None:
        if not name:
            return None
        unit = session.scalar(select(Unit).where(Unit.name == name))
        if unit is None:
            unit = Unit(id=uuid.uuid4(), name=name)  # the id without a flush
            session.add(unit)
            self._audit.record(session, "unit.add", actor=actor, object_type="unit",
                               object_id=unit.id, details={"name": name})
        return unit.id

    @staticmethod
    def _keep_an_admin(session: Session, user: User) -> None:
        admins = [
            u for u in session.scalars(select(User).where(User.is_active.is_(True)))
            if Role.ADMIN in roles_from_column(u.roles)
        ]
        if [u.id for u in admins] == [user.id]:
            raise ValidationError(
                "Это последний действующий администратор: сначала назначьте другого."
            )


def _check_login(login: str) -> str:
    login = login.strip().lower()
    if not _LOGIN.match(login):
        raise ValidationError(
            "Имя пользователя: от 2 до 64 латинских букв, цифр, точек, дефисов или "
            "подчёркиваний, начиная с буквы или цифры."
        )
    return login


def _clean_details(details: UserDetails) -> UserDetails:
    full_name = " ".join(details.full_name.split())
    if not full_name:
        raise ValidationError("Укажите фамилию, имя и отчество пользователя.")
    roles = frozenset(details.roles)
    if not roles:
        raise ValidationError("Укажите хотя бы одну роль.")
    return UserDetails(
        full_name=full_name,
        roles=roles,
        unit=" ".join(details.unit.split()),
        position=" ".join(details.position.split()),
        phone=normalise_phone(details.phone),
        email=normalise_email(details.email),
    )


def _by_login(session: Session, login: str, *, for_change: bool = False) -> User:
    """The user by login; ``for_change`` locks the row (PostgreSQL) until the commit.

    Without the lock another desk's change committed between this read and our UPDATE makes
    the version check fail (StaleDataError) although this change needs no expected version:
    it simply applies to the account as it is. SQLite's writing transactions are serial anyway.
    """
    login = login.strip().lower()
    query = select(User).where(User.login == login)
    user = session.scalar(query.with_for_update(of=User) if for_change else query)
    if user is None:
        raise NotFoundError(f"Пользователь «{login}» не найден.")
    return user


def _info(session: Session, user: User) -> UserInfo:
    delegate = session.get(User, user.delegate_id) if user.delegate_id else None
    unit = session.get(Unit, user.unit_id) if user.unit_id else None
    return UserInfo(
        id=user.id,
        version=user.version,
        login=user.login,
        full_name=user.full_name,
        roles=roles_from_column(user.roles),
        unit=unit.name if unit else "",
        position=user.position,
        phone=user.phone,
        email=user.email,
        is_active=user.is_active,
        absent_from=user.absent_from,
        absent_until=user.absent_until,
        delegate_login=delegate.login if delegate else None,
    )
