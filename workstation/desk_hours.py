"""When the desk works and when customers may be called, in whose time zone.

Three text settings (workstation/settings.py): the zone deadlines are counted in, the desk's
opening hours (a deadline in days ends when the desk closes on its last day) and the hours
customers are called back in their own local time (TEL-8: 09:00–17:30).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ZONE_SETTING = "deadlines.time_zone"
DESK_HOURS_SETTING = "deadlines.desk_hours"
CALLBACK_HOURS_SETTING = "deadlines.callback_hours"

DEFAULT_ZONE = "Europe/Moscow"
DEFAULT_DESK_HOURS = "09:00-18:00"
DEFAULT_CALLBACK_HOURS = "09:00-17:30"  # TEL-8

_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*$")


def parse_hours(text: str) -> tuple[time, time]:
    """«09:00-18:00» → (09:00, 18:00); the end must be after the start on the same day."""
    match = _HOURS.match(text)
    if match is None:
        raise ValueError("ожидается «ЧЧ:ММ-ЧЧ:ММ», например 09:00-18:00")
    h1, m1, h2, m2 = (int(part) for part in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError("часы от 00 до 23, минуты от 00 до 59")
    start, end = time(h1, m1), time(h2, m2)
    if end <= start:
        raise ValueError("конец должен быть позже начала")
    return start, end


def hours_problem(text: str) -> str | None:
    try:
        parse_hours(text)
    except ValueError as error:
        return str(error)
    return None


def zone_problem(text: str) -> str | None:
    try:
        ZoneInfo(text.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return "неизвестный часовой пояс (пример: Europe/Moscow, Asia/Sakhalin)"
    return None


@dataclass(frozen=True)
class DeskHours:
    zone: tzinfo  # where days are counted and the desk's hours hold
    opens: time
    closes: time
    callback_from: time  # in the customer's own zone (TEL-8)
    callback_until: time

    @classmethod
    def from_settings(cls, zone: str = DEFAULT_ZONE, desk: str = DEFAULT_DESK_HOURS,
                      callback: str = DEFAULT_CALLBACK_HOURS) -> DeskHours:
        opens, closes = parse_hours(desk)
        callback_from, callback_until = parse_hours(callback)
        return cls(ZoneInfo(zone.strip()), opens, closes, callback_from, callback_until)


def zone_of(name: str | None) -> tzinfo | None:
    """A customer's zone by its IANA name; None for an empty or unknown one."""
    if not name:
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_label(zone: tzinfo) -> str:
    return str(getattr(zone, "key", zone))
