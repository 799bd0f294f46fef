"""Work queues: "my appeals", "my unit", "awaiting clarification", new unassigned ones, and for
supervisors every desk's (DB-2) — filtered, newest (or oldest) first, a page at a time.

Pages are keyset pages on (received_at, id): the next page starts after the last row seen, so it
costs the same on page 1 and page 1,000 of 100,000 appeals and stays right while new appeals
arrive at the top (OFFSET would skip or repeat rows). Revision 0006's indexes serve the orders:
partial ones over the open appeals for the queues' default view (the condition is written
literally, as the index has it, or neither database would use them), full ones when a status is
chosen. "My unit" is an EXISTS per row rather than an IN-list of colleagues, so the database
walks the open appeals in received order instead of sorting all of the colleagues' appeals.

Following other desks (``mark`` and ``changed``): the pane notes where the change feed stood
when it loaded and, every few seconds, asks which appeals changed since — a range of the feed's
primary key, whatever the size of the queue — and reloads only when one of them is shown or
belongs to the queue as filtered. PostgreSQL allocates feed ids before commit, so a change may
commit below the position already seen: the check re-reads the last ``FEED_LOOKBACK`` ids every
time and remembers which of their entries it has accounted for (calls.py polls its own index
for the same reason).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, exists, func, select, text, tuple_
from sqlalchemy.orm import Session, aliased

from db.engine import SessionFactory
from db.models import Appeal, ChangeFeedEntry, Customer, User
from db.models.appeals import OPEN_CONDITION
from workstation.appeals import AppealStatus, Category, Channel, Urgency
from workstation.errors import PermissionDeniedError
from workstation.roles import Permission, Principal, require

PAGE_SIZE = 200
# Feed ids re-read by every check, for changes that committed after a later id was seen.
FEED_LOOKBACK = 1000
# More changed appeals than this between two checks: reload without looking at each.
CHANGED_AT_MOST = 500
Q = TypeVar("Q", bound=Select[*tuple[Any, ...]])


class QueueKind(enum.StrEnum):
    MINE = "mine"  # assigned to me
    UNIT = "unit"  # assigned to anyone of my unit
    CLARIFICATION = "clarification"  # waiting for the customer (WR-2), of my unit
    INCOMING = "incoming"  # registered without an owner (imports): someone takes them
    ALL = "all"  # every desk's (DB-2): supervisors


@dataclass(frozen=True)
class QueueFilter:
    kind: QueueKind = QueueKind.MINE
    channels: frozenset[Channel] = frozenset()  # empty: any
    categories: frozenset[Category] = frozenset()
    statuses: frozenset[AppealStatus] = frozenset()  # empty: the open ones
    urgencies: frozenset[Urgency] = frozenset()
    newest_first: bool = True


@dataclass(frozen=True)
class QueueRow:
    id: uuid.UUID
    version: int
    journal_number: str
    channel: Channel
    category: Category
    status: AppealStatus
    urgency: Urgency
    received_at: datetime
    topic: str
    subject: str
    who: str  # the customer's name, else the sender as they gave it
    match_needed: bool
    assignee: str
    clarification_due: date | None


Cursor = tuple[datetime, uuid.UUID]


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    next_cursor: Cursor | None  # None: this was the last page


@dataclass(frozen=True)
class QueueMark:
    """Where a desk stands in the change feed, for the queues' background check."""

    position: int  # the newest feed id seen
    seen: frozenset[int] = frozenset()  # appeals' entries within the look-back, accounted for


