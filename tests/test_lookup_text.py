"""How lookup text is normalised and read (no database): folding, addresses, phones, plans."""

from __future__ import annotations

import pytest

from workstation.errors import ValidationError
from workstation.lookup_plan import plan_lookup
from workstation.lookup_rank import loose_span, phone_span, word_spans
from workstation.search_text import (
    address_words,
    fold,
    phone_digit_variants,
    phone_e164,
    similarity,
)


def test_fold_lowers_cyrillic_and_treats_yo_as_ye_keeping_positions() -> None:
    # SQLite's lower() folds ASCII only (PITFALLS): we fold in Python, one char for one.
    assert fold("СЕМЁНОВ Пётр") == "семенов петр"
    assert len(fold("Ёлкин İlker")) == len("Ёлкин İlker")


@pytest.mark.parametrize(("typed", "words"), [
    ("ул. Ленина, д. 12, кв. 5", ["ленина", "12", "5"]),
    ("Ленина 12", ["ленина", "12"]),
    ("пр-т Мира д.3 корп.2", ["мира", "3", "2"]),
    ("Южно-Сахалинск, ул. Набережная 7А", ["южно", "сахалинск", "набережная", "7", "а"]),
])
def test_address_words_drop_street_types_and_house_words(typed: str, words: list[str]) -> None:
    assert address_words(typed) == words


@pytest.mark.parametrize("spelling", [
    "8 914 123-45-67", "+7 (914) 123-45-67", "89141234567", "+79141234567", "914 123 45 67",
])
def test_phone_spellings_give_one_number(spelling: str) -> None:
    assert phone_e164(spelling) == "+79141234567"


@pytest.mark.parametrize(("typed", "variants"), [
    ("8 914 12", ["891412", "91412"]),
    ("+7 914", ["914"]),
    ("914-12", ["91412"]),
    ("123-45-67", ["1234567"]),
])
def test_phone_fragments_try_with_and_without_the_trunk_prefix(typed: str,
                                                                variants: list[str]) -> None:
    assert phone_digit_variants(typed) == variants


def test_similarity_is_pg_trgm_like() -> None:
    assert similarity("иванов", "иванов") == 1.0
    assert similarity("иваноф", "иванов") > 0.4
    assert similarity("иванов", "петров") < 0.2


def test_plan_reads_digits_as_identifiers() -> None:
    plan = plan_lookup("6500123456")
    assert plan.accounts == ["6500123456"]
    assert plan.inns == ["6500123456"]  # ten digits may be an organisation's INN too
    # A number from its start on the word index; anywhere inside only if that finds too little.
    assert [(p.tokens, p.fallback) for p in plan.probes] == [
        ((("6500123456", True),), False), ((), True)]


def test_plan_reads_words_as_name_and_address() -> None:
    plan = plan_lookup("Иванов И. И.")
    name = next(p for p in plan.probes if p.field == "name" and not p.fallback)
    assert name.patterns == (" иванов",)
    assert name.tokens == (("иванов", False),)  # complete: a whole word
    assert name.initials == ("и", "и")
    whole, started = [p.tokens for p in plan_lookup("Иванов Ив").probes if p.field == "name"
                      and not p.fallback]
    assert (whole, started) == ((("иванов", False), ("ив", False)),
                                (("иванов", False), ("ив", True)))
    assert plan.fuzzy_words == ["иванов"]


def test_plan_reads_street_and_house_with_whole_numbers() -> None:
    plan = plan_lookup("ул. Ленина, д. 12, кв. 5")
    assert [(p.field, p.patterns, p.tokens) for p in plan.probes] == [
        ("address", (" ленина", " 12 ", " 5 "), (("ленина", False), ("12", False), ("5", False)))]
    # The last word, while being typed, matches words that start so; earlier ones whole words.
    assert plan_lookup("Ленина 12 Южно-Сах").probes[0].tokens == (
        ("ленина", False), ("12", False), ("южно", False), ("сах", True))


def test_fragments_under_three_characters_match_prefixes_only() -> None:
    assert plan_lookup("Ив").name_prefix == "ив"
    assert plan_lookup("65").account_prefix == "65"
    assert not plan_lookup("Ив").probes


def test_an_overlong_query_is_refused() -> None:
    with pytest.raises(ValidationError):
        plan_lookup("я" * 500)


def test_spans_are_found_in_the_text_people_read() -> None:
    assert word_spans("Семёнов Пётр", ["семенов", "петр"]) == ((0, 7), (8, 4))
    assert word_spans("ул. Ленина, д. 120, кв. 12", ["12"]) == ((24, 2),)  # whole numbers
    assert loose_span("ЭС-2020/000123", "2020000123") == ((3, 11),)
    assert phone_span("+79141234567", "91412") == ("+7 914 123-45-67", ((3, 6),))
