"""An e-mail (CH-1): the sender's address and name; subject, text and attachments are the
editor's common fields."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.appeal_forms.base import ChannelForm
from workstation.appeals import Channel


class EmailForm(ChannelForm):
    CHANNEL = Channel.EMAIL

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line("from_address", self.tr("From (address)"), "name@example.ru")
        self.line("from_name", self.tr("From (name)"))

    def subject_label(self) -> str | None:
        return self.tr("Subject")

    def files_label(self) -> str:
        return self.tr("Attachments")
