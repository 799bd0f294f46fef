"""Fill any database with realistic demo data (issue 3): staff, customers, appeals.

Customers come with what billing knows and operators are asked about (TEL-5), see
demo_customers.py; appeals of every channel and state, demo_appeals.py; the staff,
demo_users.py.

Speed: a million customers must take minutes. Rows are plain dicts written in bulk
(db/bulk_insert.py: executemany on SQLite, COPY on PostgreSQL), one transaction per batch of
customers with everything that belongs to them, so a cancel between batches never leaves a
customer without its accounts. Bulk inserts bypass the ORM session, and with it the
change-feed hook: right for demo data, which no desk is watching change.

Determinism: one seeded random source per stream and Faker pools drawn once per seed; ids
come from the same generators and timestamps from the injected clock, so the same seed on the
same database gives the same rows. The counts already in the database are part of the seed, so
a second run adds new customers instead of colliding with the first run's ids and numbers.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from db.bulk_insert import bulk_insert, tune_for_bulk
from db.engine import SessionFactory
from db.models import Account, Appeal, Contract, Customer
from workstation.appeal_deadlines import register_open_appeals
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.database import Database
from workstation.deadlines import DeadlineRegistry
from workstation.demo_appeals import appeal_rows, number_appeals, plan_targets
from workstation.demo_customers import Batch, CustomerMaker, TimeOrderedIds
from workstation.demo_people import Dice, draw_pools
from workstation.demo_users import DEMO_ACTOR, ensure_demo_users
from workstation.errors import ValidationError
from workstation.search_index import STAGE_SEARCH_INDEX, rebuild_search_index

# Progress: (done, total, stage) -> False to cancel. Called before and after every batch.
Progress = Callable[[int, int, str], bool]

STAGE_USERS = "users"
STAGE_CUSTOMERS = "customers"
STAGE_APPEALS = "appeals"
STAGE_LABELS = {STAGE_USERS: "Сотрудники", STAGE_CUSTOMERS: "Потребители",
                STAGE_APPEALS: "Обращения", STAGE_SEARCH_INDEX: "Поисковый индекс"}

MAX_CUSTOMERS = 10_000_000
MAX_APPEALS = 1_000_000  # journal numbers have six digits per year
_APPEAL_BATCH = 5000


@dataclass
class DemoReport:
    """What one run added (rows committed; less than asked when it was cancelled)."""

    users: int = 0
    other_users: int = 0  # people of a real installation found in the database
    customers: int = 0
    organisations: int = 0
    addresses: int = 0
    accounts: int = 0
    contracts: int = 0
    contact_points: int = 0
    meter_readings: int = 0
    payments: int = 0
    appeals: int = 0
    indexed: int = 0  # customers added to the lookup's search index
    cancelled: bool = False

    def as_dict(self) -> dict[str, int | bool]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


class _CancelledError(Exception):
    """The progress callback said stop; committed batches stay, nothing half-written."""


def check_sizes(customers: int, appeals: int) -> None:
    if customers < 0 or appeals < 0:
        raise ValidationError("Число потребителей и обращений не может быть отрицательным.")
    if customers > MAX_CUSTOMERS:
        raise ValidationError(f"Не больше {MAX_CUSTOMERS:,} потребителей за один запуск."
                              .replace(",", " "))
    if appeals > MAX_APPEALS:
        raise ValidationError(f"Не больше {MAX_APPEALS:,} обращений за один запуск."
                              .replace(",", " "))


def default_batch_size(customers: int) -> int:
    # Small runs (the first start's 2,000) report progress often; big ones write big batches.
    return max(50, min(2000, customers // 20))


def fill_demo_data(database: Database, *, customers: int, appeals: int, seed: int,
                   clock: Clock, progress: Progress | None = None,
                   batch_size: int | None = None) -> DemoReport:
    """Add demo users (if missing), ``customers`` customers and ``appeals`` appeals."""
    check_sizes(customers, appeals)
    with database.engine.connect() as connection:
        tune_for_bulk(connection)
        try:
            filler = _Filler(database.sessions, connection, clock, progress)
            report = filler.fill(customers, appeals, seed,
                                 batch_size or default_batch_size(customers))
        finally:
            # The settings above were for this run only: the pool will open a fresh connection.
            connection.invalidate()
    if not report.cancelled:
        # Bulk inserts bypass the services that keep the customer lookup's index in step
        # (issue 4): index the new customers now, in batches, cancellable the same way.
        index = rebuild_search_index(database, progress)
        report.indexed, report.cancelled = index.indexed, index.cancelled
    if not report.cancelled and appeals:
        # Nor do they start the open appeals' deadlines (issue 7): start them now, set-based.
        with database.sessions.begin() as session:
            register_open_appeals(DeadlineRegistry(clock), session)
    with database.sessions.begin() as session:
        AuditLog(database.sessions, clock).record(
            session, "demo_data.fill", actor_login=DEMO_ACTOR,
            details={"seed": seed, **report.as_dict()})
    return report


class _Filler:
    def __init__(self, sessions: SessionFactory, connection: Connection, clock: Clock,
                 progress: Progress | None) -> None:
        self._sessions = sessions
        self._connection = connection
        self._now = clock.now()
        self._audit = AuditLog(sessions, clock)
        self._progress = progress
        self.report = DemoReport()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        # Sessions from the database's factory (its hooks) on the one tuned connection.
        with self._sessions(bind=self._connection) as session, session.begin():
            yield session

    def _step(self, done: int, total: int, stage: str) -> None:
        if self._progress is not None and not self._progress(done, total, stage):
            raise _CancelledError

    def fill(self, customers: int, appeals: int, seed: int, batch_size: int) -> DemoReport:
        report = self.report
        try:
            self._step(0, 1, STAGE_USERS)
            with self._transaction() as session:
                staff = ensure_demo_users(session, self._audit, self._now)
                base = _existing_counts(session)
            report.users, report.other_users = staff.created, staff.others
            self._step(1, 1, STAGE_USERS)

            master = random.Random(
                f"workstation-demo/{seed}/{base['customers']}/{base['appeals']}")
            customer_dice = Dice(master.getrandbits(64))
            appeal_dice = Dice(master.getrandbits(64))
            targets_plan = plan_targets(appeal_dice, appeals, customers)
            maker = CustomerMaker(customer_dice, draw_pools(seed), self._now, base,
                                  wanted={i for i in targets_plan if i is not None})
            self._step(0, customers, STAGE_CUSTOMERS)
            # closing(): a cancel ends the helper thread before the appeals (or the return).
            with closing(_made_ahead(maker, customers, batch_size)) as batches:
                for batch in batches:
                    with self._transaction() as session:
                        batch.write(session)
                    _count(batch, report)
                    self._step(report.customers, customers, STAGE_CUSTOMERS)

            self._step(0, appeals, STAGE_APPEALS)
            if appeals:
                targets = [maker.found.get(i) if i is not None else None for i in targets_plan]
                rows = appeal_rows(appeal_dice, targets, staff, self._now,
                                   TimeOrderedIds(appeal_dice, self._now))
                with self._transaction() as session:
                    number_appeals(rows, _last_journal_numbers(session, rows))
                for start in range(0, len(rows), _APPEAL_BATCH):
                    chunk = rows[start:start + _APPEAL_BATCH]
                    with self._transaction() as session:
                        bulk_insert(session, Appeal, chunk)
                    report.appeals += len(chunk)
                    self._step(report.appeals, appeals, STAGE_APPEALS)
        except _CancelledError:
            report.cancelled = True
        return report


def _made_ahead(maker: CustomerMaker, customers: int, batch_size: int) -> Generator[Batch]:
    """The batches in order, each made in a helper thread while the one before is written.

    Writing waits on the database (sqlite3 and psycopg release the GIL meanwhile), so making
    the next batch overlaps with it. One maker call at a time, in order: still deterministic.
    """
    if customers == 0:
        return
    starts = range(0, customers, batch_size)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-data") as pool:
        pending = pool.submit(maker.make, 0, min(customers, batch_size))
        for start in starts[1:]:
            batch = pending.result()
            pending = pool.submit(maker.make, start, min(customers, start + batch_size))
            yield batch
        yield pending.result()


def _count(batch: Batch, report: DemoReport) -> None:
    report.customers += len(batch.customers)
    report.organisations += sum(1 for row in batch.customers if row["kind"] != "person")
    report.addresses += len(batch.addresses)
    report.accounts += len(batch.accounts)
    report.contracts += len(batch.contracts)
    report.contact_points += len(batch.contacts)
    report.meter_readings += len(batch.readings)
    report.payments += len(batch.payments)


def _existing_counts(session: Session) -> dict[str, int]:
    def count(model: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)

    return {"customers": count(Customer), "accounts": count(Account),
            "contracts": count(Contract), "appeals": count(Appeal)}


def _last_journal_numbers(session: Session, rows: list[dict[str, Any]]) -> dict[int, int]:
    """The highest sequence in use for each year the new appeals fall in."""
    last: dict[int, int] = {}
    for year in sorted({row["registered_at"].year for row in rows}):
        highest = session.scalar(select(func.max(Appeal.journal_number))
                                 .where(Appeal.journal_number.like(f"{year}-%")))
        last[year] = int(highest.split("-", 1)[1]) if highest else 0
    return last
