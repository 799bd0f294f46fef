"""Logging in: passwords, disabled accounts, lock-out after failures (settings), audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from db.models import AuditEntry, ChangeFeedEntry, LoginState, User
from workstation.auth import BAD_CREDENTIALS, DISABLED, AccountLockedError
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

    assert audit_actions(services) == [
        ("login.success", "ivanov"),
        ("login.failure", "nobody"),
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
