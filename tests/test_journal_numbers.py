"""Journal numbers (ARCHITECTURE, Data): unique per year, continuing after the numbers already
in use, never duplicated when several desks register at once — SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete

from db.models import Appeal
from tests.helpers.appeals import complete_draft
from tests.helpers.deadlines import add_appeal, add_user
from workstation.appeals import Channel
from workstation.clock import FakeClock
from workstation.journal import parse_sequence
from workstation.roles import Principal
from workstation.services import Services

THREADS = 6
EACH = 5



@pytest.fixture
def operator(services: Services) -> Principal:
    return add_user(services, "operator")


def test_numbers_continue_after_the_highest_of_the_year(services: Services,
                                                        operator: Principal) -> None:
    # Appeals written around the counter (demo data, a database from before revision 0006).
    received = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    add_appeal(services.database, "2026-000040", received)
    add_appeal(services.database, "2026-000007", received)
    add_appeal(services.database, "2025-000900", datetime(2025, 12, 30, tzinfo=UTC))
    first = services.appeals.register(operator, complete_draft(Channel.CHAT))
    assert first.journal_number == "2026-000041"
    # Written around the counter again, after it was created: still no duplicate.
    add_appeal(services.database, "2026-000050", received)
    assert services.appeals.register(operator, complete_draft(Channel.CHAT)).journal_number == (
        "2026-000051")


def test_a_number_is_never_given_twice_even_after_its_appeal_is_gone(
        services: Services, operator: Principal) -> None:
    view = services.appeals.register(operator, complete_draft(Channel.CHAT))
    with services.database.sessions.begin() as session:
        session.execute(delete(Appeal).where(Appeal.id == view.id))
    assert services.appeals.register(operator, complete_draft(Channel.CHAT)).journal_number == (
        "2026-000002")


def test_each_year_starts_again_from_one(services: Services, operator: Principal,
                                         clock: FakeClock) -> None:
    services.appeals.register(operator, complete_draft(Channel.CHAT))
    clock.set(datetime(2027, 1, 1, 0, 0, 5, tzinfo=UTC))
    draft = complete_draft(Channel.CHAT, received_at=clock.now())
    assert services.appeals.register(operator, draft).journal_number == "2027-000001"


def test_desks_registering_at_once_never_share_a_number(services: Services,
                                                        operator: Principal) -> None:
    """Threads stand for desks: each registration is its own connection and transaction
    (on PostgreSQL the counter row's lock serialises them; on SQLite the write lock)."""
    add_appeal(services.database, "2026-000100", datetime(2026, 2, 1, tzinfo=UTC))
    numbers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)
    lock = threading.Lock()

    def desk() -> None:
        try:
            start.wait()
            for _ in range(EACH):
                view = services.appeals.register(operator, complete_draft(Channel.CHAT))
                with lock:
                    numbers.append(view.journal_number)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=desk) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert len(numbers) == len(set(numbers)) == THREADS * EACH
    # No gaps either: a registration that waited for the lock took the next number.
    assert sorted(parse_sequence(n) for n in numbers) == list(range(101, 101 + THREADS * EACH))
