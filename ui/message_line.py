"""A pane's message line: what just happened, in words beside an icon of its kind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.icons import icon


class MessageLine(QWidget):
    """The icon says what kind of message it is (info, warning…), so the kind is never shown by
    colour alone; the words wrap and can be selected to copy them into a ticket."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon_label = QLabel()
        self.label = QLabel()
        self.label.setObjectName(object_name)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def say(self, text: str, meaning: str) -> None:
        self.label.setText(text)
        self.icon_label.setPixmap(icon(meaning).pixmap(16, 16))
