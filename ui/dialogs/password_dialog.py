"""Setting a user's password (an administrator's action: the old one is not asked)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.dialogs.form_dialog import FormDialog


class PasswordDialog(FormDialog):
    def __init__(self, login: str, full_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Set password"), parent)
        self.login = login
        who = QLabel(f"{full_name} ({login})")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeat")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("User:"), who)
        self.form.addRow(self.tr("New pass&word:"), self.password_edit)
        self.form.addRow(self.tr("&Repeat password:"), self.repeat_edit)
        hint = QLabel(self.tr("A new password also lifts a lock after failed logins."))
        hint.setProperty("role", "secondary")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.password_edit.setFocus()

    def password(self) -> str:
        return self.password_edit.text()

    def problem(self) -> str | None:
        if not self.password():
            return self.tr("Enter a password.")
        if self.password() != self.repeat_edit.text():
            return self.tr("The passwords do not match.")
        return None
