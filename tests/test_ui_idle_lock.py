"""The desk locks after idle time (fake timer, nobody waits) and unlocks with the password."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.desk import PASSWORD, add_person, desk_settings, open_window
from tests.helpers.look import icon_colours
from tests.helpers.qt import type_text
from tests.helpers.timers import FakeTimer
from ui import palette
from ui.idle_watcher import IdleWatcher
from ui.main_window import MainWindow
from ui.panes.users_pane import UsersPane
from ui.tasks import TaskRunner
from workstation.roles import Principal
from workstation.services import Services


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
def idle_timer() -> FakeTimer:
    return FakeTimer()


@pytest.fixture
def admin_window(qtbot: QtBot, runner: TaskRunner, services: Services, cli_admin: Principal,
                 tmp_path: Path, idle_timer: FakeTimer) -> MainWindow:
    services.settings.set(cli_admin, "desk.idle_lock_minutes", 3)
    principal = add_person(services, "admin")
    window = open_window(qtbot, services, principal, runner, desk_settings(tmp_path),
                         idle_timer=idle_timer)
    qtbot.waitUntil(lambda: window.idle.minutes == 3)
    return window


def unlock_with(qtbot: QtBot, window: MainWindow, password: str) -> None:
    screen = window.lock_screen
    screen.password_edit.clear()
    type_text(screen.password_edit, password)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def test_idle_time_from_the_setting_locks_the_desk(
    qtbot: QtBot, admin_window: MainWindow, idle_timer: FakeTimer
) -> None:
    window = admin_window
    assert idle_timer.interval() == 3 * 60_000 and idle_timer.isActive()
    assert "3" in window.start_page.lock_label.text()
    users = window.panes["users-pane"]
    assert isinstance(users, UsersPane)
    type_text(users.filter_edit, "Петр")
    with qtbot.waitSignal(window.desk_lock.locked_changed):
        idle_timer.fire()
    assert window.desk_lock.locked
    assert window.lock_screen.isVisible()
    assert window.lock_screen.geometry() == window.rect()
    assert not users.isEnabled() and not window.start_page.isEnabled()
    assert not window.actions_.lock.isEnabled() and not window.actions_.quit.isEnabled()
    assert not users.toggleViewAction().isEnabled()
    assert users.filter_edit.text() == "Петр"  # covered, not cleared
    assert not idle_timer.isActive()  # nothing to watch while locked


def test_the_unlock_buttons_icon_reads_on_its_blue(qtbot: QtBot, admin_window: MainWindow
                                                  ) -> None:
    """The icon was drawn dark on the primary button's dark blue: nearly invisible."""
    window = admin_window
    window.actions_.lock.trigger()
    button = window.lock_screen.unlock_button
    assert button.property("role") == "primary" and button.isDefault()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Disabled):
        # The button's text colour (the stylesheet's and the palette's HighlightedText), in
        # every state: disabled while the password is checked, its words stay white too.
        assert icon_colours(button.icon(), mode) == {palette.HIGHLIGHTED_TEXT}, mode
    assert palette.HIGHLIGHTED_TEXT != palette.HIGHLIGHT
    assert window.lock_screen.logout_button.icon().cacheKey() != button.icon().cacheKey()
    assert icon_colours(window.lock_screen.logout_button.icon()) == {palette.ICON}


def test_keyboard_and_mouse_restart_the_countdown(
    qtbot: QtBot, admin_window: MainWindow, idle_timer: FakeTimer
) -> None:
    starts = idle_timer.starts
    qtbot.keyClick(admin_window.start_page, Qt.Key.Key_Shift)
    assert idle_timer.starts > starts
    starts = idle_timer.starts
    qtbot.mouseClick(admin_window.start_page, Qt.MouseButton.LeftButton)
    assert idle_timer.starts > starts
    assert not admin_window.desk_lock.locked


def test_the_right_password_unlocks_and_keeps_what_was_typed(
    qtbot: QtBot, admin_window: MainWindow, idle_timer: FakeTimer, services: Services
) -> None:
    window = admin_window
    users = window.panes["users-pane"]
    assert isinstance(users, UsersPane)
    type_text(users.filter_edit, "Петр")
    window.actions_.lock.trigger()  # Ctrl+L
    assert window.desk_lock.locked
    with qtbot.waitSignal(window.desk_lock.locked_changed) as unlocked:
        unlock_with(qtbot, window, PASSWORD)
    assert unlocked.args == [False]
    assert not window.lock_screen.isVisible()
    assert users.isEnabled() and window.actions_.lock.isEnabled()
    assert users.filter_edit.text() == "Петр"
    assert idle_timer.isActive()
    actions = [r.action for r in services.audit.recent(window.principal, limit=5)]
    assert actions[0] == "login.unlock"  # the login check, audited as an unlock


