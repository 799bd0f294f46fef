"""Wrong passwords typed at the same moment on several desks: each counts, the lock comes once.

Every desk has its own engine and session on the same database, as on a shared PostgreSQL (or
a shared SQLite file). The tries start together at a barrier; no test waits on real time.
"""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import URL, select

from db.models import AuditEntry, LoginState
from workstation.auth import BAD_CREDENTIALS, AccountLockedError
from workstation.clock import FakeClock
from workstation.database import connect
from workstation.errors import AuthenticationError
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails, UserInfo

PASSWORD = "correct-horse-1"
WRONG = "wrong-horse-1"
DESKS = 8


@pytest.fixture
def ivanov(services: Services, cli_admin: Principal) -> UserInfo:
    # A new account: it has no login_states row yet, so the first failures race to make it.
    return services.users.add_user(cli_admin, "ivanov", PASSWORD,
                                   UserDetails("Иванов Иван Иванович", [Role.OPERATOR]))


def wrong_passwords_at_once(url: URL, clock: FakeClock, desks: int = DESKS) -> Counter[str]:
    """``desks`` desks, each with its own engine, try a wrong password at the same moment;
    what each was told."""
    barrier = threading.Barrier(desks, timeout=60)

    def desk() -> str:
        database = connect(url)
        try:
            services = Services.create(database, clock)
            database.ping()  # connected before the start, so the tries really overlap
            barrier.wait()
            try:
                services.auth.login("ivanov", WRONG)
            except AccountLockedError:
                return "locked"
            except AuthenticationError as error:
                assert error.message == BAD_CREDENTIALS
                return "refused"
            return "logged in"
        except BaseException:
            barrier.abort()  # the others stop waiting and report the broken barrier
            raise
        finally:
            database.close()

    with ThreadPoolExecutor(max_workers=desks) as pool:
        futures = [pool.submit(desk) for _ in range(desks)]
        # .result() re-raises what a desk met (an IntegrityError before the fix).
        return Counter(future.result() for future in futures)


def login_audit(services: Services) -> Counter[str]:
    with services.database.sessions() as session:
        return Counter(session.scalars(select(AuditEntry.action).where(
            AuditEntry.action.like("login.%"), AuditEntry.actor_login == "ivanov")))


def login_state(services: Services, ivanov: UserInfo) -> LoginState:
    with services.database.sessions() as session:
        state = session.get(LoginState, ivanov.id)
        assert state is not None
        return state


def test_every_parallel_failure_counts(services: Services, cli_admin: Principal,
                                       ivanov: UserInfo, database_url: URL,
                                       clock: FakeClock) -> None:
    services.settings.set(cli_admin, "auth.max_failed_logins", 100)  # no lock in this test
    assert wrong_passwords_at_once(database_url, clock) == Counter(refused=DESKS)
    assert login_state(services, ivanov).failed_count == DESKS
    assert login_audit(services) == Counter({"login.failure": DESKS})


def test_parallel_failures_lock_exactly_at_the_threshold(services: Services, ivanov: UserInfo,
                                                         database_url: URL,
                                                         clock: FakeClock) -> None:
    assert services.settings.get("auth.max_failed_logins") == 5
    # Four ordinary refusals, the fifth locks, the three after it meet the lock.
    assert wrong_passwords_at_once(database_url, clock) == Counter(refused=4, locked=4)
    assert login_audit(services) == Counter({"login.failure": 4, "login.locked": 1,
                                             "login.refused_locked": 3})
    state = login_state(services, ivanov)
    assert state.locked_until == clock.now() + timedelta(minutes=15)
    assert state.failed_count == 0
    with pytest.raises(AccountLockedError):
        services.auth.login("ivanov", PASSWORD)


def test_parallel_failures_on_an_existing_counter_are_not_lost(
        services: Services, cli_admin: Principal, ivanov: UserInfo, database_url: URL,
        clock: FakeClock) -> None:
    """The counter row exists (an earlier failure): each try must read what the one before it
    wrote, not the value all of them saw at the start."""
    services.settings.set(cli_admin, "auth.max_failed_logins", 100)
    with pytest.raises(AuthenticationError):
        services.auth.login("ivanov", WRONG)
    assert wrong_passwords_at_once(database_url, clock) == Counter(refused=DESKS)
    assert login_state(services, ivanov).failed_count == DESKS + 1
    assert login_audit(services) == Counter({"login.failure": DESKS + 1})
