"""Each person's window arrangement, remembered in QSettings under their login.

Two people who share a desk computer each find the panes where they left them. The default
arrangement is captured right after the shell builds the panes, so "Reset layout" always
returns to what a new user sees, whatever the panes of this version are.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QDockWidget, QMainWindow

# Bumped when the panes' arrangement changes incompatibly: an older saved state is ignored.
# 2: the start page became a tab, the panes two columns of tab groups (ui/default_layout.py).
STATE_VERSION = 2


def desk_settings() -> QSettings:
    """The desk's own settings file (per computer user), organisation/app "workstation"."""
    return QSettings("workstation", "workstation")


class LayoutMemory:
    def __init__(self, window: QMainWindow, settings: QSettings, login: str) -> None:
        self._window = window
        self._settings = settings
        self._group = f"layout/{login}"
        self._default_state = QByteArray()
        self._default_size = QSize()

    def remember_defaults(self) -> None:
        self._default_state = self._window.saveState(STATE_VERSION)
        self._default_size = self._window.size()

    def restore(self) -> bool:
        """The person's saved arrangement, if any; returns whether one was applied."""
        geometry = self._settings.value(f"{self._group}/geometry")
        state = self._settings.value(f"{self._group}/state")
        restored = False
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            restored = self._window.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            restored = self._window.restoreState(state, STATE_VERSION) or restored
        return restored

    def save(self) -> None:
        self._settings.setValue(f"{self._group}/geometry", self._window.saveGeometry())
        self._settings.setValue(f"{self._group}/state", self._window.saveState(STATE_VERSION))
        self._settings.sync()

    def reset(self) -> None:
        """Back to the default arrangement; the saved one is forgotten."""
        window = self._window
        if window.isFullScreen() or window.isMaximized():
            window.showNormal()
        for dock in window.findChildren(QDockWidget):
            dock.setFloating(False)
        window.restoreState(self._default_state, STATE_VERSION)
        if self._default_size.isValid():
            window.resize(self._default_size)
        self._settings.remove(self._group)
        self._settings.sync()