def test_a_wrong_password_is_refused_and_counts_toward_the_lockout(
    qtbot: QtBot, admin_window: MainWindow, services: Services, cli_admin: Principal
) -> None:
    window = admin_window
    services.settings.set(cli_admin, "auth.max_failed_logins", 2)
    window.lock()
    unlock_with(qtbot, window, "не тот пароль")
    qtbot.waitUntil(lambda: "Неверное" in window.lock_screen.message_label.text())
    assert window.desk_lock.locked and window.lock_screen.isVisible()
    assert window.lock_screen.password_edit.text() == ""
    unlock_with(qtbot, window, "опять не тот")
    qtbot.waitUntil(lambda: "заблокирована" in window.lock_screen.message_label.text())
    unlock_with(qtbot, window, PASSWORD)  # locked out now: even the right one is refused
    qtbot.waitUntil(lambda: window.lock_screen.unlock_button.isEnabled())
    assert window.desk_lock.locked
    actions = [r.action for r in services.audit.recent(window.principal, limit=3)]
    assert actions == ["login.refused_locked", "login.locked", "login.unlock_failure"]


def test_log_out_from_the_lock_screen_closes_the_session(
    qtbot: QtBot, admin_window: MainWindow
) -> None:
    window = admin_window
    window.lock()
    window.close()
    assert window.isVisible()  # a locked desk does not close without the password …
    with qtbot.waitSignal(window.session_closed):
        qtbot.mouseClick(window.lock_screen.logout_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()  # … except by logging out


def test_an_open_dialog_is_hidden_while_locked_and_comes_back_intact(
    qtbot: QtBot, admin_window: MainWindow
) -> None:
    window = admin_window
    users = window.panes["users-pane"]
    assert isinstance(users, UsersPane)
    users.add_user()
    dialog = users.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.name_edit, "Сидоров Олег")  # type: ignore[attr-defined]
    window.lock()
    assert not dialog.isVisible()
    with qtbot.waitSignal(window.desk_lock.locked_changed):
        unlock_with(qtbot, window, PASSWORD)
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Сидоров Олег"  # type: ignore[attr-defined]
    dialog.reject()


def test_idle_watcher_counts_minutes_and_stops(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    timer = FakeTimer()
    watcher = IdleWatcher(app, 10, timer=timer)
    assert watcher.minutes == 10 and not watcher.watching
    watcher.start()
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.set_minutes(240)
    assert timer.interval() == 240 * 60_000
    timer.fire()
    assert fired == [True]
    watcher.stop()
    timer.fire()  # a late timeout after stopping does not lock
    assert fired == [True] and not timer.isActive()


# -- the desk session in the audit log ---------------------------------------------------------
def session_entries(services: Services, viewer: Principal) -> list[tuple[str, Any]]:
    """The desk-session entries of the window's person, oldest first (the login is left out)."""
    return [(r.action, r.details) for r in reversed(services.audit.recent(viewer, limit=50))
            if r.action.startswith("login.") and r.action != "login.success"]


def test_locking_after_idle_time_is_audited(
    qtbot: QtBot, admin_window: MainWindow, idle_timer: FakeTimer, services: Services
) -> None:
    window = admin_window
    idle_timer.fire()
    assert window.desk_lock.locked  # at once: the entry follows in the background
    qtbot.waitUntil(lambda: session_entries(services, window.principal) != [])
    assert session_entries(services, window.principal) == [
        ("login.desk_lock", {"reason": "idle timeout", "minutes": 3})]


def test_locking_by_the_person_and_unlocking_are_audited(
    qtbot: QtBot, admin_window: MainWindow, services: Services, runner: TaskRunner
) -> None:
    window = admin_window
    window.actions_.lock.trigger()  # Ctrl+L
    assert window.desk_lock.locked
    window.lock()  # already locked: nothing more to record
    with qtbot.waitSignal(window.desk_lock.locked_changed):
        unlock_with(qtbot, window, "не тот пароль")
        qtbot.waitUntil(lambda: window.lock_screen.unlock_button.isEnabled())
        unlock_with(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not runner.busy)
    assert session_entries(services, window.principal) == [
        ("login.desk_lock", {"reason": "by the user"}),
        ("login.unlock_failure", {"reason": "wrong password"}),
        ("login.unlock", None),
    ]


def test_logging_out_from_the_lock_screen_is_audited(
    qtbot: QtBot, admin_window: MainWindow, services: Services
) -> None:
    window = admin_window
    window.lock()
    with qtbot.waitSignal(window.session_closed):
        qtbot.mouseClick(window.lock_screen.logout_button, Qt.MouseButton.LeftButton)
    window.close()  # closing again records nothing more
    assert session_entries(services, window.principal) == [
        ("login.desk_lock", {"reason": "by the user"}),
        ("login.logout", {"reason": "from the lock screen"}),
    ]


def test_quitting_is_audited_as_the_end_of_the_session(
    qtbot: QtBot, admin_window: MainWindow, services: Services
) -> None:
    window = admin_window
    window.actions_.quit.trigger()
    assert not window.isVisible()
    assert session_entries(services, window.principal) == [
        ("login.logout", {"reason": "window closed"})]


def test_a_failed_audit_write_does_not_stop_the_lock(
    qtbot: QtBot, admin_window: MainWindow, services: Services, runner: TaskRunner,
    idle_timer: FakeTimer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def database_gone(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services.auth, "record_desk_lock", database_gone)
    window = admin_window
    with caplog.at_level(logging.WARNING, logger="ui.session_audit"):
        idle_timer.fire()
        assert window.desk_lock.locked and window.lock_screen.isVisible()
        qtbot.waitUntil(lambda: not runner.busy)
    assert "Could not write the audit entry 'desk locked'" in caplog.text
    # … and nothing went to the crash path: the runner fixture checks nothing unexpected came.
    assert session_entries(services, window.principal) == []
