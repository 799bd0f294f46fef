"""The customer card: what the company holds about a customer, and the gate to what is secret.

``card`` returns everything that is not confidential: names, addresses, accounts, contracts,
contacts, the history from every desk (DB-1) and the callbacks promised and not yet made (TEL-3).
Balances, debts, residents, meter readings and payments come only from ``confidential``, which
refuses unless the operator recorded how the caller identified (TEL-5) — enforced here, whatever
the screen shows. Opening a card, every identification (or refusal) and every view of
confidential data is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import (
    Account,
    Address,
    ContactPoint,
    Contract,
    Customer,
    Identification,
    MeterReading,
    Payment,
)
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.contacts import format_phone
from workstation.errors import NotFoundError
from workstation.history import HistoryEntry, HistoryRegistry
from workstation.identification import (
    IdentificationMethod,
    IdentificationMismatchError,
    IdentificationRequiredError,
    IdentificationState,
    check_named_data,
    current_state,
)
from workstation.open_callbacks import OpenCallback, open_callbacks
from workstation.roles import Permission, Principal, require
from workstation.search_text import format_address

READINGS_SHOWN = 6  # per account: the last half-year is what callers ask about
PAYMENTS_SHOWN = 6


@dataclass(frozen=True)
class AddressInfo:
    id: uuid.UUID
    text: str  # with postal code and region, as on an envelope
    time_zone: str


@dataclass(frozen=True)
class AccountInfo:
    id: uuid.UUID
    number: str
    address: str
    tariff: str
    opened_on: date
    closed_on: date | None


@dataclass(frozen=True)
class ContractInfo:
    id: uuid.UUID
    number: str
    subject: str
    signed_on: date
    valid_until: date | None
    address: str


@dataclass(frozen=True)
class ContactInfo:
    id: uuid.UUID
    version: int
    kind: str  # phone | email
    value: str  # as stored (E.164 for phones)
    shown: str  # as people read it
    label: str
    is_primary: bool


@dataclass(frozen=True)
class CustomerCard:
    id: uuid.UUID
    version: int
    kind: str
    name: str
    last_name: str
    first_name: str
    patronymic: str
    inn: str
    kpp: str
    note: str
    created_at: datetime
    addresses: tuple[AddressInfo, ...]
    accounts: tuple[AccountInfo, ...]
    contracts: tuple[ContractInfo, ...]
    contacts: tuple[ContactInfo, ...]
    history: tuple[HistoryEntry, ...]
    identification: IdentificationState
    # TEL-3 callbacks promised to the customer and not yet made (not confidential: no TEL-5).
    callbacks: tuple[OpenCallback, ...] = ()

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


@dataclass(frozen=True)
class ReadingInfo:
    taken_on: date
    meter_number: str
    value: Decimal
    source: str


@dataclass(frozen=True)
class PaymentInfo:
    paid_on: date
    amount: Decimal
    method: str
    period: str


@dataclass(frozen=True)
class AccountSecrets:
    number: str
    balance: Decimal  # > 0 prepaid, < 0 a debt
    residents: int
    readings: tuple[ReadingInfo, ...]
    payments: tuple[PaymentInfo, ...]


@dataclass(frozen=True)
class ConfidentialInfo:
    """TEL-5: shown only to the operator who identified the caller."""

    customer_id: uuid.UUID
    accounts: tuple[AccountSecrets, ...]
    contracts: tuple[tuple[str, Decimal], ...]  # contract number, balance
    identification: IdentificationState

    @property
    def debt(self) -> Decimal:
        balances = [a.balance for a in self.accounts] + [b for _n, b in self.contracts]
        return -sum((b for b in balances if b < 0), Decimal(0))


class CustomerCardService:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog,
                 history: HistoryRegistry) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._history = history

    def card(self, actor: Principal, customer_id: uuid.UUID) -> CustomerCard:
        require(actor, Permission.LOOKUP_CUSTOMERS)
        with self._sessions.begin() as session:
            # The audit entry first: on SQLite a transaction that writes after reading fails if
            # another desk committed meanwhile (SQLITE_BUSY_SNAPSHOT); writing first takes the
            # write lock at once (and waits for it). A missing customer rolls the entry back.
            self._audit.record(session, "customer.view", actor=actor, object_type="customer",
                               object_id=customer_id)
            session.flush()
            card = load_card(session, customer_id, self._history)
            state = current_state(session, actor, customer_id, self._clock.now())
        return _with_state(card, state)

    def identification(self, actor: Principal, customer_id: uuid.UUID) -> IdentificationState:
        require(actor, Permission.LOOKUP_CUSTOMERS)
        with self._sessions() as session:
            return current_state(session, actor, customer_id, self._clock.now())

    def identify(self, actor: Principal, customer_id: uuid.UUID,
                 method: IdentificationMethod, named: str = "", *,
                 call_id: uuid.UUID | None = None) -> IdentificationState:
        """Record how the caller identified (or that they refused), after checking what they
        named against the customer's data. A mismatch is audited and refused."""
        require(actor, Permission.LOOKUP_CUSTOMERS)
        mismatch: IdentificationMismatchError | None = None
        with self._sessions() as session:  # reading only: the check
            customer = _customer(session, customer_id)
            try:
                check_named_data(session, customer, method, named)
            except IdentificationMismatchError as error:
                mismatch = error
        with self._sessions.begin() as session:  # writing only (SQLite: see ``card``)
            if mismatch is not None:
                self._audit.record(session, "customer.identify_failed", actor=actor,
                                   object_type="customer", object_id=customer_id,
                                   details={"method": method.value})
            else:
                session.add(Identification(customer_id=customer_id, user_id=actor.user_id,
                                           actor_login=actor.login, method=method.value,
                                           at=self._clock.now(), call_id=call_id))
                action = ("customer.identify_refused" if method is IdentificationMethod.REFUSED
                          else "customer.identify")
                self._audit.record(session, action, actor=actor, object_type="customer",
                                   object_id=customer_id,
                                   details={"method": method.value,
                                            "call": str(call_id) if call_id else None})
                session.flush()
                state = current_state(session, actor, customer_id, self._clock.now())
        if mismatch is not None:
            raise mismatch
        return state

    def confidential(self, actor: Principal, customer_id: uuid.UUID) -> ConfidentialInfo:
        """TEL-5, enforced here: refused (and the attempt audited) without identification.
        The view is audited before the data leave the service: no audit, no data."""
        require(actor, Permission.LOOKUP_CUSTOMERS)
        info: ConfidentialInfo | None = None
        with self._sessions() as session:
            _customer(session, customer_id)
            state = current_state(session, actor, customer_id, self._clock.now())
            if state.verified:
                info = _secrets(session, customer_id, state)
        with self._sessions.begin() as session:
            if info is None:
                self._audit.record(session, "customer.confidential_denied", actor=actor,
                                   object_type="customer", object_id=customer_id)
            else:
                self._audit.record(session, "customer.confidential_view", actor=actor,
                                   object_type="customer", object_id=customer_id,
                                   details={"identified": state.method.value
                                            if state.method else None})
        if info is None:
            raise IdentificationRequiredError(refused=state.refused)
        return info


