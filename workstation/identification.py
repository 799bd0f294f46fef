"""The identification gate (TEL-5): confidential information only after the caller identified.

A person identifies by a personal account number or by the address; a legal entity by its
contract number. What the caller names is checked against what the database holds; a refusal is
recorded too, and then the information is refused. An identification counts for the operator who
recorded it, for ``lookup.identification_minutes`` (a setting, default 30): the length of a call
with its wrap-up, not the rest of the day.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Account, Address, Contract, Customer, Identification
from workstation.errors import DomainError, ValidationError
from workstation.roles import Principal
from workstation.search_text import address_words, compact, digits_of, word_pieces
from workstation.settings import read_setting

VALIDITY_SETTING = "lookup.identification_minutes"


class IdentificationMethod(enum.StrEnum):
    ACCOUNT = "account"
    ADDRESS = "address"
    CONTRACT = "contract"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return METHOD_LABELS[self]


METHOD_LABELS = {
    IdentificationMethod.ACCOUNT: "по номеру лицевого счёта",
    IdentificationMethod.ADDRESS: "по адресу",
    IdentificationMethod.CONTRACT: "по номеру договора",
    IdentificationMethod.REFUSED: "отказ назвать данные",
}


class IdentificationRequiredError(DomainError):
    """Confidential data asked for before the caller identified (TEL-5)."""

    def __init__(self, refused: bool = False) -> None:
        super().__init__(
            "Звонящий отказался назвать данные для идентификации: конфиденциальные сведения "
            "не сообщаются." if refused else
            "Сначала идентифицируйте звонящего: номер лицевого счёта или адрес (для "
            "юридического лица — номер договора). До этого баланс, задолженность, число "
            "проживающих, показания и платежи не показываются.")
        self.refused = refused


class IdentificationMismatchError(ValidationError):
    """What the caller named does not match the customer's data."""


@dataclass(frozen=True)
class IdentificationState:
    method: IdentificationMethod | None  # None: not identified yet
    at: datetime | None = None
    by_login: str = ""
    valid_until: datetime | None = None

    @property
    def verified(self) -> bool:
        return self.method is not None and self.method is not IdentificationMethod.REFUSED

    @property
    def refused(self) -> bool:
        return self.method is IdentificationMethod.REFUSED


NOT_IDENTIFIED = IdentificationState(None)


def current_state(session: Session, actor: Principal, customer_id: uuid.UUID,
                  now: datetime) -> IdentificationState:
    """The actor's latest identification of this customer that is still valid."""
    minutes = read_setting(session, VALIDITY_SETTING)
    since = now - timedelta(minutes=minutes)
    query = (select(Identification.method, Identification.at, Identification.actor_login)
             .where(Identification.customer_id == customer_id, Identification.at > since)
             .order_by(Identification.at.desc()).limit(1))
    # Personal to the operator on the line: by user id, or by login for the command line.
    query = query.where(Identification.user_id == actor.user_id if actor.user_id is not None
                        else Identification.actor_login == actor.login)
    row = session.execute(query).first()
    if row is None:
        return NOT_IDENTIFIED
    method, at, login = row
    return IdentificationState(IdentificationMethod(method), at, login,
                               at + timedelta(minutes=minutes))


def check_named_data(session: Session, customer: Customer, method: IdentificationMethod,
                     value: str) -> None:
    """Refuse a method that does not fit the customer, or data that do not match theirs."""
    organisation = customer.kind != "person"
    if method is IdentificationMethod.REFUSED:
        return
    if organisation and method is not IdentificationMethod.CONTRACT:
        raise ValidationError("Юридическое лицо идентифицируется по номеру договора.")
    if not organisation and method is IdentificationMethod.CONTRACT:
        raise ValidationError("Физическое лицо идентифицируется по номеру лицевого счёта "
                              "или по адресу.")
    if not value.strip():
        raise ValidationError("Введите то, что назвал звонящий.")
    if method is IdentificationMethod.ACCOUNT:
        numbers = set(session.scalars(select(Account.number)
                                      .where(Account.customer_id == customer.id)))
        if digits_of(value) not in numbers:
            raise IdentificationMismatchError(
                "Названный номер лицевого счёта не совпадает ни с одним счётом потребителя.")
    elif method is IdentificationMethod.CONTRACT:
        numbers = {compact(number) for number in session.scalars(
            select(Contract.number).where(Contract.customer_id == customer.id))}
        if compact(value) not in numbers:
            raise IdentificationMismatchError(
                "Названный номер договора не совпадает с договорами потребителя.")
    elif not _address_matches(session, customer, value):
        raise IdentificationMismatchError(
            "Названный адрес не совпадает с адресами потребителя: нужны улица и дом "
            "(и квартира, если она есть).")


def _address_matches(session: Session, customer: Customer, value: str) -> bool:
    named = address_words(value)
    if not any(word.isdigit() for word in named) or all(word.isdigit() for word in named):
        return False  # a street and a house at least
    ids = set(session.scalars(select(Account.address_id)
                              .where(Account.customer_id == customer.id)))
    if customer.address_id is not None:
        ids.add(customer.address_id)
    for address in session.scalars(select(Address).where(Address.id.in_(ids))):
        known = {*address_words(address.locality), *address_words(address.street),
                 *word_pieces(address.house), *word_pieces(address.building),
                 *word_pieces(address.flat)}
        flat = [word for word in word_pieces(address.flat) if word.isdigit()]
        # The flat is part of the address: "Ленина 12" is a whole house, not one flat.
        if set(named) <= known and (not flat or set(flat) <= set(named)):
            return True
    return False
