"""How a deadline's state looks: an icon, a colour and words — never the colour alone.

Shared by the countdown widget and the supervisors' board, so that "overdue" reads and looks
the same everywhere.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QColor, QIcon

from ui import palette
from ui.icons import icon
from workstation.deadline_math import DeadlineState
from workstation.durations import MINUS, format_countdown, format_time_left

STATE_ICONS = {
    DeadlineState.ON_TIME: "deadline-on-time",
    DeadlineState.DUE_SOON: "deadline-due-soon",
    DeadlineState.OVERDUE: "deadline-overdue",
    DeadlineState.PAUSED: "deadline-paused",
}
STATE_COLOURS = {
    DeadlineState.ON_TIME: palette.SUCCESS,
    DeadlineState.DUE_SOON: palette.WARNING,
    DeadlineState.OVERDUE: palette.DANGER,
    DeadlineState.PAUSED: palette.SECONDARY_TEXT,
}


_ICONS: dict[str, QIcon] = {}
_COLOURS = {state: QColor(colour) for state, colour in STATE_COLOURS.items()}


def cached_icon(meaning: str) -> QIcon:
    """An icon drawn once into pixmaps: a table asks for it on every paint of every row, and
    a font icon's engine would draw the glyph again each time (most of a 500-row list's frame
    budget)."""
    found = _ICONS.get(meaning)
    if found is None:
        drawn = icon(meaning)
        found = QIcon()
        for size in (16, 20, 24, 32):
            found.addPixmap(drawn.pixmap(QSize(size, size)))
        _ICONS[meaning] = found
    return found


def state_icon(state: DeadlineState) -> QIcon:
    return cached_icon(STATE_ICONS[state])


def state_colour(state: DeadlineState) -> QColor:
    return _COLOURS[state]


def left_text(left: timedelta, state: DeadlineState) -> str:
    """«2 дн. 4 ч» left, «−3 ч 10 мин» overdue (a minus sign, not a hyphen)."""
    text = format_time_left(left)
    return f"{MINUS}{text}" if state is DeadlineState.OVERDUE else text


def phase_clock(left: timedelta) -> str:
    """«0:40» … «−0:05»: a call phase counts seconds."""
    return format_countdown(left)


class DeadlineWords(QObject):
    """The translated words for states (one object per widget; its tr() context is shared)."""

    def state(self, state: DeadlineState) -> str:
        words = {
            DeadlineState.ON_TIME: self.tr("On time"),
            DeadlineState.DUE_SOON: self.tr("Due soon"),
            DeadlineState.OVERDUE: self.tr("Overdue"),
            DeadlineState.PAUSED: self.tr("Paused"),
        }
        return words[state]

    def urgent(self) -> str:
        return self.tr("Urgent")
