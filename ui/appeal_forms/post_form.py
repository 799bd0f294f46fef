"""A postal letter (CH-1): the mail room's incoming number and date, the sender and their
address, the sender's own reference, and the scanned pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.appeal_forms.base import ChannelForm
from workstation.appeals import Channel


class PostForm(ChannelForm):
    CHANNEL = Channel.POST

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line("incoming_number", self.tr("Incoming number"), self.tr("from the stamp"))
        self.day("incoming_date", self.tr("Date on the stamp"))
        self.line("sender_name", self.tr("Sender"))
        self.lines("sender_address", self.tr("Sender's address"),
                   self.tr("postal code, town, street, house, flat"))
        self.line("sender_reference", self.tr("Sender's reference"),
                  self.tr("their number and date, if any"))

    def body_label(self) -> str:
        return self.tr("Text of the letter")

    def files_label(self) -> str:
        return self.tr("Scanned pages")
