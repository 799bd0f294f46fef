"""A person's open deadlines for the countdown widget, in the order work is done.

The rows come from stored due times (DeadlineService.open_for); a tick only subtracts "now"
from them. The order is the engine's queue order: the CMP-2 hour of an urgent complaint first,
then the overdue, then by due time, paused ones last. A tick re-sorts only when some row
changed its state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.deadline_look import DeadlineWords, cached_icon, left_text, state_colour, state_icon
from workstation.deadline_math import DeadlineState, countdown, queue_order
from workstation.deadline_service import DeadlineView
from workstation.formatting import format_datetime

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


_ROLES_SHOWN = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
    VIEW_ROLE, STATE_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class _Row:
    view: DeadlineView
    state: DeadlineState
    left: timedelta
    due_text: str | None = None  # formatted once: the due time does not change between loads

    def order(self) -> tuple[int, datetime]:
        return queue_order(self.view.first_place, self.state, self.view.due_at)


class DeadlinesTableModel(QAbstractTableModel):
    STATE, ITEM, RULE, DUE, LEFT = range(5)

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[_Row] = []
        self._year = 0
        words = DeadlineWords(self)
        self._state_words = {state: words.state(state) for state in DeadlineState}
        self._urgent_word = words.urgent()
        self._headers = [self.tr("State"), self.tr("Item"), self.tr("Rule"), self.tr("Due"),
                         self.tr("Left")]
        self._bold = QFont()
        self._bold.setBold(True)

    # -- filling and ticking -----------------------------------------------------------------
    def set_items(self, views: list[DeadlineView], now: datetime) -> None:
        """Replace the rows (after a reload); states are computed for ``now``."""
        self.beginResetModel()
        self._year = now.astimezone(self._zone).year
        self._rows = [self._row(view, now) for view in views]
        self._rows.sort(key=_Row.order)
        self.endResetModel()

    def tick(self, now: datetime) -> list[DeadlineView]:
        """Recount every row for ``now``; returns the rows that have just become overdue."""
        if not self._rows:
            return []
        breached: list[DeadlineView] = []
        moved = False
        for row in self._rows:
            count = countdown(row.view.due_at, now,
                              timedelta(seconds=row.view.due_soon_seconds), row.view.paused_at)
            if count.state is not row.state:
                moved = True
                if count.state is DeadlineState.OVERDUE:
                    breached.append(row.view)
            row.state, row.left = count.state, count.left
        if moved:
            self._resort()
        else:
            self.dataChanged.emit(self.index(0, self.STATE),
                                  self.index(len(self._rows) - 1, self.LEFT))
        return breached

    def _row(self, view: DeadlineView, now: datetime) -> _Row:
        count = countdown(view.due_at, now, timedelta(seconds=view.due_soon_seconds),
                          view.paused_at)
        return _Row(view, count.state, count.left)

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old = {id(row): number for number, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self._rows.sort(key=_Row.order)
        new = {id(row): number for number, row in enumerate(self._rows)}
        by_old = {old_number: new[row_id] for row_id, old_number in old.items()}
        for index in persistent:
            self.changePersistentIndex(
                index, self.index(by_old[index.row()], index.column()))
        self.layoutChanged.emit()

    # -- reading -----------------------------------------------------------------------------
    def view_at(self, row: int) -> DeadlineView:
        return self._rows[row].view

    def state_at(self, row: int) -> DeadlineState:
        return self._rows[row].state

    def counts(self) -> dict[DeadlineState, int]:
        result = dict.fromkeys(DeadlineState, 0)
        for row in self._rows:
            result[row.state] += 1
        return result

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked ~7 times per visible cell on every paint: the role decides first, and whatever
        # is not shown costs one dictionary lookup.
        if role not in _ROLES_SHOWN or not index.isValid():
            return None
        number, column = index.row(), index.column()
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.STATE:
                return state_icon(row.state)
            if column == self.ITEM and row.view.urgent:
                return cached_icon("urgent")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return state_colour(row.state) if column in (self.STATE, self.LEFT) else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row.state is DeadlineState.OVERDUE and (
                column in (self.STATE, self.LEFT)) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == self.LEFT else None
        if role == VIEW_ROLE:
            return row.view
        if role == STATE_ROLE:
            return row.state.value
        return self._tooltip(row)  # ToolTipRole, the last one shown

    def _display(self, row: _Row, column: int) -> str | None:
        view = row.view
        if column == self.STATE:
            return self._state_words[row.state]
        if column == self.ITEM:
            return view.title
        if column == self.RULE:
            return view.rule_name
        if column == self.DUE:
            if row.due_text is None:
                row.due_text = self._short(view.due_at)
            return row.due_text
        if column == self.LEFT:
            return left_text(row.left, row.state)
        return None

    def _short(self, moment: datetime) -> str:
        """«12.03 18:00» this year (a narrow column), «12.01.2027 18:00» otherwise."""
        local = moment.astimezone(self._zone)
        if local.year == self._year:
            return f"{local:%d.%m %H:%M}"
        return format_datetime(local)

    def _tooltip(self, row: _Row) -> str:
        lines = [row.view.title, f"{row.view.rule_name} — {row.view.rule_title}",
                 self.tr("Due: %1").replace("%1", format_datetime(row.view.due_at, self._zone))]
        if row.view.urgent:
            lines.append(self._urgent_word)
        return "\n".join(lines)
