"""Notices when nobody has touched the keyboard or mouse for a while (the desk then locks).

An application-wide event filter restarts a single-shot timer on every input event. The timer
is injectable, so tests fire it by hand instead of waiting minutes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

MINUTE_MS = 60_000

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, app: QCoreApplication, minutes: int, *, timer: QTimer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._watching = False
        self.set_minutes(minutes)

    @property
    def minutes(self) -> int:
        return self._timer.interval() // MINUTE_MS

    @property
    def watching(self) -> bool:
        return self._watching

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(max(1, minutes) * MINUTE_MS)
        if self._watching:
            self._timer.start()

    def start(self) -> None:
        if not self._watching:
            self._app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        """While the desk is locked or closing there is nothing to watch."""
        if self._watching:
            self._app.removeEventFilter(self)
            self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._timer.start()  # restarts the countdown
        return False

    def _expired(self) -> None:
        if self._watching:
            self.idle.emit()
