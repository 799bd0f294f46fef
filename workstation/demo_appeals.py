"""Demo appeals: every channel and state, plausible timing, staff, and journal numbers."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from workstation.appeals import (
    DEFAULT_CATEGORY,
    AppealStatus,
    Category,
    Channel,
    Urgency,
    journal_number,
)
from workstation.demo_appeal_texts import (
    ANONYMOUS_TEXTS,
    ORGANISATION_TEXTS,
    PERSON_TEXTS,
    REPEATED_TEXTS,
    SPAM_TEXTS,
    AppealText,
)
from workstation.demo_people import Dice, Weighted
from workstation.demo_users import Staff
from workstation.roles import Role

S = AppealStatus
C = Channel

SPAN_DAYS = 240  # appeals spread over the eight months before "now"
MOSCOW = timedelta(hours=3)  # the contact centre's working day, for the time of calls

# The first appeals take each state once, with a channel that fits it, so that every channel and
# every state is in any demo database with at least this many appeals.
FORCED: tuple[tuple[AppealStatus, Channel], ...] = (
    (S.REGISTERED, C.CALL), (S.CLARIFICATION, C.VOICEMAIL), (S.IN_PROGRESS, C.CHAT),
    (S.WITH_SPECIALIST, C.CALL), (S.REPLY_DRAFTED, C.WEBFORM), (S.IN_REVIEW, C.EMAIL),
    (S.RETURNED, C.POST), (S.APPROVED, C.POST), (S.SIGNED, C.POST), (S.SENT, C.EMAIL),
    (S.CLOSED, C.CALL), (S.NO_ACTION, C.EMAIL), (S.NOT_CONSIDERED, C.WEBFORM),
    (S.SPAM, C.EMAIL),
)
# CH-1: legal entities use the telephone, post and e-mail.
ORGANISATION_CHANNELS = frozenset({C.CALL, C.POST, C.EMAIL})


_PERSON_CHANNELS = Weighted([(C.CALL, 40), (C.VOICEMAIL, 6), (C.POST, 8), (C.EMAIL, 16),
                              (C.CHAT, 18), (C.WEBFORM, 12)])
_ORGANISATION_CHANNELS = Weighted([(C.CALL, 45), (C.POST, 25), (C.EMAIL, 30)])
_NEW = Weighted([(S.REGISTERED, 35), (S.CLARIFICATION, 10), (S.IN_PROGRESS, 35),
                  (S.WITH_SPECIALIST, 20)])
_RECENT = Weighted([(S.CLARIFICATION, 5), (S.IN_PROGRESS, 10), (S.WITH_SPECIALIST, 20),
                     (S.REPLY_DRAFTED, 15), (S.IN_REVIEW, 15), (S.RETURNED, 8),
                     (S.APPROVED, 10), (S.SIGNED, 8), (S.SENT, 9)])
_OLD = Weighted([(S.CLOSED, 80), (S.SENT, 10), (S.NO_ACTION, 4), (S.WITH_SPECIALIST, 3),
                  (S.IN_PROGRESS, 3)])
_SPECIALIST_STATES = frozenset({S.WITH_SPECIALIST, S.REPLY_DRAFTED, S.IN_REVIEW, S.RETURNED,
                                S.SENT, S.CLOSED})
_SIGNER_STATES = frozenset({S.APPROVED, S.SIGNED})


@dataclass(frozen=True)
class AppealTarget:
    """The customer an appeal is about (found while the customers were generated)."""

    customer_id: uuid.UUID
    organisation: bool


def plan_targets(rng: Dice, appeals: int, customers: int) -> list[int | None]:
    """For each appeal, the index of its customer among the new ones, or None (unidentified)."""
    if customers == 0:
        return [None] * appeals
    return [rng.below(customers) if rng.random() < 0.9 else None for _ in range(appeals)]


def appeal_rows(rng: Dice, targets: Sequence[AppealTarget | None], staff: Staff,
                now: datetime, new_id: Callable[[], uuid.UUID]) -> list[dict[str, Any]]:
    """The appeals' rows without journal numbers (number_appeals gives them, in time order)."""
    operators = staff.of(Role.OPERATOR) or staff.of(Role.SUPERVISOR)
    specialists = staff.of(Role.SPECIALIST) or operators
    signers = staff.of(Role.SIGNER) or specialists
    people = [target for target in targets if target is not None and not target.organisation]
    rows: list[dict[str, Any]] = []
    for index, target in enumerate(targets):
        if index < len(FORCED):
            status, channel = FORCED[index]
            if target is not None and target.organisation and (
                    channel not in ORGANISATION_CHANNELS):
                target = rng.pick(people) if people else None
            # The age fits the state: new appeals are hours old, replies in work days old.
            span = 1 if status in _NEW.values else 12 if status in _RECENT.values else SPAN_DAYS
            received = _received(rng, now, channel, span)
        else:
            picker = _ORGANISATION_CHANNELS if target and target.organisation else _PERSON_CHANNELS
            channel = picker.pick(rng)
            received = _received(rng, now, channel, SPAN_DAYS)
            status = _status(rng, (now - received) / timedelta(days=1), channel)
        if status in (S.NOT_CONSIDERED, S.SPAM):
            target = None  # WR-4: no contact data; WR-8: nobody's appeal
        text = _text(rng, status, target)
        category = DEFAULT_CATEGORY[channel]
        if channel is C.CALL and (status in _SPECIALIST_STATES and rng.random() < 0.25):
            category = Category.E  # CH-2: consulted on or transferred to a specialist
        # A call or chat the operator answered alone stays with the operator.
        operator_alone = (status is S.CLOSED and channel in (C.CALL, C.CHAT)
                          and category is not Category.E)
        registered_by = rng.pick(operators) if operators else None
        if status in _SIGNER_STATES:
            assignee = rng.pick(signers) if signers else None
        elif status in _SPECIALIST_STATES and not operator_alone:
            assignee = rng.pick(specialists) if specialists else None
        else:
            assignee = registered_by
        rows.append({
            "id": new_id(), "version": 1, "journal_number": "", "channel": channel.value,
            "category": category.value, "status": status.value,
            "urgency": (Urgency.URGENT if text.urgent else Urgency.NORMAL).value,
            "customer_id": target.customer_id if target else None, "topic": text.topic,
            "subject": text.subject, "body": text.body, "received_at": received,
            "registered_at": min(now, received + _registration_delay(rng, channel)),
            "registered_by_id": registered_by, "assignee_id": assignee,
        })
    return rows


