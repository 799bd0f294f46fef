"""The one session hook that writes the change feed for every shared row a flush touches."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert
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
    if rows:
        session.connection().execute(insert(ChangeFeedEntry), rows)


def _feed_row(obj: SharedRow, kind: str) -> dict[str, Any]:
    return {
        "table_name": obj.__tablename__,  # type: ignore[attr-defined]
        "row_id": obj.id,
        "version": obj.version,
        "kind": kind,
    }
