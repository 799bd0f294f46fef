"""The call's phases as a row of buttons, one key each (the key is the rule's number: Ctrl+1 …
Ctrl+5 for SLA-1 … SLA-5), with how long the current phase has run. The countdown against the
rule's limit is the SLA pane's (issue 7); this bar says where the call is."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ui import palette
from workstation.call_phases import CallPhase
from workstation.durations import format_countdown

ORDER = (CallPhase.WAITING, CallPhase.LOOKUP, CallPhase.INFORMING, CallPhase.SPECIALIST,
         CallPhase.WRAP_UP)


class CallPhaseBar(QFrame):
    def __init__(self, actions: dict[CallPhase, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call-phase-bar")
        self.buttons: dict[CallPhase, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for phase in ORDER:
            button = QToolButton()
            button.setObjectName(f"call-phase-{phase.value}")
            button.setDefaultAction(actions[phase])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setMinimumWidth(96)
            self.buttons[phase] = button
            row.addWidget(button)
        row.addStretch(1)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("call-phase-now")
        font = self.phase_label.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.phase_label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.phase_label)
        self.started_at: datetime | None = None
        self.phase: CallPhase | None = None

    def show_phase(self, phase: CallPhase | None, started_at: datetime | None,
                   now: datetime) -> None:
        self.phase, self.started_at = phase, started_at
        for each, button in self.buttons.items():
            button.defaultAction().setChecked(each is phase)
            button.setStyleSheet(f"QToolButton {{ background: {palette.HIGHLIGHT}; color: "
                                 f"{palette.HIGHLIGHTED_TEXT}; border-radius: 3px; }}"
                                 if each is phase else "")
        self.tick(now)

    def tick(self, now: datetime) -> None:
        if self.phase is None or self.started_at is None:
            self.phase_label.setText(self.tr("No call in progress"))
            return
        label = self.phase.label[:1].upper() + self.phase.label[1:]
        self.phase_label.setText(self.tr("%1 (%2): %3").replace("%1", label)
                                 .replace("%2", self.phase.rule)
                                 .replace("%3", format_countdown(now - self.started_at)))
