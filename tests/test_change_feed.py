"""Every committed insert, update and delete of a shared row appends to the change feed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from db.change_feed import delete_shared_rows, insert_shared_rows, update_shared_rows
from db.models import (
    AuditEntry,
    ChangeFeedEntry,
    ContactPoint,
    Deadline,
    LoginState,
    Setting,
    Unit,
    User,
)
from tests.helpers.customers import IVANOV, add_customers
from tests.helpers.deadlines import add_appeal
from workstation.appeal_deadlines import register_open_appeals
from workstation.clock import FakeClock
from workstation.customers import ContactEdit
from workstation.database import Database
from workstation.deadlines import DeadlineRegistry
from workstation.roles import Principal, Role
from workstation.services import Services

Feed = list[tuple[str, uuid.UUID, int, str]]
MOMENT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def feed(database: Database) -> Feed:
    with database.sessions() as session:
        rows = session.execute(
            select(
                ChangeFeedEntry.table_name,
                ChangeFeedEntry.row_id,
                ChangeFeedEntry.version,
                ChangeFeedEntry.kind,
            ).order_by(ChangeFeedEntry.id)
        )
        return [(table, row_id, version, kind) for table, row_id, version, kind in rows]


def add_unit(database: Database, name: str = "Контакт-центр") -> uuid.UUID:
    with database.sessions.begin() as session:
        unit = Unit(name=name)
        session.add(unit)
        session.flush()
        return unit.id


def test_insert_update_delete_of_a_shared_row(database: Database) -> None:
    unit_id = add_unit(database)
    assert feed(database) == [("units", unit_id, 1, "insert")]

    with database.sessions.begin() as session:
        unit = session.get(Unit, unit_id)
        assert unit is not None
        unit.name = "Отдел писем"
    assert feed(database)[1:] == [("units", unit_id, 2, "update")]

    with database.sessions.begin() as session:
        unit = session.get(Unit, unit_id)
        assert unit is not None and unit.version == 2
        session.delete(unit)
    # A deletion records the last version the row had.
    assert feed(database)[2:] == [("units", unit_id, 2, "delete")]


def test_one_entry_per_row_in_one_commit(database: Database) -> None:
    with database.sessions.begin() as session:
        units = [Unit(name=f"Отдел {n}") for n in range(3)]
        session.add_all(units)
        setting = Setting(key="auth.lockout_minutes", value=30)
        session.add(setting)
    assert sorted(feed(database)) == sorted(
        [("units", unit.id, 1, "insert") for unit in units]
        + [("settings", setting.id, 1, "insert")]
    )


def test_every_flush_of_a_transaction_is_recorded(database: Database) -> None:
    """Two flushes of one row in one transaction: both versions reach the feed."""
    with database.sessions.begin() as session:
        unit = Unit(name="Контакт-центр")
        session.add(unit)
        session.flush()
        unit.name = "Отдел писем"
    assert feed(database) == [("units", unit.id, 1, "insert"), ("units", unit.id, 2, "update")]


def test_feed_entries_get_the_servers_time(database: Database) -> None:
    add_unit(database)
    with database.sessions() as session:
        entry = session.scalars(select(ChangeFeedEntry)).one()
    assert entry.changed_at is not None and entry.changed_at.tzinfo is not None


def test_a_rolled_back_change_leaves_no_entry(database: Database) -> None:
    with database.sessions() as session:
        session.add(Unit(name="Контакт-центр"))
        session.flush()
        session.rollback()
    assert feed(database) == []


def test_assigning_the_same_value_is_no_change(database: Database) -> None:
    unit_id = add_unit(database)
    with database.sessions.begin() as session:
        unit = session.get(Unit, unit_id)
        assert unit is not None
        unit.name = "Контакт-центр"
    assert [kind for _t, _id, _v, kind in feed(database)] == ["insert"]
    with database.sessions() as session:
        assert session.scalar(select(Unit.version).where(Unit.id == unit_id)) == 1


def test_a_commit_touching_nothing_shared_writes_nothing(database: Database) -> None:
    with database.sessions.begin() as session:
        user = User(login="andreev", full_name="Андреев", password_hash="x", roles="operator",
                    created_at=MOMENT)
        session.add(user)
    before = feed(database)
    assert before == [("users", user.id, 1, "insert")]

    with database.sessions.begin():
        pass  # an empty commit
    with database.sessions.begin() as session:
        # Append-only and private tables are not shared rows.
        session.add(AuditEntry(at=MOMENT, actor_login="andreev", action="login.success"))
        session.add(LoginState(user_id=user.id, failed_count=0))
    with database.sessions.begin() as session:
        state = session.get(LoginState, user.id)
        assert state is not None
        state.failed_count = 3
        state.last_failure_at = MOMENT
    with database.sessions.begin() as session:
        session.scalars(select(Unit)).all()  # reading only
    assert feed(database) == before


def test_services_write_the_feed(services: Services, cli_admin: Principal) -> None:
    services.settings.set(cli_admin, "auth.max_failed_logins", 7)
    services.settings.set(cli_admin, "auth.max_failed_logins", 8)
    with services.database.sessions() as session:
        setting_id = session.scalar(
            select(Setting.id).where(Setting.key == "auth.max_failed_logins")
        )
    assert feed(services.database) == [
        ("settings", setting_id, 1, "insert"),
        ("settings", setting_id, 2, "update"),
    ]


# -- set-based statements on shared tables (db/change_feed.py's helpers) ---------------------
OPERATOR = Principal(None, "cli:operator", "Оператор", frozenset({Role.OPERATOR}))


def feed_after(database: Database, before: int) -> Feed:
    return feed(database)[before:]


def contacts_of(database: Database, customer_id: uuid.UUID) -> dict[uuid.UUID, int]:
    with database.sessions() as session:
        return {row_id: version for row_id, version in session.execute(
            select(ContactPoint.id, ContactPoint.version)
            .where(ContactPoint.customer_id == customer_id))}


def test_replacing_a_customers_contacts_feeds_the_deletes(services: Services) -> None:
    """The old phone and e-mail go (other desks must drop them), the new phone arrives, and
    the customer's version moves: all in the feed of the one commit."""
    customer_id = add_customers(services.database, IVANOV)[0]
    old = contacts_of(services.database, customer_id)
    assert len(old) == 2
    before = len(feed(services.database))
    version = services.customers.update_contacts(
        OPERATOR, customer_id, 1, [ContactEdit("phone", "8 914 765 43 21", "мобильный")])
    new = contacts_of(services.database, customer_id)
    assert len(new) == 1 and not set(new) & set(old)
    changes = feed_after(services.database, before)
    assert sorted(changes) == sorted(
        [("contact_points", row_id, row_version, "delete") for row_id, row_version in old.items()]
        + [("contact_points", row_id, 1, "insert") for row_id in new]
        + [("customers", customer_id, version, "update")])
    # The deletes come first: a desk replaying the feed in order ends with the new contact.
    assert [kind for *_rest, kind in changes][:2] == ["delete", "delete"]


