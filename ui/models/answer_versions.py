"""Versions of library answers: the approval queue, and an entry's history (newest first)."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.icons import icon
from workstation.answer_types import APPROVED, PENDING, REJECTED, WITHDRAWN, VersionInfo
from workstation.formatting import format_datetime

AnyIndex = QModelIndex | QPersistentModelIndex
VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class AnswerVersionsModel(QAbstractTableModel):
    TITLE, NUMBER, CHANGE, AUTHOR, WHEN, STATE, NOTE = range(7)

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._versions: list[VersionInfo] = []
        self._headers = [self.tr("Answer"), self.tr("Version"), self.tr("Change"),
                         self.tr("Author"), self.tr("Proposed"), self.tr("State"),
                         self.tr("Note")]
        self._states = {PENDING: self.tr("awaiting approval"), APPROVED: self.tr("approved"),
                        REJECTED: self.tr("rejected"), WITHDRAWN: self.tr("withdrawn")}

    def set_versions(self, versions: list[VersionInfo]) -> None:
        self.beginResetModel()
        self._versions = list(versions)
        self.endResetModel()

    def version(self, row: int) -> VersionInfo:
        return self._versions[row]

    def change_label(self, version: VersionInfo) -> str:
        if version.retired:
            return self.tr("retire")
        return self.tr("new answer") if version.number == 1 else self.tr("change")

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._versions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._versions):
            return None
        version = self._versions[index.row()]
        if role == VERSION_ROLE:
            return version
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(version, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.CHANGE:
            return icon("retire" if version.retired else
                        "answer-new" if version.number == 1 else "answer-edit")
        return None

    def _text(self, version: VersionInfo, column: int) -> str:
        if column == self.TITLE:
            return version.content.title
        if column == self.NUMBER:
            return str(version.number)
        if column == self.CHANGE:
            return self.change_label(version)
        if column == self.AUTHOR:
            return version.author_name
        if column == self.WHEN:
            return format_datetime(version.created_at, self._zone)
        if column == self.STATE:
            state = self._states.get(version.status, version.status)
            if version.reviewer_name and version.status != PENDING:
                return f"{state}: {version.reviewer_name}"
            return state
        if column == self.NOTE:
            return version.review_note or version.change_note
        return ""
