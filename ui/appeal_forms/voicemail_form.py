"""A voicemail (CH-1, TEL-8): the recording, the callback number, who called and about what
account or address, and how the answer goes (SLA-9: by phone or by post)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.appeal_forms.base import ChannelForm
from workstation.appeals import Channel


class VoicemailForm(ChannelForm):
    CHANNEL = Channel.VOICEMAIL

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line("callback_number", self.tr("Callback number"), "+7 914 123-45-67")
        self.line("caller_name", self.tr("Caller's name"))
        self.line("account_or_address", self.tr("Account or address"))
        self.choice("answer_by", self.tr("Answer by"), [(self.tr("phone (5 working days)"),
                                                         "phone"),
                                                        (self.tr("post (30 working days)"),
                                                         "post")])

    def received_label(self) -> str:
        return self.tr("Message left")

    def subject_label(self) -> str | None:
        return None

    def body_label(self) -> str:
        return self.tr("What the caller said")

    def files_label(self) -> str:
        return self.tr("Recording *")