class AppealQueues:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def kinds_for(self, actor: Principal) -> list[QueueKind]:
        kinds = [QueueKind.MINE, QueueKind.UNIT, QueueKind.CLARIFICATION, QueueKind.INCOMING]
        return [*kinds, QueueKind.ALL] if actor.may(Permission.VIEW_ALL_APPEALS) else kinds

    def page(self, actor: Principal, wanted: QueueFilter, after: Cursor | None = None,
             limit: int = PAGE_SIZE) -> QueuePage:
        require(actor, Permission.WORK_ON_APPEALS)
        assignee = aliased(User)
        with self._sessions() as session:
            query = self._filtered(session, actor, wanted, select(
                Appeal.id, Appeal.version, Appeal.journal_number, Appeal.channel,
                Appeal.category, Appeal.status, Appeal.urgency, Appeal.received_at,
                Appeal.topic, Appeal.subject, func.coalesce(Customer.name, Appeal.sender),
                Appeal.match_needed, func.coalesce(assignee.full_name, ""),
                Appeal.clarification_due)
                .outerjoin(Customer, Customer.id == Appeal.customer_id)
                .outerjoin(assignee, assignee.id == Appeal.assignee_id))
            key = tuple_(Appeal.received_at, Appeal.id)
            if after is not None:
                query = query.where(key < tuple_(*after) if wanted.newest_first
                                    else key > tuple_(*after))
            if wanted.newest_first:
                query = query.order_by(Appeal.received_at.desc(), Appeal.id.desc())
            else:
                query = query.order_by(Appeal.received_at, Appeal.id)
            rows = [QueueRow(row[0], row[1], row[2], Channel(row[3]), Category(row[4]),
                             AppealStatus(row[5]), Urgency(row[6]), row[7], row[8], row[9],
                             row[10] or "", bool(row[11]), row[12], row[13])
                    for row in session.execute(query.limit(limit + 1))]
        more = len(rows) > limit
        rows = rows[:limit]
        cursor = (rows[-1].received_at, rows[-1].id) if more and rows else None
        return QueuePage(rows, cursor)

    def count(self, actor: Principal, wanted: QueueFilter) -> int:
        require(actor, Permission.WORK_ON_APPEALS)
        with self._sessions() as session:
            query = self._filtered(session, actor, wanted,
                                   select(func.count()).select_from(Appeal))
            return int(session.scalar(query) or 0)

    # -- following other desks ------------------------------------------------------------------
    def mark(self) -> QueueMark:
        """Where the change feed stands now (taken just before a page is read)."""
        with self._sessions() as session:
            mark, _changed = _advance(session, QueueMark(0), everything=False)
            return mark

    def changed(self, actor: Principal, wanted: QueueFilter, mark: QueueMark,
                shown: Collection[uuid.UUID]) -> tuple[QueueMark, bool]:
        """Whether appeals changed since ``mark`` that matter to this queue: one of the
        ``shown`` rows (it may have left the queue) or one the filter now takes in. Cheap: a
        range of the feed's key and, when something changed, a lookup of those appeals."""
        require(actor, Permission.WORK_ON_APPEALS)
        with self._sessions() as session:
            mark, changes = _advance(session, mark, everything=True)
            changed = changes[Appeal.__tablename__]
            if len(changed) > CHANGED_AT_MOST or not changed.isdisjoint(shown):
                return mark, True
            if changed:
                query = self._filtered(session, actor, wanted, select(Appeal.id))
                if session.scalar(query.where(Appeal.id.in_(sorted(changed))).limit(1)):
                    return mark, True
            return mark, _names_changed(session, changes, shown)

    def _filtered(self, session: Session, actor: Principal, wanted: QueueFilter,
                  query: Q) -> Q:
        query = query.where(*self._scope(session, actor, wanted.kind))
        statuses = set(wanted.statuses)
        if wanted.kind is QueueKind.CLARIFICATION:
            statuses = {AppealStatus.CLARIFICATION}
        if statuses:
            query = query.where(Appeal.status.in_(sorted(statuses)))
        else:
            query = query.where(text(f"appeals.{OPEN_CONDITION}"))
        for column, chosen in ((Appeal.channel, wanted.channels),
                               (Appeal.category, wanted.categories),
                               (Appeal.urgency, wanted.urgencies)):
            if chosen:
                query = query.where(column.in_(sorted(_values(chosen))))
        return query

    def _scope(self, session: Session, actor: Principal,
               kind: QueueKind) -> list[ColumnElement[bool]]:
        everyone = actor.may(Permission.VIEW_ALL_APPEALS)
        if kind is QueueKind.ALL:
            if not everyone:
                raise PermissionDeniedError(
                    "Обращения всех рабочих мест видит руководитель (DB-2).")
            return []
        if kind is QueueKind.INCOMING:
            return [Appeal.assignee_id.is_(None)]
        if kind is QueueKind.MINE:
            return [Appeal.assignee_id == actor.user_id]
        if kind is QueueKind.CLARIFICATION and everyone:
            return []
        unit_id = session.scalar(select(User.unit_id).where(User.id == actor.user_id)) if (
            actor.user_id) else None
        if unit_id is None:  # nobody's unit: one's own appeals are one's unit
            return [Appeal.assignee_id == actor.user_id]
        # Unassigned ones are not a unit's yet: they wait in the "new" queue for anyone.
        return [exists().where(User.id == Appeal.assignee_id, User.unit_id == unit_id)]


# Tables whose changes a queue follows: the appeals, and the names a row shows (the customer's
# and the assignee's).
FOLLOWED = (Appeal.__tablename__, Customer.__tablename__, User.__tablename__)


def _advance(session: Session, mark: QueueMark, *, everything: bool
             ) -> tuple[QueueMark, dict[str, set[uuid.UUID]]]:
    """The mark after the feed's newest entry, and the rows of ``FOLLOWED`` tables changed
    since ``mark`` (all entries in the look-back window count as seen when ``everything`` is
    false: a first mark)."""
    newest = int(session.scalar(select(func.max(ChangeFeedEntry.id))) or 0)
    low = max(min(mark.position, newest) - FEED_LOOKBACK, 0) if everything else max(
        newest - FEED_LOOKBACK, 0)
    entries = session.execute(
        select(ChangeFeedEntry.id, ChangeFeedEntry.table_name, ChangeFeedEntry.row_id)
        .where(ChangeFeedEntry.id > low, ChangeFeedEntry.table_name.in_(FOLLOWED))
        .order_by(ChangeFeedEntry.id)).all()
    newest = max([newest, *(entry_id for entry_id, _table, _row in entries)])
    changed: dict[str, set[uuid.UUID]] = {table: set() for table in FOLLOWED}
    for entry_id, table, row_id in entries:
        if everything and entry_id not in mark.seen:
            changed[table].add(row_id)
    seen = frozenset(entry_id for entry_id, _table, _row in entries
                     if entry_id > newest - FEED_LOOKBACK)
    return QueueMark(newest, seen), changed


def _names_changed(session: Session, changes: dict[str, set[uuid.UUID]],
                   shown: Collection[uuid.UUID]) -> bool:
    """Whether a shown row's customer or assignee changed (a name the row shows may have)."""
    customers, users = changes[Customer.__tablename__], changes[User.__tablename__]
    if not shown or not (customers or users):
        return False
    if len(customers) + len(users) > CHANGED_AT_MOST:
        return True
    return session.scalar(
        select(Appeal.id).where(
            Appeal.id.in_(sorted(shown)),
            Appeal.customer_id.in_(sorted(customers)) | Appeal.assignee_id.in_(sorted(users)))
        .limit(1)) is not None


def _values(chosen: Collection[enum.StrEnum]) -> list[str]:
    return [item.value for item in chosen]
