"""The current call phase counting down in seconds (SLA-1…SLA-5, TEL-3): 0:40 … 0:00 … −0:05.

The call panel (issue 6) drives it: ``start_phase("SLA-2", started_at)`` when the operator
starts looking for the customer's information, ``start_phase`` again for the next phase,
``end_phase()`` at hang-up and wrap-up's end. The limit comes from the rule in force; the
clock ticks from the widget's timer and changes its state as the phase runs out.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui import palette
from ui.deadline_look import STATE_COLOURS, DeadlineWords, phase_clock, state_icon
from ui.icons import icon
from workstation.deadline_math import DeadlineState, countdown
from workstation.deadline_rules import Rule, RuleBook

PROGRESS_STEPS = 1000


class CallPhaseClock(QFrame):
    breached = Signal(str)  # the rule's name, when the phase's time has just run out

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call-phase-clock")
        self.setProperty("role", "card")
        self._words = DeadlineWords(self)
        self._rules: RuleBook | None = None
        self.rule: Rule | None = None
        self.started_at: datetime | None = None
        self.due_at: datetime | None = None
        self.state: DeadlineState | None = None

        self._icon = QLabel()
        self.title_label = QLabel()
        self.title_label.setObjectName("call-phase-title")
        self.title_label.setWordWrap(True)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("call-phase-clock-digits")
        digits = self.clock_label.font()
        digits.setPointSize(26)
        digits.setBold(True)
        self.clock_label.setFont(digits)
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._state_icon = QLabel()
        self.state_label = QLabel()
        self.state_label.setObjectName("call-phase-state")
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)

        top = QHBoxLayout()
        top.addWidget(self._icon)
        top.addWidget(self.title_label, 1)
        middle = QHBoxLayout()
        middle.addWidget(self._state_icon)
        middle.addWidget(self.state_label, 1)
        middle.addWidget(self.clock_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.progress)
        self._show_idle()

    @property
    def active(self) -> bool:
        return self.rule is not None

    def set_rules(self, rules: RuleBook) -> None:
        self._rules = rules

    def start_phase(self, rule: Rule | str, started_at: datetime, now: datetime) -> Rule:
        """Count down the phase of ``rule`` (a Rule, or a name like "SLA-2", "SLA-3/specialist")
        that started at ``started_at``."""
        if isinstance(rule, str):
            if self._rules is None:
                raise LookupError("the deadline rules are not loaded yet")
            code, _, variant = rule.partition("/")
            rule = self._rules.current(code, variant)
        if rule.duration is None:
            raise ValueError(f"{rule.name} is not counted in seconds or minutes")
        self.rule, self.started_at = rule, started_at
        self.due_at = started_at + rule.duration
        self.state = None
        self._icon.setPixmap(icon("call-phase").pixmap(20, 20))
        self.title_label.setText(f"{rule.name} · {rule.title} · {rule.limit_text()}")
        self.title_label.setStyleSheet("font-weight: bold;")
        self.clock_label.show()
        self.progress.show()
        self.tick(now)
        return rule

    def end_phase(self) -> None:
        self.rule = self.started_at = self.due_at = self.state = None
        self._show_idle()

    def tick(self, now: datetime) -> None:
        if self.rule is None or self.due_at is None or self.started_at is None:
            return
        count = countdown(self.due_at, now, self.rule.due_soon)
        self.clock_label.setText(phase_clock(count.left))
        total = (self.due_at - self.started_at).total_seconds()
        remaining = max(count.left, timedelta(0)).total_seconds()
        self.progress.setValue(int(PROGRESS_STEPS * remaining / total) if total else 0)
        if count.state is self.state:
            return
        was = self.state
        self.state = count.state
        colour = STATE_COLOURS[count.state]
        self.state_label.setText(self._words.state(count.state))
        self._state_icon.setPixmap(state_icon(count.state).pixmap(20, 20))
        self.clock_label.setStyleSheet(f"color: {colour};")
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.progress.setStyleSheet(
            f"QProgressBar {{ border: 1px solid {palette.BORDER}; border-radius: 3px; }}"
            f"QProgressBar::chunk {{ background: {colour}; }}")
        if count.state is DeadlineState.OVERDUE and was is not None:
            self.breached.emit(self.rule.name)

    def _show_idle(self) -> None:
        self._icon.setPixmap(icon("call-phase", palette.DISABLED_TEXT).pixmap(20, 20))
        self.title_label.setText(self.tr("No call in progress"))
        self.title_label.setStyleSheet(f"color: {palette.SECONDARY_TEXT};")
        self.state_label.setText("")
        self.state_label.setStyleSheet("")
        self._state_icon.clear()
        self.clock_label.hide()
        self.progress.hide()
