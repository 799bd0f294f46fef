"""Where an inserted answer goes: the text field the person was last writing in.

Any editor that takes answers registers here — the notes field of the customer card (issue 4),
later call notes and the reply editor:

    insertion_targets().register(self.notes_edit, self.tr("Customer notes"),
                                 name="customer-notes", prefers=USE_SHORT)

The library pane then inserts with one key into the registered field that last had the keyboard
focus (or the only one on screen), at its cursor, and gives the focus back to it. Registration
ends by itself when the field is destroyed; ``unregister`` ends it earlier.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from workstation.answer_types import USE_FULL, USE_SHORT

Editor = QPlainTextEdit | QTextEdit | QLineEdit
_STATE_EVENTS = (QEvent.Type.EnabledChange, QEvent.Type.Show, QEvent.Type.Hide,
                 QEvent.Type.ReadOnlyChange)


@dataclass(frozen=True)
class InsertionTarget:
    widget: Editor
    label: str  # what people read: "Customer notes"
    name: str  # what the use record says: "customer-notes"
    prefers: str  # USE_SHORT (notes) or USE_FULL (letters)

    def usable(self) -> bool:
        widget = self.widget
        if not shiboken6.isValid(widget) or not widget.isVisible() or not widget.isEnabled():
            return False
        return not widget.isReadOnly()


class InsertionTargets(QObject):
    """The registry of one application: who is registered and who receives the next answer."""

    # The field that would receive an answer changed (or its state did): panes update labels.
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._targets: dict[int, InsertionTarget] = {}
        self._last: int | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def register(self, widget: Editor, label: str, *, name: str,
                 prefers: str = USE_SHORT) -> None:
        if prefers not in (USE_SHORT, USE_FULL):
            raise ValueError(f"prefers must be {USE_SHORT!r} or {USE_FULL!r}")
        key = id(widget)
        self._targets[key] = InsertionTarget(widget, label, name, prefers)
        widget.destroyed.connect(lambda _obj=None, key=key: self._forget(key))
        widget.installEventFilter(self)
        if widget.hasFocus():
            self._last = key
        self.changed.emit()

    def unregister(self, widget: QWidget) -> None:
        if id(widget) in self._targets:
            widget.removeEventFilter(self)
        self._forget(id(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A field that is enabled, shown, hidden or made read-only may change who receives.
        if event.type() in _STATE_EVENTS:
            self.changed.emit()
        return False

    def targets(self) -> list[InsertionTarget]:
        return list(self._targets.values())

    def active(self) -> InsertionTarget | None:
        """The field the person was last writing in; else the only usable one; else None."""
        last = self._targets.get(self._last) if self._last is not None else None
        if last is not None and last.usable():
            return last
        usable = [target for target in self._targets.values() if target.usable()]
        return usable[0] if len(usable) == 1 else None

    def insert(self, text: str) -> InsertionTarget | None:
        """Put ``text`` at the active field's cursor (one undo step) and focus that field."""
        target = self.active()
        if target is None:
            return None
        widget = target.widget
        if isinstance(widget, QLineEdit):
            widget.insert(" ".join(text.split()))
        else:
            cursor = widget.textCursor()
            cursor.beginEditBlock()
            if cursor.hasSelection():
                cursor.removeSelectedText()
            before = _char_before(cursor)
            if before and not before.isspace():
                cursor.insertText("\n")  # an answer starts on a line of its own
            cursor.insertText(text)
            cursor.endEditBlock()
            widget.setTextCursor(cursor)
        widget.activateWindow()
        widget.setFocus()
        return target

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None:
            if id(widget) in self._targets and self._targets[id(widget)].widget is widget:
                self._last = id(widget)
                break
            widget = widget.parentWidget()
        self.changed.emit()

    def _forget(self, key: int) -> None:
        if self._targets.pop(key, None) is not None:
            if self._last == key:
                self._last = None
            self.changed.emit()


def _char_before(cursor: QTextCursor) -> str:
    if cursor.atStart():
        return ""
    probe = QTextCursor(cursor)
    probe.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor)
    return probe.selectedText()


_registry: InsertionTargets | None = None


def insertion_targets() -> InsertionTargets:
    """The application's registry (focus is application-wide, so is the registry)."""
    global _registry
    if _registry is None or not shiboken6.isValid(_registry):
        _registry = InsertionTargets(QApplication.instance())
    return _registry
