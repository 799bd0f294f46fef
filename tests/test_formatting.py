"""Dates, numbers, money and counted nouns the Russian way."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from workstation.formatting import (
    count_of,
    format_date,
    format_datetime,
    format_long_date,
    format_money,
    format_number,
    format_time,
    plural,
    short_weekday,
    weekday_name,
)
from workstation.time_zones import desk_zone, local_zone, zone_name

NNBSP = "\u202f"
NBSP = "\u00a0"


def test_dates() -> None:
    assert format_date(date(2026, 11, 22)) == "22.11.2026"
    assert format_date(date(2026, 3, 2)) == "02.03.2026"
    assert format_long_date(date(2026, 11, 22)) == f"22 ноября 2026{NBSP}г."
    assert format_long_date(date(2026, 11, 22), weekday=True) == \
        f"воскресенье, 22 ноября 2026{NBSP}г."
    assert format_long_date(date(2026, 5, 1)) == f"1 мая 2026{NBSP}г."
    assert short_weekday(date(2026, 3, 2)) == "пн"
    assert weekday_name(date(2026, 10, 31)) == "суббота"


def test_times_are_shown_in_the_desk_zone() -> None:
    moment = datetime(2026, 3, 2, 9, 5, 7, tzinfo=UTC)
    sakhalin = ZoneInfo("Asia/Sakhalin")
    assert format_time(moment, sakhalin) == "20:05"
    assert format_time(moment, sakhalin, seconds=True) == "20:05:07"
    assert format_datetime(moment, sakhalin) == "02.03.2026 20:05"
    assert format_datetime(datetime(2026, 3, 2, 14, 0, tzinfo=UTC), sakhalin) == \
        "03.03.2026 01:00"  # the next day there
    assert format_datetime(moment) == "02.03.2026 09:05"


@pytest.mark.parametrize(("value", "decimals", "text"), [
    (0, 0, "0"),
    (999, 0, "999"),
    (1000, 0, f"1{NNBSP}000"),
    (1234567, 0, f"1{NNBSP}234{NNBSP}567"),
    (-1234567, 0, f"-1{NNBSP}234{NNBSP}567"),
    (1234.5, 2, f"1{NNBSP}234,50"),
    (Decimal("2.675"), 2, "2,68"),  # half up, as people round (float 2.675 would give 2,67)
    (0.125, 2, "0,13"),
    (Decimal("1234567.891"), 1, f"1{NNBSP}234{NNBSP}567,9"),
])
def test_numbers(value: int | float | Decimal, decimals: int, text: str) -> None:
    assert format_number(value, decimals) == text


def test_money() -> None:
    assert format_money(Decimal("1234.5")) == f"1{NNBSP}234,50{NBSP}₽"
    assert format_money(0) == f"0,00{NBSP}₽"
    assert format_money(Decimal("-15.005"), symbol=False) == "-15,01"
    with pytest.raises(TypeError):
        format_money(12.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(("count", "word"), [
    (0, "обращений"), (1, "обращение"), (2, "обращения"), (4, "обращения"), (5, "обращений"),
    (11, "обращений"), (12, "обращений"), (14, "обращений"), (21, "обращение"),
    (22, "обращения"), (25, "обращений"), (101, "обращение"), (111, "обращений"),
    (1001, "обращение"), (-2, "обращения"),
])
def test_plural_forms(count: int, word: str) -> None:
    assert plural(count, "обращение", "обращения", "обращений") == word


def test_count_of() -> None:
    assert count_of(1, "обращение", "обращения", "обращений") == f"1{NBSP}обращение"
    assert count_of(1000, "обращение", "обращения", "обращений") == \
        f"1{NNBSP}000{NBSP}обращений"


def test_desk_zone_falls_back_to_the_computer() -> None:
    assert getattr(desk_zone("Asia/Sakhalin"), "key", None) == "Asia/Sakhalin"
    now = datetime(2026, 3, 2, tzinfo=UTC)
    assert desk_zone("Nowhere/Atlantis").utcoffset(now) == local_zone().utcoffset(now)
    assert desk_zone(None).utcoffset(now) == local_zone().utcoffset(now)
    assert zone_name(ZoneInfo("Asia/Sakhalin"), now) == "Asia/Sakhalin (UTC+11:00)"
    assert zone_name(ZoneInfo("America/Sao_Paulo"), now) == "America/Sao_Paulo (UTC-03:00)"
