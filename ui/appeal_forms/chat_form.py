"""A chat (CH-1): who the operator talked to and the session's number; the transcript is the
editor's text."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.appeal_forms.base import ChannelForm
from workstation.appeals import Channel


class ChatForm(ChannelForm):
    CHANNEL = Channel.CHAT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line("chat_contact", self.tr("Chatting with"), self.tr("name, phone or e-mail"))
        self.line("chat_id", self.tr("Chat session"))

    def received_label(self) -> str:
        return self.tr("Chat started")

    def subject_label(self) -> str | None:
        return None

    def body_label(self) -> str:
        return self.tr("Transcript *")
