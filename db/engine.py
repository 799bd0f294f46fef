"""Engines and session factories for SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from db.change_feed import install_change_feed
from db.guards import install_append_only_guard


class DeskSession(Session):
    """A session whose explicit ``begin()`` (``with sessions.begin()``) announces a write.

    Services open ``sessions.begin()`` to read and then write (check, then append), and
    ``sessions()`` to read. On SQLite the former must hold the write lock from its first
    read (``begin_writing``), or a commit by another worker in between fails its write.
    """

    def begin(self, nested: bool = False) -> SessionTransaction:
        transaction = super().begin(nested)
        if not nested:
            begin_writing(self)
        return transaction


SessionFactory = sessionmaker[DeskSession]

POSTGRES_DRIVER = "postgresql+psycopg"
# An execution option: this transaction will write, so on SQLite it takes the write lock at
# BEGIN (see ``begin_writing``).
WRITE_INTENT = "workstation_write_intent"


def make_engine(url: URL, password: str | None = None) -> Engine:
    """Create an engine; never logs statement parameters (they hold personal data)."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    if password is not None:
        url = url.set(password=password)
    connect_args: dict[str, Any] = {"connect_timeout": 5, "application_name": "workstation"}
    return create_engine(
        url, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args
    )


def make_session_factory(engine: Engine) -> SessionFactory:
    """One factory per database: short sessions, plain objects that outlive the session."""
    factory = sessionmaker(engine, class_=DeskSession, expire_on_commit=False)
    install_change_feed(factory)
    install_append_only_guard(factory)
    return factory


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; let SQLAlchemy
    # emit BEGIN itself (the recipe from SQLAlchemy's SQLite dialect documentation).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 15000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITE_INTENT)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def begin_writing(session: Session) -> None:
    """Say, before the first statement, that this transaction reads and then writes.

    SQLite (WAL) lets a deferred transaction read a snapshot and later fails its first write
    at once with "database is locked" (SQLITE_BUSY_SNAPSHOT, no busy wait) if another
    connection committed in between — normal on a desk whose worker threads save drafts,
    phases and appeals side by side. ``BEGIN IMMEDIATE`` waits for the write lock up front
    instead (busy_timeout). PostgreSQL ignores the option: its row locks do this work.
    """
    session.connection(execution_options={WRITE_INTENT: True})
