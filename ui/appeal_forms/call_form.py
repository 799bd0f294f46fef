"""A telephone call (CH-1): the line it came in on, the caller's number, its start time."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.appeal_forms.base import ChannelForm
from workstation.appeal_fields import Line
from workstation.appeals import Channel


class CallForm(ChannelForm):
    CHANNEL = Channel.CALL

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice("line", self.tr("Line"), [(line.label, line.value) for line in Line])
        self.line("phone", self.tr("Caller's phone"), "+7 914 123-45-67")

    def received_label(self) -> str:
        return self.tr("Call started")

    def body_label(self) -> str:
        return self.tr("What the caller asked")
