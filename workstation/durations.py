"""Spans of time written the Russian way: limits («5 мин»), time left («2 дн. 4 ч»), countdowns.

Abbreviations follow Russian usage (ч, мин, с — without a full stop; «дн.» with one); numbers
and units are joined by a no-break space so a line never breaks between them.
"""

from __future__ import annotations

from datetime import timedelta

from workstation.formatting import NO_BREAK_SPACE

MINUS = "\u2212"  # a real minus sign: a hyphen looks like a dash in a countdown


def _parts(total_seconds: int) -> tuple[int, int, int, int]:
    days, rest = divmod(total_seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    return days, hours, minutes, seconds


def format_duration(span: timedelta) -> str:
    """An exact limit: «40 с», «5 мин», «1 ч 30 мин», «2 дн.» (no rounding)."""
    total = int(abs(span.total_seconds()))
    days, hours, minutes, seconds = _parts(total)
    pieces = [f"{value}{NO_BREAK_SPACE}{unit}" for value, unit in
              ((days, "дн."), (hours, "ч"), (minutes, "мин"), (seconds, "с")) if value]
    return " ".join(pieces) if pieces else f"0{NO_BREAK_SPACE}с"


def format_time_left(span: timedelta) -> str:
    """Time left (or overdue, by its absolute value), to two units, rounded down:
    «2 дн. 4 ч», «4 ч 10 мин», «12 мин», «45 с»."""
    total = int(abs(span.total_seconds()))
    days, hours, minutes, seconds = _parts(total)
    if days:
        pieces = [(days, "дн."), (hours, "ч")]
    elif hours:
        pieces = [(hours, "ч"), (minutes, "мин")]
    elif minutes:
        pieces = [(minutes, "мин")]
    else:
        pieces = [(seconds, "с")]
    return " ".join(f"{value}{NO_BREAK_SPACE}{unit}" for value, unit in pieces if value) or (
        f"0{NO_BREAK_SPACE}с")


def format_countdown(span: timedelta) -> str:
    """A call phase's clock: «0:40», «4:59», «1:02:03», and «−0:05» once overdue.

    Rounded up while time remains, so the display reads 0:01 until the limit is reached and
    never shows 0:00 for a phase still on time.
    """
    seconds = span.total_seconds()
    negative = seconds < 0
    whole = int(-seconds) if negative else int(-(-seconds // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"{MINUS}{text}" if negative else text
