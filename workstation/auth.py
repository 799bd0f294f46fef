"""Logging in: password check, disabled accounts, lock-out after repeated failures, audit.

Also the rest of a desk session in the audit log (152-FZ: who had access, and when): the desk
locked (by the person or after idle time), unlocked with the password, and the session ended.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import Insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import LoginState, User
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.errors import AuthenticationError
from workstation.passwords import (
    hash_password,
    needs_rehash,
    unknown_login_fingerprint,
    verify_password,
)
from workstation.roles import Principal, roles_from_column
from workstation.settings import read_setting

BAD_CREDENTIALS = "Неверное имя пользователя или пароль."
DISABLED = "Учётная запись отключена. Обратитесь к администратору."
NOT_THE_SAME_PERSON = "Разблокировать рабочее место может только тот, кто на нём работал."

# Written into the audit entries' details in English; the audit pane words them for people.
LockReason = Literal["idle timeout", "by the user"]
LogoutReason = Literal["from the lock screen", "window closed"]
LOCK_REASONS: tuple[LockReason, ...] = ("idle timeout", "by the user")
LOGOUT_REASONS: tuple[LogoutReason, ...] = ("from the lock screen", "window closed")
# The actor of a failed login whose typed name matches no account: "?" and a fingerprint of
# the typed text (never the text: it is often a password typed into the wrong field).
UNKNOWN_ACTOR_PREFIX = "?"


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
            outcome = self._attempt(session, login, password, self._clock.now(), unlocking=False)
        if isinstance(outcome, AuthenticationError):
            raise outcome
        return outcome

    def unlock(self, principal: Principal, password: str) -> Principal:
        """The same check as logging in, for the person who locked the desk.

        A wrong password counts toward the lock-out exactly as at the login window, but the
        audit log tells the two apart: "login.unlock" and "login.unlock_failure" instead of
        "login.success" and "login.failure"; a lock-out or refusal met while unlocking says so in
        its details.
        """
        with self._sessions.begin() as session:
            outcome = self._attempt(session, principal.login, password, self._clock.now(),
                                    unlocking=True)
        if isinstance(outcome, AuthenticationError):
            raise outcome
        if outcome.user_id != principal.user_id:  # cannot happen while logins are unique
            raise AuthenticationError(NOT_THE_SAME_PERSON)
        return outcome

    def record_desk_lock(self, principal: Principal, reason: LockReason,
                         idle_minutes: int | None = None, *, at: datetime | None = None) -> None:
        """The desk was locked (it is already: the UI locks first and records after, so it
        passes the moment of locking as ``at``)."""
        if reason not in LOCK_REASONS:
            raise ValueError(f"unknown lock reason {reason!r}")
        details: dict[str, str | int] = {"reason": reason}
        if reason == "idle timeout" and idle_minutes is not None:
            details["minutes"] = idle_minutes
        self._record_session(principal, "login.desk_lock", details, at)

    def record_logout(self, principal: Principal, reason: LogoutReason, *,
                      at: datetime | None = None) -> None:
        """The person's session on this desk ended (logged out or the window closed)."""
        if reason not in LOGOUT_REASONS:
            raise ValueError(f"unknown logout reason {reason!r}")
        self._record_session(principal, "login.logout", {"reason": reason}, at)

    def _record_session(self, principal: Principal, action: str,
                        details: dict[str, str | int], at: datetime | None) -> None:
        with self._sessions.begin() as session:
            self._audit.record(session, action, actor=principal, object_type="user",
                               object_id=principal.user_id, details=details, at=at)

    def _attempt(
        self, session: Session, login: str, password: str, now: datetime, *, unlocking: bool
    ) -> Principal | AuthenticationError:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            # Costs as long as a password check, so an unknown login cannot be told from a
            # wrong password by its timing; stores no trace of the typed text that could be read
            # back (see unknown_login_fingerprint).
            actor = UNKNOWN_ACTOR_PREFIX + unknown_login_fingerprint(login)
            self._audit.record(session, "login.failure", actor_login=actor,
                               details={"reason": "unknown login"})
            return AuthenticationError(BAD_CREDENTIALS)
        state = _login_state_for_update(session, user.id)

        def audit(action: str, **details: str) -> None:
            self._audit.record(session, action, actor_login=user.login, object_type="user",
                               object_id=user.id, details=details or None)

        during = {"during": "desk unlock"} if unlocking else {}
        if state.locked_until is not None and now < state.locked_until:
            audit("login.refused_locked", **during)
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
                audit("login.locked", until=state.locked_until.isoformat(), **during)
                return AccountLockedError(_locked_message(state.locked_until))
            audit("login.unlock_failure" if unlocking else "login.failure",
                  reason="wrong password")
            return AuthenticationError(BAD_CREDENTIALS)
        if not user.is_active:
            audit("login.refused_disabled", **during)
            return AuthenticationError(DISABLED)
        state.failed_count = 0
        state.locked_until = None
        if needs_rehash(user.password_hash):
            _rehash(session, user, password)
        principal = Principal(user.id, user.login, user.full_name, roles_from_column(user.roles))
        audit("login.unlock" if unlocking else "login.success")
        return principal


def _rehash(session: Session, user: User, password: str) -> None:
    """Store the password's hash at today's cost, unless another desk changed it meanwhile.

    The account row is locked and read again first (PostgreSQL; SQLite's writing transaction is
    serial anyway): an administrator's change committed since our read would otherwise turn a
    good login into a version conflict, and a password set meanwhile must not be overwritten
    with the hash of the old one.
    """
    verified = user.password_hash
    session.scalars(select(User).where(User.id == user.id).with_for_update(of=User)
                    .execution_options(populate_existing=True)).one()
    if user.password_hash == verified:
        user.password_hash = hash_password(password)


def _login_state_for_update(session: Session, user_id: uuid.UUID) -> LoginState:
    """The person's failed-login counter, locked until this transaction ends.

    Logins of one person from several desks (or a guesser's parallel tries) must each count:
    a plain read lets two transactions both read 3 and both write 4, and lets two first
    failures both insert the row, one of them then failing on the primary key. So the row is
    made race-free (an insert that does nothing if it exists; on PostgreSQL it waits for a
    concurrent insert of the same row to commit) and read with FOR UPDATE, which makes the
    next login wait for this one. On SQLite the transaction already holds the database's
    write lock (``sessions.begin()``: BEGIN IMMEDIATE) and FOR UPDATE is left out.
    """
    values = {"user_id": user_id, "failed_count": 0}
    statement: Insert
    if session.get_bind().dialect.name == "postgresql":
        statement = postgresql.insert(LoginState).values(values).on_conflict_do_nothing(
            index_elements=[LoginState.user_id])
    else:
        statement = sqlite.insert(LoginState).values(values).on_conflict_do_nothing(
            index_elements=[LoginState.user_id])
    session.execute(statement)
    return session.scalars(
        select(LoginState).where(LoginState.user_id == user_id).with_for_update()
        .execution_options(populate_existing=True)).one()


def _locked_message(until: datetime) -> str:
    return (
        "Слишком много неудачных попыток входа: учётная запись заблокирована до "
        f"{until.astimezone():%H:%M}. Попробуйте позже или обратитесь к администратору."
    )
