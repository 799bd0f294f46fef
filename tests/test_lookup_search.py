"""The lookup finds customers by every kind of query, ranked, on SQLite and PostgreSQL (SLA-2)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from tests.helpers.customers import (
    ENERGO,
    EVERYONE,
    IVANOV,
    IVANOVA,
    SEMYONOV,
    SIVANOV,
    Place,
    Someone,
    add_customers,
)
from workstation.errors import PermissionDeniedError
from workstation.lookup_results import LookupResult, MatchField, Tier
from workstation.roles import Principal, Role
from workstation.services import Services

OPERATOR = Principal(None, "cli:operator", "Оператор", frozenset({Role.OPERATOR}))


@pytest.fixture
def people(services: Services) -> dict[str, uuid.UUID]:
    ids = add_customers(services.database, *EVERYONE)
    return {person.name: customer_id for person, customer_id in zip(EVERYONE, ids, strict=True)}


def names(result: LookupResult) -> list[str]:
    return [match.name.text for match in result.matches]


def search(services: Services, text: str) -> LookupResult:
    return services.lookup.search(OPERATOR, text)


# -- identifiers ---------------------------------------------------------------------------------
def test_an_exact_account_number_comes_first_sla_2(services: Services,
                                                    people: dict[str, uuid.UUID]) -> None:
    result = search(services, "6500123456")
    first = result.matches[0]
    assert (first.name.text, first.field, first.tier) == (IVANOV.name, MatchField.ACCOUNT,
                                                          Tier.EXACT)
    assert first.account.spans == ((0, 10),)


def test_part_of_an_account_number(services: Services, people: dict[str, uuid.UUID]) -> None:
    result = search(services, "0012345")
    assert set(names(result)) == {IVANOV.name, IVANOVA.name}
    assert all(m.field is MatchField.ACCOUNT and m.account.spans for m in result.matches)


@pytest.mark.parametrize("spelling", ["8 914 123-45-67", "+7 (914) 123-45-67", "89141234567",
                                      "9141234567", "+7 914 1234567"])
def test_a_phone_in_any_common_spelling(services: Services, people: dict[str, uuid.UUID],
                                        spelling: str) -> None:
    first = search(services, spelling).matches[0]
    assert (first.name.text, first.field, first.tier) == (IVANOV.name, MatchField.PHONE,
                                                          Tier.EXACT)
    assert first.phone.text == "+7 914 123-45-67"


@pytest.mark.parametrize("fragment", ["8 914 123", "+7 (914) 12", "914-12", "123-45-67"])
def test_part_of_a_phone_number(services: Services, people: dict[str, uuid.UUID],
                                fragment: str) -> None:
    result = search(services, fragment)
    assert names(result) == [IVANOV.name]
    assert result.matches[0].field is MatchField.PHONE
    assert result.matches[0].phone.spans  # the digits typed are highlighted


def test_inn_and_contract_of_a_legal_entity(services: Services,
                                            people: dict[str, uuid.UUID]) -> None:
    by_inn = search(services, "6501234561").matches[0]
    assert (by_inn.name.text, by_inn.field, by_inn.tier) == (ENERGO.name, MatchField.INN,
                                                             Tier.EXACT)
    by_contract = search(services, "эс-2020/000123").matches[0]
    assert (by_contract.field, by_contract.tier) == (MatchField.CONTRACT, Tier.EXACT)
    assert by_contract.other.text == "договор ЭС-2020/000123"
    part = search(services, "000123").matches[0]
    assert (part.name.text, part.field, part.tier) == (ENERGO.name, MatchField.CONTRACT,
                                                       Tier.IDENTIFIER)


def test_an_email_address_or_its_part(services: Services, people: dict[str, uuid.UUID]) -> None:
    assert search(services, "i.ivanov@example.com").matches[0].tier is Tier.EXACT
    assert names(search(services, "ivanov")) == [IVANOV.name]


# -- names ---------------------------------------------------------------------------------------
def test_a_surname_ranks_whole_words_before_longer_names(services: Services,
                                                         people: dict[str, uuid.UUID]) -> None:
    # Иванов (whole word), Иванова (starts so), Сиванов (inside a word): in that order.
    assert names(search(services, "иванов")) == [IVANOV.name, IVANOVA.name, SIVANOV.name]
    assert search(services, "Иванов").matches[0].name.spans == ((0, 6),)


@pytest.mark.parametrize("query", ["Иванов Иван Иванович", "иванов иван", "ИВАН ИВАНОВ",
                                   "Иванов И. И."])
def test_a_full_name_with_or_without_patronymic(services: Services,
                                                people: dict[str, uuid.UUID],
                                                query: str) -> None:
    assert names(search(services, query))[0] == IVANOV.name


@pytest.mark.parametrize(("query", "found"), [
    ("Иванов Ив", [IVANOV.name]),  # the last word being typed: Иван, Иванович start so
    ("Иванова Ма", [IVANOVA.name]),
    ("Иванов Иван Ивано", [IVANOV.name]),
    ("Семёнов Пё", [SEMYONOV.name]),
])
def test_the_word_being_typed_matches_words_that_start_so(
        services: Services, people: dict[str, uuid.UUID], query: str, found: list[str]) -> None:
    assert names(search(services, query)) == found


def test_a_full_name_found_is_not_also_read_as_a_street(services: Services) -> None:
    # Someone called Мира, and someone else living on Мира street, house 3: "Мира Ленина"
    # names the first; the second's address has both words (Ленина town, Мира street) and is
    # found only when no one has that name.
    mira = Someone("Мира Ленина Сергеевна", [("6500200001", Place("ул. Садовая", "1", "1"))])
    street = Someone("Петров Пётр Петрович",
                     [("6500200002", Place("ул. Мира", "3", "1", locality="Ленина"))])
    add_customers(services.database, mira, street)
    assert names(search(services, "Мира Ленина")) == [mira.name]
    assert names(search(services, "Ленина Мира 3")) == [street.name]


@pytest.mark.parametrize("query", ["Семенов", "семёнов", "СЕМЕНОВ ПЕТР", "Семёнов Пётр"])
def test_yo_and_ye_are_alike(services: Services, people: dict[str, uuid.UUID],
                             query: str) -> None:
    result = search(services, query)
    assert names(result) == [SEMYONOV.name]
    assert result.matches[0].name.spans[0] == (0, 7)


def test_an_organisation_by_a_word_of_its_name(services: Services,
                                               people: dict[str, uuid.UUID]) -> None:
    assert names(search(services, "энергосервис")) == [ENERGO.name]


# -- addresses -----------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["Ленина 12", "ул. Ленина, д. 12, кв. 5", "ленина д12 кв5"])
def test_street_and_house(services: Services, people: dict[str, uuid.UUID], query: str) -> None:
    result = search(services, query)
    first = result.matches[0]
    assert (first.name.text, first.field) == (IVANOV.name, MatchField.ADDRESS)
    assert first.address.text == "Южно-Сахалинск, ул. Ленина, д. 12, кв. 5"
    assert (20, 6) in first.address.spans  # "Ленина" highlighted
    # House numbers are whole words: 12 is not 120 (Сиванов lives at Ленина, 120).
    assert SIVANOV.name not in names(result)


def test_the_house_typed_ranks_before_the_same_number_as_a_flat(
        services: Services, people: dict[str, uuid.UUID]) -> None:
    # Энергосервис has office 12 at Ленина, 40: found, but after house 12.
    assert names(search(services, "Ленина 12")) == [IVANOV.name, ENERGO.name]


def test_words_of_two_different_addresses_do_not_make_one(services: Services) -> None:
    from tests.helpers.customers import Place

    add_customers(services.database, Someone(
        "Петров Пётр Петрович", [("6511111111", Place("ул. Мира", "5")),
                                 ("6511111112", Place("ул. Ленина", "77"))]))
    assert search(services, "Мира 77").matches == ()
    assert names(search(services, "Ленина 77")) == ["Петров Пётр Петрович"]


def test_a_town_name(services: Services, people: dict[str, uuid.UUID]) -> None:
    assert names(search(services, "Корсаков")) == [SIVANOV.name]


# -- short fragments and typos -------------------------------------------------------------------
def test_fragments_under_three_characters_match_prefixes_only(
        services: Services, people: dict[str, uuid.UUID]) -> None:
    assert names(search(services, "Ив")) == [IVANOV.name, IVANOVA.name]  # not Сиванов
    assert set(names(search(services, "65"))) == {
        IVANOV.name, IVANOVA.name, SEMYONOV.name, SIVANOV.name}
    assert search(services, "99").matches == ()


def test_a_misspelled_surname_offers_the_nearest_names(services: Services,
                                                       people: dict[str, uuid.UUID]) -> None:
    result = search(services, "Иваноф")
    assert result.fuzzy
    assert "Иванов" in result.suggestions
    assert names(result)[0] == IVANOV.name
    assert all(match.tier is Tier.FUZZY for match in result.matches)


def test_a_misspelled_street_offers_the_nearest_streets(services: Services,
                                                        people: dict[str, uuid.UUID]) -> None:
    result = search(services, "Ленена 12")
    assert result.suggestions == ("Ленина",)
    assert names(result)[0] == IVANOV.name


def test_nothing_similar_finds_nothing(services: Services, people: dict[str, uuid.UUID]) -> None:
    result = search(services, "Кшиштоф")
    assert (result.matches, result.fuzzy) == ((), False)


# -- rules ---------------------------------------------------------------------------------------
def test_searches_are_audited_with_who_and_what_152_fz(services: Services,
                                                       people: dict[str, uuid.UUID]) -> None:
    search(services, "Иванов")
    with services.database.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "customer.search")
                                ).one()
    assert entry.actor_login == "cli:operator"
    assert entry.details == {"query": "Иванов", "found": 3, "fuzzy": False}


def test_only_those_who_work_with_customers_may_search(services: Services) -> None:
    admin = Principal(None, "admin", "Администратор", frozenset({Role.ADMIN}))
    with pytest.raises(PermissionDeniedError):
        services.lookup.search(admin, "Иванов")


def test_an_empty_query_finds_nothing_and_is_not_audited(services: Services) -> None:
    assert search(services, "   ").matches == ()
    with services.database.sessions() as session:
        assert session.scalars(select(AuditEntry.id)
                               .where(AuditEntry.action == "customer.search")).all() == []


def test_the_result_is_capped_and_says_there_is_more(services: Services) -> None:
    from tests.helpers.customers import Place

    add_customers(services.database, *(
        Someone(f"Кузнецов Иван {i:03d}", [(f"66{i:08d}", Place("ул. Мира", str(i)))])
        for i in range(60)))
    result = services.lookup.search(OPERATOR, "Кузнецов", limit=50)
    assert (len(result), result.more) == (50, True)
