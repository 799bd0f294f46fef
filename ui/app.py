"""Starting the desk: application, translations, crash path, login, main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.crash import install_crash_handlers
from ui.first_start import prepare_demo_database
from ui.gc_guard import MainThreadGarbageCollector
from ui.i18n import install_translations
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.style import apply_style
from ui.tasks import TaskRunner
from workstation.clock import Clock, SystemClock
from workstation.config import AppDirs, DatabaseChoice
from workstation.credentials import keyring_password
from workstation.database import PasswordRefusedError, open_database
from workstation.errors import DatabasePasswordError, DomainError
from workstation.services import Services

APPLICATION_NAME = "workstation"


class DatabaseOpener:
    """Opens the chosen database in a worker thread; a new SQLite file gets its schema."""

    def __init__(self, choice: DatabaseChoice, clock: Clock) -> None:
        self._choice = choice
        self._clock = clock

    def __call__(self, typed_password: str | None) -> Services:
        password, keyring_problem = typed_password, None
        if password is None and not self._choice.is_sqlite:
            password, keyring_problem = keyring_password(self._choice.url)
        try:
            database = open_database(self._choice.url, password, create=self._choice.is_sqlite)
        except DatabasePasswordError as refused:
            if keyring_problem and typed_password is None:
                # Without a keyring «db set-password» cannot help: say what is wrong with the
                # keyring; the login window then asks for this session's password.
                said = (refused.reason if isinstance(refused, PasswordRefusedError)
                        else refused.message)
                raise DatabasePasswordError(f"{keyring_problem}\n{said}") from None
            raise
        return Services.create(database, self._clock)


def create_application(argv: list[str]) -> QApplication:
    app = QApplication(argv)
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(APPLICATION_NAME)
    app.garbage_collector = MainThreadGarbageCollector(app)  # type: ignore[attr-defined]
    apply_style(app)  # fonts, palette and stylesheet: one look for every window
    return app


def run_desk(dirs: AppDirs, choice: DatabaseChoice, log_path: Path | None, *,
             demo: bool = False) -> int:
    app = create_application(sys.argv[:1])
    translators = install_translations(app)
    install_crash_handlers(log_path)

    def show_user_error(error: DomainError) -> None:
        QMessageBox.warning(app.activeWindow(), app.translate("Desk", "Workstation"),
                            error.message)

    runner = TaskRunner(app, on_user_error=show_user_error)
    if demo and not prepare_demo_database(runner, choice, SystemClock()):
        return 0  # cancelled or failed: prepare_demo_database told the person why
    opener = DatabaseOpener(choice, SystemClock())

    def open_session() -> PersonSession | None:
        login = LoginDialog(runner, choice.describe(), opener)
        login.show()
        login.connect_database()
        accepted = login.exec() == LoginDialog.DialogCode.Accepted
        if not accepted or login.principal is None or login.services is None:
            runner.wait_for_done()
            if login.services is not None:
                login.services.database.close()
            return None
        services = login.services
        window = MainWindow(services, login.principal, runner)
        session = PersonSession(window, services.database.close)
        window.session_closed.connect(session.mark_logged_out)
        window.show()
        return session

    try:
        return run_sessions(open_session, app.exec, runner.wait_for_done)
    finally:
        del translators


class PersonSession:
    """One person's time at the desk: their window, and how it ended."""

    def __init__(self, window: QWidget, close_database: Callable[[], None]) -> None:
        self.window = window
        self.close_database = close_database
        self.logged_out = False  # "Log out" on the lock screen, as opposed to quitting

    def mark_logged_out(self) -> None:
        self.logged_out = True


def run_sessions(open_session: Callable[[], PersonSession | None], run_loop: Callable[[], int],
                 wait_for_tasks: Callable[[], object]) -> int:
    """Log in, work until the window closes; after "Log out" the login window comes back for
    the next person (a shared desk), after quitting the program ends."""
    while True:
        session = open_session()
        if session is None:
            return 0
        try:
            code = run_loop()
        finally:
            wait_for_tasks()
            session.close_database()
        if not session.logged_out:
            return code
        session.window.deleteLater()
