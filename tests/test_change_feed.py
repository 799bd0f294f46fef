"""Every committed insert, update and delete of a shared row appends to the change feed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from db.models import AuditEntry, ChangeFeedEntry, LoginState, Setting, Unit, User
from workstation.database import Database
from workstation.roles import Principal
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
