"""The selected answer as the person will give it: questions, the short answer for the call, the
full answer for a letter, placeholders filled from the customer card and the user."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from db.russian_words import SearchTerms
from ui import palette
from ui.answer_html import GAP_STYLE, filled_html, highlighted
from workstation.answer_placeholders import FillContext, FilledText, fill
from workstation.answer_types import USE_FULL, USE_SHORT, USE_TRANSFER, AnswerView, transfer_note


def texts_to_give(view: AnswerView, context: FillContext) -> dict[str, FilledText]:
    """What this viewer may insert, by kind of use: the answers, or the transfer note (TEL-4)."""
    if view.spoken is not None and view.written is not None:
        return {USE_SHORT: fill(view.spoken, context), USE_FULL: fill(view.written, context)}
    return {USE_TRANSFER: fill(transfer_note(view.title, view.specialist_unit), context)}


class AnswerPreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer-preview")
        self.setOpenLinks(False)
        self.view: AnswerView | None = None

    def show_nothing(self, message: str) -> None:
        self.view = None
        self.setHtml(f'<p style="color:{palette.SECONDARY_TEXT};">{escape(message)}</p>')

    def show_view(self, view: AnswerView, context: FillContext,
                  terms: SearchTerms | None) -> None:
        self.view = view
        secondary = palette.SECONDARY_TEXT
        number = self.tr("version %1").replace("%1", str(view.number))
        parts = [f"<h3>{highlighted(view.title, terms)}</h3>",
                 f'<p style="color:{secondary};">{escape(view.topic_title)} · '
                 f"{escape(number)}</p>"]
        if view.specialist_unit:
            parts.append(self._block(self.tr("Given by a specialist"),
                                     escape(view.specialist_unit)))
        if view.spoken is not None and view.written is not None:
            parts.append(self._block(self.tr("Short answer for a call"),
                                     filled_html(fill(view.spoken, context), terms)))
            parts.append(self._block(self.tr("Full answer for a letter or e-mail"),
                                     filled_html(fill(view.written, context), terms)))
        if view.transfer is not None:
            title = (self.tr("When transferring the call") if view.may_give
                     else self.tr("Transfer the call to a specialist — say"))
            parts.append(self._block(title, highlighted(view.transfer, terms)))
        if not view.may_give:
            reserved = self.tr("Only a specialist gives this answer (TEL-2).")
            parts.append(f'<p><span style="{GAP_STYLE}">{escape(reserved)}</span></p>')
        # The answer to read out comes first; the wordings that led here after it.
        questions = "".join(f"<li>{highlighted(q, terms)}</li>" for q in view.questions)
        parts.append(self._block(self.tr("Typical questions"), f"<ul>{questions}</ul>"))
        self.setHtml("".join(parts))

    def _block(self, title: str, body: str) -> str:
        return (f'<p style="margin-top:8px;"><b>{escape(title)}</b></p>'
                f'<div style="margin-left:4px;">{body}</div>')
