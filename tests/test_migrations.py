"""Schema state, migrations against the models, and upgrading a database that holds data."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, Engine, insert, inspect, select, text

import db.migrate
from db.dialect_objects import include_object
from db.engine import make_engine
from db.migrate import (
    MIGRATIONS_DIR,
    SchemaState,
    alembic_config,
    head_revision,
    schema_status,
    upgrade_to_head,
)
from db.models import Unit, metadata
from tests.conftest import DatabaseFactory
from tests.helpers.errors import assert_readable
from workstation.clock import FakeClock
from workstation.database import open_database, upgrade_database
from workstation.errors import DatabaseUnavailableError, SchemaOutdatedError, SchemaTooNewError

UNKNOWN_REVISION = "ffffffffffff"

# A revision the next release of the program might bring; used to make an OUTDATED database
# honestly: migrated to this program's head by a folder whose head is one revision further.
PROBE_REVISION = "next_release_probe"
NEXT_REVISION = '''"""Release probe: one more table.

Revision ID: next_release_probe
Revises: {down_revision}
"""
import sqlalchemy as sa
from alembic import op

revision = "next_release_probe"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("release_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("release_probe")
'''


@contextmanager
def engine_for(url: URL) -> Iterator[Engine]:
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


@pytest.fixture
def current_head() -> str:
    return head_revision()


@pytest.fixture
def next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, current_head: str) -> str:
    """Make this program's migrations folder one with a revision after the real head.

    Tests using it must only make databases with ``databases.empty()``: the shared migrated
    template must never be built from this folder.
    """
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_next_release_probe.py").write_text(
        NEXT_REVISION.format(down_revision=current_head), encoding="utf-8"
    )
    monkeypatch.setattr(db.migrate, "MIGRATIONS_DIR", folder)
    assert head_revision() == PROBE_REVISION
    return PROBE_REVISION


@pytest.fixture
def outdated_url(databases: DatabaseFactory, next_release: str, current_head: str) -> URL:
    """A database at the real head holding one unit, while the program's head is the probe."""
    url = databases.empty()
    with engine_for(url) as engine:
        migrate(engine, current_head)
        with engine.begin() as connection:
            connection.execute(
                insert(Unit).values(id=uuid.uuid4(), version=1, name="Отдел продаж")
            )
    return url


# -- state -----------------------------------------------------------------------------------
def test_an_empty_database_is_empty(databases: DatabaseFactory) -> None:
    with engine_for(databases.empty()) as engine:
        status = schema_status(engine)
    assert status.state is SchemaState.EMPTY
    assert status.current is None
    assert status.head == head_revision()


def test_upgrade_to_head_makes_an_empty_database_current(databases: DatabaseFactory) -> None:
    with engine_for(databases.empty()) as engine:
        upgrade_to_head(engine)
        status = schema_status(engine)
        tables = table_names(engine)
    assert status.state is SchemaState.CURRENT
    assert status.current == status.head == head_revision()
    assert set(metadata.tables) <= tables


def test_models_and_migrations_agree(databases: DatabaseFactory) -> None:
    """Every model change comes with a migration: autogenerate finds nothing left to do."""
    with engine_for(databases.migrated()) as engine, engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_object}
        )
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_an_unknown_revision_is_newer(databases: DatabaseFactory) -> None:
    with engine_for(databases.migrated()) as engine:
        with engine.begin() as connection:
            connection.execute(text(f"UPDATE alembic_version SET version_num='{UNKNOWN_REVISION}'"))
        status = schema_status(engine)
    assert status.state is SchemaState.NEWER
    assert status.current == UNKNOWN_REVISION


def test_an_older_known_revision_is_outdated(outdated_url: URL, current_head: str) -> None:
    with engine_for(outdated_url) as engine:
        status = schema_status(engine)
    assert (status.state, status.current, status.head) == (
        SchemaState.OUTDATED, current_head, PROBE_REVISION
    )


def test_downgrade_to_base_and_upgrade_again(databases: DatabaseFactory) -> None:
    """The foundation's downgrade removes all it made (PostgreSQL: triggers and function too),
    so a second upgrade succeeds."""
    with engine_for(databases.migrated()) as engine:
        migrate(engine, "base", down=True)
        assert schema_status(engine).state is SchemaState.EMPTY
        assert table_names(engine) <= {"alembic_version"}
        upgrade_to_head(engine)
        assert schema_status(engine).state is SchemaState.CURRENT


# -- opening ---------------------------------------------------------------------------------
def test_open_database_on_a_current_schema(database_url: URL) -> None:
    database = open_database(database_url, None, create=False)
    try:
        assert database.ping()
    finally:
        database.close()


