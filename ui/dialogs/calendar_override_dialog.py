"""An administrator's override of one day of the production calendar: the date, worked or not,
and the basis (a decree's number), which the service requires.

The dialog checks nothing itself: the service refuses an empty basis, and its message is shown
here with everything typed kept (FormDialog).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from ui.dialogs.form_dialog import FormDialog
from workstation.production_calendar import DayInfo

NOTE_LENGTH = 200  # what the service keeps of a basis


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class CalendarOverrideDialog(FormDialog):
    """``describe``: how the calendar sees a day now (shown under the date as it changes)."""

    def __init__(self, day: date, working: bool, note: str,
                 describe: Callable[[date], DayInfo], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Production calendar override"), parent)
        self._describe = describe
        self.date_edit = QDateEdit(_qdate(day))
        self.date_edit.setObjectName("day")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.now_label = QLabel()
        self.now_label.setObjectName("now")
        self.now_label.setWordWrap(True)
        self.working_button = QRadioButton(self.tr("&Working day"))
        self.working_button.setObjectName("working")
        self.day_off_button = QRadioButton(self.tr("Day &off"))
        self.day_off_button.setObjectName("day-off")
        group = QButtonGroup(self)
        group.addButton(self.working_button)
        group.addButton(self.day_off_button)
        (self.working_button if working else self.day_off_button).setChecked(True)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.working_button)
        kind_row.addWidget(self.day_off_button)
        kind_row.addStretch(1)
        self.note_edit = QLineEdit(note)
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(NOTE_LENGTH)
        self.note_edit.setPlaceholderText(self.tr("For example: Government decree No. … of …"))
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow("", self.now_label)
        self.form.addRow(self.tr("The day is:"), kind_row)
        self.form.addRow(self.tr("&Basis:"), self.note_edit)
        self.date_edit.dateChanged.connect(lambda _day: self._show_now())
        self._show_now()
        self.note_edit.setFocus()

    def day(self) -> date:
        return _pydate(self.date_edit.date())

    def working(self) -> bool:
        return self.working_button.isChecked()

    def note(self) -> str:
        return self.note_edit.text()

    def _show_now(self) -> None:
        self.now_label.setText(self.tr("Now: %1").replace(
            "%1", self._describe(self.day()).describe()))

