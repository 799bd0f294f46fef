"""Measuring the deadline engine: due times for many open appeals, and one person's list.

``python main.py bench deadlines`` (cli/bench_deadlines.py):
1. computes the due times of N synthetic open appeals in memory (the engine alone: calendar,
   rules, zones, pauses), and reports the time per 1,000;
2. writes N open appeals (journal numbers ``BENCH-…``) and registers their deadlines through
   the set-based path the upgrade and the demo data use — computing and inserting — per 1,000;
3. times the query of one person's open list (``--items`` deadlines), as the widget loads it.
The bench rows are deleted afterwards unless kept. Speed is measured here, never asserted in
tests; the tests run this at tiny size.
"""

from __future__ import annotations

import getpass
import random
import statistics
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select

from db.models import Appeal, Deadline, User
from workstation.appeal_deadlines import appeal_rules, register_open_appeals
from workstation.appeals import AppealStatus, Channel, Urgency
from workstation.deadline_math import DeadlineInputs, Pause, compute_due
from workstation.deadlines import DeadlineEnvironment, DeadlineRegistry
from workstation.desk_hours import zone_of
from workstation.errors import NotFoundError
from workstation.regions import REGIONS
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

BENCH_PREFIX = "BENCH-"
BENCH_LOGIN = "bench-operator"
_BATCH = 2000
_CHANNELS = (Channel.EMAIL, Channel.EMAIL, Channel.POST, Channel.WEBFORM, Channel.CHAT,
             Channel.VOICEMAIL, Channel.CALL)
_OPEN = (AppealStatus.REGISTERED, AppealStatus.IN_PROGRESS, AppealStatus.WITH_SPECIALIST,
         AppealStatus.CLARIFICATION, AppealStatus.REPLY_DRAFTED)


@dataclass(frozen=True)
class Timing:
    count: int
    seconds: float

    @property
    def per_thousand_ms(self) -> float:
        return self.seconds * 1000 / max(self.count, 1) * 1000

    def as_dict(self) -> dict[str, Any]:
        return {"count": self.count, "seconds": round(self.seconds, 3),
                "per_1000_ms": round(self.per_thousand_ms, 2)}


@dataclass(frozen=True)
class ListTiming:
    items: int
    p50_ms: float
    worst_ms: float

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "p50_ms": round(self.p50_ms, 2),
                "max_ms": round(self.worst_ms, 2)}


def _synthetic(dice: random.Random, now: datetime) -> tuple[Channel, datetime, str, bool]:
    channel = dice.choice(_CHANNELS)
    received = now - timedelta(minutes=dice.randrange(0, 60 * 24 * 45))
    zone = dice.choice(REGIONS).time_zone
    return channel, received, zone, dice.random() < 0.03


def time_computation(services: Services, count: int, seed: int = 1) -> Timing:
    """Due times of ``count`` synthetic open appeals, in memory: the engine's own speed."""
    with services.database.sessions() as session:
        env = DeadlineEnvironment.load(session)
    dice = random.Random(seed)
    now = services.clock.now()
    extension_rule = env.rules.current("SLA-8")
    inputs = []
    for _ in range(count):
        channel, received, zone, urgent = _synthetic(dice, now)
        appeal = Appeal(channel=channel.value, received_at=received, registered_at=received,
                        urgency=Urgency.URGENT.value if urgent else Urgency.NORMAL.value)
        pauses: tuple[Pause, ...] = ()
        if dice.random() < 0.1:  # one in ten waited for a clarification
            paused = received + timedelta(days=1)
            pauses = (Pause(paused, paused + timedelta(days=dice.randrange(1, 6))),)
        for code, variant, start in appeal_rules(appeal):
            inputs.append(DeadlineInputs(env.rules.current(code, variant), start,
                                         zone_of(zone), pauses, (), extension_rule))
    started = time.perf_counter()
    for item in inputs:
        compute_due(item, env.calendar, env.hours)
    return Timing(len(inputs), time.perf_counter() - started)


