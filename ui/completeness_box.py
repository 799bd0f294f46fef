"""What the appeal still lacks (WR-2, QA-1) and whether a clarification is awaited — in words
and with an icon, never by colour alone."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ui import palette
from ui.icons import icon
from workstation.appeal_fields import MissingField, Need
from workstation.appeal_views import ClarificationInfo
from workstation.appeal_workflow import ContactChannel
from workstation.formatting import format_date, format_datetime


class CompletenessBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appeal-completeness")
        self.setProperty("role", "card")
        self._icon = QLabel()
        self.text_label = QLabel()
        self.text_label.setObjectName("appeal-missing")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self._clarification_icon = QLabel()
        self.clarification_label = QLabel()
        self.clarification_label.setObjectName("appeal-clarification")
        self.clarification_label.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setHorizontalSpacing(8)
        layout.addWidget(self._icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 0, 1)
        layout.addWidget(self._clarification_icon, 1, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.clarification_label, 1, 1)
        layout.setColumnStretch(1, 1)
        self.show_clarification(None, None)

    def show_missing(self, missing: list[MissingField]) -> None:
        blocking = [item.label for item in missing if item.need is Need.REGISTER]
        wanted = [item.label for item in missing if item.need is Need.PROCESS]
        # Translated apart: lupdate does not look inside f-strings.
        required = self.tr("Required to register:")
        lacking = self.tr("Missing for processing (WR-2):")
        complete = self.tr("Everything the channel needs is filled in.")
        parts = []
        if blocking:
            parts.append(f"<b style='color:{palette.DANGER}'>{required}</b> "
                         f"{', '.join(blocking)}")
        if wanted:
            parts.append(f"<b style='color:{palette.WARNING}'>{lacking}</b> {', '.join(wanted)}")
        if not parts:
            parts.append(f"<span style='color:{palette.SUCCESS}'>{complete}</span>")
        meaning = "error" if blocking else "warning" if wanted else "ok"
        self._icon.setPixmap(icon(meaning).pixmap(18, 18))
        self.text_label.setText("<br>".join(parts))

    def show_clarification(self, request: ClarificationInfo | None, zone: tzinfo | None) -> None:
        visible = request is not None
        self._clarification_icon.setVisible(visible)
        self.clarification_label.setVisible(visible)
        if request is None:
            return
        self._clarification_icon.setPixmap(icon("clarification").pixmap(18, 18))
        try:
            how = ContactChannel(request.channel).label
        except ValueError:
            how = request.channel
        self.clarification_label.setText(
            self.tr("Clarification requested %1 by %2 (%3), agreed date %4: «%5»")
            .replace("%1", format_datetime(request.requested_at, zone))
            .replace("%2", how).replace("%3", request.contact)
            .replace("%4", format_date(request.agreed_on)).replace("%5", request.question))
