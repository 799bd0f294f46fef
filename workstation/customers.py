"""Adding a customer and changing their contacts, with validation and a duplicate warning.

Every change reindexes the customer in the same transaction (search_index.py), so the next
search on any desk finds what was just saved. A save over data another desk changed first is
refused with ConflictError (workstation/versioning.py), never merged silently.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from db.change_feed import delete_shared_rows
from db.engine import SessionFactory
from db.models import Account, Address, ContactPoint, Customer, SearchEntry
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.contacts import normalise_email, normalise_phone
from workstation.errors import DomainError, ValidationError
from workstation.inn import inn_is_valid
from workstation.lookup_results import MatchField
from workstation.regions import region_by_name, time_zone_of_region
from workstation.roles import Permission, Principal, require
from workstation.search_index import reindex_customers
from workstation.search_text import address_words, fold, name_words, word_pieces
from workstation.settings import read_text_setting
from workstation.versioning import commit_versioned, flush_versioned, load_for_change

ACCOUNT_PATTERN_SETTING = "customers.account_number_pattern"
_POSTAL_CODE = re.compile(r"^\d{6}$")


@dataclass
class NewCustomer:
    """What the operator types in the "new customer" form."""

    kind: str = "person"  # person | organisation
    last_name: str = ""
    first_name: str = ""
    patronymic: str = ""
    organisation_name: str = ""
    inn: str = ""
    phone: str = ""
    email: str = ""
    region: str = ""
    locality: str = ""
    street: str = ""
    house: str = ""
    building: str = ""
    flat: str = ""
    postal_code: str = ""
    account_number: str = ""
    note: str = ""


@dataclass(frozen=True)
class ContactEdit:
    kind: str  # phone | email
    value: str
    label: str = ""
    is_primary: bool = False


@dataclass(frozen=True)
class Duplicate:
    customer_id: uuid.UUID
    name: str
    reason: MatchField  # what the new data share with this customer
    value: str


class DuplicateCustomerError(DomainError):
    """Customers that look like the one being added; save anyway only if the person says so."""

    def __init__(self, duplicates: list[Duplicate]) -> None:
        names = "; ".join(f"{d.name} ({d.reason.label})" for d in duplicates[:5])
        super().__init__(f"Похожие потребители уже есть: {names}. Проверьте, не тот ли это "
                         "человек, или сохраните всё равно.")
        self.duplicates = duplicates


@dataclass
class _Checked:
    data: NewCustomer
    phone: str = ""
    email: str = ""
    problems: list[str] = field(default_factory=list)


def _full_name(data: NewCustomer) -> str:
    if data.kind == "person":
        return " ".join(part for part in (data.last_name.strip(), data.first_name.strip(),
                                          data.patronymic.strip()) if part)
    return data.organisation_name.strip()


def _check(session: Session, data: NewCustomer) -> _Checked:
    checked = _Checked(data)
    problems = checked.problems
    if data.kind not in ("person", "organisation"):
        problems.append("Неизвестный вид потребителя.")
    if data.kind == "person" and not (data.last_name.strip() and data.first_name.strip()):
        problems.append("Укажите фамилию и имя.")
    if data.kind == "organisation" and not data.organisation_name.strip():
        problems.append("Укажите название организации.")
    try:
        checked.phone = normalise_phone(data.phone)
    except ValidationError as error:
        problems.append(error.message)
    try:
        checked.email = normalise_email(data.email)
    except ValidationError as error:
        problems.append(error.message)
    if not (checked.phone or checked.email or data.locality.strip()):
        problems.append("Нужен хотя бы один способ связи: телефон, e-mail или адрес (WR-4).")
    inn = data.inn.strip()
    if inn and not inn_is_valid(inn):
        problems.append("ИНН неверен: проверьте число цифр и контрольные цифры.")
    if data.postal_code.strip() and not _POSTAL_CODE.match(data.postal_code.strip()):
        problems.append("Почтовый индекс — шесть цифр.")
    number = data.account_number.strip()
    if number:
        pattern = read_text_setting(session, ACCOUNT_PATTERN_SETTING)
        if not re.fullmatch(pattern, number):
            problems.append("Номер лицевого счёта не соответствует формату, принятому в "
                            "компании.")
        if not (data.locality.strip() and data.street.strip() and data.house.strip()):
            problems.append("Для лицевого счёта нужен адрес: населённый пункт, улица и дом.")
    if (data.street.strip() or data.house.strip()) and not data.locality.strip():
        problems.append("Укажите населённый пункт адреса.")
    if data.region.strip() and region_by_name(data.region.strip()) is None:
        problems.append("Неизвестный регион.")
    return checked


def find_duplicates(session: Session, checked: _Checked,
                    exclude: uuid.UUID | None = None) -> list[Duplicate]:
    data = checked.data
    found: list[Duplicate] = []

    def add(rows: list[tuple[uuid.UUID, str]], reason: MatchField, value: str) -> None:
        for customer_id, name in rows:
            if customer_id != exclude and all(d.customer_id != customer_id for d in found):
                found.append(Duplicate(customer_id, name, reason, value))

    def by_contact(kind: str, value: str) -> list[tuple[uuid.UUID, str]]:
        rows = session.execute(select(Customer.id, Customer.name)
                               .join(ContactPoint, ContactPoint.customer_id == Customer.id)
                               .where(ContactPoint.kind == kind, ContactPoint.value == value))
        return [(row[0], row[1]) for row in rows]

    if data.account_number.strip():
        rows = session.execute(select(Customer.id, Customer.name)
                               .join(Account, Account.customer_id == Customer.id)
                               .where(Account.number == data.account_number.strip()))
        add([(r[0], r[1]) for r in rows], MatchField.ACCOUNT, data.account_number.strip())
    if data.inn.strip():
        rows = session.execute(select(Customer.id, Customer.name)
                               .where(Customer.inn == data.inn.strip()))
        add([(r[0], r[1]) for r in rows], MatchField.INN, data.inn.strip())
    if checked.phone:
        add(by_contact("phone", checked.phone), MatchField.PHONE, checked.phone)
    if checked.email:
        add(by_contact("email", checked.email), MatchField.EMAIL, checked.email)
    name = _full_name(data)
    if name and data.street.strip() and data.house.strip():
        # Same name at the same house: through the search index (folded, ё = е).
        sort_key = " ".join(name_words(name))
        candidates = session.execute(select(SearchEntry.customer_id, SearchEntry.title,
                                            SearchEntry.address_text)
                                     .where(SearchEntry.sort_key == sort_key)).all()
        wanted = [*address_words(data.street), *word_pieces(data.house)]
        add([(row[0], row[1]) for row in candidates
             if any(all(f" {w} " in f" {segment.strip()} " for w in wanted)
                    for segment in row[2].split("|"))], MatchField.ADDRESS,
            fold(f"{data.street} {data.house}"))
    return found


class CustomerService:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    def account_number_pattern(self) -> str:
        with self._sessions() as session:
            return read_text_setting(session, ACCOUNT_PATTERN_SETTING)

    def duplicates(self, actor: Principal, data: NewCustomer) -> list[Duplicate]:
        require(actor, Permission.EDIT_CUSTOMERS)
        with self._sessions() as session:
            checked = _check(session, data)
            return find_duplicates(session, checked)

    def create(self, actor: Principal, data: NewCustomer, *,
               allow_duplicates: bool = False) -> uuid.UUID:
        """Validate, warn about look-alikes (unless the operator already confirmed), save."""
        require(actor, Permission.EDIT_CUSTOMERS)
        with self._sessions() as session:  # the checks only read
            checked = _check(session, data)
            if checked.problems:
                raise ValidationError(" ".join(checked.problems))
            if not allow_duplicates and (duplicates := find_duplicates(session, checked)):
                raise DuplicateCustomerError(duplicates)
        customer_id = uuid.uuid4()
        with self._sessions.begin() as session:
            # Written first: the transaction takes SQLite's write lock before reading anything
            # (a read-then-write transaction fails if another desk committed in between).
            self._audit.record(session, "customer.create", actor=actor,
                               object_type="customer", object_id=customer_id)
            session.flush()
            self._insert(session, checked, customer_id)
            reindex_customers(session, [customer_id])
        return customer_id

    def _insert(self, session: Session, checked: _Checked, customer_id: uuid.UUID) -> None:
        data, now = checked.data, self._clock.now()
        address: Address | None = None
        if data.locality.strip():
            region = data.region.strip()
            address = Address(postal_code=data.postal_code.strip(), region=region,
                              locality=data.locality.strip(), street=data.street.strip(),
                              house=data.house.strip(), building=data.building.strip(),
                              flat=data.flat.strip(),
                              time_zone=time_zone_of_region(region))
            session.add(address)
            session.flush()
        organisation = data.kind == "organisation"
        customer = Customer(id=customer_id, kind=data.kind, name=_full_name(data),
                            last_name=data.last_name.strip(), first_name=data.first_name.strip(),
                            patronymic=data.patronymic.strip(), inn=data.inn.strip(), kpp="",
                            address_id=address.id if organisation and address else None,
                            note=data.note.strip(), created_at=now)
        session.add(customer)
        session.flush()
        if data.account_number.strip() and address is not None:
            session.add(Account(number=data.account_number.strip(), customer_id=customer.id,
                                address_id=address.id, opened_on=now.date(), tariff="",
                                residents=0))
        primary = True
        for kind, value in (("phone", checked.phone), ("email", checked.email)):
            if value:
                session.add(ContactPoint(customer_id=customer.id, kind=kind, value=value,
                                         label="", is_primary=primary))
                primary = False
        session.flush()

    def update_contacts(self, actor: Principal, customer_id: uuid.UUID, expected_version: int,
                        contacts: list[ContactEdit], note: str | None = None) -> int:
        """Replace the customer's phones and e-mails (and the note); returns the new version.

        The customer's version moves with every save, so two desks editing the same card get a
        conflict instead of one silently undoing the other.
        """
        require(actor, Permission.EDIT_CUSTOMERS)
        cleaned = _clean_contacts(contacts)
        session = self._sessions()
        try:
            # The audit entry first: the write lock before any read (SQLite; see ``create``).
            self._audit.record(session, "customer.contacts_change", actor=actor,
                               object_type="customer", object_id=customer_id,
                               details={"contacts": len(cleaned)})
            session.flush()
            customer = load_for_change(session, Customer, customer_id, expected_version)
            # Through the change feed's helper: other desks learn the old contacts are gone
            # (a "delete" entry per row, DB-1), the new ones arrive as inserts at the flush.
            delete_shared_rows(session, ContactPoint, ContactPoint.customer_id == customer_id)
            for contact in cleaned:
                session.add(ContactPoint(customer_id=customer_id, kind=contact.kind,
                                         value=contact.value, label=contact.label,
                                         is_primary=contact.is_primary))
            if note is not None:
                customer.note = note.strip()
            flag_modified(customer, "note")  # the version moves even if only contacts changed
            flush_versioned(session, Customer, customer_id, expected_version)
            reindex_customers(session, [customer_id])
            commit_versioned(session, Customer, customer_id, expected_version)
            return customer.version
        finally:
            session.close()


    def update_note(self, actor: Principal, customer_id: uuid.UUID, expected_version: int,
                    note: str) -> int:
        """The customer's note (what operators should know next time); returns the version."""
        require(actor, Permission.EDIT_CUSTOMERS)
        session = self._sessions()
        try:
            self._audit.record(session, "customer.note_change", actor=actor,
                               object_type="customer", object_id=customer_id)
            session.flush()  # the write lock before any read (SQLite; see ``create``)
            customer = load_for_change(session, Customer, customer_id, expected_version)
            customer.note = note.strip()
            flag_modified(customer, "note")
            commit_versioned(session, Customer, customer_id, expected_version)
            return customer.version
        finally:
            session.close()

def _clean_contacts(contacts: list[ContactEdit]) -> list[ContactEdit]:
    cleaned: list[ContactEdit] = []
    problems: list[str] = []
    for contact in contacts:
        if not contact.value.strip():
            continue
        try:
            value = (normalise_phone(contact.value) if contact.kind == "phone"
                     else normalise_email(contact.value))
        except ValidationError as error:
            problems.append(error.message)
            continue
        if any(c.kind == contact.kind and c.value == value for c in cleaned):
            continue
        cleaned.append(ContactEdit(contact.kind, value, contact.label.strip()[:100],
                                   contact.is_primary))
    if problems:
        raise ValidationError(" ".join(problems))
    if cleaned and not any(c.is_primary for c in cleaned):
        first = cleaned[0]
        cleaned[0] = ContactEdit(first.kind, first.value, first.label, True)
    return cleaned
