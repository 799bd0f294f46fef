""""Why is this overdue?": how each due time of an appeal was computed, step by step.

The steps are recomputed from the stored inputs (rule revision, start, pauses, extensions,
calendar) with the explanation switched on, and checked against the stored due time: if they
differ (a calendar override added later, say) the explanation says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appeal, Deadline
from workstation.appeal_deadlines import appeal_rules, appeal_title
from workstation.appeals import AppealStatus, Channel
from workstation.customer_zones import customer_zones
from workstation.deadline_math import (
    DeadlineInputs,
    DeadlineState,
    compute_due,
    countdown,
    describe_countdown,
)
from workstation.deadlines import (
    EXTENSION_RULE,
    DeadlineEnvironment,
    DeadlineStatus,
    SubjectType,
    compute_stored,
)
from workstation.desk_hours import zone_label, zone_of
from workstation.errors import NotFoundError
from workstation.formatting import format_datetime


@dataclass(frozen=True)
class DeadlineExplanation:
    rule_name: str
    rule_title: str
    steps: tuple[str, ...]
    due_at: datetime
    outcome: str  # «в срок, осталось 3 дн. 2 ч», «просрочено на 5 ч», «выполнено в срок …»
    stored_differs: bool = False


@dataclass(frozen=True)
class AppealExplanation:
    journal_number: str
    title: str
    channel: str
    status: str
    received_at: datetime
    registered_at: datetime
    customer_zone: str
    zone: tzinfo  # where deadlines are counted
    now: datetime
    registered: bool  # False: the appeal had no stored deadlines, these are computed now
    deadlines: tuple[DeadlineExplanation, ...]


def explain_appeal(session: Session, number: str, now: datetime) -> AppealExplanation:
    appeal = session.scalar(select(Appeal).where(Appeal.journal_number == number.strip()))
    if appeal is None:
        raise NotFoundError(f"Обращение {number.strip()} не найдено.")
    env = DeadlineEnvironment.load(session)
    rows = list(session.scalars(
        select(Deadline).where(Deadline.subject_type == SubjectType.APPEAL.value,
                               Deadline.subject_id == appeal.id).order_by(Deadline.started_at,
                                                                          Deadline.rule_code)))
    zone = ""
    if rows:
        zone = rows[0].customer_zone
        explained = tuple(_stored(session, row, env, now) for row in rows)
    else:
        if appeal.customer_id is not None:
            zone = customer_zones(session, [appeal.customer_id]).get(appeal.customer_id, "")
        explained = tuple(_unregistered(appeal, env, zone, now))
    return AppealExplanation(
        appeal.journal_number, appeal_title(appeal), Channel(appeal.channel).label,
        AppealStatus(appeal.status).label, appeal.received_at, appeal.registered_at, zone,
        env.hours.zone, now, bool(rows), explained)


def _stored(session: Session, row: Deadline, env: DeadlineEnvironment,
            now: datetime) -> DeadlineExplanation:
    computed = compute_stored(session, row, env, explain=True)
    rule = env.rules.revision(row.rule_code, row.rule_variant, row.rule_revision)
    steps = list(computed.steps)
    differs = computed.due_at != row.due_at
    if differs:
        steps.append(f"Внимание: хранится срок {format_datetime(row.due_at, env.hours.zone)} — "
                     "календарь или настройки изменились после расчёта.")
    if row.rule_code in ("SLA-7", "SLA-9") and env.rules.has(EXTENSION_RULE):
        limit = env.rules.current(EXTENSION_RULE).amount
        steps.append(f"Продление возможно не больше чем на {limit} дн. всего (SLA-8).")
    return DeadlineExplanation(rule.name, rule.title, tuple(steps), row.due_at,
                               _outcome(row, now, env.hours.zone), differs)


def _outcome(row: Deadline, now: datetime, zone: tzinfo) -> str:
    if row.status == DeadlineStatus.DONE.value and row.completed_at is not None:
        late = row.completed_at - row.due_at
        when = format_datetime(row.completed_at, zone)
        if row.met:
            return f"выполнено в срок: {when}"
        return f"выполнено с опозданием: {when}, " + describe_countdown(
            -late, DeadlineState.OVERDUE)
    state = countdown(row.due_at, now, timedelta(seconds=row.due_soon_seconds), row.paused_at)
    return f"на {format_datetime(now, zone)}: {describe_countdown(state.left, state.state)}"


def _unregistered(appeal: Appeal, env: DeadlineEnvironment, zone: str,
                  now: datetime) -> list[DeadlineExplanation]:
    result = []
    extension_rule = env.rules.current(EXTENSION_RULE) if env.rules.has(EXTENSION_RULE) else None
    for code, variant, start in appeal_rules(appeal):
        rule = env.rules.current(code, variant)
        computed = compute_due(DeadlineInputs(rule, start, zone_of(zone),
                                              extension_rule=extension_rule),
                               env.calendar, env.hours, explain=True)
        state = countdown(computed.due_at, now, rule.due_soon)
        result.append(DeadlineExplanation(
            rule.name, rule.title, computed.steps, computed.due_at,
            f"на {format_datetime(now, env.hours.zone)}: "
            f"{describe_countdown(state.left, state.state)}"))
    return result


def render(explanation: AppealExplanation) -> list[str]:
    """The explanation as lines of text (the CLI prints them)."""
    zone = explanation.zone
    lines = [
        f"Обращение {explanation.title}",
        f"Канал: {explanation.channel}; состояние: {explanation.status}.",
        f"Поступило {format_datetime(explanation.received_at, zone)}, зарегистрировано "
        f"{format_datetime(explanation.registered_at, zone)} ({zone_label(zone)}).",
        "Часовой пояс потребителя: "
        + (explanation.customer_zone or "неизвестен (адреса нет — считается по нашему)") + ".",
    ]
    if not explanation.registered:
        lines.append("Сроки этого обращения ещё не зарегистрированы: ниже они рассчитаны по "
                     "действующим правилам.")
    for deadline in explanation.deadlines:
        lines += ["", f"{deadline.rule_name} — {deadline.rule_title}"]
        lines += [f"  {number}. {step}" for number, step in enumerate(deadline.steps, 1)]
        lines.append(f"  Итог: {deadline.outcome}.")
    return lines
