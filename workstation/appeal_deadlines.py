"""Appeals as subjects of the deadline engine: which rules apply, and how a change of status
moves their clocks. The appeals service (issue 6) calls these inside its own transactions.

Which rules (REGULATIONS.md, as we read it):
- written appeals (post, e-mail, web form, chat): SLA-6 registration and hand-over, from
  receipt; SLA-7 consideration and reply, from registration;
- voicemail: SLA-9 — by phone, or by post when the answer goes by post, from receipt;
- a call registered as an appeal that stays open: SLA-7, like a letter (CH-3: every appeal is
  processed);
- urgent (CMP-2): in addition, the CMP-2 hour from receipt, and first place in every list.

How statuses move the clocks: clarification requested pauses every open deadline of the appeal
(WR-2) and leaving it resumes them; taking the appeal into work meets CMP-2; any working status
past registration meets SLA-6; the reply sent, or a final status, meets the rest.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appeal, Deadline
from workstation.appeals import FINAL_STATUSES, AppealStatus, Channel, Urgency
from workstation.customer_zones import customer_zones
from workstation.deadlines import (
    DeadlineEnvironment,
    DeadlineRegistry,
    StartItem,
    Subject,
    SubjectType,
)

WRITTEN_CHANNELS = frozenset({Channel.POST, Channel.EMAIL, Channel.WEBFORM, Channel.CHAT})
_NOT_HANDED_OVER = frozenset({AppealStatus.REGISTERED, AppealStatus.CLARIFICATION})
_ANSWERED = frozenset({AppealStatus.SENT}) | FINAL_STATUSES
_MET_BY_HAND_OVER = ("SLA-6", "CMP-2")
CLARIFICATION_REASON = "запрошено уточнение (WR-2)"


def appeal_title(appeal: Appeal) -> str:
    return f"{appeal.journal_number} · {appeal.topic}" if appeal.topic else appeal.journal_number


def appeal_subject(appeal: Appeal, zone: str = "") -> Subject:
    return Subject(SubjectType.APPEAL.value, appeal.id, appeal_title(appeal),
                   appeal.assignee_id or appeal.registered_by_id,
                   appeal.urgency == Urgency.URGENT.value, zone)


def appeal_rules(appeal: Appeal, *, answer_by_post: bool = False
                 ) -> list[tuple[str, str, datetime]]:
    """(rule code, variant, start) for each deadline an appeal of this channel has."""
    channel = Channel(appeal.channel)
    rules: list[tuple[str, str, datetime]] = []
    if channel in WRITTEN_CHANNELS:
        rules += [("SLA-6", "", appeal.received_at), ("SLA-7", "", appeal.registered_at)]
    elif channel is Channel.VOICEMAIL:
        rules.append(("SLA-9", "post" if answer_by_post else "phone", appeal.received_at))
    else:
        rules.append(("SLA-7", "", appeal.registered_at))
    if appeal.urgency == Urgency.URGENT.value:
        rules.append(("CMP-2", "", appeal.received_at))
    return rules


def register_appeal(registry: DeadlineRegistry, session: Session, appeal: Appeal, *,
                    answer_by_post: bool = False,
                    env: DeadlineEnvironment | None = None) -> list[Deadline]:
    """Start the appeal's deadlines (in the transaction that registers it)."""
    env = env or DeadlineEnvironment.load(session)
    zone = customer_zones(session, [appeal.customer_id]).get(appeal.customer_id, "") if (
        appeal.customer_id) else ""
    subject = appeal_subject(appeal, zone)
    return [registry.start(session, subject, code, variant, started_at=start, env=env)
            for code, variant, start in appeal_rules(appeal, answer_by_post=answer_by_post)]


def appeal_status_changed(registry: DeadlineRegistry, session: Session, appeal: Appeal,
                          old: AppealStatus, new: AppealStatus,
                          at: datetime | None = None) -> None:
    """Move the appeal's clocks for a transition of the state machine (workstation/appeals)."""
    kind = SubjectType.APPEAL.value
    if new is AppealStatus.CLARIFICATION:
        registry.pause(session, kind, appeal.id, at=at, reason=CLARIFICATION_REASON)
        return
    if old is AppealStatus.CLARIFICATION:
        registry.resume(session, kind, appeal.id, at=at)
    if new in _ANSWERED:
        registry.complete(session, kind, appeal.id, at=at)
        return
    if new not in _NOT_HANDED_OVER:
        registry.complete(session, kind, appeal.id, _MET_BY_HAND_OVER, at=at)


def register_open_appeals(registry: DeadlineRegistry, session: Session, *,
                          env: DeadlineEnvironment | None = None,
                          batch: int = 2000) -> int:
    """Give open appeals that have no deadlines yet theirs (a database upgraded to revision
    0005, demo data, the bench): set-based, in batches; appeals waiting for a clarification
    start paused at their registration."""
    env = env or DeadlineEnvironment.load(session)
    final = [status.value for status in FINAL_STATUSES]
    total, after = 0, None
    while True:
        # Keyset paging by id: every batch is one index range, however many there are.
        query = select(Appeal).where(Appeal.status.not_in(final)).order_by(Appeal.id)
        if after is not None:
            query = query.where(Appeal.id > after)
        appeals = list(session.scalars(query.limit(batch)))
        if not appeals:
            return total
        after = appeals[-1].id
        have = set(session.scalars(select(Deadline.subject_id).where(
            Deadline.subject_type == SubjectType.APPEAL.value,
            Deadline.subject_id.in_([appeal.id for appeal in appeals]))))
        missing = [appeal for appeal in appeals if appeal.id not in have]
        if missing:
            total += _register_batch(registry, session, missing, env)
            session.flush()
        session.expunge_all()  # a batch's objects are not needed again


def _register_batch(registry: DeadlineRegistry, session: Session, appeals: list[Appeal],
                    env: DeadlineEnvironment) -> int:
    zones = customer_zones(session, (a.customer_id for a in appeals if a.customer_id))
    items = []
    for appeal in appeals:
        subject = appeal_subject(appeal, zones.get(appeal.customer_id, "") if
                                 appeal.customer_id else "")
        status = AppealStatus(appeal.status)
        # The history of statuses is not known here: an appeal in clarification is taken as
        # paused since its registration, one past registration as handed over at registration.
        paused = appeal.registered_at if status is AppealStatus.CLARIFICATION else None
        handed_over = status not in _NOT_HANDED_OVER
        for code, variant, start in appeal_rules(appeal):
            done = appeal.registered_at if handed_over and code in _MET_BY_HAND_OVER else None
            items.append(StartItem(subject, code, variant, start, completed_at=done,
                                   paused_at=None if done else paused,
                                   pause_reason=CLARIFICATION_REASON))
    return registry.start_many(session, items, env)


def appeal_ids_by_number(session: Session, numbers: Iterable[str]) -> dict[str, uuid.UUID]:
    rows = session.execute(select(Appeal.journal_number, Appeal.id)
                           .where(Appeal.journal_number.in_(list(numbers))))
    return {number: appeal_id for number, appeal_id in rows}
