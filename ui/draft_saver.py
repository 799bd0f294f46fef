"""Saving what the operator types while they type: after a short pause, one save at a time, and
at once when asked (the panel is closed or hidden). Nothing typed is lost, and saves never pile
up on a slow database: a change during a save is saved right after it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import TaskRunner
from workstation.errors import DomainError

PAUSE_MS = 1500


class DraftSaver(QObject):
    saved = Signal(object)  # what the save returned
    failed = Signal(object)  # DomainError

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, *,
                 timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self._make: Callable[[], Callable[[], Any]] | None = None
        self._dirty = False
        self._saving = False

    def watch(self, make_save: Callable[[], Callable[[], Any]] | None) -> None:
        """``make_save`` snapshots the draft now and returns the work that saves it; None stops
        watching (the call was finished)."""
        self._make = make_save
        self._dirty = False
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._dirty or self._saving

    def changed(self) -> None:
        if self._make is None:
            return
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or self._make is None:
            return
        if self._saving:  # saved again as soon as the running save ends
            return
        self._dirty = False
        self._saving = True
        self._runner.run(self._make(), self._done, self._failed)

    def _done(self, result: object) -> None:
        self._saving = False
        self.saved.emit(result)
        if self._dirty:
            self.flush()

    def _failed(self, error: DomainError) -> None:
        self._saving = False
        self.failed.emit(error)
