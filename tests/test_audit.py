"""The audit log is append-only (in the ORM and in the database) and readable only by some."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from db.guards import AppendOnlyViolationError
from db.models import AuditEntry
from tests.conftest import DatabaseFactory
from tests.helpers.errors import assert_readable
from workstation.audit import AuditLog
from workstation.clock import FakeClock
from workstation.database import Database, connect
from workstation.errors import PermissionDeniedError
from workstation.roles import Principal, Role
from workstation.services import Services

MOMENT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OPERATOR = Principal(uuid.uuid4(), "op", "Оператор", frozenset({Role.OPERATOR}))
SUPERVISOR = Principal(uuid.uuid4(), "chief", "Руководитель", frozenset({Role.SUPERVISOR}))


def add_entry(database: Database, action: str = "customer.view") -> int:
    with database.sessions.begin() as session:
        entry = AuditEntry(at=MOMENT, actor_login="op", action=action, details={"card": 1})
        session.add(entry)
        session.flush()
        return entry.id


def entries(database: Database) -> list[tuple[int, str, str]]:
    with database.sessions() as session:
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.actor_login, AuditEntry.action)
            .order_by(AuditEntry.id)
        )
        return [(row_id, login, action) for row_id, login, action in rows]


# -- append-only in the ORM ------------------------------------------------------------------
def test_changing_an_entry_through_the_orm_is_refused(database: Database) -> None:
    entry_id = add_entry(database)
    before = entries(database)
    with database.sessions() as session:
        entry = session.get(AuditEntry, entry_id)
        assert entry is not None
        entry.action = "nothing.happened"
        with pytest.raises(AppendOnlyViolationError, match="audit_log is append-only"):
            session.commit()
    assert entries(database) == before


def test_deleting_an_entry_through_the_orm_is_refused(database: Database) -> None:
    entry_id = add_entry(database)
    with database.sessions() as session:
        entry = session.get(AuditEntry, entry_id)
        session.delete(entry)
        with pytest.raises(AppendOnlyViolationError):
            session.flush()
    assert [row_id for row_id, _login, _action in entries(database)] == [entry_id]


def test_appending_is_allowed(database: Database) -> None:
    add_entry(database, "first")
    add_entry(database, "second")
    assert [action for _id, _login, action in entries(database)] == ["first", "second"]


# -- append-only in the database -------------------------------------------------------------
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET action = 'nothing.happened'",
        "UPDATE audit_log SET actor_login = 'someone-else' WHERE id = :id",
        "DELETE FROM audit_log WHERE id = :id",
        "DELETE FROM audit_log",  # SQLite's truncate optimisation must not bypass the trigger
    ],
)
def test_raw_sql_cannot_change_or_delete_entries(database: Database, statement: str) -> None:
    entry_id = add_entry(database)
    before = entries(database)
    with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as connection:
        parameters = {"id": entry_id} if ":id" in statement else {}
        connection.execute(text(statement), parameters)
    assert entries(database) == before


@pytest.fixture
def postgres_database(
    postgres_available: bool, _factories: dict[str, DatabaseFactory]
) -> Iterator[Database]:
    if not postgres_available:
        pytest.skip("PostgreSQL is not reachable")
    factory = _factories["postgresql"]
    url = factory.migrated()
    database = connect(url)
    yield database
    database.close()
    factory.drop(url)


@pytest.mark.postgres_only
def test_truncate_is_refused_on_postgresql(postgres_database: Database) -> None:
    add_entry(postgres_database)
    with pytest.raises(DBAPIError, match="append-only"), \
            postgres_database.engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_log"))
    with postgres_database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1


# -- writing and reading through the service -------------------------------------------------
def test_an_entry_commits_with_the_action_or_not_at_all(database: Database) -> None:
    audit = AuditLog(database.sessions, FakeClock(MOMENT))
    with database.sessions() as session:
        audit.record(session, "user.add", actor=SUPERVISOR, object_type="user", object_id="u1")
        session.rollback()
    assert entries(database) == []
    with database.sessions.begin() as session:
        audit.record(session, "login.failure", actor_login="ghost")
    assert [(login, action) for _id, login, action in entries(database)] == [
        ("ghost", "login.failure")
    ]


def test_recent_needs_the_view_audit_log_permission(services: Services) -> None:
    with services.database.sessions.begin() as session:
        services.audit.record(session, "customer.view", actor=OPERATOR)
    with pytest.raises(PermissionDeniedError) as caught:
        services.audit.recent(OPERATOR)
    assert_readable(caught.value)
    assert "просмотр журнала аудита" in caught.value.message
    assert "руководитель" in caught.value.message and "администратор" in caught.value.message

    records = services.audit.recent(SUPERVISOR)
    assert [(r.actor_login, r.action) for r in records] == [("op", "customer.view")]


def test_recent_is_newest_first_filtered_and_limited(
    services: Services, clock: FakeClock
) -> None:
    with services.database.sessions.begin() as session:
        for n in range(5):
            services.audit.record(session, f"step.{n}", actor=OPERATOR, object_type="appeal",
                                  object_id=f"a{n % 2}", details={"n": n})
            clock.advance(60)
        services.audit.record(session, "user.add", actor=OPERATOR, object_type="user",
                              object_id="a0")
    recent = services.audit.recent(SUPERVISOR, limit=3)
    assert [r.action for r in recent] == ["user.add", "step.4", "step.3"]
    assert recent[1].details == {"n": 4}
    assert recent[1].at == datetime(2026, 3, 2, 9, 4, tzinfo=UTC)
    by_object = services.audit.recent(SUPERVISOR, object_type="appeal", object_id="a0")
    assert [r.action for r in by_object] == ["step.4", "step.2", "step.0"]
