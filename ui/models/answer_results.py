"""Answers found or listed in the library pane: best first, the matched words highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from db.russian_words import SearchTerms
from ui.answer_html import result_html
from ui.icons import icon
from workstation.answer_types import SPECIALIST, AnswerSummary

AnyIndex = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # rich text for the delegate of the answer column


class AnswerResultsModel(QAbstractTableModel):
    ANSWER, USES = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AnswerSummary] = []
        self._terms: SearchTerms | None = None
        self._topics: dict[str, str] = {}
        self._headers = [self.tr("Answer"), self.tr("Uses")]

    def set_topic_titles(self, titles: dict[str, str]) -> None:
        self._topics = dict(titles)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 1))

    def set_items(self, items: list[AnswerSummary], terms: SearchTerms | None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._terms = terms
        self.endResetModel()

    def item(self, row: int) -> AnswerSummary:
        return self._items[row]

    def row_of(self, entry_id: object) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.entry_id == entry_id),
                    None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == SUMMARY_ROLE:
            return item
        if column == self.ANSWER:
            if role == Qt.ItemDataRole.DisplayRole:
                return item.title
            if role == HTML_ROLE:
                return result_html(item.title, item.first_question, self._terms)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(item)
            if role == Qt.ItemDataRole.DecorationRole and item.answered_by == SPECIALIST:
                return icon("transfer")
        if column == self.USES:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(item.uses)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Times used recently")
        return None

    def _tooltip(self, item: AnswerSummary) -> str:
        topic = self._topics.get(item.topic_code, item.topic_code)
        text = self.tr("Topic: %1").replace("%1", topic)
        if item.answered_by == SPECIALIST:
            text += "\n" + self.tr("Given by a specialist: %1").replace(
                "%1", item.specialist_unit)
        return text
