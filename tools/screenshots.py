"""Screenshots of the desk's windows for README, on a throw-away demo database.

    make screenshots        (runs this under Xvfb: a real X server, real window decorations)

Writes login.png, main-<role>.png for each role, lock.png and shortcuts.png into the folder
given (docs/ by default). The desk's settings go to the throw-away folder, not the user's.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import URL

from ui.app import DatabaseOpener, create_application
from ui.i18n import install_translations
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workstation.clock import SystemClock
from workstation.config import DatabaseChoice
from workstation.errors import AuthenticationError
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

DEMO_PASSWORD = "demo-password"

# login, full name, roles, unit, position, phone, e-mail
PEOPLE = [
    ("ivanova", "Иванова Мария Сергеевна", {Role.OPERATOR}, "Контакт-центр", "Оператор",
     "+7 4242 55-12-34", "ivanova@example.ru"),
    ("sokolov", "Соколов Андрей Викторович", {Role.SPECIALIST}, "Отдел сбыта",
     "Ведущий специалист", "+7 4242 55-12-40", "sokolov@example.ru"),
    ("orlova", "Орлова Елена Николаевна", {Role.SIGNER, Role.SPECIALIST}, "Отдел сбыта",
     "Начальник отдела", "+7 4242 55-12-01", "orlova@example.ru"),
    ("kuznetsov", "Кузнецов Игорь Павлович", {Role.SUPERVISOR}, "Контакт-центр",
     "Руководитель группы", "+7 4242 55-12-30", "kuznetsov@example.ru"),
    ("petrov", "Петров Пётр Петрович", {Role.ADMIN}, "Отдел информационных технологий",
     "Администратор", "+7 4242 55-12-99", "petrov@example.ru"),
    ("belova", "Белова Алёна Игоревна", {Role.OPERATOR}, "Контакт-центр", "Оператор",
     "+7 4242 55-12-35", "belova@example.ru"),
    ("zaitsev", "Зайцев Максим Олегович", {Role.OPERATOR}, "Контакт-центр", "Оператор",
     "+7 4242 55-12-36", ""),
]
ROLE_LOGINS = {"operator": "ivanova", "specialist": "sokolov", "signer": "orlova",
               "supervisor": "kuznetsov", "admin": "petrov"}


def settle(app: QApplication, until: Callable[[], object] | None = None, ms: int = 3000) -> None:
    """Let queued signals and painting happen (a tool, not a test: waiting is fine here)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    if until is not None:
        timer = QTimer()
        timer.timeout.connect(lambda: until() and loop.quit())
        timer.start(20)
    loop.exec()
    app.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def fill_demo_accounts(services: Services) -> None:
    """A small team, one disabled account, one absence and a few failed logins for the log."""
    admin = Principal.command_line("screenshots")
    for login, name, roles, unit, position, phone, email in PEOPLE:
        services.users.add_user(admin, login, DEMO_PASSWORD,
                                UserDetails(name, roles, unit, position, phone, email))
    services.users.set_active(admin, "zaitsev", False)
    today = datetime.now(UTC).date()
    services.users.set_absence(admin, "belova", today, today + timedelta(days=12), "ivanova")
    for login in ROLE_LOGINS.values():
        services.auth.login(login, DEMO_PASSWORD)
    with contextlib.suppress(AuthenticationError):  # a failed login for the audit log
        services.auth.login("sokolov", "wrong password")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translators = install_translations(app)
    folder = Path(tempfile.mkdtemp(prefix="workstation-shots-"))
    settings = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/time_zone", "Asia/Sakhalin")  # a desk in Yuzhno-Sakhalinsk
    choice = DatabaseChoice(URL.create("sqlite", database=str(folder / "demo.sqlite3")), "demo")
    services = DatabaseOpener(choice, SystemClock())(None)
    fill_demo_accounts(services)
    runner = TaskRunner(app)

    login = LoginDialog(runner, choice.describe(), DatabaseOpener(choice, SystemClock()))
    login.show()
    login.connect_database()
    settle(app, lambda: login.login_button.isEnabled())
    login.login_edit.setText("ivanova")
    login.password_edit.setText(DEMO_PASSWORD)
    grab(login, out / "login.png")
    login.reject()

    for role, user in ROLE_LOGINS.items():
        principal = services.auth.login(user, DEMO_PASSWORD)
        window = MainWindow(services, principal, runner, settings=settings)
        window.show()
        settle(app, lambda w=window: w.status.connected is not None and not runner.busy)
        settle(app, ms=300)
        grab(window, out / f"main-{role}.png")
        if role == "admin":
            dialog = window.show_shortcuts()
            settle(app, ms=300)
            grab(dialog, out / "shortcuts.png")
            dialog.close()
        if role == "operator":
            window.lock()
            window.lock_screen.password_edit.setText("x")
            window.lock_screen.submit()
            settle(app, lambda w=window: not runner.busy)
            settle(app, ms=300)
            grab(window, out / "lock.png")
            window.close_session()
        else:
            window.close()
        settle(app, ms=200)
    runner.wait_for_done()
    services.database.close()
    if login.services is not None:
        login.services.database.close()
    del translators
    print(f"at {datetime.now(UTC):%H:%M:%S} ({date.today():%d.%m.%Y})")


if __name__ == "__main__":
    main()
