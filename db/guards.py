"""Refuse, already in the ORM, to change or delete rows of append-only tables.

The database enforces the same with triggers (see the foundation migration); this guard gives
a clear error before the statement is even sent.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from db.models.answers import AnswerUse
from db.models.audit import AuditEntry

APPEND_ONLY = (AuditEntry, AnswerUse)


class AppendOnlyViolationError(Exception):
    """A change or deletion of a row in an append-only table was attempted."""


def install_append_only_guard(factory: sessionmaker[Any]) -> None:
    event.listen(factory, "before_flush", _refuse_changes_to_append_only)


def _refuse_changes_to_append_only(session: Session, _context: Any, _instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, APPEND_ONLY) and (obj in session.deleted or session.is_modified(obj)):
            raise AppendOnlyViolationError(f"{type(obj).__tablename__} is append-only")
