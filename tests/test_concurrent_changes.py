"""Changes that need no expected version wait for another desk's change instead of failing.

Disabling an account, an absence, a password or a setting applies to the row as it is now.
On PostgreSQL another desk may have changed the row between our read and our UPDATE; the row is
locked on reading, so the change waits for that desk's commit and then applies, instead of a
raw StaleDataError reaching the crash path. (SQLite's writing transactions start with BEGIN
IMMEDIATE, so there the race cannot happen: PostgreSQL only.)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text, update

from db.models import Customer, Setting, User
from tests.conftest import DatabaseFactory
from tests.test_lookup_customers import OPERATOR, petrova
from workstation.clock import FakeClock
from workstation.customers import ContactEdit
from workstation.database import Database, connect
from workstation.errors import ConflictError
from workstation.passwords import needs_rehash
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def postgres_services(
    _factories: dict[str, DatabaseFactory], clock: FakeClock
) -> Iterator[Services]:
    factory = _factories["postgresql"]
    url = factory.migrated()
    database = connect(url)
    yield Services.create(database, clock)
    database.close()
    factory.drop(url)


def wait_until_blocked_on_a_lock(
    database: Database, worker: threading.Thread, errors: list[BaseException]
) -> None:
    """Polls the server's statistics (no sleeping) until the worker waits for a lock."""
    deadline = time.monotonic() + 20
    with database.engine.connect() as watcher:
        while time.monotonic() < deadline:
            waiting = watcher.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'"))
            if waiting == 1:
                return
            assert worker.is_alive(), f"the change did not wait for the other desk: {errors}"
            watcher.rollback()  # a fresh snapshot of the statistics each time
    raise AssertionError("the change never waited for the other desk's lock")


