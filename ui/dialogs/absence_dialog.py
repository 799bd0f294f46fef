"""A user's absence and the colleague who receives their work meanwhile (WR-7)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QWidget

from ui.dialogs.form_dialog import FormDialog
from workstation.users import UserInfo


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class AbsenceDialog(FormDialog):
    """``colleagues``: the active accounts work may be handed to (the user excluded)."""

    def __init__(self, user: UserInfo, colleagues: list[UserInfo], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Absence and delegate"), parent)
        self.user = user
        self.absent_box = QCheckBox(self.tr("&Absent (work goes to the delegate)"))
        self.absent_box.setObjectName("absent")
        self.from_edit = self._date_edit("from", user.absent_from or today)
        self.until_box = QCheckBox(self.tr("&until"))
        self.until_box.setObjectName("has_until")
        self.until_edit = self._date_edit("until", user.absent_until or user.absent_from or today)
        self.delegate_combo = QComboBox()
        self.delegate_combo.setObjectName("delegate")
        for colleague in colleagues:
            self.delegate_combo.addItem(f"{colleague.full_name} ({colleague.login})",
                                        colleague.login)
        if user.delegate_login:
            self.delegate_combo.setCurrentIndex(self.delegate_combo.findData(user.delegate_login))
        self.form.addRow(self.tr("User:"), QLabel(f"{user.full_name} ({user.login})"))
        self.form.addRow(self.absent_box)
        self.form.addRow(self.tr("&From:"), self.from_edit)
        self.form.addRow(self.until_box, self.until_edit)
        self.form.addRow(self.tr("&Delegate:"), self.delegate_combo)
        self.absent_box.toggled.connect(self._update_enabled)
        self.until_box.toggled.connect(self._update_enabled)
        self.absent_box.setChecked(user.absent_from is not None)
        self.until_box.setChecked(user.absent_until is not None)
        self._update_enabled()

    @staticmethod
    def _date_edit(name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    def _update_enabled(self) -> None:
        absent = self.absent_box.isChecked()
        for widget in (self.from_edit, self.until_box, self.delegate_combo):
            widget.setEnabled(absent)
        self.until_edit.setEnabled(absent and self.until_box.isChecked())

    def period(self) -> tuple[date | None, date | None, str | None]:
        """(from, until, delegate login); all None clears the absence."""
        if not self.absent_box.isChecked():
            return None, None, None
        until = _pydate(self.until_edit.date()) if self.until_box.isChecked() else None
        delegate = self.delegate_combo.currentData()
        return _pydate(self.from_edit.date()), until, delegate

    def problem(self) -> str | None:
        if self.absent_box.isChecked() and self.delegate_combo.currentData() is None:
            return self.tr("Choose the colleague who receives the work meanwhile.")
        return None
