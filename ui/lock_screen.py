"""The lock screen: covers the window and asks the same person's password to go on.

Unlocking goes through AuthService.unlock, the login check, so a wrong password counts toward
the lock-out and every attempt is audited (as an unlock, not as a login).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import palette
from ui.icons import icon, make_primary
from ui.session_audit import SessionAudit
from ui.tasks import TaskRunner
from workstation.auth import AuthService
from workstation.errors import DomainError
from workstation.roles import Principal


class LockScreen(QWidget):
    """An opaque cover over the whole main window; hidden until the desk locks."""

    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, principal: Principal, auth: AuthService, runner: TaskRunner,
                 window: QWidget, session_audit: SessionAudit | None = None) -> None:
        super().__init__(window)
        self._session_audit = session_audit
        self.setObjectName("lock-screen")
        self._principal = principal
        self._auth = auth
        self._runner = runner
        # Opaque: what was on screen (customers' personal data) is not visible while locked.
        self.setAutoFillBackground(True)
        cover = self.palette()
        cover.setColor(QPalette.ColorRole.Window, QColor(palette.LOCK_BACKGROUND))
        self.setPalette(cover)

        card = QFrame()
        card.setProperty("role", "card")
        card.setFixedWidth(420)
        lock_icon = QLabel()
        lock_icon.setPixmap(icon("lock", palette.ACCENT).pixmap(48, 48))
        lock_icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heading = QLabel(self.tr("The desk is locked"))
        heading.setProperty("role", "heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        who = QLabel(self.tr("%1 (%2) is working here. Enter your password to go on; "
                             "everything you typed is kept.")
                     .replace("%1", principal.full_name).replace("%2", principal.login))
        who.setWordWrap(True)
        who.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("unlock-password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.returnPressed.connect(self.submit)
        self._message_icon = QLabel()
        self.message_label = QLabel()
        self.message_label.setObjectName("unlock-message")
        self.message_label.setWordWrap(True)
        message_row = QHBoxLayout()
        message_row.addWidget(self._message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message_label, 1)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        make_primary(self.unlock_button, "unlock")  # a white icon on the blue, as the text
        self.unlock_button.clicked.connect(self.submit)
        self.logout_button = QPushButton(icon("logout"), self.tr("&Log out"))
        self.logout_button.setToolTip(self.tr("Closes the session; what was not saved is lost."))
        self.logout_button.clicked.connect(self.logout_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(lock_icon)
        inner.addWidget(heading)
        inner.addWidget(who)
        inner.addSpacing(6)
        inner.addWidget(self.password_edit)
        inner.addLayout(message_row)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._say("", None)
        self.hide()
        window.installEventFilter(self)  # follows the window's size

    def cover(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.password_edit.clear()
        self._say("", None)
        self._set_busy(False)
        self.show()
        self.raise_()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
        return False

    def submit(self) -> None:
        password = self.password_edit.text()
        if not password:
            self._say(self.tr("Enter your password."), "warning")
            return
        self._set_busy(True)
        self._say(self.tr("Checking…"), "refresh")
        auth, principal = self._auth, self._principal

        def unlock() -> Principal:
            return auth.unlock(principal, password)

        work = self._session_audit.after_pending(unlock) if self._session_audit else unlock
        self._runner.run(work, self._accepted, self._refused, key="unlock")

    def _accepted(self, principal: Principal) -> None:
        self.password_edit.clear()
        self._set_busy(False)
        if principal.user_id != self._principal.user_id:  # cannot happen: same login
            self._say(self.tr("This is not the person who locked the desk."), "warning")
            return
        self.hide()
        self.unlocked.emit()

    def _refused(self, error: DomainError) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._say(error.message, "warning")
        self.password_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.password_edit.setReadOnly(busy)

    def _say(self, text: str, meaning: str | None) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self._message_icon.setVisible(bool(text))
        if meaning:
            self._message_icon.setPixmap(icon(meaning).pixmap(16, 16))
