"""The toolbars fit a laptop: at 1366×768 and 1280×800, in Russian with the desk's own font and
style, no action of the main toolbar (nor of the deadline board's, nor of answer review's) is
folded behind "»"; the pane toggles and the panes' actions, shown as icons, say in their tooltip
what they do and with which keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from tests.helpers.desk import PASSWORD, add_person, desk_settings, open_window
from tests.helpers.look import desk_look
from ui.main_window import MainWindow
from ui.panes.answer_review_pane import AnswerReviewPane
from ui.panes.deadline_board_pane import DeadlineBoardPane
from ui.tasks import TaskRunner
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

# A 1366×768 laptop and a 1280×800 one, less a 40 px taskbar and a title bar of about 28 px.
SCREENS = [QSize(1366, 768 - 40 - 28), QSize(1280, 800 - 40 - 28)]
EXTENSION = "qt_toolbar_ext_button"  # QToolBar's "»" button


@pytest.fixture(name="desk_look")
def desk_look_fixture(qtbot: QtBot) -> Iterator[None]:
    """The desk's font, style and Russian texts, as people see them; restored afterwards."""
    with desk_look():
        yield


def person(services: Services, cli_admin: Principal, role: str) -> Principal:
    if role != "everyone":
        return add_person(services, role)
    services.users.add_user(cli_admin, "vse", PASSWORD,
                            UserDetails("Всеролев Иван Иванович", set(Role)))
    return services.auth.login("vse", PASSWORD)


def resize(qtbot: QtBot, window: MainWindow, size: QSize) -> None:
    window.resize(size)
    qtbot.waitUntil(lambda: window.width() >= size.width() and window.height() >= size.height())
    QApplication.processEvents()


def folded(toolbar: QToolBar) -> list[str]:
    """The toolbar's actions not in sight (in the "»" menu), by their text."""
    hidden = []
    for action in toolbar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        widget = toolbar.widgetForAction(action)
        if widget is None or not widget.isVisible():
            hidden.append(action.text() or action.objectName())
    return hidden


def assert_all_in_sight(toolbar: QToolBar) -> None:
    assert folded(toolbar) == [], (toolbar.objectName(), toolbar.width())
    extension = toolbar.findChild(QToolButton, EXTENSION)
    assert extension is None or not extension.isVisible()


@pytest.mark.parametrize("role", ["operator", "specialist", "signer", "supervisor", "admin",
                                  "everyone"])
def test_no_toolbar_action_is_folded_away_on_a_laptop(
    qtbot: QtBot, desk_look: None, runner: TaskRunner, services: Services,
    cli_admin: Principal, tmp_path: Path, role: str,
) -> None:
    window = open_window(qtbot, services, person(services, cli_admin, role), runner,
                         desk_settings(tmp_path))
    toolbar = window.menus.toolbar
    for size in SCREENS:
        resize(qtbot, window, size)
        assert_all_in_sight(toolbar)
        board = window.panes.get(DeadlineBoardPane.OBJECT_NAME)
        review = window.panes.get(AnswerReviewPane.OBJECT_NAME)
        # With every role at once the board shares its column with the SLA countdown: there
        # it may fold its end, as any narrow toolbar does.
        if isinstance(board, DeadlineBoardPane) and role != "everyone":
            board.raise_()
            QApplication.processEvents()
            assert_all_in_sight(board.toolbar)
        if isinstance(review, AnswerReviewPane) and role != "everyone":
            review.raise_()  # a tab behind the board
            qtbot.waitUntil(lambda r=review: r.toolbar.isVisible())
            QApplication.processEvents()
            assert_all_in_sight(review.toolbar)


def test_pane_toggles_are_icons_that_name_the_pane_and_its_keys(
    qtbot: QtBot, desk_look: None, runner: TaskRunner, services: Services, tmp_path: Path,
) -> None:
    window = open_window(qtbot, services, add_person(services, "supervisor"), runner,
                         desk_settings(tmp_path))
    toolbar = window.menus.toolbar
    lookup = window.panes["lookup-pane"].toggleViewAction()
    button = toolbar.widgetForAction(lookup)
    assert isinstance(button, QToolButton)
    assert button.toolButtonStyle() is button.toolButtonStyle().ToolButtonIconOnly
    assert not lookup.icon().isNull()
    assert lookup.toolTip() == "Поиск потребителя (Ctrl+Shift+F)"
    assert button.isCheckable() and button.isChecked()  # a pane in sight: a pressed button
    # The window's own actions keep their words.
    lock = toolbar.widgetForAction(window.actions_.lock)
    assert isinstance(lock, QToolButton)
    assert lock.toolButtonStyle() is lock.toolButtonStyle().ToolButtonTextBesideIcon
    assert window.actions_.lock.toolTip() == "Заблокировать (Ctrl+L)"
    board = window.panes[DeadlineBoardPane.OBJECT_NAME]
    assert isinstance(board, DeadlineBoardPane)
    actions = [board.refresh_action, board.note_action, board.change_rule_action,
               board.history_action]
    looks = [action.icon().pixmap(20, 20).toImage() for action in actions]
    for first, look in enumerate(looks):  # no two icon-only actions look alike
        assert all(look != other for other in looks[first + 1:]), actions[first].text()
    assert board.refresh_action.toolTip() == "Обновить (F5)"


def test_answer_review_actions_are_icons_that_name_the_action_and_its_keys(
    qtbot: QtBot, desk_look: None, runner: TaskRunner, services: Services, tmp_path: Path,
) -> None:
    window = open_window(qtbot, services, add_person(services, "supervisor"), runner,
                         desk_settings(tmp_path))
    resize(qtbot, window, SCREENS[1])
    review = window.panes[AnswerReviewPane.OBJECT_NAME]
    assert isinstance(review, AnswerReviewPane)
    review.raise_()
    qtbot.waitUntil(lambda: review.toolbar.isVisible())
    actions = [action for action in review.toolbar.actions()
               if not action.isSeparator() and isinstance(
                   review.toolbar.widgetForAction(action), QToolButton)]
    assert len(actions) == 9
    for action in actions:
        assert not action.icon().isNull(), action.text()
        assert action.toolTip().startswith(action.text().replace("&", "")), action.toolTip()
    assert review.approve_action.toolTip() == "Утвердить (Ctrl+Return)"
    assert review.new_action.toolTip() == "Создать… (Ctrl+N)"
    assert review.import_action.toolTip() == "Импорт…"  # no keys: none named
    looks = [action.icon().pixmap(20, 20).toImage() for action in actions]
    for first, look in enumerate(looks):  # no two icon-only actions look alike
        assert all(look != other for other in looks[first + 1:]), actions[first].text()
    # In the right column of a laptop's window every action is an icon; the decisions get
    # their words back where the pane has the room (floating, or a wider window).
    approve = review.toolbar.widgetForAction(review.approve_action)
    assert isinstance(approve, QToolButton)
    assert approve.toolButtonStyle() is approve.toolButtonStyle().ToolButtonIconOnly
    review.setFloating(True)
    review.resize(1200, 700)
    qtbot.waitUntil(lambda: approve.toolButtonStyle()
                    is approve.toolButtonStyle().ToolButtonTextBesideIcon)
    QApplication.processEvents()
    assert_all_in_sight(review.toolbar)
    assert review.reason_edit.width() >= 200