def run_while_another_desk_holds(
    database: Database, other_desk_change: Any, change: Callable[[], object]
) -> list[BaseException]:
    """``change`` runs while another connection has changed the same row and not committed."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            change()
        except BaseException as error:  # reported to the test's thread
            errors.append(error)

    with database.engine.connect() as other_desk:
        other_desk.execute(other_desk_change)
        worker = threading.Thread(target=run)
        worker.start()
        wait_until_blocked_on_a_lock(database, worker, errors)
        other_desk.commit()
    worker.join(30)
    assert not worker.is_alive()
    return errors


def bump_version(login: str) -> Any:
    return update(User).where(User.login == login).values(
        version=User.version + 1, position="Переведён другим рабочим местом")


def test_disabling_waits_for_another_desks_change_of_the_account(
    postgres_services: Services, cli_admin: Principal
) -> None:
    users = postgres_services.users
    users.add_user(cli_admin, "andreev", "correct-horse-1",
                   UserDetails("Андреев Андрей", [Role.OPERATOR]))
    errors = run_while_another_desk_holds(
        postgres_services.database, bump_version("andreev"),
        lambda: users.set_active(cli_admin, "andreev", False))
    assert errors == []
    info = users.get_user("andreev")
    assert not info.is_active
    assert info.position == "Переведён другим рабочим местом"  # both changes kept
    assert info.version == 3


def test_an_absence_and_a_password_wait_too(
    postgres_services: Services, cli_admin: Principal
) -> None:
    users = postgres_services.users
    for login in ("andreev", "borisov"):
        users.add_user(cli_admin, login, "correct-horse-1",
                       UserDetails(f"Сотрудник {login}", [Role.OPERATOR]))
    errors = run_while_another_desk_holds(
        postgres_services.database, bump_version("andreev"),
        lambda: users.set_absence(cli_admin, "andreev", date(2026, 12, 1), None, "borisov"))
    errors += run_while_another_desk_holds(
        postgres_services.database, bump_version("andreev"),
        lambda: users.set_password(cli_admin, "andreev", "another-horse-2"))
    assert errors == []
    assert users.get_user("andreev").version == 5


def test_two_desks_changing_one_setting_take_turns(
    postgres_services: Services, cli_admin: Principal
) -> None:
    settings = postgres_services.settings
    settings.set(cli_admin, "desk.idle_lock_minutes", 5)
    errors = run_while_another_desk_holds(
        postgres_services.database,
        update(Setting).where(Setting.key == "desk.idle_lock_minutes").values(
            version=Setting.version + 1, value=7),
        lambda: settings.set(cli_admin, "desk.idle_lock_minutes", 9))
    assert errors == []
    assert settings.get("desk.idle_lock_minutes") == 9
    with postgres_services.database.sessions() as session:
        row = session.scalar(select(Setting).where(Setting.key == "desk.idle_lock_minutes"))
        assert row is not None and row.version == 3


def test_the_first_value_of_a_setting_stored_by_two_desks_at_once(
    postgres_services: Services, cli_admin: Principal
) -> None:
    # The other desk inserted the first row and has not committed: ours waits on the unique
    # key, then changes that row instead of failing with a duplicate key.
    settings = postgres_services.settings
    errors = run_while_another_desk_holds(
        postgres_services.database,
        text("INSERT INTO settings (id, version, key, value) "
             "VALUES (gen_random_uuid(), 1, 'desk.idle_lock_minutes', '7')"),
        lambda: settings.set(cli_admin, "desk.idle_lock_minutes", 9))
    assert errors == []
    assert settings.get("desk.idle_lock_minutes") == 9


def test_contacts_saved_over_another_desks_change_are_a_conflict_not_a_crash(
    postgres_services: Services,
) -> None:
    # Here the expected version matters: the other desk's change wins and ours is refused with
    # both versions, even though the lost race shows at a flush before the commit.
    customers = postgres_services.customers
    customer_id = customers.create(OPERATOR, petrova())
    with postgres_services.database.sessions() as session:
        version = session.get_one(Customer, customer_id).version
    errors = run_while_another_desk_holds(
        postgres_services.database,
        update(Customer).where(Customer.id == customer_id).values(
            version=Customer.version + 1, note="Звонил вчера"),
        lambda: customers.update_contacts(
            OPERATOR, customer_id, version, [ContactEdit("phone", "+7 924 111-22-44")]))
    assert len(errors) == 1 and isinstance(errors[0], ConflictError)
    assert (errors[0].expected_version, errors[0].current_version) == (version, version + 1)


def old_cost_hash(password: str) -> str:
    # A hash made at another cost than today's hasher: the next login stores a new one.
    return PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1).hash(password)


def test_a_login_that_rehashes_waits_for_another_desks_change(
    postgres_services: Services, cli_admin: Principal
) -> None:
    users, auth = postgres_services.users, postgres_services.auth
    users.add_user(cli_admin, "andreev", "correct-horse-1",
                   UserDetails("Андреев Андрей", [Role.OPERATOR]))
    with postgres_services.database.sessions.begin() as session:
        session.execute(update(User).where(User.login == "andreev").values(
            password_hash=old_cost_hash("correct-horse-1"), version=User.version + 1))
    assert needs_rehash(users_hash(postgres_services, "andreev"))
    logged_in: list[Principal] = []
    errors = run_while_another_desk_holds(
        postgres_services.database, bump_version("andreev"),
        lambda: logged_in.append(auth.login("andreev", "correct-horse-1")))
    assert errors == [] and [p.login for p in logged_in] == ["andreev"]
    assert not needs_rehash(users_hash(postgres_services, "andreev"))
    assert users.get_user("andreev").position == "Переведён другим рабочим местом"


def test_a_rehash_never_overwrites_a_password_set_meanwhile(
    postgres_services: Services, cli_admin: Principal
) -> None:
    users, auth = postgres_services.users, postgres_services.auth
    users.add_user(cli_admin, "andreev", "correct-horse-1",
                   UserDetails("Андреев Андрей", [Role.OPERATOR]))
    new_hash = old_cost_hash("another-horse-2")
    with postgres_services.database.sessions.begin() as session:
        session.execute(update(User).where(User.login == "andreev").values(
            password_hash=old_cost_hash("correct-horse-1"), version=User.version + 1))
    errors = run_while_another_desk_holds(
        postgres_services.database,
        update(User).where(User.login == "andreev").values(
            password_hash=new_hash, version=User.version + 1),
        lambda: auth.login("andreev", "correct-horse-1"))
    assert errors == []  # the old password was right when it was checked
    assert users_hash(postgres_services, "andreev") == new_hash


def users_hash(services: Services, login: str) -> str:
    with services.database.sessions() as session:
        return session.scalars(select(User.password_hash).where(User.login == login)).one()
