"""The administrators' users pane, through the real UserService, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.desk import PASSWORD, add_person
from tests.helpers.qt import type_text
from ui.dialogs.absence_dialog import AbsenceDialog
from ui.dialogs.password_dialog import PasswordDialog
from ui.dialogs.user_dialog import UserDialog
from ui.models.users_table import UsersFilterProxy, UsersTableModel
from ui.panes.base import PaneContext
from ui.panes.users_pane import UsersPane
from ui.tasks import TaskRunner
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails, UserInfo


@pytest.fixture
def runner(qtbot: QtBot, services: Services) -> Iterator[TaskRunner]:
    # Asks for the database first, so the runner is torn down (its tasks finished) before
    # the database closes.
    unexpected: list[BaseException] = []
    task_runner = TaskRunner(on_unexpected=unexpected.append)
    yield task_runner
    assert task_runner.wait_for_done(5000)
    assert unexpected == []


@pytest.fixture
def admin(services: Services) -> Principal:
    principal = add_person(services, "admin")
    add_person(services, "operator")
    add_person(services, "operator", "belova", "Белова Алёна Игоревна")
    return principal


@pytest.fixture
def pane(qtbot: QtBot, runner: TaskRunner, services: Services, admin: Principal) -> UsersPane:
    users = UsersPane(PaneContext(services, admin, runner, UTC))
    qtbot.addWidget(users)
    users.show()
    qtbot.waitUntil(lambda: users.model.rowCount() == 3)
    return users


def select(pane: UsersPane, login: str) -> UserInfo:
    pane.select(login)
    user = pane.selected()
    assert user is not None and user.login == login
    return user


def wait_closed(qtbot: QtBot, pane: UsersPane) -> None:
    qtbot.waitUntil(lambda: pane.dialog is None)
    qtbot.waitUntil(lambda: not pane.context.runner.busy)


def test_the_list_shows_every_account(pane: UsersPane) -> None:
    logins = {pane.model.user(row).login for row in range(pane.model.rowCount())}
    assert logins == {"petrov", "ivanova", "belova"}
    assert "3" in pane.message_label.text()


def test_filter_folds_case_and_yo(pane: UsersPane) -> None:
    type_text(pane.filter_edit, "АЛЕНА")
    assert pane.proxy.rowCount() == 1
    pane.filter_edit.clear()
    type_text(pane.filter_edit, "оператор контакт")  # every word, anywhere in the row
    assert pane.proxy.rowCount() == 2


def test_add_a_user_through_the_dialog(
    qtbot: QtBot, pane: UsersPane, services: Services
) -> None:
    pane.add_action.trigger()
    dialog = pane.dialog
    assert isinstance(dialog, UserDialog)
    dialog.login_edit.setText("sidorov")
    type_text(dialog.name_edit, "Сидоров Олег Ильич")
    dialog.role_boxes[Role.SPECIALIST].setChecked(True)
    dialog.role_boxes[Role.SIGNER].setChecked(True)
    dialog.unit_combo.setCurrentText("Отдел сбыта")
    dialog.phone_edit.setText("+7 4242 55-12-77")
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, pane)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 4)
    stored = services.users.get_user("sidorov")
    assert stored.roles == {Role.SPECIALIST, Role.SIGNER}
    assert stored.unit == "Отдел сбыта" and stored.phone == "+74242551277"
    assert pane.selected() is not None and pane.selected().login == "sidorov"  # type: ignore[union-attr]
    assert services.auth.login("sidorov", PASSWORD).login == "sidorov"


def test_a_refused_add_keeps_the_dialog_and_what_was_typed(
    qtbot: QtBot, pane: UsersPane
) -> None:
    pane.add_user()
    dialog = pane.dialog
    assert isinstance(dialog, UserDialog)
    dialog.login_edit.setText("ivanova")  # taken
    type_text(dialog.name_edit, "Другая Иванова")
    dialog.role_boxes[Role.OPERATOR].setChecked(True)
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText("другой пароль")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not pane.context.runner.busy  # mismatched passwords never leave the dialog
    assert dialog.message_label.text() != ""
    dialog.repeat_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "уже есть" in dialog.message_label.text())
    assert dialog.isVisible() and dialog.name_edit.text() == "Другая Иванова"
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_edit_a_user(qtbot: QtBot, pane: UsersPane, services: Services) -> None:
    select(pane, "ivanova")
    pane.edit_action.trigger()
    dialog = pane.dialog
    assert isinstance(dialog, UserDialog)
    assert dialog.login_edit.isReadOnly() and dialog.login_edit.text() == "ivanova"
    dialog.position_edit.setText("Старший оператор")
    dialog.role_boxes[Role.SPECIALIST].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, pane)
    stored = services.users.get_user("ivanova")
    assert stored.position == "Старший оператор"
    assert stored.roles == {Role.OPERATOR, Role.SPECIALIST}
    qtbot.waitUntil(lambda: select(pane, "ivanova").position == "Старший оператор")


def test_a_stale_edit_shows_the_conflict_and_reloads(
    qtbot: QtBot, pane: UsersPane, services: Services, cli_admin: Principal
) -> None:
    seen = select(pane, "ivanova")
    pane.edit_selected()
    dialog = pane.dialog
    assert isinstance(dialog, UserDialog)
    # Another desk saves first.
    services.users.update_user(cli_admin, seen.id, seen.version, UserDetails(
        seen.full_name, seen.roles, unit=seen.unit, position="Изменено на другом месте"))
    dialog.position_edit.setText("Моё изменение")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "другом рабочем месте" in dialog.message_label.text())
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.position_edit.text() == "Изменено на другом месте")
    assert dialog.user is not None and dialog.user.version == seen.version + 1
    qtbot.waitUntil(lambda: select(pane, "ivanova").position == "Изменено на другом месте")
    assert services.users.get_user("ivanova").position == "Изменено на другом месте"
    # Saving again now applies to the version the administrator has seen.
    dialog.position_edit.setText("Моё изменение")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, pane)
    assert services.users.get_user("ivanova").position == "Моё изменение"


def test_disable_and_enable(qtbot: QtBot, pane: UsersPane, services: Services) -> None:
    select(pane, "ivanova")
    assert pane.active_action.text().replace("&", "") in ("Disable", "Отключить")
    pane.active_action.trigger()
    qtbot.waitUntil(lambda: not services.users.get_user("ivanova").is_active)
    qtbot.waitUntil(lambda: not select(pane, "ivanova").is_active)
    row = pane.model.row_of("ivanova")
    state = pane.model.index(row, UsersTableModel.STATE).data()
    assert state in ("Disabled", "Отключена")  # said in words, not only greyed
    pane.show_disabled.setChecked(False)
    assert pane.proxy.rowCount() == 2
    pane.show_disabled.setChecked(True)
    select(pane, "ivanova")
    pane.active_action.trigger()
    qtbot.waitUntil(lambda: services.users.get_user("ivanova").is_active)


def test_disabling_oneself_is_refused_with_the_reason(
    qtbot: QtBot, pane: UsersPane, services: Services
) -> None:
    select(pane, "petrov")
    pane.toggle_selected()
    qtbot.waitUntil(lambda: "собственную" in pane.message_label.text())
    assert services.users.get_user("petrov").is_active


def test_set_a_password(qtbot: QtBot, pane: UsersPane, services: Services) -> None:
    select(pane, "ivanova")
    pane.password_action.trigger()
    dialog = pane.dialog
    assert isinstance(dialog, PasswordDialog)
    type_text(dialog.password_edit, "новый-пароль-2026")
    type_text(dialog.repeat_edit, "новый-пароль-2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, pane)
    assert services.auth.login("ivanova", "новый-пароль-2026").login == "ivanova"


def test_absence_with_a_delegate(
    qtbot: QtBot, pane: UsersPane, services: Services, clock: object
) -> None:
    select(pane, "ivanova")
    pane.absence_action.trigger()
    dialog = pane.dialog
    assert isinstance(dialog, AbsenceDialog)
    assert {dialog.delegate_combo.itemData(i) for i in range(dialog.delegate_combo.count())} \
        == {"petrov", "belova"}  # active colleagues, not the person
    dialog.absent_box.setChecked(True)
    dialog.delegate_combo.setCurrentIndex(dialog.delegate_combo.findData("belova"))
    dialog.until_box.setChecked(True)
    dialog.until_edit.setDate(dialog.from_edit.date().addDays(10))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, pane)
    stored = services.users.get_user("ivanova")
    assert stored.absent_from == date(2026, 3, 2) and stored.absent_until == date(2026, 3, 12)
    assert stored.delegate_login == "belova"
    qtbot.waitUntil(lambda: "belova" in pane.model.index(
        pane.model.row_of("ivanova"), UsersTableModel.STATE).data())


def test_users_model_passes_the_model_tester(qtmodeltester: object, services: Services,
                                             admin: Principal) -> None:
    model = UsersTableModel()
    model.set_users(services.users.list_users(admin), date(2026, 3, 2))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = UsersFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("иванова")
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert proxy.rowCount() == 1
