"""Measuring the work queues on many appeals (``python main.py bench queues``): the first page
of every queue, pages deep in the list (keyset pages cost the same at any depth), the count,
and filtered queues — for an operator and for a supervisor (DB-2). Speed is measured here,
never asserted by tests."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from db.models import Appeal
from workstation.appeal_queues import QueueFilter, QueueKind
from workstation.appeals import Channel, Urgency
from workstation.clock import Clock
from workstation.database import Database
from workstation.demo_data import fill_demo_data
from workstation.roles import Principal
from workstation.services import Services

CUSTOMERS_PER_APPEAL = 0.25  # the demo's proportion: a customer writes about four times


@dataclass(frozen=True)
class QueueTiming:
    name: str
    rows: int  # rows on the first page
    total: int  # appeals in the queue
    first_p50_ms: float
    deep_p50_ms: float  # the last page reached walking ``depth`` pages down (0: one page only)
    depth: int
    count_ms: float

    def as_dict(self) -> dict[str, object]:
        return {"queue": self.name, "rows": self.rows, "total": self.total,
                "first_page_p50_ms": round(self.first_p50_ms, 2),
                "deep_page_p50_ms": round(self.deep_p50_ms, 2), "depth": self.depth,
                "count_ms": round(self.count_ms, 2)}


def appeal_count(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Appeal)) or 0)


def ensure_appeals(database: Database, appeals: int, seed: int, clock: Clock) -> int:
    """Fill demo data until the database holds ``appeals`` appeals; returns how many it has."""
    have = appeal_count(database)
    if have < appeals:
        missing = appeals - have
        fill_demo_data(database, customers=max(int(missing * CUSTOMERS_PER_APPEAL), 10),
                       appeals=missing, seed=seed, clock=clock)
    return appeal_count(database)


def _ms(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def _timing(services: Services, actor: Principal, name: str, wanted: QueueFilter,
            depth: int, repeat: int) -> QueueTiming:
    queues = services.queues
    first = [_ms(lambda: queues.page(actor, wanted)) for _ in range(repeat)]
    page = queues.page(actor, wanted)
    rows, walked, cursor = len(page.rows), 0, None
    while page.next_cursor is not None and walked < depth:
        cursor = page.next_cursor  # the last page reached is the one timed
        page = queues.page(actor, wanted, cursor)
        walked += 1
    deep = ([_ms(lambda: queues.page(actor, wanted, cursor)) for _ in range(repeat)]
            if cursor is not None else [0.0])
    count_ms = _ms(lambda: queues.count(actor, wanted))
    return QueueTiming(name, rows, queues.count(actor, wanted), statistics.median(first),
                       statistics.median(deep), walked, count_ms)


def time_queues(services: Services, operator: Principal, supervisor: Principal, *,
                depth: int = 20, repeat: int = 5) -> list[QueueTiming]:
    plans: list[tuple[str, Principal, QueueFilter]] = [
        ("мои обращения", operator, QueueFilter(QueueKind.MINE)),
        ("моё подразделение", operator, QueueFilter(QueueKind.UNIT)),
        ("ждут уточнения", operator, QueueFilter(QueueKind.CLARIFICATION)),
        ("новые без исполнителя", operator, QueueFilter(QueueKind.INCOMING)),
        ("все места (DB-2)", supervisor, QueueFilter(QueueKind.ALL)),
        ("все места, сначала старые", supervisor,
         QueueFilter(QueueKind.ALL, newest_first=False)),
        ("все места: e-mail, срочные", supervisor,
         QueueFilter(QueueKind.ALL, channels=frozenset({Channel.EMAIL}),
                     urgencies=frozenset({Urgency.URGENT}))),
    ]
    return [_timing(services, actor, name, wanted, depth, repeat)
            for name, actor, wanted in plans]
