"""Answers found or listed in the library pane: best first, the matched words highlighted."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from db.russian_words import SearchTerms
from ui.answer_html import result_html
from ui.icons import icon
from ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from workstation.answer_types import SPECIALIST, AnswerSummary

SUMMARY_ROLE = RECORD_ROLE
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # rich text for the delegate of the answer column


class AnswerResultsModel(RecordTableModel[AnswerSummary]):
    ANSWER, USES = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._terms: SearchTerms | None = None
        self._topics: dict[str, str] = {}
        self._declare([
            Column(self.tr("Answer"), lambda item: item.title, tooltip=self._tooltip,
                   icon=lambda item: icon("transfer") if item.answered_by == SPECIALIST else None,
                   roles={HTML_ROLE: lambda item: result_html(
                       item.title, item.first_question, self._terms)}),
            Column(self.tr("Uses"), lambda item: str(item.uses), numeric=True,
                   tooltip=lambda _item: self.tr("Times used recently")),
        ], sort_role=None)

    def set_topic_titles(self, titles: dict[str, str]) -> None:
        self._topics = dict(titles)
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, 1))

    def set_items(self, items: list[AnswerSummary], terms: SearchTerms | None) -> None:
        self._terms = terms
        self.set_records(items)

    def item(self, row: int) -> AnswerSummary:
        return self.record(row)

    def row_of(self, entry_id: object) -> int | None:
        return next((row for row, item in enumerate(self._records) if item.entry_id == entry_id),
                    None)

    def _tooltip(self, item: AnswerSummary) -> str:
        topic = self._topics.get(item.topic_code, item.topic_code)
        text = self.tr("Topic: %1").replace("%1", topic)
        if item.answered_by == SPECIALIST:
            text += "\n" + self.tr("Given by a specialist: %1").replace(
                "%1", item.specialist_unit)
        return text
