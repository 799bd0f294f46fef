"""Sessions: ``sessions.begin()`` announces a write, so SQLite takes the write lock at BEGIN.

Without it a service that checks and then appends (an answer's use, a call's phase) fails with
"database is locked" when another worker commits between its read and its write
(SQLITE_BUSY_SNAPSHOT) — seen in CI when an operator inserted two answers in a row.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from db.models import User
from workstation.database import Database


def _other_writer_is_locked_out(database: Database) -> bool:
    path = database.engine.url.database
    assert path
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
        return True
    else:
        other.execute("ROLLBACK")
        return False
    finally:
        other.close()


# PostgreSQL's row locks do this work there; the option is ignored.
@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_writing_transaction_holds_sqlite_write_lock_from_its_first_read(
    database: Database
) -> None:
    with database.sessions.begin() as session:
        session.scalars(select(User)).all()
        assert _other_writer_is_locked_out(database)
    assert not _other_writer_is_locked_out(database)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_reading_session_leaves_the_write_lock_free(database: Database) -> None:
    with database.sessions() as session:
        session.scalars(select(User)).all()
        assert not _other_writer_is_locked_out(database)


def test_a_nested_transaction_inside_a_writing_one_works_on_both_backends(
    database: Database
) -> None:
    with database.sessions.begin() as session:
        session.scalars(select(User)).all()
        with session.begin_nested():
            session.scalars(select(User)).all()
    # An explicit begin on a plain session is a writing one too.
    with database.sessions() as session, session.begin():
        assert session.scalars(select(User)).all() == []
