"""Icons by meaning, drawn from a maintained icon font that ships with qtawesome (offline).

Icons come from Material Design Icons (``mdi6``, Apache 2.0) bundled in qtawesome; being a
font, they are sharp at any scale factor. Code asks for a meaning ("lock", "user-add"), so the
icon set can be swapped in one place.
"""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QAbstractButton

from ui import palette

# meaning -> icon name in the bundled set
_NAMES = {
    "about": "mdi6.information-outline",
    "absence": "mdi6.calendar-account-outline",
    "answer-edit": "mdi6.file-document-edit-outline",
    "answer-new": "mdi6.text-box-plus-outline",
    "answers": "mdi6.book-open-page-variant-outline",
    "appeal-editor": "mdi6.clipboard-edit-outline",
    "appeal-new": "mdi6.file-plus-outline",
    "approve": "mdi6.check-decagram-outline",
    "attachment": "mdi6.paperclip",
    "audit": "mdi6.clipboard-text-clock-outline",
    "calendar": "mdi6.calendar-clock",
    "call-phase": "mdi6.phone-in-talk-outline",
    "call-script": "mdi6.account-voice",
    "callback": "mdi6.phone-return-outline",
    "channel-call": "mdi6.phone-outline",
    "channel-chat": "mdi6.chat-outline",
    "channel-email": "mdi6.email-outline",
    "channel-post": "mdi6.mailbox-outline",
    "channel-voicemail": "mdi6.voicemail",
    "channel-webform": "mdi6.web",
    "clarification": "mdi6.comment-question-outline",
    "clarification-received": "mdi6.comment-check-outline",
    "clock": "mdi6.clock-outline",
    "connection-checking": "mdi6.lan-pending",
    "connection-lost": "mdi6.lan-disconnect",
    "connection-online": "mdi6.lan-connect",
    "contacts": "mdi6.card-account-phone-outline",
    "copy": "mdi6.content-copy",
    "customer-card": "mdi6.card-account-details-outline",
    "customer-search": "mdi6.account-search-outline",
    "day-off": "mdi6.sofa-outline",
    "day-override": "mdi6.calendar-edit",
    "day-working": "mdi6.briefcase-outline",
    "database": "mdi6.database-outline",
    "deadline-board": "mdi6.view-dashboard-outline",
    "deadline-due-soon": "mdi6.timer-sand",
    "deadline-on-time": "mdi6.check-circle-outline",
    "deadline-overdue": "mdi6.alert-octagon-outline",
    "deadline-paused": "mdi6.pause-circle-outline",
    "deadlines": "mdi6.timer-outline",
    "disable": "mdi6.account-cancel-outline",
    "edit": "mdi6.account-edit-outline",
    "enable": "mdi6.account-check-outline",
    "error": "mdi6.alert-circle-outline",
    "export": "mdi6.file-export-outline",
    "filter": "mdi6.filter-outline",
    "fullscreen": "mdi6.fullscreen",
    "hang-up": "mdi6.phone-hangup-outline",
    "history": "mdi6.history",
    "identify": "mdi6.shield-account-outline",
    "import": "mdi6.file-import-outline",
    "incoming-call": "mdi6.phone-incoming-outline",
    "info": "mdi6.information-outline",
    "insert": "mdi6.text-box-edit-outline",
    "keyboard": "mdi6.keyboard-outline",
    "layout-reset": "mdi6.view-dashboard-edit-outline",
    "load-more": "mdi6.chevron-double-down",
    "lock": "mdi6.lock-outline",
    "logout": "mdi6.logout",
    "make-day-off": "mdi6.calendar-remove-outline",
    "make-working-day": "mdi6.calendar-check-outline",
    "masked": "mdi6.eye-off-outline",
    "match": "mdi6.account-arrow-right-outline",
    "new-call": "mdi6.phone-plus-outline",
    "ok": "mdi6.check-circle-outline",
    "open-file": "mdi6.file-eye-outline",
    "organisation": "mdi6.domain",
    "password": "mdi6.form-textbox-password",
    "person": "mdi6.account-outline",
    "production-calendar": "mdi6.calendar-month-outline",
    "quit": "mdi6.power",
    "recording": "mdi6.record-rec",
    "refresh": "mdi6.refresh",
    "reject": "mdi6.close-octagon-outline",
    "remove": "mdi6.delete-outline",
    "retire": "mdi6.archive-arrow-down-outline",
    "save": "mdi6.content-save-outline",
    "search": "mdi6.magnify",
    "take": "mdi6.hand-back-right-outline",
    "transfer": "mdi6.phone-forward-outline",
    "unlock": "mdi6.lock-open-variant-outline",
    "unmatched": "mdi6.account-question-outline",
    "urgent": "mdi6.fire",
    "user": "mdi6.account-circle-outline",
    "user-add": "mdi6.account-plus-outline",
    "users": "mdi6.account-group-outline",
    "warning": "mdi6.alert-outline",
    "withdraw": "mdi6.undo-variant",
    "work-queues": "mdi6.tray-full",
}

# State icons carry their own colour; the words beside them say the same (never colour alone).
_COLOURS = {
    "connection-lost": palette.DANGER,
    "error": palette.DANGER,
    "warning": palette.WARNING,
    "ok": palette.SUCCESS,
    "connection-online": palette.SUCCESS,
    "deadline-on-time": palette.SUCCESS,
    "deadline-due-soon": palette.WARNING,
    "deadline-overdue": palette.DANGER,
    "urgent": palette.DANGER,
}


def icon(meaning: str, colour: str | None = None) -> QIcon:
    name = _NAMES[meaning]
    tint = QColor(colour or _COLOURS.get(meaning, palette.ICON))
    # A selected row of a table or list paints its icons in the Selected mode: there they are
    # drawn in the highlighted text's colour, like the row's words, not dark on the blue.
    return qtawesome.icon(name, color=tint, color_disabled=QColor(palette.DISABLED_TEXT),
                          color_selected=QColor(palette.HIGHLIGHTED_TEXT))


def on_primary(meaning: str) -> QIcon:
    """An icon for a primary button (the stylesheet's blue ``role="primary"``): drawn in the
    button's text colour in every state, disabled too (its text stays white on a paler blue),
    so it reads like the words beside it instead of a dark glyph on dark blue."""
    tint = QColor(palette.HIGHLIGHTED_TEXT)
    return qtawesome.icon(_NAMES[meaning], color=tint, color_disabled=tint, color_active=tint,
                          color_selected=tint)


def make_primary(button: QAbstractButton, meaning: str, primary: bool = True) -> None:
    """Make ``button`` the one that leads (blue, its icon in the button's text colour), or an
    ordinary button again with ``primary=False``."""
    role = "primary" if primary else ""
    button.setIcon(on_primary(meaning) if primary else icon(meaning))
    if button.property("role") != role:
        button.setProperty("role", role)
        button.style().unpolish(button)
        button.style().polish(button)


def known_icons() -> list[str]:
    return sorted(_NAMES)
