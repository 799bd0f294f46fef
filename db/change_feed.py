"""The one place that writes the change feed (DB-1: desks synchronise through the database).

Every insert, update and delete of a shared row (``db/base.py: SharedRow``) appends a row to
``change_feed``:

- ORM work (``session.add``, attribute changes, ``session.delete``) is recorded by the session
  hook ``_write_change_feed`` (after_flush), installed on every session factory;
- set-based statements on shared tables, which the session's flush never sees, go through
  ``insert_shared_rows``, ``update_shared_rows`` and ``delete_shared_rows`` here, which run the
  statement and write its feed rows in the same transaction.

Services never build feed rows themselves, and never run a Core ``insert``/``update``/
``delete`` on a shared table except through these functions (tests/test_change_feed_guard.py
checks the source). The one documented exception is generated data written by
``db/bulk_insert.py`` (demo data): other desks do not see it arrive until they reload.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, delete, event, insert, update
from sqlalchemy.orm import Session, sessionmaker

from db.base import SharedRow
from db.models.changes import ChangeFeedEntry


def install_change_feed(factory: sessionmaker[Any]) -> None:
    event.listen(factory, "after_flush", _write_change_feed)


def _write_change_feed(session: Session, _flush_context: Any) -> None:
    # In after_flush the session still lists what the flush wrote, and versions are already
    # the new ones, so the feed carries exactly the version other desks will read.
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, SharedRow):
            rows.append(_feed_row(obj, "insert"))
    for obj in session.dirty:
        if isinstance(obj, SharedRow) and session.is_modified(obj, include_collections=False):
            rows.append(_feed_row(obj, "update"))
    for obj in session.deleted:
        if isinstance(obj, SharedRow):
            rows.append(_feed_row(obj, "delete"))
    _append(session, rows)


def _feed_row(obj: SharedRow, kind: str) -> dict[str, Any]:
    return _entry(obj.__tablename__, obj.id, obj.version, kind)  # type: ignore[attr-defined]


# -- set-based statements on shared tables ---------------------------------------------------
def insert_shared_rows(session: Session, model: type[SharedRow],
                       rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert new shared rows set-based and record each as an "insert" in the feed.

    Two executemany statements (the rows, then their feed rows), none of the ORM's per-row
    work: for backfills of thousands of rows. Every row carries its desk-made ``id`` and its
    ``version`` (1 for a new row), as the ORM would have set them.
    """
    if not rows:
        return 0
    table = _table(model)
    entries = []
    for row in rows:
        try:
            entries.append(_entry(table.name, row["id"], row["version"], "insert"))
        except KeyError as missing:
            raise ValueError(f"a new {table.name} row needs its {missing} (see SharedRow)") \
                from None
    session.execute(insert(table), list(rows))
    _append(session, entries)
    return len(entries)


def update_shared_rows(session: Session, model: type[SharedRow], values: Mapping[str, Any],
                       *where: ColumnElement[bool]) -> int:
    """``UPDATE … SET values WHERE where`` on a shared table; returns the number of rows.

    Each row's version moves by one (a desk saving over what it read before gets its
    conflict), and each gets an "update" entry with its new version. The ids and versions come
    back from the statement itself (RETURNING), so a row another transaction changes meanwhile
    is recorded exactly as this statement left it. Objects of these rows already loaded in the
    session are brought up to date.
    """
    if "version" in values:
        raise ValueError("the version of a shared row moves by itself")
    mapped = cast(Any, model)
    statement = (update(model).where(*where)
                 .values({**values, "version": mapped.version + 1})
                 .returning(mapped.id, mapped.version)
                 .execution_options(synchronize_session="fetch"))
    changed = session.execute(statement).all()
    _append(session, [_entry(_table(model).name, row_id, version, "update")
                      for row_id, version in changed])
    return len(changed)


def delete_shared_rows(session: Session, model: type[SharedRow],
                       *where: ColumnElement[bool]) -> int:
    """``DELETE … WHERE where`` on a shared table; returns the number of rows.

    Each deleted row gets a "delete" entry with the last version it had, taken from the
    statement itself (RETURNING): no row can slip in between a read of the ids and the delete.
    Objects of these rows loaded in the session are removed from it.
    """
    mapped = cast(Any, model)
    statement = (delete(model).where(*where)
                 .returning(mapped.id, mapped.version)
                 .execution_options(synchronize_session="fetch"))
    deleted = session.execute(statement).all()
    _append(session, [_entry(_table(model).name, row_id, version, "delete")
                      for row_id, version in deleted])
    return len(deleted)


# -- the feed itself -------------------------------------------------------------------------
def _entry(table_name: str, row_id: uuid.UUID, version: int, kind: str) -> dict[str, Any]:
    return {"table_name": table_name, "row_id": row_id, "version": version, "kind": kind}


def _append(session: Session, entries: Iterable[dict[str, Any]]) -> None:
    rows = list(entries)
    if rows:
        session.connection().execute(insert(ChangeFeedEntry), rows)


def _table(model: type[SharedRow]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]
