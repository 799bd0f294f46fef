"""A work queue as a read-only table that loads a page at a time as one scrolls (keyset pages
from workstation/appeal_queues.py), so 100,000 appeals cost the same as 200."""

from __future__ import annotations

import uuid
from datetime import tzinfo

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ui import palette
from ui.deadline_look import cached_icon
from ui.models.record_table import RECORD_ROLE, AnyIndex, Column, RecordTableModel
from workstation.appeal_queues import Cursor, QueuePage, QueueRow
from workstation.appeals import AppealStatus, Urgency
from workstation.formatting import format_date, format_datetime

ROW_ROLE = RECORD_ROLE  # the QueueRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the appeal's id


class AppealQueueModel(RecordTableModel[QueueRow]):
    NUMBER, RECEIVED, CHANNEL, CATEGORY, STATUS, WHO, TOPIC, ASSIGNEE = range(8)

    # The view scrolled to the end and there is more: the pane fetches the page after it.
    more_wanted = Signal(object)  # Cursor

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._cursor: Cursor | None = None
        self._fetching = False
        bold = QFont()
        bold.setBold(True)

        def urgent(row: QueueRow) -> bool:
            return row.urgency is Urgency.URGENT

        self._declare([
            Column(self.tr("Number"), lambda row: row.journal_number,
                   tooltip=lambda row: self.tr("Urgent (CMP-2): health or safety")
                   if urgent(row) else row.journal_number,
                   icon=lambda row: cached_icon("urgent") if urgent(row) else None,
                   colour=lambda row: QColor(palette.DANGER) if urgent(row) else None,
                   font=lambda row: bold if urgent(row) else None),
            Column(self.tr("Received"), lambda row: format_datetime(row.received_at, zone)),
            Column(self.tr("Channel"), lambda row: row.channel.label,
                   icon=lambda row: cached_icon(f"channel-{row.channel.value}")),
            Column(self.tr("Cat."), lambda row: row.category.value),
            Column(self.tr("Status"), self._status, icon=lambda row: cached_icon(
                "clarification") if row.status is AppealStatus.CLARIFICATION else None),
            Column(self.tr("From"), lambda row: row.who,
                   tooltip=lambda row: self.tr("The sender is not matched to a customer yet")
                   if row.match_needed else row.who,
                   icon=lambda row: cached_icon("unmatched") if row.match_needed else None),
            Column(self.tr("Topic"), lambda row: row.topic or row.subject,
                   tooltip=lambda row: "\n".join(p for p in (row.topic, row.subject) if p)),
            Column(self.tr("Assignee"), lambda row: row.assignee),
        ], roles={ID_ROLE: lambda row: row.id}, text_tooltips=True)

    # -- filling ------------------------------------------------------------------------------
    def set_page(self, page: QueuePage) -> None:
        self._cursor = page.next_cursor
        self._fetching = False
        self.set_records(page.rows)

    def append_page(self, page: QueuePage) -> None:
        self._fetching = False
        self._cursor = page.next_cursor
        known = {row.id for row in self._records}
        self.append_records([row for row in page.rows if row.id not in known])

    def fetch_failed(self) -> None:
        self._fetching = False

    def row_at(self, row: int) -> QueueRow | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rows(self) -> list[QueueRow]:
        return self.records()

    def row_of(self, appeal_id: uuid.UUID) -> int | None:
        return next((i for i, row in enumerate(self._records) if row.id == appeal_id), None)

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

    # -- the cells ----------------------------------------------------------------------------
    def _status(self, row: QueueRow) -> str:
        if row.status is AppealStatus.CLARIFICATION and row.clarification_due:
            return self.tr("%1 until %2").replace("%1", row.status.label).replace(
                "%2", format_date(row.clarification_due))
        return row.status.label
