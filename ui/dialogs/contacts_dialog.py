"""Changing a customer's phones, e-mail and note. A save over another desk's newer change is
refused by the service (ConflictError) and the form shows the card as it is now."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs.form_dialog import FormDialog
from workstation.customer_card import CustomerCard
from workstation.customers import ContactEdit
from workstation.search_text import phone_e164

PHONE_ROWS = 3


class ContactsDialog(FormDialog):
    def __init__(self, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contacts of %1").replace("%1", card.name), parent)
        self.card = card
        self.phone_edits: list[QLineEdit] = []
        self.label_edits: list[QLineEdit] = []
        for number in range(PHONE_ROWS):
            phone, label = QLineEdit(), QLineEdit()
            phone.setObjectName(f"phone-{number}")
            label.setObjectName(f"phone-label-{number}")
            label.setPlaceholderText(self.tr("whose, e.g. mobile, daughter"))
            self.phone_edits.append(phone)
            self.label_edits.append(label)
            self.form.addRow(self.tr("Phone %1:").replace("%1", str(number + 1)), phone)
            self.form.addRow("", label)
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setFixedHeight(70)
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.form.addRow(self.tr("N&ote:"), self.note_edit)
        self.fill(card)
        self.phone_edits[0].setFocus()

    def fill(self, card: CustomerCard) -> None:
        self.card = card
        phones = [c for c in card.contacts if c.kind == "phone"][:PHONE_ROWS]
        for number in range(PHONE_ROWS):
            contact = phones[number] if number < len(phones) else None
            self.phone_edits[number].setText(contact.shown if contact else "")
            self.label_edits[number].setText(contact.label if contact else "")
        emails = [c.value for c in card.contacts if c.kind == "email"]
        self.email_edit.setText(emails[0] if emails else "")
        self.note_edit.setPlainText(card.note)

    def contacts(self) -> list[ContactEdit]:
        edits = [ContactEdit("phone", phone.text(), label.text(), number == 0)
                 for number, (phone, label) in enumerate(zip(self.phone_edits,
                                                             self.label_edits, strict=True))]
        return [*edits, ContactEdit("email", self.email_edit.text())]

    def note(self) -> str:
        return self.note_edit.toPlainText()

    def problem(self) -> str | None:
        for edit in self.phone_edits:
            if edit.text().strip() and phone_e164(edit.text()) is None:
                return self.tr("«%1» is not a valid phone number.").replace("%1", edit.text())
        return None
