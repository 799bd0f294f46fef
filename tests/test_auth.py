"""Logging in: passwords, disabled accounts, lock-out after failures (settings), audit."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from db.models import AuditEntry, ChangeFeedEntry, LoginState, User
from workstation.auth import (
    BAD_CREDENTIALS,
    DISABLED,
    NOT_THE_SAME_PERSON,
    UNKNOWN_ACTOR_PREFIX,
    AccountLockedError,
)
from workstation.clock import FakeClock
from workstation.errors import AuthenticationError
from workstation.passwords import needs_rehash, verify_password
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails, UserInfo

PASSWORD = "correct-horse-1"
WRONG = "wrong-horse-1"


@pytest.fixture
def ivanov(services: Services, cli_admin: Principal) -> UserInfo:
    return services.users.add_user(
        cli_admin, "ivanov", PASSWORD,
        UserDetails("Иванов Иван Иванович", [Role.SPECIALIST, Role.SIGNER]),
    )


def fail(services: Services, times: int, login: str = "ivanov") -> None:
    """Wrong passwords that must each be an ordinary refusal, not a lock."""
    for _ in range(times):
        with pytest.raises(AuthenticationError) as caught:
            services.auth.login(login, WRONG)
        assert not isinstance(caught.value, AccountLockedError)
        assert caught.value.message == BAD_CREDENTIALS


def audit_actions(services: Services) -> list[tuple[str, str]]:
    with services.database.sessions() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.actor_login)
            .where(AuditEntry.action.like("login.%"))
            .order_by(AuditEntry.id)
        )
        return [(action, login) for action, login in rows]


# -- the password ----------------------------------------------------------------------------
def test_login_returns_the_principal_with_roles(services: Services, ivanov: UserInfo) -> None:
    principal = services.auth.login("  Ivanov ", PASSWORD)
    assert principal.user_id == ivanov.id
    assert principal.login == "ivanov"
    assert principal.full_name == "Иванов Иван Иванович"
    assert principal.roles == frozenset({Role.SPECIALIST, Role.SIGNER})


def test_wrong_password_is_refused(services: Services, ivanov: UserInfo) -> None:
    fail(services, 1)


def test_unknown_login_gets_the_same_message_as_a_wrong_password(services: Services) -> None:
    with pytest.raises(AuthenticationError) as caught:
        services.auth.login("nobody", PASSWORD)
    assert caught.value.message == BAD_CREDENTIALS
    assert not isinstance(caught.value, AccountLockedError)


def test_disabled_account_is_refused_only_after_the_right_password(
    services: Services, cli_admin: Principal, ivanov: UserInfo
) -> None:
    services.users.set_active(cli_admin, "ivanov", False)
    # A wrong password does not tell a guesser that the account exists but is disabled.
    fail(services, 1)
    with pytest.raises(AuthenticationError) as caught:
        services.auth.login("ivanov", PASSWORD)
    assert caught.value.message == DISABLED
    services.users.set_active(cli_admin, "ivanov", True)
    assert services.auth.login("ivanov", PASSWORD).user_id == ivanov.id


# -- lock-out --------------------------------------------------------------------------------
def test_lock_out_after_five_failures_by_default(
    services: Services, ivanov: UserInfo, clock: FakeClock
) -> None:
    assert services.settings.get("auth.max_failed_logins") == 5
    assert services.settings.get("auth.lockout_minutes") == 15
    fail(services, 4)
    with pytest.raises(AccountLockedError) as caught:
        services.auth.login("ivanov", WRONG)
    assert "заблокирована" in caught.value.message
    # Locked: even the right password is refused until the lock expires.
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", PASSWORD)
    clock.advance(timedelta(minutes=14, seconds=59))
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", PASSWORD)
    clock.advance(timedelta(seconds=2))
    assert services.auth.login("ivanov", PASSWORD).login == "ivanov"


def test_lock_out_follows_the_settings(
    services: Services, cli_admin: Principal, ivanov: UserInfo, clock: FakeClock
) -> None:
    services.settings.set(cli_admin, "auth.max_failed_logins", 2)
    services.settings.set(cli_admin, "auth.lockout_minutes", 60)
    fail(services, 1)
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", WRONG)
    clock.advance(timedelta(minutes=59))
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", PASSWORD)
    clock.advance(timedelta(minutes=2))
    assert services.auth.login("ivanov", PASSWORD).login == "ivanov"


def test_failures_are_forgotten_after_a_quiet_period(
    services: Services, ivanov: UserInfo, clock: FakeClock
) -> None:
    fail(services, 4)
    clock.advance(timedelta(minutes=16))  # longer than auth.lockout_minutes
    fail(services, 4)  # would have locked on the first of these without the reset
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", WRONG)


def test_failures_within_the_quiet_period_add_up(
    services: Services, ivanov: UserInfo, clock: FakeClock
) -> None:
    fail(services, 4)
    clock.advance(timedelta(minutes=14))
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", WRONG)


def test_a_successful_login_clears_the_failures(services: Services, ivanov: UserInfo) -> None:
    fail(services, 4)
    services.auth.login("ivanov", PASSWORD)
    fail(services, 4)
    with services.database.sessions() as session:
        state = session.get(LoginState, ivanov.id)
        assert state is not None and state.failed_count == 4


def test_a_new_password_lifts_the_lock(
    services: Services, cli_admin: Principal, ivanov: UserInfo
) -> None:
    fail(services, 4)
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", WRONG)
    services.users.set_password(cli_admin, "ivanov", "brand-new-pass-2")
    assert services.auth.login("ivanov", "brand-new-pass-2").login == "ivanov"


# -- audit -----------------------------------------------------------------------------------
def test_every_login_outcome_is_audited(
    services: Services, cli_admin: Principal, ivanov: UserInfo, clock: FakeClock
) -> None:
    services.auth.login("ivanov", PASSWORD)
    with pytest.raises(AuthenticationError):
        services.auth.login("nobody", PASSWORD)
    fail(services, 4)
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", WRONG)
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", PASSWORD)
    clock.advance(timedelta(minutes=16))
    services.users.set_active(cli_admin, "ivanov", False)
    with pytest.raises(AuthenticationError):
        services.auth.login("ivanov", PASSWORD)

    actions = audit_actions(services)
    unknown_actor = actions[1][1]
    assert unknown_actor.startswith(UNKNOWN_ACTOR_PREFIX) and "nobody" not in unknown_actor
    assert actions == [
        ("login.success", "ivanov"),
        ("login.failure", unknown_actor),
        *[("login.failure", "ivanov")] * 4,
        ("login.locked", "ivanov"),
        ("login.refused_locked", "ivanov"),
        ("login.refused_disabled", "ivanov"),
    ]
    with services.database.sessions() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("login.%")).order_by(AuditEntry.id)
        ).all()
    assert entries[0].object_type == "user" and entries[0].object_id == str(ivanov.id)
    assert entries[0].at == clock.now() - timedelta(minutes=16)
    assert entries[1].details == {"reason": "unknown login"}
    assert entries[1].object_id is None
    assert entries[2].details == {"reason": "wrong password"}
    assert entries[6].details is not None and "until" in entries[6].details


# -- a login that matches no account ---------------------------------------------------------
def all_audit_text(services: Services) -> str:
    with services.database.sessions() as session:
        entries = session.scalars(select(AuditEntry)).all()
        return "\n".join(
            f"{e.actor_login} {e.action} {e.object_type} {e.object_id} "
            f"{json.dumps(e.details, ensure_ascii=False)}" for e in entries
        ).lower()


def test_an_unknown_typed_login_is_not_stored_in_clear(
    services: Services, ivanov: UserInfo
) -> None:
    """People type their password into the login field: a typed login that matches no account
    must leave no readable trace in the audit log, not even its beginning."""
    typed = "Ivanov-Секрет-2026"
    with pytest.raises(AuthenticationError):
        services.auth.login(typed, PASSWORD)
    stored = all_audit_text(services)
    assert "login.failure" in stored
    for piece in (typed.lower(), "секрет", "ivanov-", "iv…", "ив…", "2026"):
        assert piece not in stored, piece
    with services.database.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "login.failure")).one()
    assert entry.actor_login.startswith(UNKNOWN_ACTOR_PREFIX)
    assert entry.details == {"reason": "unknown login"}
    assert entry.object_id is None and entry.actor_id is None


def test_the_same_unknown_login_gives_the_same_fingerprint(services: Services) -> None:
    """So an auditor can still see one unknown name tried again and again."""
    for typed in ("ghost", " GHOST ", "phantom"):
        with pytest.raises(AuthenticationError):
            services.auth.login(typed, PASSWORD)
    first, again, other = [actor for _action, actor in audit_actions(services)]
    assert first == again != other
    assert all(actor.startswith(UNKNOWN_ACTOR_PREFIX) for actor in (first, other))


def test_a_failure_on_an_existing_account_still_names_it(
    services: Services, ivanov: UserInfo
) -> None:
    with pytest.raises(AuthenticationError):
        services.auth.login(" IVANOV ", WRONG)
    assert audit_actions(services) == [("login.failure", "ivanov")]


# -- the desk session: lock, unlock, log out --------------------------------------------------
def session_entries(services: Services) -> list[AuditEntry]:
    with services.database.sessions() as session:
        return list(session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("login.%"))
            .order_by(AuditEntry.id)).all())


def test_desk_lock_and_logout_are_recorded_with_their_reason(
    services: Services, ivanov: UserInfo, clock: FakeClock
) -> None:
    me = services.auth.login("ivanov", PASSWORD)
    clock.advance(timedelta(minutes=10))
    services.auth.record_desk_lock(me, "idle timeout", idle_minutes=10)
    services.auth.record_desk_lock(me, "by the user")
    services.auth.record_logout(me, "from the lock screen")
    services.auth.record_logout(me, "window closed")
    entries = session_entries(services)[1:]
    assert [(e.action, e.actor_login, e.details) for e in entries] == [
        ("login.desk_lock", "ivanov", {"reason": "idle timeout", "minutes": 10}),
        ("login.desk_lock", "ivanov", {"reason": "by the user"}),
        ("login.logout", "ivanov", {"reason": "from the lock screen"}),
        ("login.logout", "ivanov", {"reason": "window closed"}),
    ]
    assert all(e.actor_id == ivanov.id and e.object_id == str(ivanov.id) for e in entries)
    assert entries[0].at == clock.now()
    # Written a moment after locking (in the background): the entry keeps the moment of locking.
    locked_at = clock.now()
    clock.advance(timedelta(seconds=3))
    services.auth.record_desk_lock(me, "by the user", at=locked_at)
    assert session_entries(services)[-1].at == locked_at
    with pytest.raises(ValueError, match="reason"):
        services.auth.record_desk_lock(me, "lunch")  # type: ignore[arg-type]


def test_unlocking_is_audited_as_an_unlock_and_counts_toward_the_lockout(
    services: Services, cli_admin: Principal, ivanov: UserInfo
) -> None:
    services.settings.set(cli_admin, "auth.max_failed_logins", 3)
    me = services.auth.login("ivanov", PASSWORD)
    assert services.auth.unlock(me, PASSWORD).user_id == ivanov.id
    with pytest.raises(AuthenticationError) as caught:
        services.auth.unlock(me, WRONG)
    assert caught.value.message == BAD_CREDENTIALS
    fail(services, 1)  # at the login window: the same counter
    with pytest.raises(AccountLockedError):
        services.auth.unlock(me, WRONG)
    with pytest.raises(AccountLockedError):
        services.auth.unlock(me, PASSWORD)
    entries = session_entries(services)[1:]
    for entry in entries:
        if entry.details is not None:
            entry.details.pop("until", None)  # when the lock-out ends: tested above
    assert [(e.action, e.details) for e in entries] == [
        ("login.unlock", None),
        ("login.unlock_failure", {"reason": "wrong password"}),
        ("login.failure", {"reason": "wrong password"}),
        ("login.locked", {"during": "desk unlock"}),
        ("login.refused_locked", {"during": "desk unlock"}),
    ]


def test_only_the_person_who_locked_the_desk_unlocks_it(
    services: Services, ivanov: UserInfo
) -> None:
    me = services.auth.login("ivanov", PASSWORD)
    stranger = Principal(uuid.uuid4(), me.login, me.full_name, me.roles)
    with pytest.raises(AuthenticationError) as caught:
        services.auth.unlock(stranger, PASSWORD)
    assert caught.value.message == NOT_THE_SAME_PERSON


# -- the stored hash -------------------------------------------------------------------------
def test_a_login_does_not_touch_the_user_row(services: Services, ivanov: UserInfo) -> None:
    """Login state lives apart from the user: logging in must not bump the user's version (an
    administrator editing the user meanwhile would get a conflict for nothing), and a current
    hash needs no rehash."""
    with services.database.sessions() as session:
        before = session.scalar(select(User.password_hash).where(User.id == ivanov.id))
        feed_before = session.scalar(select(func.count()).select_from(ChangeFeedEntry))
    assert before is not None and not needs_rehash(before)
    fail(services, 2)
    services.auth.login("ivanov", PASSWORD)
    with services.database.sessions() as session:
        user = session.get(User, ivanov.id)
        assert user is not None
        assert (user.password_hash, user.version) == (before, ivanov.version)
        feed_after = session.scalar(select(func.count()).select_from(ChangeFeedEntry))
    assert feed_after == feed_before


def test_an_outdated_hash_is_upgraded_at_login(services: Services, ivanov: UserInfo) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PASSWORD)
    assert needs_rehash(weak)
    with services.database.sessions.begin() as session:
        user = session.get(User, ivanov.id)
        assert user is not None
        user.password_hash = weak
    services.auth.login("ivanov", PASSWORD)
    with services.database.sessions() as session:
        stored = session.scalar(select(User.password_hash).where(User.id == ivanov.id))
    assert stored is not None and stored != weak
    assert not needs_rehash(stored)
    assert verify_password(stored, PASSWORD)
