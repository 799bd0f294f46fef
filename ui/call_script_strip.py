"""The call script strip: the greeting and the closing, ready to read aloud (TEL-1, TEL-6).

The texts come from ``workstation/call_script.py`` (the logged-in person's unit, position and
name; the recording warning where the line is recorded). The strip only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ui.icons import icon
from workstation.call_script import CallScript


class CallScriptStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call-script-strip")
        self.setProperty("role", "card")
        self.greeting_label = self._text_label("call-script-greeting")
        self.closing_label = self._text_label("call-script-closing")
        self.recording_icon = QLabel()
        self.recording_icon.setObjectName("call-script-recording")
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(3)
        script_icon = QLabel()
        script_icon.setPixmap(icon("call-script").pixmap(18, 18))
        layout.addWidget(script_icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._caption(self.tr("Greeting")), 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.greeting_label, 0, 2)
        layout.addWidget(self.recording_icon, 0, 3, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._caption(self.tr("Closing")), 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.closing_label, 1, 2, 1, 2)
        layout.setColumnStretch(2, 1)
        self.greeting_label.setText(self.tr("Loading…"))

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "section")
        return label

    def _text_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def set_script(self, script: CallScript) -> None:
        self.greeting_label.setText(script.greeting)
        self.closing_label.setText(script.closing)
        if script.recorded:
            self.recording_icon.setPixmap(icon("recording", "#c62828").pixmap(16, 16))
            self.recording_icon.setToolTip(self.tr("This line is recorded: the greeting warns "
                                                   "the customer"))
        else:
            self.recording_icon.clear()
            self.recording_icon.setToolTip("")
