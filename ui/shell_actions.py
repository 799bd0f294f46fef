"""The window's own actions (not a pane's), each with its shortcut and icon."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.icons import icon


class ShellActions(QObject):
    def __init__(self, parent: QObject, *, manages_users: bool) -> None:
        super().__init__(parent)
        self.lock = self._make(self.tr("&Lock the desk"), "lock", QKeySequence("Ctrl+L"))
        # Spelled out: the standard Quit key is empty on Windows and on some Linux platforms.
        self.quit = self._make(self.tr("&Quit"), "quit", QKeySequence("Ctrl+Q"))
        self.shortcuts = self._make(self.tr("&Keyboard shortcuts"), "keyboard",
                                    QKeySequence("F1"))
        self.about = self._make(self.tr("&About"), "about", None)
        self.reset_layout = self._make(self.tr("&Reset layout"), "layout-reset", None)
        self.full_screen = self._make(self.tr("&Full screen"), "fullscreen", QKeySequence("F11"))
        self.full_screen.setCheckable(True)
        # Only for those who may add users: the F1 list shows only keys the person has.
        self.new_user = (self._make(self.tr("&New user…"), "user-add",
                                    QKeySequence("Ctrl+Shift+N")) if manages_users else None)

    def _make(self, text: str, meaning: str, keys: QKeySequence | None) -> QAction:
        # Parented to the window (our parent), so the F1 list finds them with findChildren.
        window = self.parent()
        action = QAction(icon(meaning), text, window)
        if keys is not None:
            action.setShortcut(keys)
        return action

    def all(self) -> list[QAction]:
        actions = [self.lock, self.quit, self.shortcuts, self.about, self.reset_layout,
                   self.full_screen]
        return [*actions, self.new_user] if self.new_user is not None else actions
