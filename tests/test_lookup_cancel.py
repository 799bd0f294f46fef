"""A newer search stops the older one in the database, not merely ignores its result (SLA-2)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from tests.helpers.customers import EVERYONE, IVANOV, add_customers
from tests.helpers.slow_query import SlowStatement
from workstation.database import Database
from workstation.lookup_sql import LookupQueries
from workstation.query_guard import QueryCancelledError, QueryGuard
from workstation.roles import Principal, Role
from workstation.services import Services

OPERATOR = Principal(None, "cli:operator", "Оператор", frozenset({Role.OPERATOR}))


def in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, list[BaseException],
                                                list[Any]]:
    errors: list[BaseException] = []
    results: list[Any] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors, results


def test_cancel_interrupts_a_running_statement_in_the_database(database: Database) -> None:
    slow, guard = SlowStatement(), QueryGuard()

    def work() -> None:
        with database.sessions() as session, guard.attached(session):
            slow.run(session)

    thread, errors, _ = in_thread(work)
    slow.wait_until_running(database)
    guard.cancel()
    thread.join(30)
    assert not thread.is_alive()
    assert [type(error) for error in errors] == [QueryCancelledError]
    assert guard.interrupted_in_database  # stopped by the database, not left to run


def test_a_cancel_before_the_query_starts_prevents_it(database: Database) -> None:
    guard = QueryGuard()
    guard.cancel()
    with pytest.raises(QueryCancelledError), database.sessions() as session, \
            guard.attached(session):
        pytest.fail("the body must not run")
    assert not guard.interrupted_in_database


def test_a_late_cancel_does_not_touch_the_next_query_on_the_connection(
        database: Database) -> None:
    guard = QueryGuard()
    with database.sessions() as session, guard.attached(session):
        assert session.scalar(select(AuditEntry.id).limit(1)) is None
    guard.cancel()  # the search is over: nothing is running on its connection any more
    with database.sessions() as session:
        assert session.scalar(select(AuditEntry.id).limit(1)) is None


@pytest.fixture
def slow_searches(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowStatement]:
    """Searches whose first query is the slow statement (while ``slow.runs`` is 0)."""
    slow = SlowStatement()
    real_probe = LookupQueries.probe

    def probe(self: LookupQueries, session: Any, *args: Any, **kwargs: Any) -> Any:
        if slow.runs == 0:
            slow.run(session)
        return real_probe(self, session, *args, **kwargs)

    monkeypatch.setattr(LookupQueries, "probe", probe)
    yield slow


def test_a_newer_search_interrupts_the_older_in_the_database_sla_2(
        services: Services, slow_searches: SlowStatement) -> None:
    add_customers(services.database, *EVERYONE)
    older = services.lookup.prepare(OPERATOR, "Иванов")
    thread, errors, results = in_thread(older.run)
    slow_searches.wait_until_running(services.database)

    newer = services.lookup.prepare(OPERATOR, "Иванов Иван")
    older.cancel()  # what the pane's TaskRunner does when the next keystroke arrives
    thread.join(30)
    assert [type(error) for error in errors] == [QueryCancelledError]
    assert results == []
    assert older.guard.interrupted_in_database

    # The pool is healthy afterwards and the newer search finds the caller.
    assert newer.run().matches[0].name.text == IVANOV.name
    with services.database.sessions() as session:
        queries = session.scalars(select(AuditEntry.details["query"].as_string())
                                  .where(AuditEntry.action == "customer.search")).all()
    assert queries == ["Иванов Иван"]  # the cancelled search showed nothing: not audited