def test_a_backfill_of_deadlines_feeds_each_new_deadline(services: Services,
                                                         clock: FakeClock) -> None:
    """register_open_appeals → DeadlineRegistry.start_many: set-based, through the helper."""
    received = clock.now()
    add_appeal(services.database, "2026-000015", received)
    add_appeal(services.database, "2026-000016", received, status="clarification")
    before = len(feed(services.database))
    with services.database.sessions.begin() as session:
        assert register_open_appeals(DeadlineRegistry(clock), session) == 4
        made = {row_id: version for row_id, version in session.execute(
            select(Deadline.id, Deadline.version))}
    assert sorted(feed_after(services.database, before)) == sorted(
        ("deadlines", row_id, 1, "insert") for row_id in made)
    assert set(made.values()) == {1}


def test_set_based_update_moves_versions_and_feeds_them(database: Database) -> None:
    first, second, other = (add_unit(database, name) for name in ("А", "Б", "В"))
    before = len(feed(database))
    with database.sessions.begin() as session:
        loaded = session.get(Unit, first)
        assert loaded is not None
        changed = update_shared_rows(session, Unit, {"name": Unit.name + " (архив)"},
                                     Unit.id.in_([first, second]))
        assert changed == 2
        # An object the session had loaded sees the new values and version.
        assert (loaded.name, loaded.version) == ("А (архив)", 2)
    assert sorted(feed_after(database, before)) == sorted(
        [("units", first, 2, "update"), ("units", second, 2, "update")])
    with database.sessions() as session:
        assert session.scalar(select(Unit.version).where(Unit.id == other)) == 1
        with pytest.raises(ValueError, match="version"):
            update_shared_rows(session, Unit, {"version": 7}, Unit.id == other)


def test_set_based_delete_records_each_rows_last_version(database: Database) -> None:
    first, second = add_unit(database, "А"), add_unit(database, "Б")
    with database.sessions.begin() as session:
        unit = session.get(Unit, first)
        assert unit is not None
        unit.name = "А2"  # version 2
    before = len(feed(database))
    with database.sessions.begin() as session:
        loaded = session.get(Unit, first)
        assert delete_shared_rows(session, Unit, Unit.id.in_([first, second])) == 2
        assert loaded not in session  # the session no longer holds a deleted row
        assert delete_shared_rows(session, Unit, Unit.id == first) == 0
    assert sorted(feed_after(database, before)) == sorted(
        [("units", first, 2, "delete"), ("units", second, 1, "delete")])


def test_set_based_insert_needs_ids_and_versions(database: Database) -> None:
    rows = [{"id": uuid.uuid4(), "version": 1, "name": f"Отдел {n}"} for n in range(3)]
    with database.sessions.begin() as session:
        assert insert_shared_rows(session, Unit, rows) == 3
        assert insert_shared_rows(session, Unit, []) == 0
    assert feed(database) == [("units", row["id"], 1, "insert") for row in rows]
    with database.sessions() as session, pytest.raises(ValueError, match="version"):
        insert_shared_rows(session, Unit, [{"id": uuid.uuid4(), "name": "Без версии"}])


def test_a_rolled_back_set_based_change_leaves_no_entry(database: Database) -> None:
    unit_id = add_unit(database)
    before = feed(database)
    with database.sessions() as session:
        delete_shared_rows(session, Unit, Unit.id == unit_id)
        session.rollback()
    assert feed(database) == before
    with database.sessions() as session:
        assert session.get(Unit, unit_id) is not None
