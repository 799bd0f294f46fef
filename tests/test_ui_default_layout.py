"""The default arrangement of the desk window per role (ui/default_layout.py): it fits a laptop,
nothing in sight is squeezed below its minimum, the lookup shows a screenful of results, a
supervisor's deadline board has most of its column with its state columns in sight, the tab
groups are as designed, and a pane's shortcut brings its tab forward."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from tests.helpers.desk import PASSWORD, add_person, desk_settings, open_window
from tests.helpers.look import desk_look
from ui.layout_memory import STATE_VERSION
from ui.main_window import MainWindow
from ui.panes.deadline_board_pane import DeadlineBoardPane
from ui.panes.lookup_pane import LookupPane
from ui.start_page import StartPage, StartPageDock
from ui.tasks import TaskRunner
from workstation.deadline_board import BoardRow
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

# A 1366×768 laptop, less a 40 px taskbar and a window title bar of about 28 px.
LAPTOP_CLIENT = QSize(1366, 768 - 40 - 28)
START = StartPageDock.OBJECT_NAME

# Per role: each place in the window as (the pane in front, the panes behind it as tabs).
GROUPS: dict[str, set[tuple[str, frozenset[str]]]] = {
    "operator": {
        ("lookup-pane", frozenset({"work-queues-pane"})),
        (START, frozenset({"call-pane", "answer-library-pane", "appeal-editor-pane"})),
        ("customer-card-pane", frozenset()),
        ("sla-pane", frozenset()),
    },
    "supervisor": {
        ("lookup-pane", frozenset({"work-queues-pane"})),
        (START, frozenset({"call-pane", "answer-library-pane", "appeal-editor-pane"})),
        ("customer-card-pane", frozenset()),
        ("deadline-board-pane", frozenset({"answer-review-pane", "audit-pane"})),
    },
    "signer": {
        ("lookup-pane", frozenset()),
        (START, frozenset()),
        ("customer-card-pane", frozenset()),
    },
    "admin": {
        ("users-pane", frozenset()),
        ("audit-pane", frozenset({"calendar-pane", START})),
    },
}
GROUPS["specialist"] = GROUPS["operator"]


def person(services: Services, cli_admin: Principal, role: str) -> Principal:
    if role != "everyone":
        return add_person(services, role)
    services.users.add_user(cli_admin, "vse", PASSWORD,
                            UserDetails("Всеролев Иван Иванович", set(Role)))
    return services.auth.login("vse", PASSWORD)


def docks(window: MainWindow) -> list[QDockWidget]:
    return [dock for dock in window.findChildren(QDockWidget) if dock.parentWidget() is window]


def in_front(dock: QDockWidget) -> bool:
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def groups(window: MainWindow) -> set[tuple[str, frozenset[str]]]:
    found = set()
    for dock in docks(window):
        if in_front(dock):
            behind = frozenset(other.objectName() for other in window.tabifiedDockWidgets(dock))
            found.add((dock.objectName(), behind))
    return found


def settle(qtbot: QtBot, window: MainWindow, size: QSize) -> None:
    # Qt keeps a window at least at its layout's real minimum, which may exceed the hint taken
    # earlier (the status bar names the database, and a PostgreSQL test database's name is
    # long): the window ends at the asked size or a little larger, never smaller.
    window.resize(size)
    qtbot.waitUntil(lambda: window.width() >= size.width() and window.height() >= size.height())
    QApplication.processEvents()


def assert_nothing_squeezed(window: MainWindow) -> None:
    for dock in docks(window):
        if in_front(dock):
            wanted = dock.minimumSizeHint()
            assert dock.width() >= wanted.width(), (dock.objectName(), window.size())
            assert dock.height() >= wanted.height(), (dock.objectName(), window.size())


@pytest.mark.parametrize("role", ["operator", "specialist", "signer", "supervisor", "admin",
                                  "everyone"])
def test_each_role_gets_a_window_that_fits_a_laptop_with_nothing_squeezed(
    qtbot: QtBot, runner: TaskRunner, services: Services, cli_admin: Principal, tmp_path: Path,
    role: str,
) -> None:
    window = open_window(qtbot, services, person(services, cli_admin, role), runner,
                         desk_settings(tmp_path))
    minimum = window.minimumSizeHint()
    assert minimum.width() <= LAPTOP_CLIENT.width() and \
        minimum.height() <= LAPTOP_CLIENT.height(), minimum
    # The start page is a tab among the panes, not a strip between them.
    central = window.centralWidget()
    assert central is not None and central.isHidden()
    start = window.findChild(StartPageDock, START)
    assert start is not None and start.widget() is window.start_page
    assert isinstance(window.start_page, StartPage)
    if role in GROUPS:
        assert groups(window) == GROUPS[role]
    every = {dock.objectName() for dock in docks(window)}
    placed = {name for front, behind in groups(window) for name in (front, *behind)}
    assert placed == every  # every pane is somewhere in sight or one click away
    settle(qtbot, window, minimum)
    assert window.width() <= LAPTOP_CLIENT.width(), window.size()  # what Qt really allowed
    assert window.height() <= LAPTOP_CLIENT.height(), window.size()
    assert_nothing_squeezed(window)
    for size in (QSize(1280, 800), QSize(1600, 1000)):
        settle(qtbot, window, size)
        assert_nothing_squeezed(window)


@pytest.mark.parametrize("role", ["operator", "signer", "supervisor"])
def test_the_lookup_shows_a_screenful_of_results_with_all_its_columns(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path, role: str
) -> None:
    window = open_window(qtbot, services, add_person(services, role), runner,
                         desk_settings(tmp_path))
    settle(qtbot, window, QSize(1280, 800))
    lookup = window.panes[LookupPane.OBJECT_NAME]
    assert isinstance(lookup, LookupPane) and in_front(lookup)
    table = lookup.table
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 5
    # Name, address, account and phone in sight (callers give the last two); what matched,
    # the last column, may need a scroll.
    header = table.horizontalHeader()
    assert sum(header.sectionSize(column) for column in range(4)) <= table.viewport().width()
    card = window.panes["customer-card-pane"]
    assert lookup.geometry().right() < card.geometry().left()  # side by side


# The longest names a board shows, and counts in the hundreds.
LONG_ROWS = [BoardRow("Отдел по работе с юридическими лицами и индивидуальными предпринимателями",
                      None, f"login{n}", "Константинопольская-Щедрина Александра Вениаминовна",
                      123, 45, 678, 9) for n in range(12)]
STATES = range(2, 7)  # on time, due soon, overdue, paused, open


@pytest.mark.parametrize(("size", "rows"), [(QSize(1280, 800), 6), (LAPTOP_CLIENT, 3)])
def test_a_supervisors_board_has_most_of_its_column_with_every_state_in_sight(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path, size: QSize,
    rows: int,
) -> None:
    """The board was given two rows under a half-empty card, its «Скоро срок» and
    «Просрочено» scrolled off to the right by a unit's long name."""
    with desk_look():
        window = open_window(qtbot, services, add_person(services, "supervisor"), runner,
                             desk_settings(tmp_path))
        settle(qtbot, window, size)
        board = window.panes[DeadlineBoardPane.OBJECT_NAME]
        card = window.panes["customer-card-pane"]
        assert isinstance(board, DeadlineBoardPane) and in_front(board) and in_front(card)
        assert board.geometry().top() > card.geometry().bottom()  # under the card
        # The card gets about the least it needs, the board the rest of the column.
        assert card.height() <= card.minimumSizeHint().height() + 16, card.height()
        board.counts_model.set_records(LONG_ROWS)
        QApplication.processEvents()  # the columns fit their new contents
        table = board.counts_table
        assert table.isVisible()
        header = table.horizontalHeader()

        def in_sight(column: int) -> bool:
            start = header.sectionViewportPosition(column)
            return start >= 0 and start + header.sectionSize(column) <= table.viewport().width()

        qtbot.waitUntil(lambda: all(in_sight(column) for column in STATES)
                        and not table.horizontalScrollBar().isVisible())
        numbers = {header.sectionSize(column) for column in STATES}
        assert min(numbers) >= table.fontMetrics().horizontalAdvance("В срок")
        for name in (0, 1):  # unit and employee: cut with "…", never to nothing
            assert header.sectionSize(name) >= 5 * table.fontMetrics().averageCharWidth()
        assert table.viewport().height() // table.verticalHeader().defaultSectionSize() >= rows


