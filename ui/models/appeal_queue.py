"""A work queue as a read-only table that loads a page at a time as one scrolls (keyset pages
from workstation/appeal_queues.py), so 100,000 appeals cost the same as 200."""

from __future__ import annotations

import uuid
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ui import palette
from ui.deadline_look import cached_icon
from workstation.appeal_queues import Cursor, QueuePage, QueueRow
from workstation.appeals import AppealStatus, Urgency
from workstation.formatting import format_date, format_datetime

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the QueueRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the appeal's id


class AppealQueueModel(QAbstractTableModel):
    NUMBER, RECEIVED, CHANNEL, CATEGORY, STATUS, WHO, TOPIC, ASSIGNEE = range(8)

    # The view scrolled to the end and there is more: the pane fetches the page after it.
    more_wanted = Signal(object)  # Cursor

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[QueueRow] = []
        self._cursor: Cursor | None = None
        self._fetching = False
        self._headers = [self.tr("Number"), self.tr("Received"), self.tr("Channel"),
                         self.tr("Cat."), self.tr("Status"), self.tr("From"), self.tr("Topic"),
                         self.tr("Assignee")]
        self._bold = QFont()
        self._bold.setBold(True)

    # -- filling ------------------------------------------------------------------------------
    def set_page(self, page: QueuePage) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self._cursor = page.next_cursor
        self._fetching = False
        self.endResetModel()

    def append_page(self, page: QueuePage) -> None:
        self._fetching = False
        self._cursor = page.next_cursor
        known = {row.id for row in self._rows}
        fresh = [row for row in page.rows if row.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    def fetch_failed(self) -> None:
        self._fetching = False

    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[QueueRow]:
        return list(self._rows)

    def row_of(self, appeal_id: uuid.UUID) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == appeal_id), None)

    @property
    def has_more(self) -> bool:
        return self._cursor is not None

    # -- lazy loading ---------------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._cursor is not None and not self._fetching

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.more_wanted.emit(self._cursor)

    # -- the model ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NUMBER and (
                row.urgency is Urgency.URGENT):
            return QColor(palette.DANGER)
        if role == Qt.ItemDataRole.FontRole and column == self.NUMBER and (
                row.urgency is Urgency.URGENT):
            return self._bold
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def _text(self, row: QueueRow, column: int) -> str:
        if column == self.NUMBER:
            return row.journal_number
        if column == self.RECEIVED:
            return format_datetime(row.received_at, self._zone)
        if column == self.CHANNEL:
            return row.channel.label
        if column == self.CATEGORY:
            return row.category.value
        if column == self.STATUS:
            if row.status is AppealStatus.CLARIFICATION and row.clarification_due:
                return self.tr("%1 until %2").replace("%1", row.status.label).replace(
                    "%2", format_date(row.clarification_due))
            return row.status.label
        if column == self.WHO:
            return row.who
        if column == self.TOPIC:
            return row.topic or row.subject
        if column == self.ASSIGNEE:
            return row.assignee
        return ""

    def _tooltip(self, row: QueueRow, column: int) -> str:
        if column == self.NUMBER and row.urgency is Urgency.URGENT:
            return self.tr("Urgent (CMP-2): health or safety")
        if column == self.WHO and row.match_needed:
            return self.tr("The sender is not matched to a customer yet")
        if column == self.TOPIC:
            return "\n".join(part for part in (row.topic, row.subject) if part)
        return self._text(row, column)

    def _decoration(self, row: QueueRow, column: int) -> Any:
        if column == self.CHANNEL:
            return cached_icon(f"channel-{row.channel.value}")
        if column == self.NUMBER and row.urgency is Urgency.URGENT:
            return cached_icon("urgent")
        if column == self.WHO and row.match_needed:
            return cached_icon("unmatched")
        if column == self.STATUS and row.status is AppealStatus.CLARIFICATION:
            return cached_icon("clarification")
        return None
