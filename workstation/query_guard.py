"""Stopping a running query from another thread, in the database itself.

The lookup runs a query per keystroke; when a newer keystroke arrives, the older query must stop
working in the database (ARCHITECTURE, UI), not merely have its result ignored. The GUI thread
calls ``QueryGuard.cancel``; the worker running the query holds the guard ``attached`` to its
session's connection:
- SQLite: ``sqlite3.Connection.interrupt()`` — the running statement fails with "interrupted";
  a call when no statement runs is a no-op, so it cannot hit a later query.
- PostgreSQL: ``psycopg.Connection.cancel()`` sends a cancel request on a separate connection;
  the statement fails with QueryCanceled. The request is asynchronous on the server, so a
  connection that was sent one is discarded rather than returned to the pool, where a late
  cancel could strike somebody else's query.
The lock makes sure a cancel never reaches a connection the guard has already let go.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from workstation.errors import DomainError

log = logging.getLogger(__name__)


class QueryCancelledError(DomainError):
    """The search was superseded by a newer one; nobody waits for its result."""

    def __init__(self) -> None:
        super().__init__("Поиск прерван новым запросом.")


class QueryGuard:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._driver: Any = None
        self._dialect = ""
        self._sent = False
        # True once a running statement was actually stopped by the database (for tests and
        # the bench: proof that cancelling is more than dropping a result).
        self.interrupted_in_database = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Stop the search: safe from any thread, at any moment, any number of times.

        Never blocks the caller (the GUI thread) on the network: SQLite's interrupt is a flag;
        PostgreSQL's cancel request opens a connection to the server, so it is sent from a
        short-lived thread.
        """
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            if self._driver is None:
                return
            if self._dialect == "sqlite":
                self._stop(self._driver)
                return
            driver = self._driver
        threading.Thread(target=self._stop_if_running, args=(driver,), daemon=True,
                         name="query-cancel").start()

    def _stop_if_running(self, driver: Any) -> None:
        with self._lock:
            if self._driver is driver:  # still running on that connection
                self._stop(driver)

    def _stop(self, driver: Any) -> None:
        """Called with the lock held, so the connection cannot be released meanwhile."""
        try:
            if self._dialect == "sqlite":
                driver.interrupt()
            else:
                driver.cancel_safe(timeout=5)
            self._sent = True
        except Exception:  # a closed connection or an unreachable server: nothing to stop
            log.debug("Cancelling a query failed", exc_info=True)

    def check(self) -> None:
        if self._cancelled:
            raise QueryCancelledError

    @contextmanager
    def attached(self, session: Session) -> Iterator[None]:
        """Let ``cancel`` reach the statements this session runs inside the block."""
        connection = session.connection()
        with self._lock:
            if self._cancelled:
                raise QueryCancelledError
            self._driver = connection.connection.driver_connection
            self._dialect = connection.dialect.name
        try:
            yield
        except sa_exc.DBAPIError as error:
            if self._cancelled and _is_cancellation(error):
                self.interrupted_in_database = True
                raise QueryCancelledError from None
            raise
        finally:
            with self._lock:
                self._driver = None
                sent = self._sent
            if sent and self._dialect != "sqlite":
                connection.invalidate()
        self.check()


def _is_cancellation(error: sa_exc.DBAPIError) -> bool:
    original = error.orig
    name = type(original).__name__
    text = str(original).lower()
    return name == "QueryCanceled" or "interrupted" in text or "canceling statement" in text
