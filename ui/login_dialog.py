"""The login window: connects to the database in the background, then checks the password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import TaskRunner
from workstation.errors import DatabasePasswordError, DomainError
from workstation.roles import Principal
from workstation.services import Services

# Opens the database in a worker thread; called with a password typed for this session, or None.
DatabaseOpener = Callable[[str | None], Services]


class LoginDialog(QDialog):
    logged_in = Signal(object, object)  # Services, Principal

    def __init__(self, runner: TaskRunner, database_name: str, opener: DatabaseOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._opener = opener
        self.services: Services | None = None
        self.principal: Principal | None = None
        self.setWindowTitle(self.tr("Operator workstation — log in"))
        self.setMinimumWidth(440)

        title = QLabel(self.tr("Operator workstation"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Remote customer service desk"))
        subtitle.setProperty("role", "secondary")

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.login_edit.setPlaceholderText(self.tr("for example, ivanova"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.database_label = QLabel(self.tr("Database: %1").replace("%1", database_name))
        self.database_label.setWordWrap(True)
        self.database_label.setProperty("role", "secondary")

        # State is said in words with an icon, never by colour alone.
        self._message_icon = QLabel()
        self.message_label = QLabel()
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message_row = QHBoxLayout()
        message_row.addWidget(self._message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message_label, 1)

        self.buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setDefault(True)
        self.retry_button = QPushButton(self.tr("Connect again"))
        self.retry_button.setVisible(False)
        quit_button = QPushButton(self.tr("Quit"))
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.clicked.connect(self._submit)
        self.retry_button.clicked.connect(self._retry)
        quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addLayout(message_row)
        layout.addWidget(self.database_label)
        layout.addWidget(self.buttons)
        self._set_busy(True)

    # -- connecting ---------------------------------------------------------------------------
    def connect_database(self, typed_password: str | None = None) -> None:
        self.retry_button.setVisible(False)
        self._set_busy(True)
        self._say(self.tr("Connecting to the database…"), QStyle.StandardPixmap.SP_BrowserReload)
        self._runner.run(lambda: self._opener(typed_password), self._connected,
                         self._connection_failed, key="connect")

    def _retry(self) -> None:
        if self.services is not None:  # connected, but nobody could log in yet: look again
            self.retry_button.setVisible(False)
            self._connected(self.services)
        else:
            self.connect_database(None)

    def _connected(self, services: Services) -> None:
        self.services = services
        self._runner.run(services.users.active_user_count, self._ready, key="connect")

    def _ready(self, active_users: int) -> None:
        if active_users == 0:
            self._say(self.tr("The database has no users yet. An administrator creates the "
                              "first one with: python main.py user add LOGIN --name \"Full "
                              "name\" --role admin"), QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.retry_button.setVisible(True)
            return
        self._set_busy(False)
        self._say(self.tr("Connected. Enter your login and password."),
                  QStyle.StandardPixmap.SP_DialogApplyButton)
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def _connection_failed(self, error: DomainError) -> None:
        if isinstance(error, DatabasePasswordError):
            password, ok = QInputDialog.getText(
                self, self.tr("Database password"),
                error.message + "\n\n" + self.tr("Password for this session only:"),
                QLineEdit.EchoMode.Password,
            )
            if ok and password:
                self.connect_database(password)
                return
        self._say(error.message, QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.retry_button.setVisible(True)
        self.login_button.setEnabled(False)

    # -- logging in -----------------------------------------------------------------------------
    def _submit(self) -> None:
        services = self.services
        if services is None:
            return
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self._say(self.tr("Enter your login and password."),
                      QStyle.StandardPixmap.SP_MessageBoxWarning)
            (self.login_edit if not login else self.password_edit).setFocus()
            return
        self._set_busy(True)
        self._say(self.tr("Checking…"), QStyle.StandardPixmap.SP_BrowserReload)
        self._runner.run(lambda: services.auth.login(login, password), self._accepted,
                         self._refused, key="login")

    def _accepted(self, principal: Principal) -> None:
        assert self.services is not None
        self.principal = principal
        self.password_edit.clear()
        self.logged_in.emit(self.services, principal)
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self._set_busy(False)
        self._say(error.message, QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.password_edit.clear()  # the login stays: nothing typed is lost but the password
        self.password_edit.setFocus()

    # -- helpers ---------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        ready = not busy and self.services is not None
        self.login_button.setEnabled(ready)
        self.login_edit.setReadOnly(busy)
        self.password_edit.setReadOnly(busy)

    def _say(self, text: str, icon: QStyle.StandardPixmap) -> None:
        self.message_label.setText(text)
        self._message_icon.setPixmap(self.style().standardIcon(icon).pixmap(16, 16))
