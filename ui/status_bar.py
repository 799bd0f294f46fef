"""The desk's status bar: who is logged in, which database, whether it answers, and the time."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from ui.desk_clock import DeskClock
from ui.elided_label import ElidedLabel
from ui.icons import icon
from ui.tasks import TaskRunner
from workstation.clock import Clock, SystemClock
from workstation.database import Database
from workstation.roles import Principal
from workstation.time_zones import local_zone

PING_INTERVAL_MS = 30_000


def _with_icon(meaning: str, label: QLabel) -> tuple[QWidget, QLabel]:
    holder = QWidget()
    picture = QLabel()
    picture.setPixmap(icon(meaning).pixmap(16, 16))
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2)
    row.addWidget(picture)
    row.addWidget(label)
    return holder, picture


class DeskStatusBar(QStatusBar):
    def __init__(self, principal: Principal, database: Database, runner: TaskRunner,
                 parent: QWidget | None = None, *, timer: QTimer | None = None,
                 clock: Clock | None = None, zone: tzinfo | None = None,
                 clock_timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._runner = runner
        roles = ", ".join(role.label for role in sorted(principal.roles))
        self.user_label = ElidedLabel(f"{principal.full_name} ({roles})")
        self.user_label.setToolTip(self.tr("Logged in as %1").replace("%1", principal.login))
        self.database_label = ElidedLabel(database.describe())
        self.connection_label = QLabel()
        self.clock = DeskClock(clock or SystemClock(), zone or local_zone(), self,
                               timer=clock_timer)
        user, _ = _with_icon("user", self.user_label)
        base, _ = _with_icon("database", self.database_label)
        connection, self._connection_icon = _with_icon("connection-checking",
                                                       self.connection_label)
        for widget in (user, base, connection, self.clock):
            self.addPermanentWidget(widget)
        self.connected: bool | None = None
        self._show_state(None)
        # The timer only starts a check; the check itself runs off the GUI thread.
        self._timer = timer or QTimer(self)
        self._timer.setInterval(PING_INTERVAL_MS)
        self._timer.timeout.connect(self.check_connection)
        self._timer.start()

    def check_connection(self) -> None:
        self._runner.run(self._database.ping, self._show_state, key="status-ping")

    def stop(self) -> None:
        self._timer.stop()
        self.clock.stop()

    def _show_state(self, connected: bool | None) -> None:
        # Words and an icon; the icon's colour only repeats what the words say.
        self.connected = connected
        if connected is None:
            text, meaning = self.tr("Connection: checking"), "connection-checking"
        elif connected:
            text, meaning = self.tr("Connection: online"), "connection-online"
        else:
            text, meaning = self.tr("Connection: LOST"), "connection-lost"
        self.connection_label.setText(text)
        self._connection_icon.setPixmap(icon(meaning).pixmap(16, 16))
