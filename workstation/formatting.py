"""Dates, numbers, money and counted nouns written the Russian way (no Qt: the CLI uses them too).

Digits are grouped with a narrow no-break space (U+202F, as GOST R 7.0.97 and Russian typography
want a thin space that never breaks a number across lines); the decimal mark is a comma.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal

GROUP_SEPARATOR = "\u202f"  # narrow no-break space
NO_BREAK_SPACE = "\u00a0"
ROUBLE = "₽"

_MONTHS_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)
_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
_WEEKDAYS_SHORT = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


def format_date(day: date) -> str:
    """22.11.2026"""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def format_time(moment: datetime, zone: tzinfo | None = None, *, seconds: bool = False) -> str:
    """14:05 (or 14:05:09) in ``zone``; a naive moment is taken as it is."""
    local = moment.astimezone(zone) if zone is not None and moment.tzinfo else moment
    return f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"


def format_datetime(moment: datetime, zone: tzinfo | None = None, *,
                    seconds: bool = False) -> str:
    """22.11.2026 14:05 in ``zone`` (times are stored in UTC and shown in the desk's zone)."""
    local = moment.astimezone(zone) if zone is not None and moment.tzinfo else moment
    return f"{format_date(local)} {format_time(local, seconds=seconds)}"


def format_long_date(day: date, *, weekday: bool = False) -> str:
    """22 ноября 2026 г. (with ``weekday``: воскресенье, 22 ноября 2026 г.)"""
    text = f"{day.day} {_MONTHS_GENITIVE[day.month - 1]} {day.year}{NO_BREAK_SPACE}г."
    return f"{_WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def weekday_name(day: date) -> str:
    """понедельник, вторник, … воскресенье"""
    return _WEEKDAYS[day.weekday()]


def short_weekday(day: date) -> str:
    """пн, вт, … вс"""
    return _WEEKDAYS_SHORT[day.weekday()]


def format_number(value: int | float | Decimal, decimals: int = 0) -> str:
    """1 234 567,5 — grouped by threes with a narrow no-break space, comma before decimals.

    Rounds half up (as people and accountants do), not to even as ``round`` does.
    """
    if decimals < 0:
        raise ValueError("decimals must not be negative")
    quantum = Decimal(1).scaleb(-decimals)
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    number = number.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    groups.insert(0, whole)
    text = GROUP_SEPARATOR.join(groups)
    return f"{sign}{text},{fraction}" if fraction else f"{sign}{text}"


def format_money(amount: int | Decimal, *, symbol: bool = True) -> str:
    """1 234,50 ₽ — always with kopecks; money is Decimal, never float."""
    if isinstance(amount, float):
        raise TypeError("money is Decimal or int, never float")
    text = format_number(amount, 2)
    return f"{text}{NO_BREAK_SPACE}{ROUBLE}" if symbol else text


def plural(count: int, one: str, few: str, many: str) -> str:
    """The noun form for ``count``: (1) обращение, (2) обращения, (5) обращений, (21) обращение."""
    tens, units = abs(count) % 100, abs(count) % 10
    if 11 <= tens <= 14:
        return many
    if units == 1:
        return one
    if 2 <= units <= 4:
        return few
    return many


def count_of(count: int, one: str, few: str, many: str) -> str:
    """1 обращение, 2 обращения, 5 обращений, 1 000 обращений."""
    return f"{format_number(count)}{NO_BREAK_SPACE}{plural(count, one, few, many)}"
