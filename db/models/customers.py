"""Customers and what the company knows about them: accounts, contracts, addresses, contacts.

Balances, residents, meter readings and payments are confidential (TEL-5): the services show
them only after the caller has identified.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SharedRow, UtcDateTime


class Address(SharedRow, Base):
    __tablename__ = "addresses"

    postal_code: Mapped[str] = mapped_column(String(6), default="")
    region: Mapped[str] = mapped_column(String(100))
    locality: Mapped[str] = mapped_column(String(100))  # city, town or village
    street: Mapped[str] = mapped_column(String(150), default="")
    house: Mapped[str] = mapped_column(String(20), default="")
    building: Mapped[str] = mapped_column(String(20), default="")
    flat: Mapped[str] = mapped_column(String(20), default="")
    # IANA zone of the place: the customer's local time for callbacks (SLA-10, TEL-7).
    time_zone: Mapped[str] = mapped_column(String(64))


class Customer(SharedRow, Base):
    __tablename__ = "customers"

    kind: Mapped[str] = mapped_column(String(16))  # person | organisation
    # A person's full name ("Фамилия Имя Отчество") or an organisation's name.
    name: Mapped[str] = mapped_column(String(300))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    inn: Mapped[str] = mapped_column(String(12), default="", index=True)
    kpp: Mapped[str] = mapped_column(String(9), default="")
    # Legal address of an organisation; a person's addresses come with their accounts.
    address_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("addresses.id", ondelete="RESTRICT"), nullable=True
    )
    note: Mapped[str] = mapped_column(Text(), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Account(SharedRow, Base):
    """A personal account (лицевой счёт): one supplied address of a customer."""

    __tablename__ = "accounts"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    address_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("addresses.id", ondelete="RESTRICT"), index=True
    )
    opened_on: Mapped[date] = mapped_column(Date())
    closed_on: Mapped[date | None] = mapped_column(Date(), nullable=True)
    tariff: Mapped[str] = mapped_column(String(100), default="")
    # Confidential (TEL-5). Balance > 0 is prepaid, < 0 is a debt.
    residents: Mapped[int] = mapped_column(Integer(), default=0)
    balance: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0.00"))


class Contract(SharedRow, Base):
    """A supply contract of an organisation (a legal entity identifies by its number, TEL-5)."""

    __tablename__ = "contracts"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    address_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("addresses.id", ondelete="RESTRICT"), nullable=True
    )
    subject: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[date] = mapped_column(Date())
    valid_until: Mapped[date | None] = mapped_column(Date(), nullable=True)
    balance: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0.00"))


class ContactPoint(SharedRow, Base):
    """A phone number (E.164) or e-mail address of a customer."""

    __tablename__ = "contact_points"
    __table_args__ = (Index("ix_contact_points_value", "value"),)

    customer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # phone | email
    value: Mapped[str] = mapped_column(String(254))
    label: Mapped[str] = mapped_column(String(100), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean(), default=False)


class MeterReading(Base):
    """A meter reading as billing received it (confidential, TEL-5). Records, not edited."""

    __tablename__ = "meter_readings"
    __table_args__ = (Index("ix_meter_readings_account", "account_id", "taken_on"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True, default=uuid.uuid4)
    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("accounts.id", ondelete="CASCADE")
    )
    meter_number: Mapped[str] = mapped_column(String(32))
    taken_on: Mapped[date] = mapped_column(Date())
    value: Mapped[Decimal] = mapped_column(Numeric(12, 1))
    source: Mapped[str] = mapped_column(String(16))  # customer | inspector | remote


class Payment(Base):
    """A payment received (confidential, TEL-5). Records, not edited."""

    __tablename__ = "payments"
    __table_args__ = (Index("ix_payments_account", "account_id", "paid_on"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True, default=uuid.uuid4)
    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("accounts.id", ondelete="CASCADE")
    )
    paid_on: Mapped[date] = mapped_column(Date())
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    method: Mapped[str] = mapped_column(String(32))  # bank | post | terminal | online
    period: Mapped[str] = mapped_column(String(7))  # billing month, YYYY-MM
