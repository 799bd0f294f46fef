"""Logging in: password check, disabled accounts, lock-out after repeated failures, audit."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import LoginState, User
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.errors import AuthenticationError
from workstation.passwords import (
    hash_password,
    needs_rehash,
    spend_time_like_a_verification,
    verify_password,
)
from workstation.roles import Principal, roles_from_column
from workstation.settings import read_setting

BAD_CREDENTIALS = "Неверное имя пользователя или пароль."
DISABLED = "Учётная запись отключена. Обратитесь к администратору."


class AccountLockedError(AuthenticationError):
    pass


class AuthService:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    def login(self, login: str, password: str) -> Principal:
        """The person, if the password is right and the account may log in; else a clear error.

        Every outcome is audited, and the audit entry commits even when the login is refused,
        so the error is raised only after the transaction.
        """
        login = login.strip().lower()
        with self._sessions.begin() as session:
            outcome = self._attempt(session, login, password, self._clock.now())
        if isinstance(outcome, AuthenticationError):
            raise outcome
        return outcome

    def _attempt(
        self, session: Session, login: str, password: str, now: datetime
    ) -> Principal | AuthenticationError:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            spend_time_like_a_verification(password)
            self._audit.record(session, "login.failure", actor_login=login[:100],
                               details={"reason": "unknown login"})
            return AuthenticationError(BAD_CREDENTIALS)
        state = session.get(LoginState, user.id)
        if state is None:
            state = LoginState(user_id=user.id, failed_count=0)
            session.add(state)

        def audit(action: str, **details: str) -> None:
            self._audit.record(session, action, actor_login=user.login, object_type="user",
                               object_id=user.id, details=details or None)

        if state.locked_until is not None and now < state.locked_until:
            audit("login.refused_locked")
            return AccountLockedError(_locked_message(state.locked_until))
        lockout = timedelta(minutes=read_setting(session, "auth.lockout_minutes"))
        if state.last_failure_at is not None and now - state.last_failure_at > lockout:
            state.failed_count = 0  # old failures are forgiven after a quiet period
        if not verify_password(user.password_hash, password):
            state.failed_count += 1
            state.last_failure_at = now
            if state.failed_count >= read_setting(session, "auth.max_failed_logins"):
                state.locked_until = now + lockout
                state.failed_count = 0
                audit("login.locked", until=state.locked_until.isoformat())
                return AccountLockedError(_locked_message(state.locked_until))
            audit("login.failure", reason="wrong password")
            return AuthenticationError(BAD_CREDENTIALS)
        if not user.is_active:
            audit("login.refused_disabled")
            return AuthenticationError(DISABLED)
        state.failed_count = 0
        state.locked_until = None
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        principal = Principal(user.id, user.login, user.full_name, roles_from_column(user.roles))
        audit("login.success")
        return principal


def _locked_message(until: datetime) -> str:
    return (
        "Слишком много неудачных попыток входа: учётная запись заблокирована до "
        f"{until.astimezone():%H:%M}. Попробуйте позже или обратитесь к администратору."
    )
