"""Polls the desk's call source in the background and announces each incoming call once.

The source (workstation.calls.CallSource) is the database today; LISTEN/NOTIFY or a telephony
connector can replace the polling later without the pane noticing. The timer is injectable so
tests fire it by hand (nobody sleeps).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import TaskRunner
from workstation.calls import CallSource, OfferedCall
from workstation.errors import DomainError

POLL_MS = 2000  # a caller hears the third ring after ~10 s (TEL-1): two seconds is plenty


class CallWatcher(QObject):
    call_arrived = Signal(object)  # OfferedCall

    def __init__(self, source: CallSource, runner: TaskRunner, parent: QObject | None = None,
                 *, timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll_now)
        self._polling = False
        self.problem: str | None = None

    def start(self) -> None:
        self._timer.start()
        self.poll_now()

    def stop(self) -> None:
        self._timer.stop()

    def poll_now(self) -> None:
        if self._polling:  # a slow database: never pile polls up
            return
        self._polling = True
        self._runner.run(self._source.poll, self._delivered, self._failed,
                         key=f"call-watcher-{id(self)}")

    def answer(self, call: OfferedCall, customer_id: object) -> None:
        source = self._source
        self._runner.run(lambda: source.answer(call, customer_id),  # type: ignore[arg-type]
                         lambda _r: None, self._failed)

    def _delivered(self, calls: list[OfferedCall]) -> None:
        self._polling = False
        self.problem = None
        for call in calls:
            self.call_arrived.emit(call)

    def _failed(self, error: DomainError) -> None:
        self._polling = False
        self.problem = error.message  # the status bar already says when the database is gone
