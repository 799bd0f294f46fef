"""WR-2: asking the customer to clarify (through which channel, what, by when agreed) and
recording their answer. The pane sends the request in the background; a refusal keeps the
dialog open with everything typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs.form_dialog import FormDialog
from workstation.appeal_workflow import ClarificationRequest, ContactChannel

AGREED_DAYS = 3  # a first suggestion; the date is agreed with the customer


class ClarificationDialog(FormDialog):
    def __init__(self, today: date, contacts: dict[ContactChannel, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Request a clarification"), parent)
        self._contacts = contacts
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("clarification-channel")
        for channel in ContactChannel:
            self.channel_combo.addItem(channel.label, channel)
        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("clarification-contact")
        self.question_edit = QPlainTextEdit()
        self.question_edit.setObjectName("clarification-question")
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setPlaceholderText(self.tr("What is missing, in the words you used"))
        self.question_edit.setFixedHeight(90)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("clarification-date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        agreed = today + timedelta(days=AGREED_DAYS)
        self.date_edit.setDate(QDate(agreed.year, agreed.month, agreed.day))
        self.form.addRow(self.tr("Asked by"), self.channel_combo)
        self.form.addRow(self.tr("Number or address"), self.contact_edit)
        self.form.addRow(self.tr("Question"), self.question_edit)
        self.form.addRow(self.tr("Agreed date"), self.date_edit)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self._suggest_contact())
        first = next((c for c in ContactChannel if c in contacts), ContactChannel.PHONE)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(first))
        self._suggest_contact()
        self.save_button.setText(self.tr("Request"))

    def _suggest_contact(self) -> None:
        channel = ContactChannel(self.channel_combo.currentData())
        if channel in self._contacts:
            self.contact_edit.setText(self._contacts[channel])

    def problem(self) -> str | None:
        if not self.contact_edit.text().strip():
            return self.tr("Say where the customer was asked: a number or an address.")
        if not self.question_edit.toPlainText().strip():
            return self.tr("Write down what was asked.")
        return None

    def request(self) -> ClarificationRequest:
        chosen = self.date_edit.date()
        return ClarificationRequest(ContactChannel(self.channel_combo.currentData()),
                                    self.contact_edit.text().strip(),
                                    self.question_edit.toPlainText().strip(),
                                    date(chosen.year(), chosen.month(), chosen.day()))


class ClarificationAnswerDialog(FormDialog):
    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clarification received"), parent)
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setObjectName("clarification-answer")
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setPlaceholderText(self.tr("What the customer answered (or that they "
                                                    "did not answer by the agreed date)"))
        self.answer_edit.setFixedHeight(110)
        asked = QLineEdit(question)
        asked.setReadOnly(True)
        self.form.addRow(self.tr("Asked"), asked)
        self.form.addRow(self.tr("Answer"), self.answer_edit)
        self.save_button.setText(self.tr("Back to work"))

    def problem(self) -> str | None:
        if not self.answer_edit.toPlainText().strip():
            return self.tr("Write down what the customer answered.")
        return None

    def answer(self) -> str:
        return self.answer_edit.toPlainText().strip()
