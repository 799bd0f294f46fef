"""Where the panes are at a person's first login and after "Reset layout", per set of roles.

One module decides the arrangement (a pane's own ``AREA`` is only the fallback for a pane no
plan names), so it can be read, reasoned about and tested in one place.

The call desk — everyone with the customer lookup (operators, specialists, supervisors,
signers) — is two columns::

    ┌ Lookup | Queues ──────────────────┐┌ Customer card ─────────────────────┐
    │ search field, results             ││ name, identification, accounts,    │
    ├ Start | Call | Answers | Appeal ──┤├ SLA | Deadline board | Review | Audit ┤
    └───────────────────────────────────┘└────────────────────────────────────┘

- The lookup and the card are what an operator looks at during every call (find, then read):
  both are in front at the top of a column, the lookup tall enough for a screenful of results.
- The work queues share the lookup's place: both are lists to pick the next thing from, a
  customer during a call, an appeal between calls, and both need the width of all their
  columns (the queues do not fit narrower than about 720 px, the lookup's four columns want
  as much). An incoming call or F3 brings the lookup forward by itself.
- Bottom left is "what I am doing now": the call panel, the answer library, the appeal editor,
  one at a time. A call raises the call panel, and its phase keys (Ctrl+1…5) work from
  anywhere, so the answer library (Ctrl+Shift+A) can be in front while talking; opening an
  appeal raises the editor — and the queue or the countdown it was opened from stays in sight.
  The start page is in front at login, when there is no call yet.
- Bottom right is "what is due": the SLA countdown (operators, specialists), or for
  supervisors the deadline board with answer review and the audit log behind it. The board's
  lists are a supervisor's main work, so for them (SUPERVISOR_DESK) the card gets little more
  than its minimum height and the board the rest of the column.
- Every group shows its first present pane in front.

Signers have only the lookup and the card: the same plan gives the lookup over the start page,
and the card the whole right column. Administrators get the users table across the whole
window (it has many columns) over the audit log, with the production calendar and the start
page as tabs behind it.

Both columns are nested in one dock area, not put in the left and right areas: with the central
widget hidden, Qt shares a growing window unevenly between two areas, but keeps the proportions
of a split inside one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

from ui.panes.base import DeskPane
from ui.start_page import StartPage, StartPageDock

START = StartPageDock.OBJECT_NAME
# The size a new user's window opens at (smaller on a smaller screen).
DEFAULT_SIZE = QSize(1280, 800)


@dataclass(frozen=True)
class Group:
    """Panes sharing one place as tabs, in tab order; the first present one is in front."""

    panes: tuple[str, ...]
    height: int  # share of the column's height, in per cent


@dataclass(frozen=True)
class Column:
    width: int  # share of the window's width, in per cent
    groups: tuple[Group, ...]


_FIND_AND_DO = Column(57, (
    Group(("lookup-pane", "work-queues-pane"), 54),
    Group((START, "call-pane", "answer-library-pane", "appeal-editor-pane"), 46),
))
_DUE = ("sla-pane", "deadline-board-pane", "answer-review-pane", "audit-pane", "calendar-pane",
        "users-pane")

CALL_DESK: tuple[Column, ...] = (
    _FIND_AND_DO,
    Column(43, (
        Group(("customer-card-pane",), 64),
        Group(_DUE, 36),
    )),
)

# The same places; the board's lists are a supervisor's main work, the card is read now and
# then: the card gets little more than its minimum height, the board the rest of the column.
SUPERVISOR_DESK: tuple[Column, ...] = (
    _FIND_AND_DO,
    Column(43, (
        Group(("customer-card-pane",), 30),
        Group(_DUE, 70),
    )),
)

ADMIN_DESK: tuple[Column, ...] = (
    Column(100, (
        Group(("users-pane",), 58),
        Group(("audit-pane", "calendar-pane", START), 42),
    )),
)


def plan_for(names: Sequence[str]) -> tuple[Column, ...]:
    """The call desk for whoever looks customers up (its supervisors' variant when the deadline
    board is what is due in front), the administrators' desk otherwise."""
    if "lookup-pane" not in names:
        return ADMIN_DESK
    due = next((name for name in _DUE if name in names), None)
    return SUPERVISOR_DESK if due == "deadline-board-pane" else CALL_DESK


