"""The search index of customers: one normalised row per customer, and its vocabulary.

Services that create or change customers call ``reindex_customers`` in the same transaction, so
a desk finds a customer the moment another desk saves them (DB-1). Imports and demo data write
customers in bulk and call ``rebuild_search_index`` once at the end. The FTS5 table (SQLite) or
the trigram indexes (PostgreSQL) over ``search_index`` follow by themselves (revision 0003).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import (
    Account,
    Address,
    ContactPoint,
    Contract,
    Customer,
    SearchEntry,
    VocabularyWord,
)
from workstation.database import Database
from workstation.search_text import (
    address_words,
    fold,
    format_address,
    identifier_forms,
    name_words,
    national_number,
    padded,
    word_pieces,
)

# Progress: (done, total, stage) -> False to cancel; the same shape demo data uses.
Progress = Callable[[int, int, str], bool]
STAGE_SEARCH_INDEX = "search_index"

BATCH_SIZE = 1000
VOCABULARY_MIN_LENGTH = 3  # shorter words make poor suggestions


@dataclass
class RebuildReport:
    indexed: int = 0
    cancelled: bool = False


# -- reading what the company knows about a batch of customers --------------------------------
@dataclass
class _Facts:
    customers: list[Any]
    addresses: dict[uuid.UUID, Any]
    accounts: dict[uuid.UUID, list[Any]]
    contracts: dict[uuid.UUID, list[Any]]
    contacts: dict[uuid.UUID, list[Any]]


def _grouped(rows: Iterable[Any]) -> dict[uuid.UUID, list[Any]]:
    groups: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for row in rows:
        groups[row.customer_id].append(row)
    return groups


_ADDRESS_COLUMNS = (Address.id.label("address_id"), Address.postal_code, Address.region,
                    Address.locality, Address.street, Address.house, Address.building,
                    Address.flat)


def _load_facts(session: Session, ids: Sequence[uuid.UUID], *, by_range: bool = False) -> _Facts:
    """Everything the index needs about these customers, in four queries.

    ``by_range``: ``ids`` are sorted and dense (a rebuild walking the customers in key order),
    so rows are selected by key range instead of long IN lists, which costs far less to send.
    """
    def belongs(column: Any) -> Any:
        return column.between(ids[0], ids[-1]) if by_range else column.in_(ids)

    wanted = set(ids)
    customers = [row for row in session.execute(
        select(Customer.id, Customer.kind, Customer.name, Customer.last_name,
               Customer.first_name, Customer.patronymic, Customer.inn, Customer.address_id,
               *_ADDRESS_COLUMNS[1:])
        .outerjoin(Address, Address.id == Customer.address_id)
        .where(belongs(Customer.id))) if row.id in wanted]
    # Open accounts first, then the newest: the first account is the one a result row shows.
    accounts = _grouped(row for row in session.execute(
        select(Account.customer_id, Account.number, Account.closed_on, *_ADDRESS_COLUMNS)
        .join(Address, Address.id == Account.address_id)
        .where(belongs(Account.customer_id))
        .order_by(Account.customer_id, Account.closed_on.is_not(None), Account.opened_on.desc(),
                  Account.number)) if row.customer_id in wanted)
    contracts = _grouped(row for row in session.execute(
        select(Contract.customer_id, Contract.number, *_ADDRESS_COLUMNS)
        .outerjoin(Address, Address.id == Contract.address_id)
        .where(belongs(Contract.customer_id)).order_by(Contract.customer_id, Contract.number))
        if row.customer_id in wanted)
    contacts = _grouped(row for row in session.execute(
        select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value,
               ContactPoint.label, ContactPoint.is_primary)
        .where(belongs(ContactPoint.customer_id))
        .order_by(ContactPoint.customer_id, ContactPoint.is_primary.desc(), ContactPoint.kind,
                  ContactPoint.value)) if row.customer_id in wanted)
    addresses: dict[uuid.UUID, Any] = {}
    for row in customers:
        if row.address_id is not None:
            addresses[row.address_id] = row
    for group in (accounts, contracts):
        for rows in group.values():
            for row in rows:
                if row.address_id is not None:
                    addresses.setdefault(row.address_id, row)
    return _Facts(customers, addresses, accounts, contracts, contacts)


# -- making index rows -------------------------------------------------------------------------
def _address_index_words(address: Any) -> list[str]:
    return [*address_words(address.locality), *address_words(address.street),
            *word_pieces(address.house), *word_pieces(address.building),
            *word_pieces(address.flat)]


def display_address(address: Any) -> str:
    return format_address(locality=address.locality, street=address.street,
                          house=address.house, building=address.building, flat=address.flat)


def _entry(customer: Any, facts: _Facts) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    """One index row for a customer and the vocabulary words it brings."""
    accounts = facts.accounts.get(customer.id, [])
    contracts = facts.contracts.get(customer.id, [])
    contacts = facts.contacts.get(customer.id, [])

    # Addresses in the order a person would name them: supplied ones, then the legal one.
    address_order: list[uuid.UUID] = []
    for address_id in [*(a.address_id for a in accounts), customer.address_id,
                       *(c.address_id for c in contracts)]:
        if address_id is not None and address_id in facts.addresses \
                and address_id not in address_order:
            address_order.append(address_id)
    addresses = [facts.addresses[address_id] for address_id in address_order]

    names = name_words(customer.name)
    if customer.kind != "person":  # the person behind an organisation (ИП, contact person)
        names += [word for part in (customer.last_name, customer.first_name,
                                    customer.patronymic) for word in name_words(part)
                  if word not in names]
    phones = [c for c in contacts if c.kind == "phone"]
    emails = [c.value for c in contacts if c.kind == "email"]
    idents = [a.number for a in accounts]
    idents += [national_number(phone.value) for phone in phones]
    idents += [customer.inn] if customer.inn else []
    idents += [form for contract in contracts for form in identifier_forms(contract.number)]
    idents += [fold(email) for email in emails]

    vocabulary = {("street", word) for address in addresses
                  for word in address_words(address.street)
                  if len(word) >= VOCABULARY_MIN_LENGTH and not word.isdigit()}
    if customer.kind == "person":
        vocabulary |= {("name", word) for word in names if len(word) >= VOCABULARY_MIN_LENGTH}

    row = {
        "customer_id": customer.id,
        "kind": customer.kind,
        "title": customer.name,
        "sort_key": " ".join(name_words(customer.name))[:300],
        "name_text": padded(names),
        "address_text": " | ".join(padded(_address_index_words(address))
                                   for address in addresses),
        "ident_text": padded(idents),
        "details": {
            "addresses": [display_address(address) for address in addresses],
            "accounts": [[a.number, address_order.index(a.address_id)
                          if a.address_id in address_order else -1, a.closed_on is not None]
                         for a in accounts],
            "phones": [[phone.value, phone.label] for phone in phones],
            "emails": emails,
            "contracts": [contract.number for contract in contracts],
            "inn": customer.inn,
        },
    }
    return row, vocabulary


def build_entries(session: Session, ids: Sequence[uuid.UUID], *, by_range: bool = False
                  ) -> tuple[list[dict[str, Any]], set[tuple[str, str]]]:
    """Index rows for these customers as the database holds them now (not written)."""
    if not ids:
        return [], set()
    facts = _load_facts(session, ids, by_range=by_range)
    rows: list[dict[str, Any]] = []
    words: set[tuple[str, str]] = set()
    for customer in facts.customers:
        row, vocabulary = _entry(customer, facts)
        rows.append(row)
        words |= vocabulary
    return rows, words


# -- writing -----------------------------------------------------------------------------------
# The FTS5 tables over search_index (revision 0003) that have no insert trigger.
_INDEX_NEW_ROWS = [text(
    f"INSERT INTO {fts}(rowid, name_text, address_text, ident_text) "
    "SELECT id, name_text, address_text, ident_text FROM search_index WHERE id > :before")
    for fts in ("search_fts", "search_words_fts")]


_SEARCH_TABLE = cast(Table, SearchEntry.__table__)
_VOCABULARY_TABLE = cast(Table, VocabularyWord.__table__)


class _Writer:
    """Writes index rows and new vocabulary words; remembers the words it wrote already, so a
    rebuild of a million customers sends each surname and street once, not a million times."""

    def __init__(self) -> None:
        self.known: set[tuple[str, str]] = set()

    def write(self, session: Session, rows: list[dict[str, Any]],
              words: set[tuple[str, str]]) -> None:
        if rows:
            sqlite_fts = session.get_bind().dialect.name == "sqlite"
            before = session.scalar(select(func.max(SearchEntry.id))) if sqlite_fts else None
            session.execute(insert(_SEARCH_TABLE), rows)
            if sqlite_fts:
                # The FTS5 tables have no insert trigger (revision 0003: a trigger makes FTS5
                # flush per row): the new rows — ids above the old maximum, as SQLite assigns
                # them under our write lock — are indexed in one statement per table.
                for index_new_rows in _INDEX_NEW_ROWS:
                    session.execute(index_new_rows, {"before": before or 0})
        new = words - self.known
        if not new:
            return
        values = [{"kind": kind, "word": word[:100]} for kind, word in sorted(new)]
        table = _VOCABULARY_TABLE
        dialect = session.get_bind().dialect.name
        statement = (postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table))
        session.execute(statement.on_conflict_do_nothing(index_elements=["kind", "word"]), values)
        self.known |= new


def reindex_customers(session: Session, ids: Iterable[uuid.UUID]) -> None:
    """Bring the index rows of these customers up to date, in the caller's transaction.

    Call it after every change to a customer, its accounts, contracts, addresses or contacts.
    A customer that no longer exists loses its row.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return
    session.flush()  # the changes of this transaction must be visible to the reads below
    session.execute(delete(SearchEntry).where(SearchEntry.customer_id.in_(wanted)))
    rows, words = build_entries(session, wanted)
    _Writer().write(session, rows, words)