def _customer(session: Session, customer_id: uuid.UUID) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("Потребитель не найден: возможно, его удалили на другом рабочем "
                            "месте.")
    return customer


def _full_address(address: Address) -> str:
    return format_address(postal_code=address.postal_code, region=address.region,
                          locality=address.locality, street=address.street,
                          house=address.house, building=address.building, flat=address.flat)


def load_card(session: Session, customer_id: uuid.UUID,
              history: HistoryRegistry) -> CustomerCard:
    customer = _customer(session, customer_id)
    accounts = list(session.scalars(
        select(Account).where(Account.customer_id == customer_id)
        .order_by(Account.closed_on.is_not(None), Account.opened_on.desc())))
    contracts = list(session.scalars(
        select(Contract).where(Contract.customer_id == customer_id)
        .order_by(Contract.signed_on.desc())))
    contacts = list(session.scalars(
        select(ContactPoint).where(ContactPoint.customer_id == customer_id)
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.kind, ContactPoint.value)))
    address_ids = [a.address_id for a in accounts]
    address_ids += [customer.address_id] if customer.address_id else []
    address_ids += [c.address_id for c in contracts if c.address_id]
    order = list(dict.fromkeys(address_ids))
    found = {a.id: a for a in session.scalars(select(Address).where(Address.id.in_(order)))}
    addresses = {address_id: AddressInfo(address_id, _full_address(found[address_id]),
                                         found[address_id].time_zone)
                 for address_id in order if address_id in found}

    def address_text(address_id: uuid.UUID | None) -> str:
        info = addresses.get(address_id) if address_id else None
        return info.text if info else ""

    return CustomerCard(
        id=customer.id, version=customer.version, kind=customer.kind, name=customer.name,
        last_name=customer.last_name, first_name=customer.first_name,
        patronymic=customer.patronymic, inn=customer.inn, kpp=customer.kpp, note=customer.note,
        created_at=customer.created_at, addresses=tuple(addresses.values()),
        accounts=tuple(AccountInfo(a.id, a.number, address_text(a.address_id), a.tariff,
                                   a.opened_on, a.closed_on) for a in accounts),
        contracts=tuple(ContractInfo(c.id, c.number, c.subject, c.signed_on, c.valid_until,
                                     address_text(c.address_id)) for c in contracts),
        contacts=tuple(ContactInfo(c.id, c.version, c.kind, c.value,
                                   format_phone(c.value) if c.kind == "phone" else c.value,
                                   c.label, c.is_primary) for c in contacts),
        history=tuple(history.collect(session, customer_id)),
        identification=IdentificationState(None),
        callbacks=open_callbacks(session, customer_id,
                                 [c.value for c in contacts if c.kind == "phone"]),
    )


def _with_state(card: CustomerCard, state: IdentificationState) -> CustomerCard:
    return replace(card, identification=state)


def _secrets(session: Session, customer_id: uuid.UUID,
             state: IdentificationState) -> ConfidentialInfo:
    accounts = []
    for account in session.scalars(select(Account).where(Account.customer_id == customer_id)
                                   .order_by(Account.closed_on.is_not(None),
                                             Account.opened_on.desc())):
        readings = session.scalars(
            select(MeterReading).where(MeterReading.account_id == account.id)
            .order_by(MeterReading.taken_on.desc()).limit(READINGS_SHOWN))
        payments = session.scalars(
            select(Payment).where(Payment.account_id == account.id)
            .order_by(Payment.paid_on.desc()).limit(PAYMENTS_SHOWN))
        accounts.append(AccountSecrets(
            account.number, account.balance, account.residents,
            tuple(ReadingInfo(r.taken_on, r.meter_number, r.value, r.source) for r in readings),
            tuple(PaymentInfo(p.paid_on, p.amount, p.method, p.period) for p in payments)))
    contracts = tuple((c.number, c.balance) for c in session.scalars(
        select(Contract).where(Contract.customer_id == customer_id)
        .order_by(Contract.signed_on.desc())))
    return ConfidentialInfo(customer_id, tuple(accounts), contracts, state)
