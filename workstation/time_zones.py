"""The desk's time zone: times are stored in UTC and shown in the zone the desk works in."""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_zone() -> tzinfo:
    """The computer's own zone (what the desk uses unless told otherwise).

    A named zone where the system tells it (``TZ``, or /etc/localtime linking into the zone
    database on Linux), so people see "Asia/Sakhalin" rather than a bare offset; otherwise
    the current offset.
    """
    for name in (os.environ.get("TZ", "").lstrip(":"), _linked_zone_name()):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always returns an aware datetime
    return zone


def _linked_zone_name() -> str:
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve()) if link.is_symlink() else ""
    except OSError:
        return ""
    _, found, name = target.partition("/zoneinfo/")
    return name if found else ""


def desk_zone(name: str | None) -> tzinfo:
    """The zone named in the desk's settings (e.g. ``Asia/Sakhalin``), else the computer's.

    An unknown or empty name falls back to the computer's zone rather than failing: a wrong
    setting must not keep the desk from opening.
    """
    if name:
        try:
            return ZoneInfo(name.strip())
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return local_zone()


def zone_name(zone: tzinfo, at: datetime) -> str:
    """``Asia/Sakhalin (UTC+11:00)`` for tooltips and the status bar."""
    offset = at.astimezone(zone).utcoffset()
    hours = ""
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        hours = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    key = getattr(zone, "key", None)
    return f"{key} ({hours})" if key else hours