def test_open_database_refuses_a_newer_schema(databases: DatabaseFactory) -> None:
    url = databases.migrated()
    with engine_for(url) as engine, engine.begin() as connection:
        connection.execute(text(f"UPDATE alembic_version SET version_num='{UNKNOWN_REVISION}'"))
    with pytest.raises(SchemaTooNewError) as caught:
        open_database(url, None, create=True)
    assert_readable(caught.value)
    assert "более новой версией программы" in caught.value.message
    assert UNKNOWN_REVISION in caught.value.message


def test_open_database_refuses_an_empty_database_unless_asked_to_create(
    databases: DatabaseFactory,
) -> None:
    url = databases.empty()
    with pytest.raises(SchemaOutdatedError) as caught:
        open_database(url, None, create=False)
    assert_readable(caught.value)
    assert "пуста" in caught.value.message
    with engine_for(url) as engine:
        assert schema_status(engine).state is SchemaState.EMPTY  # refused, not touched

    database = open_database(url, None, create=True)
    try:
        assert schema_status(database.engine).state is SchemaState.CURRENT
    finally:
        database.close()


def test_open_database_refuses_an_outdated_schema(outdated_url: URL, current_head: str) -> None:
    with pytest.raises(SchemaOutdatedError) as caught:
        open_database(outdated_url, None, create=True)
    assert_readable(caught.value)
    assert "устарела" in caught.value.message
    assert current_head in caught.value.message and PROBE_REVISION in caught.value.message


# -- upgrading -------------------------------------------------------------------------------
def test_upgrade_database_on_a_current_schema_changes_nothing(
    database_url: URL, clock: FakeClock
) -> None:
    report = upgrade_database(database_url, None, clock)
    assert (report.before, report.after, report.backup, report.changed) == (
        head_revision(), head_revision(), None, False
    )


def test_upgrade_database_refuses_a_newer_schema(
    databases: DatabaseFactory, clock: FakeClock
) -> None:
    url = databases.migrated()
    with engine_for(url) as engine, engine.begin() as connection:
        connection.execute(text(f"UPDATE alembic_version SET version_num='{UNKNOWN_REVISION}'"))
    with pytest.raises(SchemaTooNewError):
        upgrade_database(url, None, clock)
    with engine_for(url) as engine:
        assert schema_status(engine).current == UNKNOWN_REVISION


def test_upgrade_database_of_a_new_empty_database_needs_no_backup(
    databases: DatabaseFactory, clock: FakeClock
) -> None:
    url = databases.empty()
    report = upgrade_database(url, None, clock)
    assert (report.before, report.after, report.backup) == (None, head_revision(), None)
    assert report.changed


def test_upgrade_database_with_data_backs_up_sqlite_first(
    outdated_url: URL, clock: FakeClock, current_head: str
) -> None:
    report = upgrade_database(outdated_url, None, clock)
    assert (report.before, report.after, report.changed) == (current_head, PROBE_REVISION, True)
    with engine_for(outdated_url) as engine:
        assert schema_status(engine).state is SchemaState.CURRENT
        assert "release_probe" in table_names(engine)
        with engine.connect() as connection:
            assert connection.scalar(select(Unit.name)) == "Отдел продаж"  # data kept

    if outdated_url.get_backend_name() != "sqlite":
        assert report.backup is None  # a server's backups are its administrator's business
        return
    assert outdated_url.database is not None
    original = Path(outdated_url.database)
    assert report.backup is not None
    assert report.backup.parent == original.parent
    assert report.backup.name == (
        f"{original.stem}.backup-20260302-090000-{current_head}{original.suffix}"
    )
    # The copy is a readable SQLite database holding the data as it was before the upgrade.
    copy = sqlite3.connect(report.backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (current_head,)
        ]
        assert copy.execute("SELECT name FROM units").fetchall() == [("Отдел продаж",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
        assert "release_probe" not in tables
    finally:
        copy.close()


def test_a_failed_backup_leaves_the_sqlite_database_unchanged(
    outdated_url: URL, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, current_head: str
) -> None:
    def no_space(*_args: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("workstation.database.backup_sqlite_file", no_space)
    if outdated_url.get_backend_name() != "sqlite":
        # A server database is never copied as a file: the upgrade does not even try.
        assert upgrade_database(outdated_url, None, clock).backup is None
        return
    with pytest.raises(DatabaseUnavailableError) as caught:
        upgrade_database(outdated_url, None, clock)
    assert_readable(caught.value)
    assert "резервную копию" in caught.value.message
    assert "не изменена" in caught.value.message
    with engine_for(outdated_url) as engine:
        assert schema_status(engine).current == current_head

