"""Customers for lookup tests: a few people and organisations with what billing knows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from db.models import (
    Account,
    Address,
    ContactPoint,
    Contract,
    Customer,
    MeterReading,
    Payment,
)
from workstation.database import Database
from workstation.search_index import reindex_customers

CREATED = datetime(2025, 1, 10, 9, 0, tzinfo=UTC)


@dataclass
class Place:
    street: str
    house: str
    flat: str = ""
    locality: str = "Южно-Сахалинск"
    region: str = "Сахалинская область"
    building: str = ""
    postal_code: str = "693000"


@dataclass
class Someone:
    name: str  # "Фамилия Имя Отчество" or an organisation's name
    accounts: list[tuple[str, Place]] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)  # E.164
    emails: list[str] = field(default_factory=list)
    inn: str = ""
    contracts: list[str] = field(default_factory=list)
    legal_address: Place | None = None
    kind: str = "person"
    balance: Decimal = Decimal("-1234.50")
    residents: int = 3


def _address(session: Session, place: Place) -> uuid.UUID:
    address = Address(postal_code=place.postal_code, region=place.region,
                      locality=place.locality, street=place.street, house=place.house,
                      building=place.building, flat=place.flat, time_zone="Asia/Sakhalin")
    session.add(address)
    session.flush()
    return address.id


def add_customers(database: Database, *people: Someone) -> list[uuid.UUID]:
    """Write the customers with the ORM (change feed and all) and index them."""
    ids: list[uuid.UUID] = []
    with database.sessions.begin() as session:
        for person in people:
            parts = person.name.split()
            legal = _address(session, person.legal_address) if person.legal_address else None
            customer = Customer(
                kind=person.kind, name=person.name,
                last_name=parts[0] if person.kind == "person" else "",
                first_name=parts[1] if person.kind == "person" and len(parts) > 1 else "",
                patronymic=parts[2] if person.kind == "person" and len(parts) > 2 else "",
                inn=person.inn, kpp="", address_id=legal, note="", created_at=CREATED)
            session.add(customer)
            session.flush()
            for number, place in person.accounts:
                account = Account(number=number, customer_id=customer.id,
                                  address_id=_address(session, place),
                                  opened_on=date(2020, 1, 1), tariff="одноставочный",
                                  residents=person.residents, balance=person.balance)
                session.add(account)
                session.flush()
                session.add(MeterReading(account_id=account.id, meter_number="12345678",
                                         taken_on=date(2026, 1, 25), value=Decimal("10450.0"),
                                         source="customer"))
                session.add(Payment(account_id=account.id, paid_on=date(2026, 2, 5),
                                    amount=Decimal("2300.00"), method="online",
                                    period="2026-01"))
            for number in person.contracts:
                session.add(Contract(number=number, customer_id=customer.id, address_id=legal,
                                     subject="Договор энергоснабжения",
                                     signed_on=date(2019, 5, 1), balance=Decimal("-50000.00")))
            for index, phone in enumerate(person.phones):
                session.add(ContactPoint(customer_id=customer.id, kind="phone", value=phone,
                                         label="мобильный", is_primary=index == 0))
            for email in person.emails:
                session.add(ContactPoint(customer_id=customer.id, kind="email", value=email,
                                         label="", is_primary=not person.phones))
            ids.append(customer.id)
        reindex_customers(session, ids)
    return ids


LENINA_12_5 = Place("ул. Ленина", "12", "5")

IVANOV = Someone("Иванов Иван Иванович", [("6500123456", LENINA_12_5)],
                 phones=["+79141234567"], emails=["i.ivanov@example.com"])
IVANOVA = Someone("Иванова Мария Петровна", [("6500123457", Place("ул. Мира", "3", "14"))],
                  phones=["+74242551234"])
SEMYONOV = Someone("Семёнов Пётр Алексеевич", [("6500777001", Place("пр. Победы", "120", "7"))],
                   phones=["+79247776655"])
SIVANOV = Someone("Сиванов Олег Игоревич",
                  [("6599000111", Place("ул. Ленина", "120", "", locality="Корсаков"))])
ENERGO = Someone("ООО «Энергосервис»", kind="organisation", inn="6501234561",
                 contracts=["ЭС-2020/000123"], phones=["+74242501020"],
                 emails=["info@energoservis.example.com"],
                 legal_address=Place("ул. Ленина", "40", "оф. 12"))

EVERYONE = (IVANOV, IVANOVA, SEMYONOV, SIVANOV, ENERGO)
