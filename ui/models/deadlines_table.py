"""A person's open deadlines for the countdown widget, in the order work is done.

The rows come from stored due times (DeadlineService.open_for); a tick only subtracts "now"
from them. The order is the engine's queue order: the CMP-2 hour of an urgent complaint first,
then the overdue, then by due time, paused ones last. A tick re-sorts only when some row
changed its state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from ui.deadline_look import DeadlineWords, cached_icon, left_text, state_colour, state_icon
from ui.models.record_table import Column, RecordTableModel
from workstation.deadline_math import DeadlineState, countdown, queue_order
from workstation.deadline_service import DeadlineView
from workstation.formatting import format_datetime

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class _Row:
    view: DeadlineView
    state: DeadlineState
    left: timedelta
    due_text: str  # formatted once: the due time does not change between loads
    left_text: str  # what the last tick showed; a tick repaints only rows whose text changed
    left_key: int  # whole minutes left (seconds under a minute): the text changes with it
    due_soon: timedelta

    def order(self) -> tuple[int, datetime]:
        return queue_order(self.view.first_place, self.state, self.view.due_at)


@dataclass(frozen=True)
class PreparedRows:
    rows: list[_Row]
    year: int  # "this year" for the short due times


def prepare_rows(views: list[DeadlineView], now: datetime, zone: tzinfo) -> PreparedRows:
    """States, order and due texts for a reload — plain Python, so the background task that
    loaded the views does it, not the GUI thread."""
    year = now.astimezone(zone).year
    rows = []
    for view in views:
        due_soon = timedelta(seconds=view.due_soon_seconds)
        count = countdown(view.due_at, now, due_soon, view.paused_at)
        rows.append(_Row(view, count.state, count.left, _short(view.due_at, zone, year),
                         left_text(count.left, count.state), _shown_key(count.left),
                         due_soon))
    rows.sort(key=_Row.order)
    return PreparedRows(rows, year)


def _shown_key(left: timedelta) -> int:
    """Changes whenever the shown time left can change: every minute, every second under one."""
    seconds = int(left.total_seconds())
    return seconds // 60 if abs(seconds) >= 60 else 1_000_000 + seconds


def _short(moment: datetime, zone: tzinfo, year: int) -> str:
    """«12.03 18:00» this year (a narrow column), «12.01.2027 18:00» otherwise."""
    local = moment.astimezone(zone)
    if local.year == year:
        return f"{local:%d.%m %H:%M}"
    return format_datetime(local)


class DeadlinesTableModel(RecordTableModel[_Row]):
    STATE, ITEM, RULE, DUE, LEFT = range(5)

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._zone = zone
        self._year = 0
        words = DeadlineWords(self)
        state_words = {state: words.state(state) for state in DeadlineState}
        self._urgent_word = words.urgent()
        bold = QFont()
        bold.setBold(True)

        def colour(row: _Row) -> QColor | None:
            return state_colour(row.state)

        def font(row: _Row) -> QFont | None:
            return bold if row.state is DeadlineState.OVERDUE else None

        # Asked ~7 times per visible cell on every paint: each answer is one dict look-up.
        self._declare([
            Column(self.tr("State"), lambda row: state_words[row.state],
                   icon=lambda row: state_icon(row.state), colour=colour, font=font),
            Column(self.tr("Item"), lambda row: row.view.title,
                   icon=lambda row: cached_icon("urgent") if row.view.urgent else None),
            Column(self.tr("Rule"), lambda row: row.view.rule_name),
            Column(self.tr("Due"), lambda row: row.due_text),
            Column(self.tr("Left"), lambda row: row.left_text, colour=colour, font=font,
                   numeric=True),
        ], roles={
            VIEW_ROLE: lambda row: row.view, STATE_ROLE: lambda row: row.state.value,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
        })

    # -- filling and ticking -----------------------------------------------------------------
    def set_items(self, views: list[DeadlineView], now: datetime) -> None:
        """Replace the rows (after a reload); states are computed for ``now``."""
        self.set_prepared(prepare_rows(views, now, self._zone))

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Take rows made by ``prepare_rows`` (in a worker): the GUI thread only swaps lists."""
        self._year = prepared.year
        self.set_records(prepared.rows)

    def tick(self, now: datetime) -> list[DeadlineView]:
        """Recount every row for ``now``; returns the rows that have just become overdue."""
        if not self._records:
            return []
        breached: list[DeadlineView] = []
        moved = False
        first = last = -1
        for number, row in enumerate(self._records):
            count = countdown(row.view.due_at, now, row.due_soon, row.view.paused_at)
            changed = count.state is not row.state
            if changed:
                moved = True
                if count.state is DeadlineState.OVERDUE:
                    breached.append(row.view)
            key = _shown_key(count.left)
            if changed or key != row.left_key:  # else the text would read the same
                text = left_text(count.left, count.state)
                if changed or text != row.left_text:
                    first = number if first < 0 else first
                    last = number
                row.left_text, row.left_key = text, key
            row.state, row.left = count.state, count.left
        if moved:
            self._resort()
        elif first >= 0:
            # Days, hours and minutes change seldom: most ticks repaint nothing at all.
            self.dataChanged.emit(self.index(first, self.STATE), self.index(last, self.LEFT))
        return breached

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old = {id(row): number for number, row in enumerate(self._records)}
        persistent = self.persistentIndexList()
        self._records.sort(key=_Row.order)
        new = {id(row): number for number, row in enumerate(self._records)}
        by_old = {old_number: new[row_id] for row_id, old_number in old.items()}
        for index in persistent:
            self.changePersistentIndex(
                index, self.index(by_old[index.row()], index.column()))
        self.layoutChanged.emit()

    # -- reading -----------------------------------------------------------------------------
    def view_at(self, row: int) -> DeadlineView:
        return self._records[row].view

    def state_at(self, row: int) -> DeadlineState:
        return self._records[row].state

    def counts(self) -> dict[DeadlineState, int]:
        result = dict.fromkeys(DeadlineState, 0)
        for row in self._records:
            result[row.state] += 1
        return result

    def _tooltip(self, row: _Row) -> str:
        lines = [row.view.title, f"{row.view.rule_name} — {row.view.rule_title}",
                 self.tr("Due: %1").replace("%1", format_datetime(row.view.due_at, self._zone))]
        if row.view.urgent:
            lines.append(self._urgent_word)
        return "\n".join(lines)
