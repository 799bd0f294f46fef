"""Due times from the default rules (REGULATIONS.md, table 5), computed without a database:
each rule by its id, pauses, extensions, time zones, states and queue order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.helpers.deadlines import MOSCOW_HOURS, default_rule_book
from workstation.deadline_math import (
    DeadlineInputs,
    DeadlineState,
    Extension,
    Pause,
    compute_due,
    countdown,
    queue_order,
)
from workstation.deadline_rules import Rule
from workstation.desk_hours import DeskHours
from workstation.durations import format_countdown, format_duration, format_time_left
from workstation.production_calendar import ProductionCalendar

MSK = ZoneInfo("Europe/Moscow")
SAKHALIN = ZoneInfo("Asia/Sakhalin")
KALININGRAD = ZoneInfo("Europe/Kaliningrad")
RULES = default_rule_book()
CALENDAR = ProductionCalendar()


def rule(code: str, variant: str = "") -> Rule:
    return RULES.current(code, variant)


def due(code: str, start: datetime, variant: str = "", *, zone: ZoneInfo | None = None,
        pauses: tuple[Pause, ...] = (), extensions: tuple[Extension, ...] = (),
        hours: DeskHours = MOSCOW_HOURS) -> datetime:
    inputs = DeadlineInputs(rule(code, variant), start, zone, pauses, extensions,
                            rule("SLA-8"))
    return compute_due(inputs, CALENDAR, hours).due_at


# -- calls: SLA-1…SLA-5, TEL-3 -------------------------------------------------------------------
CALL_START = datetime(2026, 3, 2, 10, 0, 0, tzinfo=MSK)


@pytest.mark.parametrize(("code", "variant", "seconds"), [
    pytest.param("SLA-1", "", 40, id="SLA-1 waiting for an answer 40 s"),
    pytest.param("SLA-2", "", 45, id="SLA-2 finding the information 45 s"),
    pytest.param("SLA-3", "", 5 * 60, id="SLA-3 giving the information 5 min"),
    pytest.param("SLA-3", "specialist", 10 * 60, id="SLA-3 a specialist 10 min"),
    pytest.param("SLA-4", "", 5 * 60, id="SLA-4 post-processing 5 min"),
    pytest.param("SLA-5", "", 40, id="SLA-5 connecting to a specialist 40 s"),
    pytest.param("TEL-3", "prepare", 2 * 60, id="TEL-3 preparing an answer 2 min"),
    pytest.param("TEL-3", "hold", 10 * 60, id="TEL-3 waiting on the line 10 min"),
])
def test_call_phase_defaults(code: str, variant: str, seconds: int) -> None:
    assert rule(code, variant).amount == seconds
    assert due(code, CALL_START, variant) == CALL_START + timedelta(seconds=seconds)


def test_SLA_2_states_as_the_phase_runs_out() -> None:
    due_at = due("SLA-2", CALL_START)
    soon = rule("SLA-2").due_soon
    at = [countdown(due_at, CALL_START + timedelta(seconds=s), soon).state for s in (0, 36, 45, 46)]
    assert at == [DeadlineState.ON_TIME, DeadlineState.DUE_SOON, DeadlineState.DUE_SOON,
                  DeadlineState.OVERDUE]


def test_a_pause_moves_a_phase_by_its_exact_length() -> None:
    pause = Pause(CALL_START + timedelta(seconds=10), CALL_START + timedelta(seconds=25))
    assert due("SLA-2", CALL_START, pauses=(pause,)) == CALL_START + timedelta(seconds=60)


# -- written appeals: SLA-6, SLA-7, SLA-8 ----------------------------------------------------------
def test_SLA_6_one_calendar_day_from_receipt() -> None:
    assert rule("SLA-6").amount == 1
    # Received Monday: due Tuesday at the desk's closing time.
    assert due("SLA-6", datetime(2026, 3, 2, 10, 15, tzinfo=MSK)) == datetime(
        2026, 3, 3, 18, 0, tzinfo=MSK)


def test_SLA_6_received_on_friday_moves_to_monday() -> None:
    # Saturday is the last day and is not worked: the next working day (Civil Code art. 193).
    assert due("SLA-6", datetime(2026, 3, 6, 16, 0, tzinfo=MSK)) == datetime(
        2026, 3, 10, 18, 0, tzinfo=MSK)  # Monday 09.03 is the moved 8 March


def test_SLA_7_ten_calendar_days_count_weekends() -> None:
    assert rule("SLA-7").amount == 10
    # 02.03 → 12.03 (Thursday): weekends and 8–9 March are inside the ten days.
    assert due("SLA-7", datetime(2026, 3, 2, 12, 0, tzinfo=MSK)) == datetime(
        2026, 3, 12, 18, 0, tzinfo=MSK)


def test_SLA_7_ending_in_the_new_year_holidays_moves_past_them() -> None:
    # 26.12.2025 + 10 days = 05.01.2026, in the holidays (1–8 January, 9 January moved off).
    computed = compute_due(DeadlineInputs(rule("SLA-7"), datetime(2025, 12, 26, 10, 0,
                                                                  tzinfo=MSK)),
                           CALENDAR, MOSCOW_HOURS, explain=True)
    assert computed.due_at == datetime(2026, 1, 12, 18, 0, tzinfo=MSK)
    text = "\n".join(computed.steps)
    assert "ст. 193 ГК РФ" in text
    assert "09.01.2026 (пт) — перенесённый выходной" in text


def test_SLA_7_counts_from_the_next_day_whatever_the_hour() -> None:
    late = due("SLA-7", datetime(2026, 3, 2, 23, 50, tzinfo=MSK))
    early = due("SLA-7", datetime(2026, 3, 2, 0, 5, tzinfo=MSK))
    assert late == early == datetime(2026, 3, 12, 18, 0, tzinfo=MSK)


def test_SLA_7_days_are_counted_in_the_zone_of_the_desk() -> None:
    # 22:30 UTC on 01.03 is already 02.03 in Moscow.
    assert due("SLA-7", datetime(2026, 3, 1, 22, 30, tzinfo=UTC)) == datetime(
        2026, 3, 12, 18, 0, tzinfo=MSK)
    sakhalin_desk = DeskHours.from_settings("Asia/Sakhalin")
    assert due("SLA-7", datetime(2026, 3, 1, 22, 30, tzinfo=UTC), hours=sakhalin_desk) == (
        datetime(2026, 3, 12, 18, 0, tzinfo=SAKHALIN))


def test_SLA_8_an_extension_adds_calendar_days_and_rolls_forward() -> None:
    assert rule("SLA-8").amount == 10
    start = datetime(2026, 3, 2, 12, 0, tzinfo=MSK)
    extension = Extension(5, datetime(2026, 3, 10, 9, 0, tzinfo=MSK), "нужна проверка счётчика")
    # 12.03 + 5 = 17.03 (Tuesday).
    assert due("SLA-7", start, extensions=(extension,)) == datetime(2026, 3, 17, 18, 0,
                                                                   tzinfo=MSK)
    # 12.03 + 2 = 14.03, a Saturday: Monday 16.03.
    two = Extension(2, datetime(2026, 3, 10, 9, 0, tzinfo=MSK), "запрос в сетевую компанию")
    assert due("SLA-7", start, extensions=(two,)) == datetime(2026, 3, 16, 18, 0, tzinfo=MSK)


def test_WR_2_a_clarification_pause_moves_the_last_day_by_the_days_it_covered() -> None:
    start = datetime(2026, 3, 2, 12, 0, tzinfo=MSK)
    pause = Pause(datetime(2026, 3, 4, 11, 0, tzinfo=MSK), datetime(2026, 3, 6, 15, 0,
                                                                       tzinfo=MSK), "уточнение")
    # Two calendar days (04.03 → 06.03) are not counted: 12.03 → 14.03 (Sat) → 16.03.
    assert due("SLA-7", start, pauses=(pause,)) == datetime(2026, 3, 16, 18, 0, tzinfo=MSK)
    same_day = Pause(datetime(2026, 3, 4, 11, 0, tzinfo=MSK), datetime(2026, 3, 4, 16, 0,
                                                                          tzinfo=MSK))
    assert due("SLA-7", start, pauses=(same_day,)) == datetime(2026, 3, 12, 18, 0, tzinfo=MSK)


def test_a_paused_deadline_keeps_the_time_it_had_left() -> None:
    due_at = datetime(2026, 3, 12, 18, 0, tzinfo=MSK)
    paused_at = datetime(2026, 3, 10, 18, 0, tzinfo=MSK)
    state = countdown(due_at, datetime(2026, 4, 1, tzinfo=MSK), timedelta(days=2), paused_at)
    assert state.state is DeadlineState.PAUSED
    assert state.left == timedelta(days=2)


# -- voicemail: SLA-9 ----------------------------------------------------------------------------
def test_SLA_9_by_phone_five_working_days_ending_in_the_customers_calling_hours() -> None:
    assert rule("SLA-9", "phone").amount == 5
    # Thursday 25.04.2024: the working Saturday 27.04 counts, 28.04–01.05 do not → Mon 06.05,
    # until 17:30 on Sakhalin (TEL-8), which is 09:30 in Moscow.
    start = datetime(2024, 4, 25, 10, 0, tzinfo=MSK)
    assert due("SLA-9", start, "phone", zone=SAKHALIN) == datetime(2024, 5, 6, 17, 30,
                                                                   tzinfo=SAKHALIN)
    assert due("SLA-9", start, "phone", zone=KALININGRAD) == datetime(2024, 5, 6, 17, 30,
                                                                      tzinfo=KALININGRAD)
    # No known zone: our own calling hours' end, in the desk's zone.
    assert due("SLA-9", start, "phone") == datetime(2024, 5, 6, 18, 0, tzinfo=MSK)


def test_SLA_9_by_post_thirty_working_days() -> None:
    assert rule("SLA-9", "post").amount == 30
    # From Friday 24.10.2025: 27–31.10 (5), the working Saturday 01.11 (6), 03–04.11 off,
    # 05–07.11 (9), four full weeks to 05.12 (29), Monday 08.12 (30).
    computed = compute_due(DeadlineInputs(rule("SLA-9", "post"),
                                          datetime(2025, 10, 24, 10, 0, tzinfo=MSK)),
                           CALENDAR, MOSCOW_HOURS, explain=True)
    assert computed.due_at == datetime(2025, 12, 8, 18, 0, tzinfo=MSK)
    assert "03.11.2025 (пн) — перенесённый выходной" in "\n".join(computed.steps)


# -- missed calls: SLA-10 ------------------------------------------------------------------------
def test_SLA_10_a_kaliningrad_caller_is_called_back_2_to_3_hours_after_opening() -> None:
    computed = compute_due(DeadlineInputs(rule("SLA-10"), datetime(2026, 3, 2, 22, 0,
                                                                   tzinfo=MSK), KALININGRAD),
                           CALENDAR, MOSCOW_HOURS)
    # Opening 03.03 09:00 MSK; the window 11:00–12:00 MSK is 10:00–11:00 in Kaliningrad.
    assert computed.window_from == datetime(2026, 3, 3, 11, 0, tzinfo=MSK)
    assert computed.due_at == datetime(2026, 3, 3, 12, 0, tzinfo=MSK)


def test_SLA_10_a_sakhalin_caller_gets_the_first_slot_of_their_next_morning() -> None:
    computed = compute_due(DeadlineInputs(rule("SLA-10"), datetime(2026, 3, 2, 22, 0,
                                                                   tzinfo=MSK), SAKHALIN),
                           CALENDAR, MOSCOW_HOURS, explain=True)
    # 11:00–12:00 MSK is 19:00–20:00 on Sakhalin, after 17:30: next morning 09:00–10:00 there.
    assert computed.window_from == datetime(2026, 3, 4, 9, 0, tzinfo=SAKHALIN)
    assert computed.due_at == datetime(2026, 3, 4, 10, 0, tzinfo=SAKHALIN)
    assert "следующего рабочего утра" in "\n".join(computed.steps)


def test_SLA_10_a_call_missed_on_friday_night_waits_for_monday() -> None:
    computed = compute_due(DeadlineInputs(rule("SLA-10"), datetime(2026, 3, 13, 20, 0,
                                                                   tzinfo=MSK), KALININGRAD),
                           CALENDAR, MOSCOW_HOURS)
    assert computed.due_at == datetime(2026, 3, 16, 12, 0, tzinfo=MSK)


# -- urgency: CMP-2 ------------------------------------------------------------------------------
def test_CMP_2_an_urgent_complaint_is_due_in_60_minutes() -> None:
    start = datetime(2026, 3, 7, 23, 30, tzinfo=MSK)  # a Saturday night: "immediately"
    assert due("CMP-2", start) == start + timedelta(minutes=60)


def test_CMP_2_urgent_items_stand_first_then_overdue_then_by_due_time() -> None:
    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    items = {
        "letter due tomorrow": (False, now + timedelta(days=1)),
        "letter overdue": (False, now - timedelta(hours=3)),
        "urgent complaint": (True, now + timedelta(minutes=40)),
        "letter due in a week": (False, now + timedelta(days=7)),
        "paused letter": (False, now + timedelta(hours=1)),
    }

    def key(name: str) -> tuple[int, datetime]:
        urgent, due_at = items[name]
        paused = now if name == "paused letter" else None
        return queue_order(urgent, countdown(due_at, now, timedelta(hours=4), paused).state,
                           due_at)

    assert sorted(items, key=key) == ["urgent complaint", "letter overdue",
                                      "letter due tomorrow", "letter due in a week",
                                      "paused letter"]


# -- words and numbers ---------------------------------------------------------------------------
def test_limits_and_time_left_are_written_the_russian_way() -> None:
    assert rule("SLA-1").limit_text() == "40\u00a0с"
    assert rule("SLA-7").limit_text() == "10\u00a0календарных дней"
    assert rule("SLA-9", "phone").limit_text() == "5\u00a0рабочих дней"
    assert format_duration(timedelta(minutes=90)) == "1\u00a0ч 30\u00a0мин"
    assert format_time_left(timedelta(days=2, hours=4, minutes=5)) == "2\u00a0дн. 4\u00a0ч"
    assert format_time_left(timedelta(hours=-3, minutes=-10)) == "3\u00a0ч 10\u00a0мин"
    assert format_countdown(timedelta(seconds=40)) == "0:40"
    assert format_countdown(timedelta(seconds=0.2)) == "0:01"
    assert format_countdown(timedelta(seconds=-5)) == "\u22120:05"
    assert format_countdown(timedelta(hours=1, seconds=3)) == "1:00:03"
