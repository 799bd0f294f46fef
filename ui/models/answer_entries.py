"""Every library answer as a supervisor manages it: published, retired, new, awaiting approval."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.icons import icon
from workstation.answer_types import SPECIALIST, EntryState

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class AnswerEntriesModel(QAbstractTableModel):
    TITLE, TOPIC, GIVEN_BY, STATE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[EntryState] = []
        self._topics: dict[str, str] = {}
        self._headers = [self.tr("Answer"), self.tr("Topic"), self.tr("Given by"),
                         self.tr("State")]

    def set_entries(self, entries: list[EntryState], topics: dict[str, str]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._topics = dict(topics)
        self.endResetModel()

    def entry(self, row: int) -> EntryState:
        return self._entries[row]

    def row_of(self, entry_id: object) -> int | None:
        return next((row for row, e in enumerate(self._entries) if e.entry_id == entry_id), None)

    def state_label(self, entry: EntryState) -> str:
        if entry.published_number is None:
            state = self.tr("not yet approved")
        elif entry.retired:
            state = self.tr("retired")
        else:
            state = self.tr("in use, version %1").replace("%1", str(entry.published_number))
        if entry.pending_number is not None:
            state += "; " + self.tr("version %1 awaits approval").replace(
                "%1", str(entry.pending_number))
        return state

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TITLE:
                return entry.content.title
            if column == self.TOPIC:
                return self._topics.get(entry.content.topic_code, entry.content.topic_code)
            if column == self.GIVEN_BY:
                if entry.content.answered_by == SPECIALIST:
                    return entry.content.specialist_unit
                return self.tr("operator")
            if column == self.STATE:
                return self.state_label(entry)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATE:
            if entry.pending_number is not None:
                return icon("warning")
            if entry.retired or entry.published_number is None:
                return icon("retire")
        return None
