"""The main window shell: panes per role, menus, F1 list, remembered layout, clock, start page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from tests.helpers.desk import add_person, desk_settings, open_window
from tests.helpers.timers import FakeTimer
from ui.layout_memory import LayoutMemory
from ui.main_window import MainWindow
from ui.panes.registry import PANE_TYPES
from ui.shortcuts import collect_shortcuts
from ui.shortcuts_dialog import ShortcutsDialog
from ui.start_page import StartPage, StartPageDock
from ui.tasks import TaskRunner
from workstation.clock import FakeClock
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails


@pytest.fixture
def runner(qtbot: QtBot, services: Services) -> Iterator[TaskRunner]:
    # Asks for the database first, so the runner is torn down (its tasks finished) before
    # the database closes.
    unexpected: list[BaseException] = []
    task_runner = TaskRunner(on_unexpected=unexpected.append)
    yield task_runner
    assert task_runner.wait_for_done(5000)
    assert unexpected == []


def menu_titles(window: QMainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


ADMIN_PANES = {"users-pane", "audit-pane", "calendar-pane"}


@pytest.mark.parametrize("role", ["operator", "specialist", "signer", "supervisor", "admin"])
def test_each_role_gets_its_panes_and_the_start_page(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path, role: str
) -> None:
    principal = add_person(services, role)
    window = open_window(qtbot, services, principal, runner, desk_settings(tmp_path))
    expected = [pane.OBJECT_NAME for pane in PANE_TYPES if Role(role) in pane.ROLES]
    assert list(window.panes) == expected
    present = set(window.panes) & ADMIN_PANES
    assert present == {"admin": ADMIN_PANES, "supervisor": {"audit-pane"}}.get(role, set())
    # A tab among the panes (where it is: tests/test_ui_default_layout.py).
    assert isinstance(window.start_page, StartPage)
    assert isinstance(window.start_page.parentWidget(), StartPageDock)
    assert window.start_page.name_label.text() == principal.full_name
    for name, pane in window.panes.items():
        assert pane.objectName() == name
        assert window.dockWidgetArea(pane) != Qt.DockWidgetArea.NoDockWidgetArea
        assert pane.isVisible() and not pane.isFloating()  # in front or a tab behind
    qtbot.waitUntil(lambda: window.start_page.unit_label.text() != "")
    assert "Контакт-центр" in window.start_page.unit_label.text()
    assert window.start_page.date_label.text().startswith("Понедельник, 2 марта 2026")


def test_every_pane_declares_name_roles_area_and_shortcut() -> None:
    names = [pane.OBJECT_NAME for pane in PANE_TYPES]
    assert len(set(names)) == len(names)
    for pane in PANE_TYPES:
        assert pane.ROLES and pane.AREA and pane.SHORTCUT and pane.ICON


def test_administration_menu_only_for_admins(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    settings = desk_settings(tmp_path)
    operator = open_window(qtbot, services, add_person(services, "operator"), runner, settings)
    admin = open_window(qtbot, services, add_person(services, "admin"), runner, settings)
    assert len(menu_titles(operator)) == 3  # File, View, Help
    assert len(menu_titles(admin)) == 4  # … and Administration
    assert operator.actions_.new_user is None
    assert admin.actions_.new_user is not None


def test_f1_lists_every_registered_shortcut(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    window = open_window(qtbot, services, add_person(services, "admin"), runner,
                         desk_settings(tmp_path))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialogs = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
    assert len(dialogs) == 1
    text = dialogs[0].browser.toPlainText()
    with_keys = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 10
    for action in with_keys:
        assert action.shortcut().toString() in text, action.text()
    for keys in ("Ctrl+L", "F1", "Ctrl+Shift+U", "Ctrl+Shift+J", "Ins", "F2"):
        assert keys in text
    dialogs[0].close()


def test_shortcut_list_follows_the_actions(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    window = open_window(qtbot, services, add_person(services, "operator"), runner,
                         desk_settings(tmp_path))
    before = {s.keys for g in collect_shortcuts(window) for s in g.shortcuts}
    assert {"Ctrl+L", "Ctrl+Q", "F1"} <= before
    # Operators have no users pane (Ins is theirs too: a new customer in the lookup pane).
    assert "Ctrl+Shift+U" not in before
    extra = QAction("Something new", window)
    extra.setShortcut("Ctrl+Alt+X")
    window.addAction(extra)
    after = [s for g in collect_shortcuts(window) for s in g.shortcuts]
    assert any(s.keys == "Ctrl+Alt+X" and s.text == "Something new" for s in after)


def test_geometry_and_dock_state_are_saved_restored_and_reset(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # A small window: it fits the offscreen screen (800×600), inside which restoreGeometry
    # keeps the size exactly (the desk's own window is wider than that screen).
    settings = desk_settings(tmp_path)

    def window() -> tuple[QMainWindow, QDockWidget, LayoutMemory]:
        main = QMainWindow()
        qtbot.addWidget(main)
        main.setCentralWidget(QLabel("centre"))
        dock = QDockWidget("pane")
        dock.setObjectName("pane")
        main.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        main.resize(500, 400)
        memory = LayoutMemory(main, settings, "ivanova")
        memory.remember_defaults()
        return main, dock, memory

    first, dock, memory = window()
    assert not memory.restore()  # nothing saved yet
    first.show()
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    first.resize(640, 480)
    memory.save()
    again, dock, memory = window()
    assert memory.restore()
    again.show()
    assert again.size() == QSize(640, 480)
    assert again.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    memory.reset()
    assert again.size() == QSize(500, 400)
    assert again.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not settings.contains("layout/ivanova/geometry")


def test_layout_is_remembered_per_user_and_reset(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    settings = desk_settings(tmp_path)
    supervisor = add_person(services, "supervisor")
    first = open_window(qtbot, services, supervisor, runner, settings)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.panes["audit-pane"])
    first.close()
    assert settings.contains("layout/kuznetsov/state")
    assert settings.contains("layout/kuznetsov/geometry")

    again = open_window(qtbot, services, supervisor, runner, settings)
    assert again.dockWidgetArea(again.panes["audit-pane"]) == \
        Qt.DockWidgetArea.RightDockWidgetArea

    colleague = add_person(services, "supervisor", "smirnova", "Смирнова Ольга Юрьевна")
    other = open_window(qtbot, services, colleague, runner, settings)
    assert other.dockWidgetArea(other.panes["audit-pane"]) == \
        Qt.DockWidgetArea.LeftDockWidgetArea  # her own (default) arrangement

    again.actions_.reset_layout.trigger()
    assert again.dockWidgetArea(again.panes["audit-pane"]) == \
        Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.width() == other.width()  # the width a new user gets
    assert not settings.contains("layout/kuznetsov/state")


def test_hidden_panes_stay_hidden_at_the_next_login(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    settings = desk_settings(tmp_path)
    admin = add_person(services, "admin")
    first = open_window(qtbot, services, admin, runner, settings)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.panes["users-pane"])
    first.panes["audit-pane"].toggleViewAction().trigger()
    first.close()
    again = open_window(qtbot, services, admin, runner, settings)
    assert again.dockWidgetArea(again.panes["users-pane"]) == \
        Qt.DockWidgetArea.RightDockWidgetArea
    assert not again.panes["audit-pane"].isVisible()
    again.actions_.reset_layout.trigger()
    assert again.panes["audit-pane"].isVisible()
    assert again.dockWidgetArea(again.panes["users-pane"]) == \
        Qt.DockWidgetArea.LeftDockWidgetArea


def test_pane_shortcut_shows_and_hides_the_pane(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    window = open_window(qtbot, services, add_person(services, "admin"), runner,
                         desk_settings(tmp_path))
    users = window.panes["users-pane"]  # in front, in no tab group
    toggle = users.toggleViewAction()
    assert toggle.shortcut().toString() == "Ctrl+Shift+U"
    toggle.trigger()
    assert not users.isVisible()
    toggle.trigger()
    assert users.isVisible()


def test_status_bar_clock_shows_the_desk_zone_and_ticks(
    qtbot: QtBot, runner: TaskRunner, services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    principal = add_person(services, "operator")
    ticks = FakeTimer()
    window = MainWindow(services, principal, runner, settings=desk_settings(tmp_path),
                        zone=ZoneInfo("Asia/Sakhalin"), idle_timer=FakeTimer(),
                        clock_timer=ticks)
    qtbot.addWidget(window)
    # 09:00 UTC on Monday 2 March 2026 is 20:00 on Sakhalin (UTC+11).
    assert window.status.clock.label.text() == "пн, 02.03.2026  20:00"
    assert "Asia/Sakhalin" in window.status.clock.toolTip()
    clock.advance(timedelta(minutes=4))
    ticks.fire()
    assert window.status.clock.label.text() == "пн, 02.03.2026  20:04"
    clock.set(datetime(2026, 3, 2, 13, 0, tzinfo=UTC))  # midnight on Sakhalin
    ticks.fire()
    assert window.status.clock.label.text() == "вт, 03.03.2026  00:00"
    assert window.start_page.date_label.text().startswith("Вторник, 3 марта 2026")
    assert ticks.isActive()


def test_time_zone_comes_from_the_desk_settings(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    settings = desk_settings(tmp_path)
    settings.setValue("desk/time_zone", "Asia/Vladivostok")
    window = open_window(qtbot, services, add_person(services, "operator"), runner, settings)
    assert getattr(window.zone, "key", None) == "Asia/Vladivostok"
    assert window.status.clock.label.text().endswith("19:00")


def test_operator_start_page_lists_only_their_keys(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    principal: Principal = add_person(services, "operator")
    window = open_window(qtbot, services, principal, runner, desk_settings(tmp_path))
    texts = [window.start_page.keys_grid.itemAt(i).widget().text()
             for i in range(window.start_page.keys_grid.count())]
    assert "Ctrl+L" in texts and "F1" in texts
    assert "Ctrl+Shift+U" not in texts
    assert "10" in window.start_page.lock_label.text()


def test_no_two_actions_share_keys_for_someone_with_every_role(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path, cli_admin: Principal
) -> None:
    services.users.add_user(cli_admin, "vse", "пароль-для-теста", UserDetails(
        "Всеролев Иван Иванович", set(Role)))
    everyone = services.auth.login("vse", "пароль-для-теста")
    window = open_window(qtbot, services, everyone, runner, desk_settings(tmp_path))
    groups = collect_shortcuts(window)
    anywhere = [s.keys for s in groups[0].shortcuts]
    assert len(anywhere) == len(set(anywhere))
    for group in groups[1:]:  # a pane's keys: unique there, and not taken by the window
        keys = [s.keys for s in group.shortcuts]
        assert len(keys) == len(set(keys)), group.title
        assert not set(keys) & set(anywhere), group.title
