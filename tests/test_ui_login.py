"""The login window and the main window shell, on a real database (both backends)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from tests.helpers.fake_pg_server import FakePostgresServer
from tests.helpers.qt import type_text
from ui.app import DatabaseOpener
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workstation.clock import FakeClock
from workstation.config import DatabaseChoice
from workstation.errors import DatabasePasswordError
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

PASSWORD = "пароль-оператора"


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    unexpected: list[BaseException] = []
    task_runner = TaskRunner(on_unexpected=unexpected.append)
    yield task_runner
    assert task_runner.wait_for_done(5000)
    assert unexpected == []


@pytest.fixture
def operator(services: Services, cli_admin: Principal) -> str:
    services.users.add_user(cli_admin, "ivanova", PASSWORD,
                            UserDetails("Иванова Мария Сергеевна", {Role.OPERATOR},
                                        unit="Контакт-центр"))
    return "ivanova"


def open_dialog(qtbot: QtBot, runner: TaskRunner, services: Services) -> LoginDialog:
    dialog = LoginDialog(runner, services.database.describe(), lambda _password: services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.connect_database()
    return dialog


def test_login_succeeds_and_reports_the_person(
    qtbot: QtBot, runner: TaskRunner, services: Services, operator: str
) -> None:
    dialog = open_dialog(qtbot, runner, services)
    qtbot.waitUntil(dialog.login_button.isEnabled)
    type_text(dialog.login_edit, operator)
    type_text(dialog.password_edit, PASSWORD)  # Cyrillic password typed key by key
    with qtbot.waitSignal(dialog.logged_in) as signal:
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    principal = signal.args[1]
    assert principal.login == "ivanova" and Role.OPERATOR in principal.roles
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_wrong_password_keeps_the_login_and_says_why(
    qtbot: QtBot, runner: TaskRunner, services: Services, operator: str
) -> None:
    dialog = open_dialog(qtbot, runner, services)
    qtbot.waitUntil(dialog.login_button.isEnabled)
    dialog.login_edit.setText(operator)
    dialog.password_edit.setText("не тот пароль")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Неверное" in dialog.message_label.text())
    assert dialog.login_edit.text() == operator
    assert dialog.password_edit.text() == ""
    assert dialog.principal is None
    assert dialog.login_button.isEnabled()


def test_empty_fields_are_not_sent(
    qtbot: QtBot, runner: TaskRunner, services: Services, operator: str
) -> None:
    dialog = open_dialog(qtbot, runner, services)
    qtbot.waitUntil(dialog.login_button.isEnabled)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() != ""
    assert not runner.busy  # nothing was sent to the database


def test_a_database_without_users_says_how_to_create_the_first(
    qtbot: QtBot, runner: TaskRunner, services: Services
) -> None:
    dialog = open_dialog(qtbot, runner, services)
    qtbot.waitUntil(lambda: "user add" in dialog.message_label.text())
    assert not dialog.login_button.isEnabled()


def test_unreachable_database_offers_to_connect_again(qtbot: QtBot, runner: TaskRunner) -> None:
    def refuse(_password: str | None) -> Services:
        from workstation.errors import DatabaseUnavailableError

        raise DatabaseUnavailableError("Нет связи с сервером базы данных.")

    dialog = LoginDialog(runner, "PostgreSQL: server/db", refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.connect_database()
    qtbot.waitUntil(dialog.retry_button.isVisible)
    assert "Нет связи" in dialog.message_label.text()
    assert not dialog.login_button.isEnabled()


def test_password_asked_for_this_session_when_the_server_wants_one(
    qtbot: QtBot, runner: TaskRunner, services: Services, operator: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passwords: list[str | None] = []

    def opener(password: str | None) -> Services:
        passwords.append(password)
        if password != "секрет":
            raise DatabasePasswordError("Сервер требует пароль.")
        return services

    monkeypatch.setattr(
        "ui.login_dialog.QInputDialog.getText", lambda *args, **kwargs: ("секрет", True)
    )
    dialog = LoginDialog(runner, "PostgreSQL: server/db", opener)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.connect_database()
    qtbot.waitUntil(dialog.login_button.isEnabled)
    assert passwords == [None, "секрет"]


def test_main_window_shows_user_database_and_connection(
    qtbot: QtBot, runner: TaskRunner, services: Services, operator: str
) -> None:
    principal = services.auth.login(operator, PASSWORD)
    window = MainWindow(services, principal, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status.connected is True)
    assert "Иванова Мария Сергеевна" in window.status.user_label.text()
    assert window.status.database_label.text() == services.database.describe()
    assert window.status.connection_label.text() != ""


def test_status_bar_reports_a_lost_connection(
    qtbot: QtBot, runner: TaskRunner, services: Services, operator: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    principal = services.auth.login(operator, PASSWORD)
    window = MainWindow(services, principal, runner)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.status.connected is True)
    monkeypatch.setattr(services.database, "ping", lambda: False)
    window.status.check_connection()
    qtbot.waitUntil(lambda: window.status.connected is False)


def test_without_a_keyring_the_desk_says_why_and_gives_no_advice_to_save(
    clock: FakeClock,
) -> None:
    # The login window asks for this session's password with this message; «db set-password»
    # cannot work where no keyring does, so the message explains the keyring instead.
    keyring.set_keyring(fail.Keyring())  # the autouse memory_keyring fixture restores it
    with FakePostgresServer() as server:
        url = make_url(f"postgresql+psycopg://clerk@127.0.0.1:{server.port}/desk")
        opener = DatabaseOpener(DatabaseChoice(url, "test"), clock)
        with pytest.raises(DatabasePasswordError) as refused:
            opener(None)
    assert "set-password" not in refused.value.message
    assert "хранилищ" in refused.value.message.lower()
