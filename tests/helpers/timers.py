"""A timer that fires only when a test says so (after qutebrowser's FakeTimer): nobody sleeps."""

from __future__ import annotations

from PySide6.QtCore import QTimer


class FakeTimer(QTimer):
    def __init__(self) -> None:
        super().__init__()
        self._active = False
        self.starts = 0

    def start(self, msec: int | None = None) -> None:  # type: ignore[override]
        if msec is not None:
            self.setInterval(msec)
        self._active = True
        self.starts += 1

    def stop(self) -> None:
        self._active = False

    def isActive(self) -> bool:
        return self._active

    def fire(self) -> None:
        """What the real timer would do when its interval ran out."""
        if self.isSingleShot():
            self._active = False
        self.timeout.emit()
