"""The main window: a shell that assembles panes and wires signals, nothing more.

What it shows depends on the person's roles: the panes declare who sees them
(``ui/panes/registry.py``), ``ui/default_layout.py`` decides where they and the start page go
for a new user. The arrangement is remembered per login, the desk locks after idle time, and
every frequent action has a key.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from ui import default_layout
from ui.desk_lock import DeskLock
from ui.desk_menus import DeskMenus
from ui.idle_watcher import IdleWatcher
from ui.layout_memory import LayoutMemory, desk_settings
from ui.lock_screen import LockScreen
from ui.panes.base import DeskPane, PaneContext
from ui.panes.registry import pane_types_for
from ui.panes.users_pane import UsersPane
from ui.session_audit import SessionAudit
from ui.shell_actions import ShellActions
from ui.shortcuts import collect_shortcuts
from ui.shortcuts_dialog import ShortcutsDialog
from ui.start_page import StartPage
from ui.status_bar import DeskStatusBar
from ui.tasks import TaskRunner
from workstation.auth import LockReason
from workstation.roles import Permission, Principal
from workstation.services import Services
from workstation.settings import SPECS
from workstation.time_zones import desk_zone, zone_name
from workstation.users import UserInfo

IDLE_SETTING = "desk.idle_lock_minutes"
ZONE_SETTING = "desk/time_zone"  # per computer, in the desk's QSettings file


class MainWindow(QMainWindow):
    session_closed = Signal()

    def __init__(self, services: Services, principal: Principal, runner: TaskRunner,
                 parent: QWidget | None = None, *, settings: QSettings | None = None,
                 zone: tzinfo | None = None, idle_timer: QTimer | None = None,
                 clock_timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.principal = principal
        self.runner = runner
        self.settings = settings if settings is not None else desk_settings()
        self.zone = zone or desk_zone(str(self.settings.value(ZONE_SETTING, "") or ""))
        self._closing_session = False
        self._logged_out = False
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("Operator workstation — %1").replace("%1", principal.full_name))
        self.setDockNestingEnabled(True)

        self.status = DeskStatusBar(principal, services.database, runner, self,
                                    clock=services.clock, zone=self.zone,
                                    clock_timer=clock_timer)
        self.setStatusBar(self.status)
        self.start_page = StartPage(principal, self)

        context = PaneContext(services, principal, runner, self.zone)
        self.panes: dict[str, DeskPane] = {}
        for pane_type in pane_types_for(principal):
            pane = pane_type(context, self)
            self.panes[pane.OBJECT_NAME] = pane
        for pane in self.panes.values():
            pane.connect_panes(self.panes)
        default_layout.arrange(self, self.panes, self.start_page)

        self.actions_ = ShellActions(self, manages_users=principal.may(Permission.MANAGE_USERS))
        self.menus = DeskMenus(self, self.actions_, list(self.panes.values()))

        self.layout_memory = LayoutMemory(self, self.settings, principal.login)
        self.layout_memory.remember_defaults()
        self.layout_memory.restore()

        self.session_audit = SessionAudit(services.auth, principal, runner, services.clock)
        self.lock_screen = LockScreen(principal, services.auth, runner, self, self.session_audit)
        toggles = [pane.toggleViewAction() for pane in self.panes.values()]
        self.desk_lock = DeskLock(self, self.lock_screen, [*self.actions_.all(), *toggles])
        app = QApplication.instance()
        assert app is not None
        self.idle = IdleWatcher(app, SPECS[IDLE_SETTING].default, timer=idle_timer, parent=self)
        self._wire()
        self._load()

    def _wire(self) -> None:
        actions = self.actions_
        actions.lock.triggered.connect(lambda: self.lock())
        actions.quit.triggered.connect(self.close)
        actions.shortcuts.triggered.connect(self.show_shortcuts)
        actions.about.triggered.connect(self._about)
        actions.reset_layout.triggered.connect(self.layout_memory.reset)
        actions.full_screen.toggled.connect(
            lambda on: self.showFullScreen() if on else self.showNormal())
        users = self.panes.get(UsersPane.OBJECT_NAME)
        if actions.new_user is not None and isinstance(users, UsersPane):
            actions.new_user.triggered.connect(lambda: self._add_user(users))
        self.idle.idle.connect(self.lock_after_idle)
        self.desk_lock.locked_changed.connect(
            lambda locked: self.idle.stop() if locked else self.idle.start())
        self.lock_screen.logout_requested.connect(self.close_session)
        self.status.clock.day_changed.connect(self.start_page.show_date)
        self.start_page.show_date(self.status.clock.today())
        self.start_page.show_desk(self.services.database.describe(),
                                  zone_name(self.zone, self.services.clock.now()))
        self.start_page.show_idle_lock(self.idle.minutes)
        self.start_page.show_shortcuts(collect_shortcuts(self))
        self.idle.start()

    def _load(self) -> None:
        services, login = self.services, self.principal.login
        self.runner.run(lambda: services.settings.get(IDLE_SETTING), self._idle_minutes_known)
        self.runner.run(lambda: services.users.get_user(login), self._user_known)
        self.status.check_connection()

    def _idle_minutes_known(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)
        self.start_page.show_idle_lock(minutes)

    def _user_known(self, user: UserInfo) -> None:
        self.start_page.show_user(user)

    # -- actions ----------------------------------------------------------------------------------
    def lock(self) -> None:
        """Lock now, at the person's request (Ctrl+L)."""
        self._lock("by the user")

    def lock_after_idle(self) -> None:
        self._lock("idle timeout")

    def _lock(self, reason: LockReason) -> None:
        if self.desk_lock.locked:
            return
        # Saved before locking hides the floating panes, so a logout from the lock screen
        # remembers them as they were.
        self.layout_memory.save()
        self.desk_lock.lock()
        # Locked first, audited after, in the background: a slow or failed write never keeps
        # the desk open.
        self.session_audit.desk_locked(
            reason, self.idle.minutes if reason == "idle timeout" else None)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(collect_shortcuts(self), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _add_user(self, users: UsersPane) -> None:
        users.show()
        users.raise_()
        users.add_user()

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About"),
            self.tr("Operator workstation for a utility's remote customer-service desk."),
        )

    def close_session(self) -> None:
        """Log out from the lock screen: the window closes without asking for the password."""
        self._closing_session = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.desk_lock.locked and not self._closing_session:
            event.ignore()  # a locked desk closes only by "Log out" on the lock screen
            return
        if not self.desk_lock.locked:
            self.layout_memory.save()
        self.idle.stop()
        self.status.stop()
        if not self._logged_out:
            self._logged_out = True
            self.session_audit.logged_out(
                "from the lock screen" if self._closing_session else "window closed")
        self.runner.wait_for_done(10_000)  # the entry above is written before the window goes
        super().closeEvent(event)
        if self._closing_session:
            self.session_closed.emit()
