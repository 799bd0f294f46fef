"""Locking and unlocking the desk without destroying anything on it.

Locking covers the main window with the lock screen, hides the other windows (floating panes,
dialogs opened with ``open()``) and disables what is under the cover so neither the keyboard
nor a shortcut reaches it. Nothing is closed or cleared: unlocking shows it all again, with the
focus where it was.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ui.lock_screen import LockScreen


class DeskLock(QObject):
    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, screen: LockScreen,
                 actions: list[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._screen = screen
        self._actions = actions
        self._disabled: list[QObject] = []
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None
        self.locked = False
        screen.unlocked.connect(self.unlock)

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        app = QApplication.instance()
        focus = QApplication.focusWidget() if isinstance(app, QApplication) else None
        self._focus = focus if focus is not None and focus is not self._screen else None
        self._hidden = [
            widget for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self._window and not widget.isHidden()
        ]
        for widget in self._hidden:
            widget.hide()
        self._disabled = []
        for child in self._window.children():
            if isinstance(child, QWidget) and child is not self._screen and child.isEnabled():
                child.setEnabled(False)
                self._disabled.append(child)
        for action in self._actions:
            if action.isEnabled():
                action.setEnabled(False)
                self._disabled.append(action)
        self._screen.cover()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self._screen.hide()
        for item in self._disabled:
            if shiboken6.isValid(item):
                item.setEnabled(True)  # type: ignore[attr-defined]
        self._disabled = []
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden = []
        if self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.setFocus()
        self._focus = None
        self.locked_changed.emit(False)
