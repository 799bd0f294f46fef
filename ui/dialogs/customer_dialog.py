"""The "new customer" form: name, phone, e-mail, address, account — checked before saving.

The form checks what it can at once (phone, e-mail, postal code, account-number format from
the settings); the service checks everything again and looks for duplicates. When it finds
look-alikes the form lists them and the button becomes "Save anyway": the operator decides.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from ui.dialogs.form_dialog import FormDialog
from workstation.customers import Duplicate, NewCustomer
from workstation.errors import ValidationError
from workstation.regions import REGIONS
from workstation.search_text import phone_e164


class CustomerDialog(FormDialog):
    def __init__(self, account_pattern: str, parent: QWidget | None = None, *,
                 phone: str = "") -> None:
        super().__init__(self.tr("New customer"), parent)
        self.setMinimumWidth(520)
        self._account_pattern = account_pattern
        self.allow_duplicates = False
        self.person_button = QRadioButton(self.tr("&Person"))
        self.organisation_button = QRadioButton(self.tr("&Organisation"))
        self.person_button.setChecked(True)
        kinds = QWidget()
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.person_button)
        row.addWidget(self.organisation_button)
        row.addStretch(1)
        self.last_edit = self._edit("last_name")
        self.first_edit = self._edit("first_name")
        self.patronymic_edit = self._edit("patronymic")
        self.organisation_edit = self._edit("organisation_name")
        self.inn_edit = self._edit("inn", self.tr("10 or 12 digits"))
        self.phone_edit = self._edit("phone", "+7 914 123-45-67")
        self.phone_edit.setText(phone)
        self.email_edit = self._edit("email", "name@example.ru")
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region")
        self.region_combo.addItems(["", *sorted(region.name for region in REGIONS)])
        self.locality_edit = self._edit("locality")
        self.street_edit = self._edit("street", self.tr("Lenin St.", "an example street"))
        self.house_edit = self._edit("house")
        self.flat_edit = self._edit("flat")
        self.postal_edit = self._edit("postal_code", "693000")
        self.account_edit = self._edit("account_number")
        self.note_edit = self._edit("note")

        self.form.addRow(self.tr("Kind:"), kinds)
        self.form.addRow(self.tr("&Surname:"), self.last_edit)
        self.form.addRow(self.tr("First &name:"), self.first_edit)
        self.form.addRow(self.tr("Pa&tronymic:"), self.patronymic_edit)
        self.form.addRow(self.tr("Organisation na&me:"), self.organisation_edit)
        self.form.addRow(self.tr("&INN:"), self.inn_edit)
        self.form.addRow(self.tr("&Phone:"), self.phone_edit)
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.form.addRow(self.tr("Re&gion:"), self.region_combo)
        self.form.addRow(self.tr("&Town:"), self.locality_edit)
        self.form.addRow(self.tr("St&reet:"), self.street_edit)
        houses = QWidget()
        line = QHBoxLayout(houses)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.house_edit)
        line.addWidget(self.flat_edit)
        self.house_edit.setPlaceholderText(self.tr("house"))
        self.flat_edit.setPlaceholderText(self.tr("flat or office"))
        self.form.addRow(self.tr("&House, flat:"), houses)
        self.form.addRow(self.tr("Posta&l code:"), self.postal_edit)
        self.form.addRow(self.tr("&Account number:"), self.account_edit)
        self.form.addRow(self.tr("N&ote:"), self.note_edit)
        self.organisation_button.toggled.connect(self._kind_changed)
        self._kind_changed(False)
        for edit in (self.last_edit, self.first_edit, self.phone_edit, self.street_edit,
                     self.house_edit, self.organisation_edit, self.inn_edit, self.email_edit,
                     self.account_edit):
            edit.textEdited.connect(self._changed)
        self.last_edit.setFocus()

    def _edit(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _kind_changed(self, organisation: bool) -> None:
        for edit in (self.last_edit, self.first_edit, self.patronymic_edit):
            edit.setEnabled(not organisation)
        self.organisation_edit.setEnabled(organisation)

    def _changed(self) -> None:
        # Whatever the operator changes after a duplicate warning needs a new check.
        if self.allow_duplicates:
            self.allow_duplicates = False
            self.save_button.setText(self.tr("Save"))

    def data(self) -> NewCustomer:
        return NewCustomer(
            kind="organisation" if self.organisation_button.isChecked() else "person",
            last_name=self.last_edit.text(), first_name=self.first_edit.text(),
            patronymic=self.patronymic_edit.text(),
            organisation_name=self.organisation_edit.text(), inn=self.inn_edit.text(),
            phone=self.phone_edit.text(), email=self.email_edit.text(),
            region=self.region_combo.currentText(), locality=self.locality_edit.text(),
            street=self.street_edit.text(), house=self.house_edit.text(),
            flat=self.flat_edit.text(), postal_code=self.postal_edit.text(),
            account_number=self.account_edit.text(), note=self.note_edit.text())

    def problem(self) -> str | None:
        """What can be said without the database; the service checks all of it again."""
        data = self.data()
        if data.kind == "person" and not (data.last_name.strip() and data.first_name.strip()):
            return self.tr("Enter the surname and first name.")
        if data.kind == "organisation" and not data.organisation_name.strip():
            return self.tr("Enter the organisation's name.")
        if data.phone.strip() and phone_e164(data.phone) is None:
            return self.tr("The phone number is not valid: check the code and the digits.")
        if data.postal_code.strip() and not re.fullmatch(r"\d{6}", data.postal_code.strip()):
            return self.tr("A postal code has six digits.")
        number = data.account_number.strip()
        try:
            if number and not re.fullmatch(self._account_pattern, number):
                return self.tr("The account number does not have the company's format.")
        except re.error:
            raise ValidationError(self.tr("The account number format in the settings is not "
                                          "valid.")) from None
        return None

    def show_duplicates(self, message: str, duplicates: list[Duplicate]) -> None:
        """The service found look-alikes: say so, and let the operator save anyway."""
        self.allow_duplicates = True
        self.refused(message)
        self.save_button.setText(self.tr("Save &anyway"))
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.duplicates = duplicates