def test_a_pane_shortcut_brings_its_tab_forward_then_hides_it(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    window = open_window(qtbot, services, add_person(services, "operator"), runner,
                         desk_settings(tmp_path))
    answers = window.panes["answer-library-pane"]
    toggle = answers.toggleViewAction()
    assert toggle.shortcut().toString() == "Ctrl+Shift+A"
    assert toggle.isChecked() and not in_front(answers)
    toggle.trigger()  # behind the start page: forward, not closed
    qtbot.waitUntil(lambda: in_front(answers))
    assert toggle.isChecked() and not answers.isHidden()
    toggle.trigger()  # in front: now the key hides it
    assert answers.isHidden() and not toggle.isChecked()
    toggle.trigger()
    assert not answers.isHidden()
    assert answers in window.tabifiedDockWidgets(window.panes["call-pane"])  # back in its group


def test_reset_layout_brings_back_the_tab_groups(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    settings = desk_settings(tmp_path)
    supervisor = add_person(services, "supervisor")
    first = open_window(qtbot, services, supervisor, runner, settings)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.panes["audit-pane"])
    first.panes["work-queues-pane"].setFloating(True)
    first.close()
    again = open_window(qtbot, services, supervisor, runner, settings)
    assert groups(again) != GROUPS["supervisor"]
    again.actions_.reset_layout.trigger()
    QApplication.processEvents()
    assert groups(again) == GROUPS["supervisor"]


def test_a_layout_saved_by_an_older_version_is_ignored(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    settings = desk_settings(tmp_path)
    operator = add_person(services, "operator")
    first = open_window(qtbot, services, operator, runner, settings)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.panes["sla-pane"])
    first.close()
    # As the previous version would have saved it: same panes, an older version number.
    state = first.saveState(STATE_VERSION - 1)
    settings.setValue("layout/ivanova/state", state)
    again = open_window(qtbot, services, operator, runner, settings)
    assert groups(again) == GROUPS["operator"]
