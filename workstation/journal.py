"""Journal numbers: «2026-000123», unique per year, allocated safely while many desks register.

Every registration of a year takes the lock of that year's counter row first and keeps it until
its transaction ends: PostgreSQL by ``SELECT … FOR UPDATE``; SQLite by its one write lock, taken
at ``BEGIN IMMEDIATE`` (db/engine.py ``begin_writing``) or at the latest by the counter's
``INSERT … ON CONFLICT DO NOTHING`` as the transaction's first statement — before anything has
been read, so no snapshot can go stale. The unique index on the number is the last line of
defence.

The counter is not trusted alone: rows written around it (demo data, an old database upgraded
to revision 0006) may hold higher numbers, so the next number also follows the highest one in
the table — an index probe, because all numbers of a year share one shape and order like their
digits in any collation.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import Appeal, JournalCounter
from workstation.appeals import journal_number
from workstation.errors import ValidationError

LARGEST = 999_999  # six digits per year: the shape people quote and the index orders by


def allocate_journal_number(session: Session, year: int) -> str:
    """The next number of ``year``, locked to this transaction until it ends.

    Call it before the transaction reads anything else (see the module's docstring): on SQLite
    a read first would let another desk's commit make this transaction's write fail.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(JournalCounter).values(year=year, last=0)
                    .on_conflict_do_nothing(index_elements=["year"]))
    last = session.scalar(select(JournalCounter.last).where(JournalCounter.year == year)
                          .with_for_update())
    sequence = max(last or 0, highest_in_table(session, year)) + 1
    if sequence > LARGEST:
        raise ValidationError(
            f"Журнал {year} года заполнен: номеров больше {LARGEST:,}.".replace(",", " "))
    session.execute(update(JournalCounter).where(JournalCounter.year == year)
                    .values(last=sequence))
    return journal_number(year, sequence)


def highest_in_table(session: Session, year: int) -> int:
    highest = session.scalar(
        select(func.max(Appeal.journal_number))
        .where(Appeal.journal_number.between(journal_number(year, 0),
                                             journal_number(year, LARGEST))))
    return parse_sequence(highest) if highest else 0


def parse_sequence(number: str) -> int:
    """2026-000123 → 123."""
    _year, _, sequence = number.partition("-")
    return int(sequence) if sequence.isdigit() else 0
