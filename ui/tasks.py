"""Run service calls off the GUI thread; deliver results on it (after Anki's CollectionOp).

The GUI thread never waits on the database: every service call goes through ``TaskRunner.run``.
A task started with a ``key`` supersedes the previous task with that key: the old one's
``interrupt`` is called (to stop its query in the database) and its result is dropped.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from workstation.errors import DomainError

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[DomainError], None]


@dataclass
class _Pending:
    on_success: Success
    on_failure: Failure | None
    key: str | None
    interrupt: Callable[[], None] | None


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._task_id = task_id
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the GUI thread, never lost here
            self._runner._failed.emit(self._task_id, error)
        else:
            self._runner._finished.emit(self._task_id, result)


class TaskRunner(QObject):
    """One per window: a small thread pool whose results come back as Qt signals."""

    # Emitted from worker threads; the runner lives on the GUI thread, so Qt queues them there.
    _finished = Signal(int, object)
    _failed = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        on_user_error: Failure | None = None,
        on_unexpected: Callable[[BaseException], None] | None = None,
        max_threads: int = 4,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._on_user_error = on_user_error
        self._on_unexpected = on_unexpected
        self._finished.connect(self._deliver_result)
        self._failed.connect(self._deliver_error)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Success,
        on_failure: Failure | None = None,
        *,
        key: str | None = None,
        interrupt: Callable[[], None] | None = None,
    ) -> int:
        """Start ``work`` in the pool; ``on_success``/``on_failure`` run on the GUI thread."""
        task_id = next(self._ids)
        if key is not None:
            self._supersede(key)
            self._latest[key] = task_id
        was_idle = not self._pending
        self._pending[task_id] = _Pending(on_success, on_failure, key, interrupt)
        self._pool.start(_Job(self, task_id, work))
        if was_idle:
            self.busy_changed.emit(True)
        return task_id

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (shutdown and tests only, never in a handler)."""
        return self._pool.waitForDone(msecs)

    def _supersede(self, key: str) -> None:
        previous = self._latest.get(key)
        pending = self._pending.get(previous) if previous is not None else None
        if pending is not None and pending.interrupt is not None:
            try:
                pending.interrupt()
            except Exception:
                log.warning("Interrupting a superseded task failed", exc_info=True)

    def _take(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None:
            return None
        if pending.key is not None:
            if self._latest.get(pending.key) != task_id:
                return None  # superseded: a newer task with this key owns the result
            del self._latest[pending.key]
        return pending

    @Slot(int, object)
    def _deliver_result(self, task_id: int, result: object) -> None:
        pending = self._take(task_id)
        if pending is not None:
            pending.on_success(result)

    @Slot(int, object)
    def _deliver_error(self, task_id: int, error: BaseException) -> None:
        pending = self._take(task_id)
        if pending is None:
            return
        if isinstance(error, DomainError):
            handler = pending.on_failure or self._on_user_error
            if handler is not None:
                handler(error)
                return
        if self._on_unexpected is not None:
            self._on_unexpected(error)
        else:
            from ui.crash import report_exception

            report_exception(error)
