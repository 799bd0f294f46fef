"""Demo data (issue 3): deterministic by seed, realistic, complete, cancellable — both backends."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from typing import Any

import phonenumbers
import pytest
from faker.providers.person.ru_RU import Provider as RussianNames
from sqlalchemy import func, select

from db.models import (
    Account,
    Address,
    Appeal,
    AuditEntry,
    ContactPoint,
    Contract,
    Customer,
    MeterReading,
    Payment,
    SearchEntry,
    User,
)
from tests.conftest import DatabaseFactory
from workstation.appeals import DEFAULT_CATEGORY, AppealStatus, Category, Channel
from workstation.clock import FakeClock
from workstation.database import Database, connect
from workstation.demo_appeals import FORCED
from workstation.demo_data import (
    MAX_CUSTOMERS,
    STAGE_CUSTOMERS,
    DemoReport,
    fill_demo_data,
)
from workstation.demo_people import COMMON_FEMALE_NAMES, COMMON_MALE_NAMES, SUBJECT_CODES
from workstation.demo_users import DEMO_USERS
from workstation.errors import ValidationError
from workstation.inn import inn_is_valid
from workstation.regions import REGIONS, region_by_name
from workstation.roles import Role, roles_from_column

DATA_TABLES = (Address, Customer, Account, Contract, ContactPoint, MeterReading, Payment, Appeal)


def fill(database: Database, clock: FakeClock, *, customers: int = 60, appeals: int = 30,
         seed: int = 7, **options: Any) -> DemoReport:
    return fill_demo_data(database, customers=customers, appeals=appeals, seed=seed,
                          clock=clock, **options)


def digest(database: Database) -> str:
    """A fingerprint of every demo row (users without their salted password hashes)."""
    hasher = hashlib.sha256()
    with database.engine.connect() as connection:
        for model in DATA_TABLES:
            table = model.__table__
            for row in connection.execute(select(table).order_by(table.c.id)):
                hasher.update(repr(tuple(row)).encode())
        users = select(User.id, User.login, User.full_name, User.roles, User.unit_id,
                       User.position, User.phone, User.email).order_by(User.login)
        for row in connection.execute(users):
            hasher.update(repr(tuple(row)).encode())
    return hasher.hexdigest()


def count(database: Database, model: Any) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_same_seed_gives_the_same_rows_and_another_seed_other_rows(
    databases: DatabaseFactory, clock: FakeClock
) -> None:
    fingerprints = []
    for seed in (7, 7, 8):
        database = connect(databases.migrated())
        try:
            fill(database, clock, customers=40, appeals=20, seed=seed)
            fingerprints.append(digest(database))
        finally:
            database.close()
    assert fingerprints[0] == fingerprints[1]
    assert fingerprints[0] != fingerprints[2]


def test_counts_match_the_report_and_every_role_has_users(
    database: Database, clock: FakeClock
) -> None:
    report = fill(database, clock, customers=60, appeals=30)
    assert not report.cancelled
    assert report.customers == count(database, Customer) == 60
    assert report.indexed == count(database, SearchEntry) == 60  # the lookup finds them
    assert report.appeals == count(database, Appeal) == 30
    for model, field in ((Address, "addresses"), (Account, "accounts"),
                         (Contract, "contracts"), (ContactPoint, "contact_points"),
                         (MeterReading, "meter_readings"), (Payment, "payments")):
        assert count(database, model) == getattr(report, field), field
    assert report.accounts >= report.customers
    assert report.meter_readings >= report.accounts
    with database.sessions() as session:
        users = session.execute(select(User.login, User.roles, User.position, User.phone,
                                       User.email, User.unit_id)).all()
        organisations = session.scalar(select(func.count()).select_from(Customer)
                                       .where(Customer.kind == "organisation"))
    assert report.users == len(users) == len(DEMO_USERS)
    assert organisations == report.organisations == report.contracts
    per_role = Counter(role for _, roles, *_ in users for role in roles_from_column(roles))
    assert set(per_role) == set(Role)
    assert per_role[Role.OPERATOR] >= 3 and per_role[Role.SPECIALIST] >= 3
    assert all(position and phone and email and unit for _, _, position, phone, email, unit
               in users)
    # The documented logins: one per role, named after it.
    assert {user.login for user in DEMO_USERS[:5]} == {role.value for role in Role}


def test_a_second_run_adds_customers_and_continues_the_journal(
    database: Database, clock: FakeClock
) -> None:
    first = fill(database, clock, customers=30, appeals=25)
    with database.sessions() as session:
        before = set(session.scalars(select(Appeal.journal_number)))
    second = fill(database, clock, customers=20, appeals=25)  # the same seed on purpose
    assert second.users == 0  # the demo staff is there already
    assert first.customers + second.customers == count(database, Customer)
    with database.sessions() as session:
        numbers = list(session.scalars(select(Appeal.journal_number)))
        accounts = list(session.scalars(select(Account.number)))
    assert len(numbers) == len(set(numbers)) == 50
    assert len(accounts) == len(set(accounts))
    highest_before: dict[str, int] = defaultdict(int)
    for number in before:
        year, sequence = number.split("-")
        highest_before[year] = max(highest_before[year], int(sequence))
    for number in set(numbers) - before:
        year, sequence = number.split("-")
        assert int(sequence) > highest_before[year], number
    for number in numbers:
        assert re.fullmatch(r"20\d\d-\d{6}", number)


def test_every_channel_and_every_state_with_fitting_details(
    database: Database, clock: FakeClock
) -> None:
    assert {status for status, _ in FORCED} == set(AppealStatus)
    assert {channel for _, channel in FORCED} == set(Channel)
    fill(database, clock, customers=40, appeals=len(AppealStatus))
    now = clock.now()
    with database.sessions() as session:
        appeals = session.scalars(select(Appeal)).all()
        kinds = {row.id: row.kind for row in session.execute(select(Customer.id, Customer.kind))}
        staff = {user_id: roles_from_column(roles)
                 for user_id, roles in session.execute(select(User.id, User.roles))}
    assert {appeal.status for appeal in appeals} == {status.value for status in AppealStatus}
    assert {appeal.channel for appeal in appeals} == {channel.value for channel in Channel}
    for appeal in appeals:
        channel = Channel(appeal.channel)
        expected = {DEFAULT_CATEGORY[channel].value}
        if channel is Channel.CALL:
            expected.add(Category.E.value)  # CH-2: consulted on or transferred
        assert appeal.category in expected
        assert appeal.received_at <= appeal.registered_at <= now
        assert appeal.subject and appeal.body and appeal.topic
        assert appeal.registered_by_id is not None
        assert Role.OPERATOR in staff[appeal.registered_by_id]
        if appeal.status in (AppealStatus.NOT_CONSIDERED, AppealStatus.SPAM):
            assert appeal.customer_id is None  # WR-4, WR-8
        if appeal.customer_id is not None and kinds[appeal.customer_id] == "organisation":
            assert channel in (Channel.CALL, Channel.POST, Channel.EMAIL)  # CH-1


def test_phones_are_valid_and_landlines_carry_their_region_area_codes(
    database: Database, clock: FakeClock
) -> None:
    fill(database, clock, customers=120, appeals=0)
    with database.sessions() as session:
        contacts = session.execute(
            select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value)).all()
        regions: dict[Any, set[str]] = defaultdict(set)
        for customer_id, region in session.execute(
            select(Account.customer_id, Address.region).join(Address,
                                                            Account.address_id == Address.id)
        ):
            regions[customer_id].add(region)
        users = session.scalars(select(User.phone)).all()
    landlines = mobiles = 0
    for customer_id, kind, value in contacts:
        if kind == "email":
            assert re.fullmatch(r"[a-z0-9.]+@[a-z0-9.]+\.example\.(com|net|org)|"
                                r"[a-z0-9.]+@example\.(com|net|org)", value), value
            continue
        number = phonenumbers.parse(value)
        assert phonenumbers.is_valid_number(number), value
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == value
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
            assert value.startswith("+79")
            mobiles += 1
            continue
        landlines += 1
        codes = {town.area_code for name in regions[customer_id]
                 for town in region_by_name(name).towns}  # type: ignore[union-attr]
        assert any(value.startswith(f"+7{code}") for code in codes), (value, codes)
    assert landlines > 10 and mobiles > 50
    for phone in users:
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone))


def test_taxpayer_numbers_have_valid_check_digits(database: Database, clock: FakeClock) -> None:
    fill(database, clock, customers=300, appeals=0, seed=3)
    with database.sessions() as session:
        rows = session.execute(select(Customer.kind, Customer.name, Customer.inn,
                                      Customer.kpp)).all()
        contracts = session.scalars(select(Contract.number)).all()
    organisations = [row for row in rows if row.kind == "organisation"]
    assert organisations
    codes = {f"{code:02d}" for code in SUBJECT_CODES.values()}
    for kind, name, inn, kpp in rows:
        if kind == "person":
            assert inn == "" or (len(inn) == 12 and inn_is_valid(inn))
            continue
        assert inn_is_valid(inn), (name, inn)
        assert inn[:2] in codes
        if name.startswith("ИП "):
            assert len(inn) == 12 and kpp == ""
        else:
            assert len(inn) == 10 and re.fullmatch(r"\d{9}", kpp) and kpp[:4] == inn[:4]
    for number in contracts:
        assert re.fullmatch(r"ЭС-20\d\d/\d{6}", number), number


def test_people_addresses_and_accounts_look_real(database: Database, clock: FakeClock) -> None:
    fill(database, clock, customers=150, appeals=0, seed=5)
    female_names = set(RussianNames.first_names_female) | set(COMMON_FEMALE_NAMES)
    male_names = set(RussianNames.first_names_male) | set(COMMON_MALE_NAMES)
    today = clock.now().date()
    with database.sessions() as session:
        people = session.scalars(select(Customer).where(Customer.kind == "person")).all()
        addresses = session.scalars(select(Address)).all()
        accounts = session.scalars(select(Account)).all()
        readings = session.scalars(select(MeterReading)
                                   .order_by(MeterReading.account_id, MeterReading.taken_on)
                                   ).all()
    for person in people:
        assert person.name == f"{person.last_name} {person.first_name} {person.patronymic}"
        if person.patronymic.endswith("на"):  # a woman: a woman's first name
            assert person.first_name in female_names, person.name
        else:
            assert person.patronymic.endswith("ич") and person.first_name in male_names
    common = sum(person.first_name in COMMON_MALE_NAMES + COMMON_FEMALE_NAMES
                 for person in people)
    assert common > len(people) / 2  # mostly the names callers really have
    prefixes: dict[tuple[str, str], set[str]] = defaultdict(set)  # Moscow has two
    for region in REGIONS:
        for town in region.towns:
            prefixes[(region.name, town.name)].add(town.postal_prefix)
    for address in addresses:
        home = region_by_name(address.region)
        assert home is not None and address.time_zone == home.time_zone
        assert address.postal_code[:3] in prefixes[(address.region, address.locality)]
        assert re.fullmatch(r"\d{6}", address.postal_code)
        assert address.street and address.house
    assert len({address.region for address in addresses}) > 8  # weighted, but spread
    numbers = [account.number for account in accounts]
    assert len(numbers) == len(set(numbers))
    assert all(re.fullmatch(r"\d{10}|\d{12}", number) for number in numbers)
    assert {account.tariff for account in accounts} > {"одноставочный", "двухзонный (день/ночь)"}
    balances = [account.balance for account in accounts]
    assert any(balance > 0 for balance in balances) and any(b < -15000 for b in balances)
    for account in accounts:
        if "ценовая категория" in account.tariff:
            assert account.residents == 0
        else:
            assert 1 <= account.residents <= 6
        assert account.opened_on < today
    by_account: dict[Any, list[MeterReading]] = defaultdict(list)
    for reading in readings:
        by_account[reading.account_id].append(reading)
    assert set(by_account) == {account.id for account in accounts}
    for series in by_account.values():
        values = [reading.value for reading in series]
        assert values == sorted(values) and len(set(values)) == len(values)
        assert all(reading.taken_on < today for reading in series)


def test_cancelling_stops_between_batches_and_leaves_whole_customers(
    database: Database, clock: FakeClock
) -> None:
    def progress(done: int, total: int, stage: str) -> bool:
        return not (stage == STAGE_CUSTOMERS and done >= 20)

    report = fill(database, clock, customers=60, appeals=30, batch_size=10, progress=progress)
    assert report.cancelled
    assert report.customers == count(database, Customer) == 20
    assert count(database, Appeal) == report.appeals == 0
    with database.sessions() as session:
        without_account = session.scalar(
            select(func.count()).select_from(Customer)
            .where(~Customer.id.in_(select(Account.customer_id))))
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "demo_data.fill")
                                ).one()
    assert without_account == 0
    assert count(database, Account) == report.accounts
    assert count(database, MeterReading) == report.meter_readings
    assert audit.details is not None and audit.details["cancelled"] is True


def test_cancelling_at_once_writes_nothing(database: Database, clock: FakeClock) -> None:
    report = fill(database, clock, progress=lambda done, total, stage: False)
    assert report.cancelled and report.customers == report.users == 0
    assert count(database, User) == count(database, Customer) == 0


@pytest.mark.parametrize(("customers", "appeals", "words"), [
    (-1, 10, "отрицательным"), (10, -5, "отрицательным"),
    (MAX_CUSTOMERS + 1, 0, "Не больше"),
])
def test_impossible_sizes_are_refused(database: Database, clock: FakeClock, customers: int,
                                      appeals: int, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        fill(database, clock, customers=customers, appeals=appeals)
    assert count(database, User) == 0
