"""A website form (CH-1): the sender as the form gave them — name, e-mail or phone, account,
address (an import fills these in; an operator can type one from a printout)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.appeal_forms.base import ChannelForm
from workstation.appeals import Channel


class WebformForm(ChannelForm):
    CHANNEL = Channel.WEBFORM

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line("sender_name", self.tr("Name"))
        self.line("contact_email", self.tr("E-mail"), "name@example.ru")
        self.line("contact_phone", self.tr("Phone"), "+7 914 123-45-67")
        self.line("account", self.tr("Account"))
        self.line("address", self.tr("Address"))

    def received_label(self) -> str:
        return self.tr("Submitted")

    def body_label(self) -> str:
        return self.tr("Message *")
