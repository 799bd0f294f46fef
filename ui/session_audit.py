"""The desk session in the audit log: locked, logged out (unlocking is audited by the check).

Written in the background after the fact: the desk locks (or closes) first, and the entry follows.
A failed write is logged for the administrator and never stops the desk or shows a crash
dialog: a desk that could not be locked because the database was down would be worse.
Entries are written in the order things happened (a quick "lock, log out" must not read as
"log out, lock"), though the runner's pool has several threads.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import TypeVar

from ui.tasks import TaskRunner
from workstation.auth import AuthService, LockReason, LogoutReason
from workstation.clock import Clock
from workstation.roles import Principal

log = logging.getLogger(__name__)

T = TypeVar("T")


class SessionAudit:
    def __init__(self, auth: AuthService, principal: Principal, runner: TaskRunner,
                 clock: Clock) -> None:
        self._auth = auth
        self._principal = principal
        self._runner = runner
        self._clock = clock
        self._waiting: deque[tuple[str, Callable[[], None]]] = deque()
        self._writing = threading.Lock()

    def desk_locked(self, reason: LockReason, idle_minutes: int | None = None) -> None:
        auth, principal, at = self._auth, self._principal, self._clock.now()
        self._write("desk locked",
                    lambda: auth.record_desk_lock(principal, reason, idle_minutes, at=at))

    def logged_out(self, reason: LogoutReason) -> None:
        auth, principal, at = self._auth, self._principal, self._clock.now()
        self._write("logged out", lambda: auth.record_logout(principal, reason, at=at))

    def after_pending(self, work: Callable[[], T]) -> Callable[[], T]:
        """``work`` for a worker thread that first writes the entries still waiting, so that an
        unlock checked in the meantime is not logged before the lock it ends."""
        def run() -> T:
            self._write_waiting()
            return work()

        return run

    def _write(self, what: str, work: Callable[[], None]) -> None:
        self._waiting.append((what, work))
        # One task per entry, so TaskRunner.wait_for_done (on closing) waits for all of them;
        # whichever task runs first writes everything waiting, oldest first.
        self._runner.run(self._write_waiting, _nothing)

    def _write_waiting(self) -> None:  # in a worker thread
        with self._writing:
            while True:
                try:
                    what, work = self._waiting.popleft()
                except IndexError:
                    return
                try:
                    work()
                except Exception:  # the database is down or gone: log it, the desk goes on
                    log.warning("Could not write the audit entry '%s'", what, exc_info=True)


def _nothing(_result: object) -> None:
    pass
