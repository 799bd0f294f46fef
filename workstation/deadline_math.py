"""Computing a due time from a rule, and what a due time means now (pure: no database, no Qt).

How the table of REGULATIONS.md is read (each number is a rule's setting):
- a limit in seconds or minutes (call phases SLA-1…5, TEL-3, CMP-2) runs from the start and
  is moved by the exact length of every pause;
- a limit in days is counted from the day after the start (Civil Code art. 191), in the zone
  deadlines are counted in; calendar days count every day, working days only the production
  calendar's; a pause moves the last day by the days it covered; an extension (SLA-8) adds
  calendar days; a last day that is not worked moves to the next working day (art. 193) when
  the rule says so; the deadline is the desk's closing time that day, or — for answers by
  phone — the end of the customer's calling hours in the customer's zone (TEL-8);
- SLA-10: the callback window runs from opening + window start to opening + amount, on the
  desk's next opening after the missed call (the call itself when the desk was open),
  intersected with the caller's local calling hours on the caller's working days; if nothing
  is left, the first slot of the caller's next working morning.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from workstation.deadline_rules import Rule, Unit
from workstation.desk_hours import DeskHours, zone_label
from workstation.durations import format_duration, format_time_left
from workstation.formatting import count_of, format_date, format_datetime, short_weekday
from workstation.production_calendar import DayInfo, ProductionCalendar


class DeadlineState(enum.StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PAUSED = "paused"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    DeadlineState.ON_TIME: "в срок",
    DeadlineState.DUE_SOON: "скоро срок",
    DeadlineState.OVERDUE: "просрочено",
    DeadlineState.PAUSED: "приостановлено",
}


@dataclass(frozen=True)
class Pause:
    paused_at: datetime
    resumed_at: datetime | None  # None: still paused
    reason: str = ""


@dataclass(frozen=True)
class Extension:
    days: int
    extended_at: datetime
    reason: str
    by: str = ""


@dataclass(frozen=True)
class DeadlineInputs:
    rule: Rule
    started_at: datetime
    customer_zone: tzinfo | None = None
    pauses: Sequence[Pause] = ()
    extensions: Sequence[Extension] = ()
    extension_rule: Rule | None = None  # SLA-8: the unit extensions are counted in


@dataclass(frozen=True)
class Computation:
    due_at: datetime
    window_from: datetime | None = None  # SLA-10: not before
    steps: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Countdown:
    state: DeadlineState
    left: timedelta  # negative once overdue; frozen at the pause while paused


def countdown(due_at: datetime, now: datetime, due_soon: timedelta,
              paused_at: datetime | None = None) -> Countdown:
    """The state at ``now``: cheap enough to call for every row on every tick."""
    if paused_at is not None:
        return Countdown(DeadlineState.PAUSED, due_at - paused_at)
    left = due_at - now
    if left < timedelta(0):
        return Countdown(DeadlineState.OVERDUE, left)
    if left <= due_soon:
        return Countdown(DeadlineState.DUE_SOON, left)
    return Countdown(DeadlineState.ON_TIME, left)


def queue_order(urgent: bool, state: DeadlineState, due_at: datetime) -> tuple[int, datetime]:
    """Where an item stands in any list of work: CMP-2 urgent ones first, then the overdue,
    then by due time; paused ones last (their clock is stopped)."""
    if state is DeadlineState.PAUSED:
        group = 3
    elif urgent:
        group = 0
    elif state is DeadlineState.OVERDUE:
        group = 1
    else:
        group = 2
    return (group, due_at)


class _Steps:
    """Collects the explanation only when asked (the bench computes 100,000 without it)."""

    def __init__(self, wanted: bool, zone: tzinfo, seconds: bool) -> None:
        self.wanted = wanted
        self.zone = zone
        self.seconds = seconds  # call phases are counted in seconds, letters in days
        self.lines: list[str] = []

    def add(self, text: str) -> None:
        self.lines.append(text)

    def when(self, moment: datetime, zone: tzinfo | None = None) -> str:
        zone = zone or self.zone
        return f"{format_datetime(moment, zone, seconds=self.seconds)} ({zone_label(zone)})"


def _day(day: date) -> str:
    return f"{format_date(day)} ({short_weekday(day)})"


def _skipped(days: Sequence[DayInfo]) -> str:
    return "; ".join(f"{_day(info.day)} — {info.describe()}" for info in days)


def compute_due(inputs: DeadlineInputs, calendar: ProductionCalendar, hours: DeskHours, *,
                explain: bool = False) -> Computation:
    rule = inputs.rule
    steps = _Steps(explain, hours.zone, rule.duration is not None)
    if steps.wanted:
        steps.add(f"Правило {rule.name} (редакция {rule.revision}): {rule.title} — "
                  f"{rule.limit_text()}.")
    if steps.wanted:
        steps.add(f"Начало отсчёта: {steps.when(inputs.started_at)}.")
    if rule.unit.counts_days:
        return _days_rule(inputs, calendar, hours, steps)
    if rule.unit is Unit.AFTER_OPENING:
        return _after_opening(inputs, calendar, hours, steps)
    return _time_rule(inputs, steps)


def _closed_pauses(pauses: Sequence[Pause]) -> list[tuple[Pause, datetime]]:
    return [(pause, pause.resumed_at) for pause in pauses if pause.resumed_at is not None]


def _time_rule(inputs: DeadlineInputs, steps: _Steps) -> Computation:
    duration = inputs.rule.duration
    assert duration is not None
    due = inputs.started_at + duration
    if steps.wanted:
        steps.add(f"Норма {format_duration(duration)}: {steps.when(due)}.")
    for pause, resumed in _closed_pauses(inputs.pauses):
        due += resumed - pause.paused_at
        if steps.wanted:
            steps.add(f"Пауза {steps.when(pause.paused_at)} — {steps.when(resumed)}"
                      f"{_reason(pause.reason)}: срок сдвинут на "
                      f"{format_duration(resumed - pause.paused_at)}, теперь {steps.when(due)}.")
    _open_pause(inputs, steps)
    if steps.wanted:
        steps.add(f"Срок: {steps.when(due)}.")
    return Computation(due, None, tuple(steps.lines))


def _reason(reason: str) -> str:
    return f" ({reason})" if reason else ""


def _open_pause(inputs: DeadlineInputs, steps: _Steps) -> None:
    for pause in inputs.pauses:
        if pause.resumed_at is None and steps.wanted:
            steps.add(f"Приостановлено с {steps.when(pause.paused_at)}{_reason(pause.reason)}: "
                      "отсчёт остановлен до возобновления.")


def _days_rule(inputs: DeadlineInputs, calendar: ProductionCalendar, hours: DeskHours,
               steps: _Steps) -> Computation:
    rule, zone = inputs.rule, hours.zone
    first = inputs.started_at.astimezone(zone).date()
    if rule.unit is Unit.CALENDAR_DAYS:
        last = first + timedelta(days=rule.amount)
        if steps.wanted:
            steps.add(f"Дни считаются со следующего дня: {_day(first + timedelta(days=1))} — "
                      f"{_day(last)}, {_calendar_days(rule.amount)} (выходные и праздники "
                      "входят в срок).")
    else:
        last, skipped = calendar.add_working_days(first, rule.amount)
        if steps.wanted:
            steps.add(f"Рабочие дни считаются со следующего дня: {_working_days(rule.amount)} "
                      f"до {_day(last)} включительно.")
        if skipped and steps.wanted:
            steps.add(f"Не считаются (производственный календарь): {_skipped(skipped)}.")
    for pause, resumed in _closed_pauses(inputs.pauses):
        paused_day, resumed_day = pause.paused_at.astimezone(zone).date(), (
            resumed.astimezone(zone).date())
        if rule.unit is Unit.CALENDAR_DAYS:
            shift = (resumed_day - paused_day).days
            last += timedelta(days=shift)
            days_text = _calendar_days
        else:
            shift = calendar.working_days_between(paused_day, resumed_day)
            last, _ = calendar.add_working_days(last, shift)
            days_text = _working_days
        if steps.wanted:
            steps.add(f"Пауза {steps.when(pause.paused_at)} — {steps.when(resumed)}"
                      f"{_reason(pause.reason)}: не считается {days_text(shift)}, последний день "
                      f"{_day(last)}.")
    _open_pause(inputs, steps)
    last = _roll(last, rule, calendar, steps)
    for extension in inputs.extensions:
        # An extension moves the deadline the customer was told, i.e. the rolled one.
        last = _extend(last, extension, inputs.extension_rule, calendar)
        if steps.wanted:
            by = f", {extension.by}" if extension.by else ""
            added = count_of(extension.days, "день", "дня", "дней")
            steps.add(f"Продление (SLA-8) {format_datetime(extension.extended_at, zone)}{by}: "
                      f"+{added} — «{extension.reason}»; последний день {_day(last)}.")
        last = _roll(last, rule, calendar, steps)
    customer_zone = inputs.customer_zone
    if rule.customer_hours and customer_zone is not None:
        due = _at(last, hours.callback_until, customer_zone)
        if steps.wanted:
            steps.add(f"Ответ по телефону — до конца часов звонков потребителю (TEL-8) по его "
                      f"местному времени: {steps.when(due, customer_zone)}.")
    else:
        due = _at(last, hours.closes, zone)
        if steps.wanted:
            steps.add(f"Срок истекает в конце рабочего дня ({hours.closes:%H:%M}).")
    if steps.wanted:
        steps.add(f"Срок: {steps.when(due)}{_customer_time(due, customer_zone, zone)}.")
    return Computation(due, None, tuple(steps.lines))


def _calendar_days(count: int) -> str:
    return count_of(count, "календарный день", "календарных дня", "календарных дней")


def _working_days(count: int) -> str:
    return count_of(count, "рабочий день", "рабочих дня", "рабочих дней")


def _roll(last: date, rule: Rule, calendar: ProductionCalendar, steps: _Steps) -> date:
    if not rule.roll_forward or calendar.is_working(last):
        return last
    moved, skipped = calendar.on_or_after(last)
    if steps.wanted:
        steps.add(f"Последний день нерабочий — срок переносится на следующий рабочий день "
                  f"(ст. 193 ГК РФ): {_skipped(skipped)} → {_day(moved)}.")
    return moved


def _extend(last: date, extension: Extension, rule: Rule | None,
            calendar: ProductionCalendar) -> date:
    if rule is not None and rule.unit is Unit.WORKING_DAYS:
        return calendar.add_working_days(last, extension.days)[0]
    return last + timedelta(days=extension.days)


def _at(day: date, moment: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, moment, tzinfo=zone)


def _customer_time(due: datetime, customer_zone: tzinfo | None, zone: tzinfo) -> str:
    if customer_zone is None or due.astimezone(customer_zone).utcoffset() == (
            due.astimezone(zone).utcoffset()):
        return ""
    return (f"; у потребителя {format_datetime(due, customer_zone)} "
            f"({zone_label(customer_zone)})")


def _after_opening(inputs: DeadlineInputs, calendar: ProductionCalendar, hours: DeskHours,
                   steps: _Steps) -> Computation:
    rule, zone = inputs.rule, hours.zone
    started = inputs.started_at
    local = started.astimezone(zone)
    open_now = calendar.is_working(local.date()) and hours.opens <= local.time() < hours.closes
    start_minutes = rule.window_start or 0
    if open_now:
        window_from = started
        window_to = started + timedelta(minutes=rule.amount)
        if steps.wanted:
            steps.add(f"Звонок пропущен в рабочее время: перезвонить до "
                      f"{steps.when(window_to)}.")
    else:
        day = local.date() if local.time() < hours.opens else local.date() + timedelta(days=1)
        day, skipped = calendar.on_or_after(day)
        opening = _at(day, hours.opens, zone)
        if skipped and steps.wanted:
            steps.add(f"Нерабочие дни: {_skipped(skipped)}.")
        window_from = opening + timedelta(minutes=start_minutes)
        window_to = opening + timedelta(minutes=rule.amount)
        if steps.wanted:
            steps.add(f"Звонок пропущен в нерабочее время; открытие {steps.when(opening)}; окно "
                      f"перезвона {steps.when(window_from)} — {steps.when(window_to)}.")
    caller_zone = inputs.customer_zone or zone
    if steps.wanted:
        steps.add(f"Часы звонков потребителю (TEL-8): {hours.callback_from:%H:%M}–"
                  f"{hours.callback_until:%H:%M} по его времени ({zone_label(caller_zone)}), "
                  "в его рабочие дни.")
    window = _intersect_calling_hours(window_from, window_to, caller_zone, calendar, hours)
    if window is None:
        window = _next_morning(window_from, caller_zone, calendar, hours,
                               timedelta(minutes=rule.amount - start_minutes))
        if steps.wanted:
            steps.add(f"Окно не попадает в часы звонков потребителю — первый интервал его "
                      f"следующего рабочего утра: {steps.when(window[0], caller_zone)} — "
                      f"{steps.when(window[1], caller_zone)}.")
    else:
        if steps.wanted:
            steps.add(f"Окно в часах звонков потребителю: {steps.when(window[0], caller_zone)} — "
                      f"{steps.when(window[1], caller_zone)}.")
    due = window[1]
    for pause, resumed in _closed_pauses(inputs.pauses):
        due += resumed - pause.paused_at
        if steps.wanted:
            steps.add(f"Пауза {steps.when(pause.paused_at)} — {steps.when(resumed)}: "
                      f"+{format_duration(resumed - pause.paused_at)}.")
    if steps.wanted:
        steps.add(f"Срок: {steps.when(due)}{_customer_time(due, inputs.customer_zone, zone)}.")
    return Computation(due, window[0], tuple(steps.lines))


def _intersect_calling_hours(start: datetime, end: datetime, zone: tzinfo,
                             calendar: ProductionCalendar,
                             hours: DeskHours) -> tuple[datetime, datetime] | None:
    day = start.astimezone(zone).date()
    while day <= end.astimezone(zone).date():
        if calendar.is_working(day):
            lo = max(start, _at(day, hours.callback_from, zone))
            hi = min(end, _at(day, hours.callback_until, zone))
            if lo < hi:
                return lo, hi
        day += timedelta(days=1)
    return None


def _next_morning(after: datetime, zone: tzinfo, calendar: ProductionCalendar,
                  hours: DeskHours, length: timedelta) -> tuple[datetime, datetime]:
    day = after.astimezone(zone).date()
    if not calendar.is_working(day) or _at(day, hours.callback_from, zone) < after:
        day, _ = calendar.on_or_after(day + timedelta(days=1))
    start = _at(day, hours.callback_from, zone)
    end = min(start + length, _at(day, hours.callback_until, zone))
    return start, end


def describe_countdown(left: timedelta, state: DeadlineState) -> str:
    """«осталось 2 дн. 4 ч», «просрочено на 3 ч 10 мин» (the CLI's words)."""
    if state is DeadlineState.OVERDUE:
        return f"просрочено на {format_time_left(left)}"
    if state is DeadlineState.PAUSED:
        return f"приостановлено, оставалось {format_time_left(left)}"
    return f"{state.label}, осталось {format_time_left(left)}"
