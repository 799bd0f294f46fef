"""How did the caller identify? (TEL-5) Account number or address; a contract for a legal entity.

What the caller names is checked by the service against the customer's data; a refusal is a
choice of its own and is recorded too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QRadioButton, QWidget

from ui.dialogs.form_dialog import FormDialog
from workstation.identification import IdentificationMethod


class IdentifyDialog(FormDialog):
    def __init__(self, customer_name: str, is_person: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Identify the caller"), parent)
        self.save_button.setText(self.tr("Record"))
        intro = QLabel(self.tr("Confidential information (balance, debts, residents, meter "
                               "readings, payments) is given only after the caller has "
                               "identified. Ask the caller, then type what they said.")
                       + f"\n{customer_name}")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[IdentificationMethod, QRadioButton] = {}
        choices = ([(IdentificationMethod.ACCOUNT, self.tr("Personal &account number")),
                    (IdentificationMethod.ADDRESS, self.tr("A&ddress (street, house, flat)"))]
                   if is_person else
                   [(IdentificationMethod.CONTRACT, self.tr("&Contract number"))])
        choices.append((IdentificationMethod.REFUSED, self.tr("The caller &refused")))
        for method, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"identify-{method.value}")
            self.group.addButton(button)
            self.buttons[method] = button
            self.form.addRow(button)
        self.named_edit = QLineEdit()
        self.named_edit.setObjectName("identify-named")
        self.named_edit.setPlaceholderText(self.tr("What the caller said"))
        self.form.addRow(self.tr("&Named:"), self.named_edit)
        first = next(iter(self.buttons.values()))
        first.setChecked(True)
        self.group.buttonToggled.connect(lambda _button, _on: self._update())
        self._update()
        self.named_edit.setFocus()

    def method(self) -> IdentificationMethod:
        for method, button in self.buttons.items():
            if button.isChecked():
                return method
        return IdentificationMethod.REFUSED

    def named(self) -> str:
        return self.named_edit.text()

    def _update(self) -> None:
        self.named_edit.setEnabled(self.method() is not IdentificationMethod.REFUSED)

    def problem(self) -> str | None:
        if self.method() is not IdentificationMethod.REFUSED and not self.named().strip():
            return self.tr("Type what the caller named, or choose that they refused.")
        return None
