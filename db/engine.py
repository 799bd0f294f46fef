"""Engines and session factories for SQLite and PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path
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


# libpq's password file (``passfile``, PGPASSFILE, ~/.pgpass) pointed at a path that cannot
# exist: a file under the null device, which is no folder. libpq skips a password file it cannot
# stat silently; ``os.devnull`` itself would do on Windows but makes libpq print "password
# file is not a plain file" on every connection elsewhere.
NO_PASSWORD_FILE = str(Path(os.devnull) / "no-password-file")


def make_engine(url: URL, password: str | None = None) -> Engine:
    """Create an engine; never logs statement parameters (they hold personal data).

    PostgreSQL: the password is the one given (from the keyring, or typed for this session)
    and nothing else. libpq would otherwise fill a missing password in from PGPASSWORD, a
    service file (PGSERVICE) or a password file (PGPASSFILE, ~/.pgpass) — files and an
    environment the program must never take a password from. So the password is always
    passed explicitly, as an empty string when there is none (libpq fills a parameter from
    the environment only when it is absent, and never sends an empty password: the server's
    request ends in "fe_sendauth: no password supplied"), and the password file is one that
    cannot exist. A trusting server still lets a connection without a password in.
    """
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    if password is None:
        password = url.password
    connect_args: dict[str, Any] = {
        "connect_timeout": 5,
        "application_name": "workstation",
        "password": password or "",
        "passfile": NO_PASSWORD_FILE,
    }
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
