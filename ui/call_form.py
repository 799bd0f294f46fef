"""The call panel's fields: who is calling and on which line, the notes (an insertion target for
the answer library), topic, urgency, the promised callback (TEL-3) and the outcome."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from ui import palette
from ui.icons import icon
from ui.topic_picker import TopicPicker
from workstation.appeal_fields import Line
from workstation.appeals import Urgency
from workstation.call_desk import CallDraft
from workstation.call_phases import CallOutcome, SpecialistMode


class CallForm(QWidget):
    changed = Signal()

    def __init__(self, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.customer_id: uuid.UUID | None = None
        self._now: datetime | None = None  # from the pane's clock
        self._filling = False
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("call-phone")
        self.line_combo = QComboBox()
        self.line_combo.setObjectName("call-line")
        for line in Line:
            self.line_combo.addItem(line.label, line.value)
        self.customer_label = QLabel(self.tr("Not identified yet"))
        self.customer_label.setObjectName("call-customer")
        self.customer_label.setWordWrap(True)
        self.consult_radio = QRadioButton(self.tr("consulting (I relay the answer)"))
        self.transfer_radio = QRadioButton(self.tr("transferring the call"))
        self.consult_radio.setChecked(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("call-notes")
        self.notes_edit.setPlaceholderText(self.tr("What the customer asks, what you answered. "
                                                   "The answer library inserts here."))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(120)
        self.topic_picker = TopicPicker()
        self.urgency_combo = QComboBox()
        self.urgency_combo.setObjectName("call-urgency")
        self.urgency_combo.addItem(self.tr("normal"), Urgency.NORMAL.value)
        self.urgency_combo.addItem(icon("urgent"), self.tr("urgent: health or safety (CMP-2)"),
                                   Urgency.URGENT.value)
        self.callback_check = QCheckBox(self.tr("Callback promised at"))
        self.callback_check.setObjectName("call-callback-on")
        self.callback_edit = QDateTimeEdit()
        self.callback_edit.setObjectName("call-callback-at")
        self.callback_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.callback_edit.setCalendarPopup(True)
        # Empty until a callback is promised: the minimum shows as "—".
        self.callback_edit.setMinimumDateTime(QDateTime(2000, 1, 1, 0, 0, 0))
        self.callback_edit.setSpecialValueText("—")
        self.callback_edit.setDateTime(self.callback_edit.minimumDateTime())
        self.callback_edit.setEnabled(False)
        self.callback_check.toggled.connect(self.callback_edit.setEnabled)
        self.callback_check.toggled.connect(self._suggest_callback)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("call-outcome")
        for combo in (self.outcome_combo, self.urgency_combo, self.line_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for outcome in CallOutcome:
            self.outcome_combo.addItem(outcome.label, outcome.value)

        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_label, 1)
        specialist_row = QHBoxLayout()
        specialist_row.addWidget(self.consult_radio)
        specialist_row.addWidget(self.transfer_radio)
        specialist_row.addStretch(1)
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback_check)
        callback_row.addWidget(self.callback_edit, 1)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addRow(self.tr("Caller"), self.phone_edit)
        layout.addRow(self.tr("Line"), self.line_combo)
        layout.addRow(self.tr("Customer"), customer_row)
        layout.addRow(self.tr("Specialist"), specialist_row)
        layout.addRow(self.tr("Notes"), self.notes_edit)
        layout.addRow(self.tr("Topic"), self.topic_picker)
        layout.addRow(self.tr("Urgency"), self.urgency_combo)
        layout.addRow(self.tr("Callback (TEL-3)"), callback_row)
        layout.addRow(self.tr("Outcome"), self.outcome_combo)
        for signal in (self.phone_edit.textChanged, self.line_combo.currentIndexChanged,
                       self.topic_picker.currentIndexChanged,
                       self.urgency_combo.currentIndexChanged, self.callback_check.toggled,
                       self.callback_edit.dateTimeChanged, self.consult_radio.toggled):
            signal.connect(lambda *_: self._changed())
        self.notes_edit.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    # -- in and out -------------------------------------------------------------------------------
    def set_draft(self, draft: CallDraft, customer_name: str) -> None:
        self._filling = True
        self.phone_edit.setText(draft.phone)
        self.line_combo.setCurrentIndex(max(self.line_combo.findData(draft.line.value), 0))
        self.set_customer(draft.customer_id, customer_name)
        if self.notes_edit.toPlainText() != draft.notes:
            self.notes_edit.setPlainText(draft.notes)
        self.topic_picker.set_code(draft.topic_code)
        self.urgency_combo.setCurrentIndex(max(self.urgency_combo.findData(draft.urgency.value),
                                               0))
        self.callback_check.setChecked(draft.callback_at is not None)
        if draft.callback_at is not None:
            self.set_callback(draft.callback_at)
        else:
            self.callback_edit.setDateTime(self.callback_edit.minimumDateTime())
        self.transfer_radio.setChecked(draft.specialist_mode is SpecialistMode.TRANSFER)
        self.consult_radio.setChecked(draft.specialist_mode is not SpecialistMode.TRANSFER)
        self._filling = False

    def set_customer(self, customer_id: uuid.UUID | None, name: str) -> None:
        self.customer_id = customer_id
        self.customer_label.setText(name if customer_id is not None else
                                    self.tr("Not identified yet"))
        self._changed()

    def set_now(self, now: datetime) -> None:
        """The desk's "now", for suggesting a callback time (the form has no clock)."""
        self._now = now

    def _suggest_callback(self, on: bool) -> None:
        if on and self.callback_edit.dateTime().date().year() < 2001:
            # The next whole hour after two: time to prepare the answer (TEL-3).
            if self._now is None:
                return
            suggested = (self._now + timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
            self.set_callback(suggested)

    def set_callback(self, moment: datetime) -> None:
        local = moment.astimezone(self.zone)
        self.callback_edit.setDateTime(QDateTime(local.year, local.month, local.day,
                                                 local.hour, local.minute, 0))

    def mode(self) -> SpecialistMode:
        return (SpecialistMode.TRANSFER if self.transfer_radio.isChecked()
                else SpecialistMode.CONSULT)

    def draft(self, specialist_used: bool) -> CallDraft:
        callback = None
        if self.callback_check.isChecked():
            chosen = self.callback_edit.dateTime()
            day, time = chosen.date(), chosen.time()
            callback = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                                tzinfo=self.zone).astimezone(UTC)
        return CallDraft(
            phone=self.phone_edit.text().strip(), line=Line(self.line_combo.currentData()),
            customer_id=self.customer_id, topic_code=self.topic_picker.current_code(),
            topic=self.topic_picker.current_title(),
            urgency=Urgency(self.urgency_combo.currentData()),
            notes=self.notes_edit.toPlainText(), callback_at=callback,
            specialist_mode=self.mode() if specialist_used else None)

    def outcome(self) -> CallOutcome:
        return CallOutcome(self.outcome_combo.currentData())

    def warn_callback(self, on: bool) -> None:
        """TEL-3: the answer takes longer than two minutes — agree a callback."""
        self.callback_check.setStyleSheet(f"color: {palette.WARNING}; font-weight: bold;"
                                          if on else "")
