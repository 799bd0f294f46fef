"""Building the desk's main window in tests: people with roles, isolated settings, fake timers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.helpers.timers import FakeTimer
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

PASSWORD = "пароль-для-теста"

PEOPLE = {
    "operator": ("ivanova", "Иванова Мария Сергеевна"),
    "specialist": ("sokolov", "Соколов Андрей Викторович"),
    "signer": ("orlova", "Орлова Елена Николаевна"),
    "supervisor": ("kuznetsov", "Кузнецов Игорь Павлович"),
    "admin": ("petrov", "Петров Пётр Петрович"),
}


def add_person(services: Services, role: str, login: str | None = None,
               full_name: str | None = None) -> Principal:
    """A user with one role (logged in, as the login window would hand them to the shell)."""
    default_login, default_name = PEOPLE[role]
    login = login or default_login
    services.users.add_user(
        Principal.command_line("tests"), login, PASSWORD,
        UserDetails(full_name or default_name, {Role(role)}, unit="Контакт-центр",
                    position="Сотрудник", phone="+7 4242 55-12-34", email=f"{login}@example.ru"),
    )
    return services.auth.login(login, PASSWORD)


def desk_settings(tmp_path: Path) -> QSettings:
    """The desk's QSettings in this test's folder (QSettings caches its folder per process, so
    the XDG isolation in conftest alone would let tests share one file)."""
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def open_window(qtbot: QtBot, services: Services, principal: Principal, runner: TaskRunner,
                settings: QSettings, *, idle_timer: FakeTimer | None = None,
                clock_timer: FakeTimer | None = None) -> MainWindow:
    window = MainWindow(services, principal, runner, settings=settings,
                        idle_timer=idle_timer or FakeTimer(),
                        clock_timer=clock_timer or FakeTimer())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status.connected is not None)
    qtbot.waitUntil(lambda: not runner.busy)
    return window
