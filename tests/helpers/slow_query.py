"""A statement that keeps the database busy until it is interrupted, and says when it started.

Used to prove that cancelling a search stops its query in the database itself. Nobody sleeps:
SQLite calls back into Python as the statement runs (the first call sets an event); PostgreSQL
shows the backend as active in pg_stat_activity, which the test polls.
"""

from __future__ import annotations

import threading

from sqlalchemy import text
from sqlalchemy.orm import Session

from workstation.database import Database

# Bounded, so that a broken cancel fails the test after a while instead of hanging it forever.
_SQLITE_SPIN = text("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                    "WHERE started(x) AND x < 2000000000) SELECT max(x) FROM c")
_POSTGRES_SPIN = text("SELECT pg_sleep(60)")


class SlowStatement:
    def __init__(self) -> None:
        self.started = threading.Event()
        self.backend_pid: int | None = None
        self.runs = 0

    def _mark(self, _x: int) -> int:
        self.started.set()
        return 1

    def run(self, session: Session) -> None:
        self.runs += 1
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            driver = connection.connection.driver_connection
            assert driver is not None
            driver.create_function("started", 1, self._mark)
            session.execute(_SQLITE_SPIN)
        else:
            self.backend_pid = session.scalar(text("SELECT pg_backend_pid()"))
            self.started.set()
            session.execute(_POSTGRES_SPIN)

    def wait_until_running(self, database: Database) -> None:
        assert self.started.wait(30), "the slow statement never started"
        if database.is_sqlite:
            return
        with database.engine.connect() as watcher:
            for _ in range(100_000):
                state = watcher.scalar(text(
                    "SELECT state FROM pg_stat_activity WHERE pid = :pid AND query LIKE "
                    "'%pg_sleep%'"), {"pid": self.backend_pid})
                if state == "active":
                    return
                watcher.rollback()  # a fresh snapshot of the statistics each time
        raise AssertionError("the slow statement never became active")
