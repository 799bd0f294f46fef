"""The desk's status bar: who is logged in, which database, and whether it answers."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QWidget

from ui.tasks import TaskRunner
from workstation.database import Database
from workstation.roles import Principal

PING_INTERVAL_MS = 30_000


class DeskStatusBar(QStatusBar):
    def __init__(self, principal: Principal, database: Database, runner: TaskRunner,
                 parent: QWidget | None = None, *, timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._runner = runner
        roles = ", ".join(role.label for role in sorted(principal.roles))
        self.user_label = QLabel(f"{principal.full_name} ({roles})")
        self.user_label.setToolTip(self.tr("Logged in as %1").replace("%1", principal.login))
        self.database_label = QLabel(database.describe())
        self._connection_icon = QLabel()
        self.connection_label = QLabel()
        for widget in (self.user_label, self.database_label):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self._connection_icon)
        self.addPermanentWidget(self.connection_label)
        self.connected: bool | None = None
        self._show_state(None)
        # The timer only starts a check; the check itself runs off the GUI thread.
        self._timer = timer or QTimer(self)
        self._timer.setInterval(PING_INTERVAL_MS)
        self._timer.timeout.connect(self.check_connection)
        self._timer.start()

    def check_connection(self) -> None:
        self._runner.run(self._database.ping, self._show_state, key="status-ping")

    def _show_state(self, connected: bool | None) -> None:
        self.connected = connected
        if connected is None:
            text, icon = self.tr("Connection: checking"), QStyle.StandardPixmap.SP_BrowserReload
        elif connected:
            text, icon = self.tr("Connection: online"), QStyle.StandardPixmap.SP_DialogApplyButton
        else:
            text, icon = (self.tr("Connection: LOST"),
                          QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.connection_label.setText(text)
        self._connection_icon.setPixmap(self.style().standardIcon(icon).pixmap(16, 16))