def rebuild_search_index(database: Database, progress: Progress | None = None, *,
                         full: bool = False, batch_size: int = BATCH_SIZE) -> RebuildReport:
    """Index every customer that has no index row yet (``full``: drop the index and redo all).

    One transaction per batch, so a cancel (``progress`` returning False) keeps what was done
    and the next run continues from there.
    """
    report = RebuildReport()
    if full:
        with database.sessions.begin() as session:
            session.execute(delete(SearchEntry))
            session.execute(delete(VocabularyWord))
    missing = (select(Customer.id)
               .outerjoin(SearchEntry, SearchEntry.customer_id == Customer.id)
               .where(SearchEntry.id.is_(None)))
    with database.sessions() as session:
        total = int(session.scalar(select(func.count()).select_from(missing.subquery())) or 0)
    if progress is not None and not progress(0, total, STAGE_SEARCH_INDEX):
        report.cancelled = True
        return report
    last: uuid.UUID | None = None
    writer = _Writer()
    while True:
        with database.sessions.begin() as session:
            batch = missing.order_by(Customer.id).limit(batch_size)
            if last is not None:
                batch = batch.where(Customer.id > last)
            ids = list(session.scalars(batch))
            if not ids:
                break
            rows, words = build_entries(session, ids, by_range=True)
            writer.write(session, rows, words)
        last = ids[-1]
        report.indexed += len(rows)
        if progress is not None and not progress(report.indexed, total, STAGE_SEARCH_INDEX):
            report.cancelled = True
            break
    return report