def bench_user(services: Services) -> Principal:
    """The person whose list the widget shows in the bench (made once per database)."""
    admin = Principal.command_line(getpass.getuser())
    with services.database.sessions() as session:
        exists = session.scalar(select(User.id).where(User.login == BENCH_LOGIN))
    if exists is None:
        services.users.add_user(admin, BENCH_LOGIN, uuid.uuid4().hex, UserDetails(
            "Оператор Замеров", {Role.OPERATOR}, unit="Замеры", position="Оператор"))
    with services.database.sessions() as session:
        user = session.scalar(select(User).where(User.login == BENCH_LOGIN))
        if user is None:
            raise NotFoundError("Пользователь для замера не создан.")
        return Principal(user.id, user.login, user.full_name, frozenset({Role.OPERATOR}))


def write_open_appeals(services: Services, count: int, owner: Principal, owned: int,
                       seed: int = 1) -> int:
    """``count`` open written appeals; the first ``owned`` are the bench person's."""
    dice = random.Random(seed)
    now = services.clock.now()
    with services.database.sessions() as session:
        start = int(session.scalar(select(func.count()).select_from(Appeal).where(
            Appeal.journal_number.startswith(BENCH_PREFIX))) or 0)
    written = 0
    while written < count:
        rows = []
        for number in range(written, min(written + _BATCH, count)):
            channel, received, _zone, urgent = _synthetic(dice, now)
            status = dice.choice(_OPEN)
            if number < owned:
                # The bench person's letters are freshly registered: SLA-6 and SLA-7 both
                # open, so ``owned`` appeals give the widget twice as many deadlines.
                channel, status, urgent = Channel.EMAIL, AppealStatus.REGISTERED, urgent
            rows.append({
                "id": uuid.uuid4(), "version": 1,
                "journal_number": f"{BENCH_PREFIX}{start + number:08d}",
                "channel": channel.value, "category": "B", "status": status.value,
                "urgency": Urgency.URGENT.value if urgent else Urgency.NORMAL.value,
                "customer_id": None, "topic": "Замер", "subject": "", "body": "",
                "received_at": received, "registered_at": received,
                "registered_by_id": None,
                "assignee_id": owner.user_id if number < owned else None})
        with services.database.sessions.begin() as session:
            session.execute(insert(Appeal), rows)
        written += len(rows)
    return written


def time_registration(services: Services) -> Timing:
    """Register the deadlines of every open appeal without them (compute and insert)."""
    started = time.perf_counter()
    with services.database.sessions.begin() as session:
        env = DeadlineEnvironment.load(session)
        count = register_open_appeals(DeadlineRegistry(services.clock), session, env=env,
                                      batch=_BATCH)
    return Timing(count, time.perf_counter() - started)


def time_list(services: Services, person: Principal, runs: int = 20) -> ListTiming:
    """The widget's load of one person's open list, as the background task runs it."""
    times, items = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        items = len(services.deadlines.open_for(person))
        services.deadlines.marker(person)
        times.append((time.perf_counter() - started) * 1000)
    return ListTiming(items, statistics.median(times), max(times))


def time_board(services: Services) -> float:
    """The supervisors' board counts over everything open (milliseconds)."""
    started = time.perf_counter()
    services.deadline_board.counts(Principal.command_line("bench"))
    return (time.perf_counter() - started) * 1000


def remove_bench_rows(services: Services) -> int:
    with services.database.sessions.begin() as session:
        bench = select(Appeal.id).where(Appeal.journal_number.startswith(BENCH_PREFIX))
        session.execute(delete(Deadline).where(Deadline.subject_id.in_(bench)))
        result = session.execute(delete(Appeal).where(
            Appeal.journal_number.startswith(BENCH_PREFIX)))
        return int(getattr(result, "rowcount", 0) or 0)
