"""Adding a user or changing one: name, roles, unit, position, phone, e-mail (and a password)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from ui.dialogs.form_dialog import FormDialog
from workstation.contacts import format_phone
from workstation.roles import Role
from workstation.users import UserDetails, UserInfo


class UserDialog(FormDialog):
    """``user`` None: a new account (login and password asked); else that account's details."""

    def __init__(self, units: list[str], user: UserInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New user") if user is None else self.tr("Change user"), parent)
        self.user = user
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.login_edit.setPlaceholderText(self.tr("Latin letters, for example ivanova"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("full_name")
        self.name_edit.setPlaceholderText(self.tr("Surname, first name, patronymic"))
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles = QWidget()
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, role in enumerate(Role):
            box = QCheckBox(role.label)
            box.setObjectName(f"role_{role.value}")
            self.role_boxes[role] = box
            grid.addWidget(box, number // 3, number % 3)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit")
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(["", *units])
        self.position_edit = QLineEdit()
        self.position_edit.setObjectName("position")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone")
        self.phone_edit.setPlaceholderText("+7 4242 55-12-34")
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeat")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.addRow(self.tr("&Login:"), self.login_edit)
        self.form.addRow(self.tr("Full &name:"), self.name_edit)
        self.form.addRow(self.tr("Roles:"), roles)
        self.form.addRow(self.tr("&Unit:"), self.unit_combo)
        self.form.addRow(self.tr("P&osition:"), self.position_edit)
        self.form.addRow(self.tr("&Phone:"), self.phone_edit)
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        if user is None:
            self.form.addRow(self.tr("Pass&word:"), self.password_edit)
            self.form.addRow(self.tr("&Repeat password:"), self.repeat_edit)
            self.login_edit.setFocus()
        else:
            self.login_edit.setReadOnly(True)
            self.password_edit.setVisible(False)
            self.repeat_edit.setVisible(False)
            self.fill(user)
            self.name_edit.setFocus()

    def fill(self, user: UserInfo) -> None:
        """Show the account as it is stored (also after a conflict, with the newer version)."""
        self.user = user
        self.login_edit.setText(user.login)
        self.name_edit.setText(user.full_name)
        for role, box in self.role_boxes.items():
            box.setChecked(role in user.roles)
        self.unit_combo.setCurrentText(user.unit)
        self.position_edit.setText(user.position)
        self.phone_edit.setText(format_phone(user.phone))
        self.email_edit.setText(user.email)

    def login(self) -> str:
        return self.login_edit.text().strip()

    def password(self) -> str:
        return self.password_edit.text()

    def details(self) -> UserDetails:
        return UserDetails(
            full_name=self.name_edit.text(),
            roles={role for role, box in self.role_boxes.items() if box.isChecked()},
            unit=self.unit_combo.currentText(),
            position=self.position_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
        )

    def problem(self) -> str | None:
        if self.user is None:
            if not self.login():
                return self.tr("Enter the login.")
            if not self.password():
                return self.tr("Enter a password.")
            if self.password() != self.repeat_edit.text():
                return self.tr("The passwords do not match.")
        return None