def arrange(window: QMainWindow, panes: Mapping[str, DeskPane], start_page: StartPage) -> None:
    """Place the panes and the start page in a new window, and give it its default size."""
    if not panes:  # nothing to share the window with: the start page is the window
        window.setCentralWidget(start_page)
        window.resize(_default_size(window))
        return
    docks: dict[str, QDockWidget] = {START: StartPageDock(start_page, window), **panes}
    # QMainWindow wants a central widget; hidden, it leaves the whole window to the docks.
    placeholder = QWidget(window)
    placeholder.setObjectName("central-placeholder")
    window.setCentralWidget(placeholder)
    placeholder.hide()
    # Tabs above their panes, as in a tab widget: it reads as one place with several pages.
    window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)

    plan = plan_for(list(docks))
    columns = _place(window, plan, docks)
    for dock in docks.values():  # a pane no plan knows yet goes where it asks
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea:
            window.addDockWidget(dock.AREA if isinstance(dock, DeskPane)
                                 else Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(_default_size(window))
    _size(window, columns)


def _place(window: QMainWindow, plan: Sequence[Column], docks: Mapping[str, QDockWidget]
           ) -> list[tuple[Column, list[tuple[Group, QDockWidget]]]]:
    """Split one dock area into the plan's columns and rows, then stack each group as tabs.

    Returns, per column, the groups present with the dock that is in front of each."""
    columns: list[tuple[Column, list[list[QDockWidget]]]] = []
    for column in plan:
        groups = [[docks[name] for name in group.panes if name in docks]
                  for group in column.groups]
        columns.append((column, groups))
    columns = [(column, groups) for column, groups in columns if any(groups)]
    # Columns first, then the rows inside each: a row split before the column split would
    # run across the whole window.
    anchors = [next(members[0] for members in groups if members) for _, groups in columns]
    for index, anchor in enumerate(anchors):
        if index == 0:
            window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, anchor)
        else:
            window.splitDockWidget(anchors[index - 1], anchor, Qt.Orientation.Horizontal)
    placed: list[tuple[Column, list[tuple[Group, QDockWidget]]]] = []
    for (column, groups), anchor in zip(columns, anchors, strict=True):
        present = [(group, members)
                   for group, members in zip(column.groups, groups, strict=True) if members]
        above = anchor
        for _group, members in present[1:]:
            window.splitDockWidget(above, members[0], Qt.Orientation.Vertical)
            above = members[0]
        for _group, members in present:
            for previous, dock in pairwise(members):
                window.tabifyDockWidget(previous, dock)
            members[0].raise_()
        placed.append((column, [(group, members[0]) for group, members in present]))
    return placed


def _default_size(window: QMainWindow) -> QSize:
    """DEFAULT_SIZE, or less on a smaller screen (a laptop's 1366×768 less its taskbar) as far
    as the panes fit in it; a screen too small for them anyway changes nothing."""
    minimum = window.minimumSizeHint()
    screen = window.screen()
    room = screen.availableGeometry().size() if screen is not None else DEFAULT_SIZE

    def side(default: int, available: int, least: int) -> int:
        return max(min(default, available), least) if available >= least else default

    return QSize(side(DEFAULT_SIZE.width(), room.width(), minimum.width()),
                 side(DEFAULT_SIZE.height(), room.height(), minimum.height()))


def _size(window: QMainWindow,
          columns: Sequence[tuple[Column, Sequence[tuple[Group, QDockWidget]]]]) -> None:
    """Column widths and row heights as the plan's shares of the window (Qt keeps each pane
    at least at its minimum size and fits the rest)."""
    if len(columns) > 1:
        total = sum(column.width for column, _ in columns)
        window.resizeDocks([groups[0][1] for _, groups in columns],
                           [window.width() * column.width // total for column, _ in columns],
                           Qt.Orientation.Horizontal)
    for _column, groups in columns:
        if len(groups) > 1:
            total = sum(group.height for group, _ in groups)
            window.resizeDocks([dock for _, dock in groups],
                               [window.height() * group.height // total for group, _ in groups],
                               Qt.Orientation.Vertical)
