"""Every library answer as a supervisor manages it: published, retired, new, awaiting approval."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from ui.icons import icon
from ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from workstation.answer_types import SPECIALIST, EntryState

ENTRY_ROLE = RECORD_ROLE


class AnswerEntriesModel(RecordTableModel[EntryState]):
    TITLE, TOPIC, GIVEN_BY, STATE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._topics: dict[str, str] = {}
        self._declare([
            Column(self.tr("Answer"), lambda e: e.content.title),
            Column(self.tr("Topic"),
                   lambda e: self._topics.get(e.content.topic_code, e.content.topic_code)),
            Column(self.tr("Given by"), self._given_by),
            Column(self.tr("State"), self.state_label, icon=self._state_icon),
        ], text_tooltips=True, sort_role=None)

    def set_entries(self, entries: list[EntryState], topics: dict[str, str]) -> None:
        self._topics = dict(topics)
        self.set_records(entries)

    def entry(self, row: int) -> EntryState:
        return self.record(row)

    def row_of(self, entry_id: object) -> int | None:
        return next((row for row, e in enumerate(self._records) if e.entry_id == entry_id), None)

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

    def _given_by(self, entry: EntryState) -> str:
        if entry.content.answered_by == SPECIALIST:
            return entry.content.specialist_unit
        return self.tr("operator")

    @staticmethod
    def _state_icon(entry: EntryState) -> QIcon | None:
        if entry.pending_number is not None:
            return icon("warning")
        if entry.retired or entry.published_number is None:
            return icon("retire")
        return None
