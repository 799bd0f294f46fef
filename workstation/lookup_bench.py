"""Measuring the lookup: a fixed mix of queries of every kind, from the customers themselves.

``python main.py bench lookup`` (cli/bench_lookup.py) fills or reuses a database, draws the
queries here (the same seed gives the same queries on the same data), times the service call
per query and a plain ``LIKE``/``ILIKE '%…%'`` scan for comparison. Speed is measured, never
asserted in tests (ARCHITECTURE): the tests run this at tiny size so that it cannot rot.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text

from db.models import Account, Address, ContactPoint, Contract, Customer, SearchEntry
from workstation.bench_stats import percentile
from workstation.clock import Clock
from workstation.database import Database
from workstation.lookup import LookupService
from workstation.roles import Principal
from workstation.search_index import Progress, rebuild_search_index
from workstation.search_text import address_words, national_number

# kind -> what the table says. Order is the order of the printed table.
KINDS = {
    "account": "лицевой счёт целиком",
    "account_part": "часть лицевого счёта (5 цифр)",
    "phone": "телефон целиком (8 (9xx) …)",
    "phone_part": "часть телефона (123-45-67)",
    "surname": "фамилия",
    "full_name": "фамилия имя отчество",
    "prefix": "начало фамилии (2 буквы)",
    "fragment": "фрагмент фамилии (4 буквы)",
    "address": "улица и дом",
    "full_address": "ул. …, д. …, кв. …",
    "organisation": "ИНН или договор организации",
    "typo": "фамилия с опечаткой (нечёткий поиск)",
}
FALLBACK_KINDS = frozenset({"typo"})
NAIVE_KINDS = ("fragment", "phone_part", "address")
_LETTERS = "абвгдежзийклмнопрстуфхцчшщэюя"


@dataclass(frozen=True)
class KindStats:
    kind: str
    label: str
    count: int
    p50: float  # milliseconds
    p95: float
    worst: float
    found: float  # median number of matches

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "label": self.label, "queries": self.count,
                "p50_ms": round(self.p50, 2), "p95_ms": round(self.p95, 2),
                "max_ms": round(self.worst, 2), "found_median": self.found}




def stats(kind: str, millis: list[float], found: list[int]) -> KindStats:
    return KindStats(kind, KINDS.get(kind, kind), len(millis), percentile(millis, 0.5),
                     percentile(millis, 0.95), max(millis, default=0.0),
                     statistics.median(found) if found else 0.0)


# -- the database ----------------------------------------------------------------------------
def count_customers(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def ensure_customers(database: Database, wanted: int, clock: Clock, seed: int,
                     progress: Progress | None = None) -> int:
    """Fill the database up to ``wanted`` customers with demo data; index what is missing.
    Returns how many customers were added."""
    from workstation.demo_data import fill_demo_data  # demo data only when filling

    have = count_customers(database)
    added = 0
    if have < wanted:
        report = fill_demo_data(database, customers=wanted - have,
                                appeals=min((wanted - have) // 10, 100_000), seed=seed,
                                clock=clock, progress=progress)
        added = report.customers
    rebuild_search_index(database, progress)  # no-op when every customer is indexed
    return added


# -- the queries -----------------------------------------------------------------------------
def _spelled_phone(e164: str, rng: random.Random) -> str:
    digits = national_number(e164)
    if len(digits) != 10:
        return e164
    spellings = (f"8 ({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}",
                 f"+7 {digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}",
                 f"8{digits}")
    return rng.choice(spellings)


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word + "о"
    position = rng.randrange(1, len(word) - 1)
    letter = word[position].lower()
    replacement = rng.choice([c for c in _LETTERS if c != letter])
    return word[:position] + replacement + word[position + 1:]


def make_queries(database: Database, per_kind: int, seed: int) -> dict[str, list[str]]:
    """``per_kind`` queries of every kind, drawn from customers picked by a seeded random."""
    rng = random.Random(f"bench-lookup/{seed}")
    with database.sessions() as session:
        low, high = session.execute(select(func.min(SearchEntry.id),
                                           func.max(SearchEntry.id))).one()
        if low is None:
            return {kind: [] for kind in KINDS}
        picks = sorted({rng.randint(low, high) for _ in range(per_kind * 6)})
        people = session.execute(
            select(SearchEntry.customer_id, Customer.kind, Customer.name, Customer.last_name,
                   Customer.first_name, Customer.patronymic, Customer.inn)
            .join(Customer, Customer.id == SearchEntry.customer_id)
            .where(SearchEntry.id.in_(picks))).all()
        ids = [row.customer_id for row in people]
        accounts = session.execute(
            select(Account.customer_id, Account.number, Address.street, Address.house,
                   Address.flat).join(Address, Address.id == Account.address_id)
            .where(Account.customer_id.in_(ids))).all()
        phones = session.execute(
            select(ContactPoint.customer_id, ContactPoint.value)
            .where(ContactPoint.customer_id.in_(ids), ContactPoint.kind == "phone")).all()
        contracts = session.execute(select(Contract.customer_id, Contract.number)
                                    .where(Contract.customer_id.in_(ids))).all()
    persons = [row for row in people if row.kind == "person" and len(row.last_name) >= 4]
    organisations = [row for row in people if row.kind != "person"]
    queries: dict[str, list[str]] = {kind: [] for kind in KINDS}

    def fill(kind: str, source: list[Any], make: Callable[[Any], str | None]) -> None:
        pool = list(source)
        rng.shuffle(pool)
        for item in pool:
            if len(queries[kind]) >= per_kind:
                break
            query = make(item)
            if query:
                queries[kind].append(query)

    fill("account", list(accounts), lambda a: a.number)
    fill("account_part", list(accounts), lambda a: a.number[3:8])
    fill("phone", list(phones), lambda p: _spelled_phone(p.value, rng))
    fill("phone_part", list(phones), lambda p: (lambda d: f"{d[3:6]}-{d[6:8]}-{d[8:]}")(
        national_number(p.value)) if len(national_number(p.value)) == 10 else None)
    fill("surname", persons, lambda p: p.last_name)
    fill("full_name", persons, lambda p: f"{p.last_name} {p.first_name} {p.patronymic}")
    fill("prefix", persons, lambda p: p.last_name[:2])
    fill("fragment", persons, lambda p: p.last_name[1:5])
    with_street = [a for a in accounts if address_words(a.street) and a.house]
    fill("address", with_street,
         lambda a: f"{address_words(a.street)[-1].capitalize()} {a.house}")
    fill("full_address", with_street, lambda a: f"{a.street}, д. {a.house}" + (
        f", кв. {a.flat}" if a.flat and a.flat[0].isdigit() else ""))
    org_queries = [o.inn for o in organisations if o.inn] + [c.number for c in contracts]
    fill("organisation", org_queries, lambda q: str(q))
    fill("typo", persons, lambda p: _typo(p.last_name, rng))
    return queries


# -- timing ----------------------------------------------------------------------------------
def time_lookup(lookup: LookupService, actor: Principal,
                queries: dict[str, list[str]]) -> list[KindStats]:
    results = []
    for kind, texts in queries.items():
        millis: list[float] = []
        found: list[int] = []
        for query in texts:
            started = time.perf_counter()
            result = lookup.search(actor, query)
            millis.append((time.perf_counter() - started) * 1000)
            found.append(len(result.matches))
        if texts:
            results.append(stats(kind, millis, found))
    return results


def _naive_statement(kind: str, query: str, postgres: bool) -> tuple[Any, dict[str, Any]]:
    like = "ILIKE" if postgres else "LIKE"
    if kind == "phone_part":
        digits = "".join(char for char in query if char.isdigit())
        return text(f"SELECT customer_id FROM contact_points WHERE value {like} :p LIMIT 50"), {
            "p": f"%{digits}%"}
    if kind == "address":
        street, _, house = query.rpartition(" ")
        return text(f"SELECT id FROM addresses WHERE street {like} :p AND house = :h "
                    "LIMIT 50"), {"p": f"%{street}%", "h": house}
    return text(f"SELECT id FROM customers WHERE name {like} :p LIMIT 50"), {
        "p": f"%{query}%"}


def time_naive(database: Database, queries: dict[str, list[str]],
               per_kind: int) -> list[KindStats]:
    """A plain LIKE/ILIKE '%…%' scan, as many helpdesks search (FreeScout and others)."""
    postgres = not database.is_sqlite
    results = []
    with database.engine.connect() as connection:
        for kind in NAIVE_KINDS:
            millis: list[float] = []
            found: list[int] = []
            for query in queries.get(kind, [])[:per_kind]:
                statement, params = _naive_statement(kind, query, postgres)
                started = time.perf_counter()
                rows = connection.execute(statement, params).all()
                millis.append((time.perf_counter() - started) * 1000)
                found.append(len(rows))
            if millis:
                results.append(stats(kind, millis, found))
    return results

