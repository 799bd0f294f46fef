"""The keyboard shortcuts a person has, read from the actions actually registered in a window.

The F1 list and the start page are built from here, so they can never drift from what the keys
really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as shown to people, e.g. "Ctrl+L"
    text: str  # what the action does, without the & of mnemonics


@dataclass(frozen=True)
class ShortcutGroup:
    title: str  # where the keys work: the whole window, or one pane
    shortcuts: tuple[Shortcut, ...]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _pane_of(action: QAction) -> QDockWidget | None:
    owner: QObject | None = action.parent()
    while owner is not None and not isinstance(owner, QDockWidget):
        owner = owner.parent()
    return owner


def collect_shortcuts(window: QWidget) -> list[ShortcutGroup]:
    """Groups of shortcuts: first those that work anywhere in the window, then each pane's."""
    whole_window = QCoreApplication.translate("Shortcuts", "Anywhere in the window")
    groups: dict[str, list[Shortcut]] = {whole_window: []}
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        sequences = [s for s in action.shortcuts() if not s.isEmpty()]
        if not sequences or not action.text():
            continue
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
        text = _plain(action.text())
        pane = _pane_of(action)
        scoped = action.shortcutContext() in (Qt.ShortcutContext.WidgetWithChildrenShortcut,
                                              Qt.ShortcutContext.WidgetShortcut)
        title = (QCoreApplication.translate("Shortcuts", "In the pane “%1”")
                 .replace("%1", pane.windowTitle())
                 if scoped and pane is not None else whole_window)
        if (title, keys) in seen:
            continue
        seen.add((title, keys))
        groups.setdefault(title, []).append(Shortcut(keys, text))
    return [ShortcutGroup(title, tuple(items)) for title, items in groups.items() if items]
