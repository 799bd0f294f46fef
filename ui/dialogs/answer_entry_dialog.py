"""A supervisor writes a library answer: questions, short and full answer, who gives it.

Saving proposes a version; it reaches operators only after another supervisor approves it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs.form_dialog import FormDialog
from workstation.answer_placeholders import KNOWN_PLACEHOLDERS
from workstation.answer_types import OPERATOR, SPECIALIST, AnswerContent, TopicInfo


class AnswerEntryDialog(FormDialog):
    def __init__(self, title: str, topics: list[TopicInfo], parent: QWidget | None = None,
                 *, content: AnswerContent | None = None) -> None:
        super().__init__(title, parent)
        self.setMinimumWidth(720)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("answer-title")
        self.topic_combo = QComboBox()
        self.topic_combo.setObjectName("answer-topic")
        parents = {t.code: t for t in topics}
        for topic in topics:
            indent = "    " if topic.parent_code in parents else ""
            self.topic_combo.addItem(indent + topic.title, topic.code)
        self.questions_edit = self._text_edit("answer-questions", 70)
        self.questions_edit.setPlaceholderText(self.tr("One typical wording per line"))
        self.spoken_edit = self._text_edit("answer-spoken", 80)
        self.written_edit = self._text_edit("answer-written", 150)
        self.given_by_combo = QComboBox()
        self.given_by_combo.setObjectName("answer-given-by")
        self.given_by_combo.addItem(self.tr("The operator answers alone"), OPERATOR)
        self.given_by_combo.addItem(self.tr("A specialist answers: transfer the call"),
                                    SPECIALIST)
        self.unit_edit = QLineEdit()
        self.unit_edit.setObjectName("answer-unit")
        self.unit_edit.setPlaceholderText(self.tr("The specialist's unit"))
        self.given_by_combo.currentIndexChanged.connect(self._given_by_changed)
        self.placeholder_combo = QComboBox()
        self.placeholder_combo.setObjectName("answer-placeholder")
        self.placeholder_combo.addItem(self.tr("Insert a field…"), None)
        for name, meaning in KNOWN_PLACEHOLDERS:
            self.placeholder_combo.addItem(f"{{{name}}} — {meaning}", name)
        self.placeholder_combo.activated.connect(self._insert_placeholder)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("answer-note")
        self.note_edit.setPlaceholderText(self.tr("What changed and why (for the history)"))
        self._last_text: QPlainTextEdit = self.written_edit

        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("T&opic:"), self.topic_combo)
        self.form.addRow(self.tr("Typical &questions:"), self.questions_edit)
        self.form.addRow(self.tr("&Short answer for a call:"), self.spoken_edit)
        self.form.addRow(self.tr("&Full answer for a letter:"), self.written_edit)
        self.form.addRow(self.tr("&Placeholders:"), self.placeholder_combo)
        self.form.addRow(self.tr("&Given by:"), self.given_by_combo)
        self.form.addRow(self.tr("Specialist &unit:"), self.unit_edit)
        self.form.addRow(self.tr("&Reason for the change:"), self.note_edit)
        self.save_button.setText(self.tr("Propose for approval"))
        if content is not None:
            self.set_content(content)
        self._given_by_changed()

    def _text_edit(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setMinimumHeight(height)
        edit.setTabChangesFocus(True)  # keyboard users move on with Tab
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A field is inserted where the supervisor was writing last.
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.FocusIn:
            self._last_text = watched
        return super().eventFilter(watched, event)

    def set_content(self, content: AnswerContent) -> None:
        self.title_edit.setText(content.title)
        index = self.topic_combo.findData(content.topic_code)
        self.topic_combo.setCurrentIndex(max(index, 0))
        self.questions_edit.setPlainText("\n".join(content.questions))
        self.spoken_edit.setPlainText(content.spoken)
        self.written_edit.setPlainText(content.written)
        self.given_by_combo.setCurrentIndex(max(self.given_by_combo.findData(
            content.answered_by), 0))
        self.unit_edit.setText(content.specialist_unit)

    def content(self) -> AnswerContent:
        return AnswerContent(
            topic_code=str(self.topic_combo.currentData() or ""),
            title=self.title_edit.text(),
            questions=tuple(self.questions_edit.toPlainText().splitlines()),
            spoken=self.spoken_edit.toPlainText(),
            written=self.written_edit.toPlainText(),
            answered_by=str(self.given_by_combo.currentData()),
            specialist_unit=self.unit_edit.text() if self._specialist() else "",
        )

    def note(self) -> str:
        return self.note_edit.text()

    def problem(self) -> str | None:
        if not self.title_edit.text().strip():
            return self.tr("Write the title of the answer.")
        if self._specialist() and not self.unit_edit.text().strip():
            return self.tr("Name the specialist's unit the call is transferred to.")
        return None

    def _specialist(self) -> bool:
        return self.given_by_combo.currentData() == SPECIALIST

    def _given_by_changed(self, _index: int = 0) -> None:
        self.unit_edit.setEnabled(self._specialist())

    def _insert_placeholder(self, index: int) -> None:
        name = self.placeholder_combo.itemData(index)
        self.placeholder_combo.setCurrentIndex(0)
        if name is None:
            return
        cursor = self._last_text.textCursor()
        cursor.insertText("{" + str(name) + "}")
        self._last_text.setTextCursor(cursor)
        self._last_text.setFocus()