def number_appeals(rows: list[dict[str, Any]], last_by_year: dict[int, int]) -> None:
    """Journal numbers in order of registration, per year, after the highest one in use."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["registered_at"], i))
    for i in order:
        year = rows[i]["registered_at"].year
        last_by_year[year] = last_by_year.get(year, 0) + 1
        rows[i]["journal_number"] = journal_number(year, last_by_year[year])


def _received(rng: Dice, now: datetime, channel: Channel, span_days: int) -> datetime:
    days_ago = int(span_days * rng.random() ** 1.6)  # more recent appeals than old ones
    local_midnight = (now + MOSCOW).replace(hour=0, minute=0, second=0, microsecond=0)
    if channel in (C.CALL, C.CHAT):
        seconds = rng.between(8 * 3600, 20 * 3600 - 1)  # the contact centre is open 08–20
    elif channel is C.VOICEMAIL:
        seconds = rng.between(20 * 3600, 32 * 3600 - 1) % 86400  # left after hours
    else:
        seconds = rng.below(86400)
    moment = local_midnight - timedelta(days=days_ago) + timedelta(seconds=seconds) - MOSCOW
    if moment > now:
        moment -= timedelta(days=1)
    return moment.astimezone(UTC)


def _registration_delay(rng: Dice, channel: Channel) -> timedelta:
    if channel is C.CALL:
        return timedelta(seconds=rng.between(60, 600))
    if channel is C.CHAT:
        return timedelta(seconds=rng.between(5, 120))
    if channel is C.VOICEMAIL:
        return timedelta(minutes=rng.between(60, 14 * 60))
    if channel is C.POST:
        return timedelta(minutes=rng.between(30, 2 * 24 * 60))
    return timedelta(minutes=rng.between(5, 8 * 60))


def _status(rng: Dice, age_days: float, channel: Channel) -> AppealStatus:
    if channel in (C.EMAIL, C.WEBFORM) and rng.random() < 0.02:
        return S.SPAM
    if channel in (C.POST, C.EMAIL, C.WEBFORM) and rng.random() < 0.02:
        return S.NOT_CONSIDERED
    if age_days < 1:
        status: AppealStatus = _NEW.pick(rng)
        return status
    if channel in (C.CALL, C.CHAT) and rng.random() < 0.9:
        return S.CLOSED  # most calls and chats are answered there and then
    status = _RECENT.pick(rng) if age_days < 12 else _OLD.pick(rng)
    return status


def _text(rng: Dice, status: AppealStatus,
          target: AppealTarget | None) -> AppealText:
    if status is S.SPAM:
        return rng.pick(SPAM_TEXTS)
    if status is S.NOT_CONSIDERED:
        return rng.pick(ANONYMOUS_TEXTS)
    if status is S.NO_ACTION:
        return rng.pick(REPEATED_TEXTS)
    if target is not None and target.organisation:
        return rng.pick(ORGANISATION_TEXTS)
    return rng.pick(PERSON_TEXTS)
