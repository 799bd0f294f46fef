"""Optimistic locking for shared rows: a save over a newer version is refused, never merged."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from db.base import SharedRow
from workstation.errors import ConflictError, NotFoundError

RowT = TypeVar("RowT", bound=SharedRow)


def load_for_change(
    session: Session, model: type[RowT], row_id: uuid.UUID, expected_version: int
) -> RowT:
    """The row as it is now, provided nobody changed it since the user read ``expected_version``.

    A concurrent change between this read and the flush is caught by SQLAlchemy's version
    check (StaleDataError); ``commit_versioned`` turns that into the same ConflictError.
    """
    row = session.get(model, row_id, populate_existing=True)
    if row is None:
        raise ConflictError(model.__tablename__, row_id, expected_version, None)  # type: ignore[attr-defined]
    if row.version != expected_version:
        raise ConflictError(
            model.__tablename__,  # type: ignore[attr-defined]
            row_id,
            expected_version,
            row.version,
            current=row,
        )
    return row


def get_or_raise(session: Session, model: type[RowT], row_id: uuid.UUID, what: str) -> RowT:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"{what} не найден(а).")
    return row


def commit_versioned(session: Session, model: type[RowT], row_id: uuid.UUID, expected: int) -> None:
    """Commit; if another desk's update won the race, report it as a conflict.

    PostgreSQL reports the lost race as an UPDATE that matched no row (StaleDataError). SQLite
    refuses to write in a transaction whose snapshot another connection has since changed
    ("database is locked", SQLITE_BUSY_SNAPSHOT): if the row's version moved, that is the same
    conflict; otherwise the database error is not ours to explain.
    """
    _conflict_on_lost_race(session, session.commit, model, row_id, expected)


def flush_versioned(session: Session, model: type[RowT], row_id: uuid.UUID, expected: int) -> None:
    """Flush before ``commit_versioned`` (the service reads what it wrote), with the same
    conflict instead of a raw StaleDataError when another desk's update won the race."""
    _conflict_on_lost_race(session, session.flush, model, row_id, expected)


def _conflict_on_lost_race(
    session: Session, write: Callable[[], None], model: type[RowT], row_id: uuid.UUID,
    expected: int,
) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    try:
        write()
    except (StaleDataError, OperationalError) as error:
        session.rollback()
        with Session(bind=session.get_bind()) as fresh:
            current = fresh.get(model, row_id)
            version = current.version if current is not None else None
        if isinstance(error, OperationalError) and version == expected:
            raise
        raise ConflictError(
            model.__tablename__, row_id, expected, version, current=current  # type: ignore[attr-defined]
        ) from None
