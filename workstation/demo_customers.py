"""Demo customers with everything billing knows about them, made one batch at a time.

People (about 90 %) and organisations with addresses in the desk's regions (weighted by
population), personal accounts with tariff, residents and balance, monthly meter readings and
payments, supply contracts of organisations, phones and e-mails. Plain dicts for bulk inserts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from db.bulk_insert import bulk_insert
from db.models import (
    Account,
    Address,
    ContactPoint,
    Contract,
    Customer,
    MeterReading,
    Payment,
)
from workstation.demo_appeals import AppealTarget
from workstation.demo_people import (
    SUBJECT_CODES,
    Dice,
    Pools,
    Weighted,
    individual_inn,
    landline_phone,
    mobile_phone,
    organisation,
    organisation_email,
    person_name,
    personal_email,
    tax_office,
)
from workstation.regions import REGIONS, Region, Town

_PERSON_TARIFFS = Weighted([
    ("одноставочный", 52), ("двухзонный (день/ночь)", 28),
    ("трёхзонный (пик/полупик/ночь)", 6), ("одноставочный, дом с электроплитой", 9),
    ("одноставочный, сельский населённый пункт", 5),
])
_BUSINESS_TARIFFS = Weighted([
    ("первая ценовая категория", 70), ("вторая ценовая категория (по зонам суток)", 20),
    ("третья ценовая категория", 10),
])
# Roubles per kWh (in kopecks) for the amounts of payments.
_PRICE = {"одноставочный": 652, "двухзонный (день/ночь)": 560,
          "трёхзонный (пик/полупик/ночь)": 590, "одноставочный, дом с электроплитой": 456,
          "одноставочный, сельский населённый пункт": 456}
_BUSINESS_PRICE = 980
_RESIDENTS = Weighted([(1, 25), (2, 30), (3, 20), (4, 14), (5, 7), (6, 4)])
_READING_SOURCES = Weighted([("customer", 60), ("remote", 30), ("inspector", 10)])
_PAYMENT_METHODS = Weighted([("online", 45), ("bank", 25), ("terminal", 15), ("post", 15)])
_PERSON_NOTES = (
    "Льгота: ветеран труда, 50 % оплаты.", "Многодетная семья.",
    "Просит звонить после 18:00.", "Инвалид II группы, льгота 50 %.",
    "Квитанции — на электронную почту.", "Слабослышащий: лучше письменно.",
)
_CONTRACT_SUBJECTS = ("Договор энергоснабжения",
                      "Договор купли-продажи электрической энергии (мощности)")


class TimeOrderedIds:
    """Time-ordered UUIDs (version 7, RFC 9562, with a dedicated counter) for one stream.

    Random (version 4) ids would land all over the primary-key and foreign-key indexes, so
    every batch would rewrite pages across them — on SQLite that made a million customers take
    many times longer. These ids ascend within a run: the indexes grow at one end. The
    timestamp is the clock's now; the counter starts at a random point and the low bits are
    random, so runs with the same clock (tests) or on the same database do not meet.
    """

    def __init__(self, dice: Dice, now: datetime) -> None:
        milliseconds = int(now.timestamp() * 1000) & 0xFFFF_FFFF_FFFF
        self._high = (milliseconds << 80) | (0x7 << 76) | (0b10 << 62)
        self._counter = dice.getrandbits(41)
        self._bits = dice.getrandbits

    def __call__(self) -> uuid.UUID:
        counter = self._counter
        self._counter = counter + 1
        return uuid.UUID(int=self._high | ((counter >> 30) & 0xFFF) << 64
                         | (counter & 0x3FFF_FFFF) << 32 | self._bits(32))


def _money(kopecks: int) -> Decimal:
    return Decimal(kopecks).scaleb(-2)


def _month(index: int, day: int) -> date:
    """A day of the month numbered year * 12 + month - 1."""
    return date(index // 12, index % 12 + 1, day)


@dataclass
class Batch:
    addresses: list[dict[str, Any]]
    customers: list[dict[str, Any]]
    accounts: list[dict[str, Any]]
    contracts: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    readings: list[dict[str, Any]]
    payments: list[dict[str, Any]]

    def write(self, session: Session) -> None:
        # Parents before children (foreign keys).
        for model, rows in ((Address, self.addresses), (Customer, self.customers),
                            (Account, self.accounts), (Contract, self.contracts),
                            (ContactPoint, self.contacts), (MeterReading, self.readings),
                            (Payment, self.payments)):
            bulk_insert(session, model, rows)


class CustomerMaker:
    """Makes customers with everything that belongs to them, one batch at a time."""

    def __init__(self, rng: Dice, pools: Pools, now: datetime,
                 base: dict[str, int], wanted: set[int]) -> None:
        self.rng = rng
        self.pools = pools
        self.now = now
        self.today = now.date()
        self.new_id = TimeOrderedIds(rng, now)
        self.account_counter = base["accounts"]
        self.contract_counter = base["contracts"]
        self.regions = Weighted([(region, region.weight) for region in REGIONS])
        # Some branches number accounts with 12 digits (a branch code after the region's).
        self.long_numbers = {region.name: i % 3 == 0 for i, region in enumerate(REGIONS)}
        self.wanted = wanted
        self.found: dict[int, AppealTarget] = {}
        self.batch = Batch([], [], [], [], [], [], [])

    def make(self, start: int, stop: int) -> Batch:
        self.batch = batch = Batch([], [], [], [], [], [], [])
        for index in range(start, stop):
            organisation_customer = self.rng.random() < 0.1
            customer_id = (self._organisation() if organisation_customer else self._person())
            if index in self.wanted:
                self.found[index] = AppealTarget(customer_id, organisation_customer)
        return batch

    # -- people -----------------------------------------------------------------------------
    def _person(self) -> uuid.UUID:
        rng, batch = self.rng, self.batch
        name = person_name(rng, self.pools)
        customer_id = self.new_id()
        region = self.regions.pick(rng)
        town = rng.pick(region.towns)
        address_id = self._address(region, town, flat=rng.random() < 0.8)
        self._account(customer_id, address_id, region, business=False)
        if rng.random() < 0.1:  # a country house or a garage on a second account
            second = self._address(region, rng.pick(region.towns), flat=False)
            self._account(customer_id, second, region, business=False)
        contacts = 0
        if rng.random() < 0.92:
            self._contact(customer_id, "phone", mobile_phone(rng), "мобильный", contacts == 0)
            contacts += 1
        if rng.random() < 0.35:
            self._contact(customer_id, "phone", landline_phone(rng, town.area_code),
                          "домашний", contacts == 0)
            contacts += 1
        if rng.random() < 0.05:
            self._contact(customer_id, "phone", mobile_phone(rng),
                          rng.pick(("мобильный, дочь", "мобильный, сын", "мобильный, супруг")),
                          False)
        if rng.random() < 0.3:
            self._contact(customer_id, "email", personal_email(rng, name), "", contacts == 0)
        batch.customers.append({
            "id": customer_id, "version": 1, "kind": "person", "name": name.full,
            "last_name": name.last, "first_name": name.first, "patronymic": name.middle,
            "inn": individual_inn(rng, tax_office(rng, region.name)) if rng.random() < 0.05
            else "",
            "kpp": "", "address_id": None,
            "note": rng.pick(_PERSON_NOTES) if rng.random() < 0.05 else "",
            "created_at": self.now - timedelta(minutes=rng.between(60, 15 * 525_600)),
        })
        return customer_id

    # -- organisations ----------------------------------------------------------------------
    def _organisation(self) -> uuid.UUID:
        rng, batch = self.rng, self.batch
        region = self.regions.pick(rng)
        town = rng.pick(region.towns)
        org = organisation(rng, self.pools, region.name)
        customer_id = self.new_id()
        legal_address = self._address(region, town, flat=False, office=rng.random() < 0.5)
        for point in range(rng.pick((1, 1, 1, 2, 3))):  # points of supply
            supply = legal_address if point == 0 else self._address(
                region, rng.pick(region.towns), flat=False)
            self._account(customer_id, supply, region, business=True)
        signed = self.today - timedelta(days=rng.between(30, 15 * 365))
        self.contract_counter += 1
        batch.contracts.append({
            "id": self.new_id(), "version": 1,
            "number": f"ЭС-{signed.year}/{self.contract_counter:06d}",
            "customer_id": customer_id, "address_id": legal_address,
            "subject": rng.pick(_CONTRACT_SUBJECTS), "signed_on": signed,
            "valid_until": None if rng.random() < 0.7
            else date(self.today.year + rng.between(0, 2), 12, 31),
            "balance": self._balance(scale=20),
        })
        self._contact(customer_id, "phone", landline_phone(rng, town.area_code),
                      rng.pick(("приёмная", "бухгалтерия", "главный энергетик")), True)
        if rng.random() < 0.5:
            self._contact(customer_id, "phone", mobile_phone(rng),
                          "руководитель" if org.person is None else "мобильный", False)
        if rng.random() < 0.8:
            self._contact(customer_id, "email", organisation_email(rng, org.name), "", False)
        person = org.person
        batch.customers.append({
            "id": customer_id, "version": 1, "kind": "organisation", "name": org.name,
            "last_name": person.last if person else "",
            "first_name": person.first if person else "",
            "patronymic": person.middle if person else "",
            "inn": org.inn, "kpp": org.kpp, "address_id": legal_address,
            "note": (f"Контактное лицо: {person_name(rng, self.pools).short}"
                     if person is None and rng.random() < 0.3 else ""),
            "created_at": self.now - timedelta(minutes=rng.between(60, 15 * 525_600)),
        })
        return customer_id

    # -- what belongs to a customer ---------------------------------------------------------
    def _address(self, region: Region, town: Town, *, flat: bool,
                 office: bool = False) -> uuid.UUID:
        rng = self.rng
        address_id = self.new_id()
        house = str(rng.between(1, 150))
        if rng.random() < 0.05:
            house += rng.pick("АБВ")
        self.batch.addresses.append({
            "id": address_id, "version": 1,
            "postal_code": f"{town.postal_prefix}{rng.below(100):03d}",
            "region": region.name, "locality": town.name,
            "street": rng.pick(self.pools.streets), "house": house,
            "building": str(rng.between(1, 4)) if rng.random() < 0.12 else "",
            "flat": (str(rng.between(1, 320)) if flat
                     else f"оф. {rng.between(1, 40)}" if office else ""),
            "time_zone": region.time_zone,
        })
        return address_id

    def _account(self, customer_id: uuid.UUID, address_id: uuid.UUID, region: Region, *,
                 business: bool) -> None:
        rng, batch, today = self.rng, self.batch, self.today
        # The region's code, for some branches a branch code, and a serial that continues after
        # the accounts already in the database: a second run never repeats a number.
        self.account_counter += 1
        serial = self.account_counter
        code = SUBJECT_CODES.get(region.name, 77)
        branch = f"{rng.between(1, 9):02d}" if self.long_numbers[region.name] else ""
        number = f"{code:02d}{branch}{serial:08d}"
        account_id = self.new_id()
        opened = today - timedelta(days=rng.between(60, 9000))
        closed = None
        if rng.random() < 0.02:
            closed = today - timedelta(days=rng.between(1, min(365, (today - opened).days - 1)))
        if business:
            tariff, residents, price = _BUSINESS_TARIFFS.pick(rng), 0, _BUSINESS_PRICE
            monthly = rng.between(800, 40_000)
        else:
            tariff, residents = _PERSON_TARIFFS.pick(rng), _RESIDENTS.pick(rng)
            price = _PRICE[tariff]
            monthly = 60 + 55 * residents + (250 if "электроплит" in tariff else 0)
        # Readings on the 20th–26th of the last months (before closing), increasing.
        last = (closed or today).year * 12 + (closed or today).month - 2
        first_possible = opened.year * 12 + opened.month
        months = max(1, min(rng.between(2, 4), last - first_possible + 1))
        value = rng.between(1_000, 40_000) * 10  # tenths of kWh
        meter = str(rng.between(10**7, 10**8 - 1))
        used: list[tuple[int, int]] = []
        for month in range(last - months + 1, last + 1):
            kwh = max(1, int(monthly * (0.75 + 0.5 * rng.random())))
            value += kwh * 10 + rng.below(10)
            used.append((month, kwh))
            batch.readings.append({
                "id": self.new_id(), "account_id": account_id, "meter_number": meter,
                "taken_on": _month(month, rng.between(20, 26)),
                "value": Decimal(value).scaleb(-1), "source": _READING_SOURCES.pick(rng),
            })
        balance_kind = rng.random()
        paid_months = used[-rng.between(1, 3):] if balance_kind < 0.97 else used[-1:]
        for month, kwh in paid_months:
            pay_day = min(_month(month + 1, rng.between(1, 25)), closed or today)
            batch.payments.append({
                "id": self.new_id(), "account_id": account_id, "paid_on": pay_day,
                "amount": _money(kwh * price), "method": _PAYMENT_METHODS.pick(rng),
                "period": f"{month // 12:04d}-{month % 12 + 1:02d}",
            })
        batch.accounts.append({
            "id": account_id, "version": 1, "number": number, "customer_id": customer_id,
            "address_id": address_id, "opened_on": opened, "closed_on": closed,
            "tariff": tariff, "residents": residents,
            "balance": _money(0) if closed else self._balance(scale=20 if business else 1,
                                                              roll=balance_kind),
        })

    def _balance(self, *, scale: int, roll: float | None = None) -> Decimal:
        """Mostly a little prepaid or a small debt; some moderate and a few large debts."""
        rng = self.rng
        roll = rng.random() if roll is None else roll
        if roll < 0.55:
            kopecks = rng.between(0, 80_000)
        elif roll < 0.85:
            kopecks = -rng.between(100, 250_000)
        elif roll < 0.97:
            kopecks = -rng.between(250_000, 1_500_000)
        else:
            kopecks = -rng.between(1_500_000, 18_000_000)
        return _money(kopecks * scale)

    def _contact(self, customer_id: uuid.UUID, kind: str, value: str, label: str,
                 primary: bool) -> None:
        self.batch.contacts.append({
            "id": self.new_id(), "version": 1, "customer_id": customer_id, "kind": kind,
            "value": value, "label": label, "is_primary": primary,
        })
