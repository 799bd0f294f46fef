"""Versions of library answers: the approval queue, and an entry's history (newest first)."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QObject

from ui.icons import icon
from ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from workstation.answer_types import APPROVED, PENDING, REJECTED, WITHDRAWN, VersionInfo
from workstation.formatting import format_datetime

VERSION_ROLE = RECORD_ROLE


class AnswerVersionsModel(RecordTableModel[VersionInfo]):
    TITLE, NUMBER, CHANGE, AUTHOR, WHEN, STATE, NOTE = range(7)

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._states = {PENDING: self.tr("awaiting approval"), APPROVED: self.tr("approved"),
                        REJECTED: self.tr("rejected"), WITHDRAWN: self.tr("withdrawn")}
        self._declare([
            Column(self.tr("Answer"), lambda v: v.content.title),
            Column(self.tr("Version"), lambda v: str(v.number)),
            Column(self.tr("Change"), self.change_label, icon=lambda v: icon(
                "retire" if v.retired else "answer-new" if v.number == 1 else "answer-edit")),
            Column(self.tr("Author"), lambda v: v.author_name),
            Column(self.tr("Proposed"), lambda v: format_datetime(v.created_at, zone)),
            Column(self.tr("State"), self._state),
            Column(self.tr("Note"), lambda v: v.review_note or v.change_note),
        ], text_tooltips=True, sort_role=None)

    def set_versions(self, versions: list[VersionInfo]) -> None:
        self.set_records(versions)

    def version(self, row: int) -> VersionInfo:
        return self.record(row)

    def change_label(self, version: VersionInfo) -> str:
        if version.retired:
            return self.tr("retire")
        return self.tr("new answer") if version.number == 1 else self.tr("change")

    def _state(self, version: VersionInfo) -> str:
        state = self._states.get(version.status, version.status)
        if version.reviewer_name and version.status != PENDING:
            return f"{state}: {version.reviewer_name}"
        return state
