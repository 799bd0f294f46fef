"""Searching the answer library (TEL-2): Russian word forms, ё, ranking, topics, popularity.

Every test runs on SQLite (FTS5 over pymorphy3 lemmas) and on PostgreSQL (``russian`` tsvector).
"""

from __future__ import annotations

import pytest

from db.russian_words import search_terms
from tests.helpers.answers import (
    cheap_passwords,  # noqa: F401 (a fixture)
    content,
    person,
    publish,
)
from workstation.answer_highlight import matching_spans
from workstation.answer_types import USE_SHORT
from workstation.services import Services

pytestmark = pytest.mark.usefixtures("cheap_passwords")


def codes(services: Services, query: str, **kwargs: object) -> list[str]:
    operator = person(services, "operator")
    return [item.code for item in services.answers.search(operator, query, **kwargs).items]


def test_tel2_word_forms_of_a_word_find_the_same_answers(services: Services) -> None:
    found = [set(codes(services, query)) for query in ("счётчика", "счетчики", "счётчик",
                                                       "Счётчиком")]
    assert found[0], "the starting library answers questions about meters"
    assert all(result == found[0] for result in found)
    assert {"meters.broken", "meters.verification_due", "readings.how"} <= found[0]


def test_yo_and_e_are_one_letter_in_queries(services: Services) -> None:
    assert codes(services, "платёж не зачислен") == codes(services, "платеж не зачислен")
    assert "payments.not_credited" in codes(services, "платеж")


def test_several_words_must_all_match(services: Services) -> None:
    assert codes(services, "поверка счётчика") == ["meters.verification_due"]
    assert codes(services, "справку об отсутствии задолженности")[0] == "documents.no_debt"


def test_a_word_still_being_typed_matches_as_a_beginning(services: Services) -> None:
    assert "bill.not_received" in codes(services, "квитанц")
    assert "readings.how" in codes(services, "передать показ")


def test_stop_words_alone_find_nothing(services: Services) -> None:
    assert codes(services, "как и что") == []
    assert codes(services, "   ") == []


def test_ranking_puts_a_match_in_the_title_above_one_in_the_letter(services: Services) -> None:
    publish(services, content("Гололёд на проводах", topic="outages",
                              questions=("Обрыв линии",)), code="test.title")
    publish(services, content("Плановые работы", topic="outages", questions=("Ремонт линии",),
                              written="Работы связаны с гололёдом и ветром."), code="test.body")
    ranked = codes(services, "гололёд")
    assert ranked[:2] == ["test.title", "test.body"]
    scores = [item.score for item in services.answers.search(
        person(services, "operator"), "гололёда").items]
    assert scores == sorted(scores, reverse=True)  # type: ignore[type-var]


def test_equally_relevant_answers_come_more_used_first(services: Services) -> None:
    twin = content("Сверхпроводимость кабеля", topic="outages")
    first = publish(services, twin, code="test.twin1")
    second = publish(services, twin, code="test.twin2")
    operator = person(services, "operator")
    services.answers.record_use(operator, second, USE_SHORT)
    ranked = codes(services, "сверхпроводимость")
    assert ranked == ["test.twin2", "test.twin1"]
    services.answers.record_use(operator, first, USE_SHORT)
    services.answers.record_use(operator, first, USE_SHORT)
    assert codes(services, "сверхпроводимость") == ["test.twin1", "test.twin2"]


def test_search_within_a_topic_includes_its_subtopics(services: Services) -> None:
    within = set(codes(services, "показания", topic_code="meters"))
    assert "readings.how" in within  # meters.readings is below meters
    assert all(code.startswith(("readings.", "meters.")) for code in within)
    assert "contracts.readings" in codes(services, "показания")
    assert codes(services, "показания", topic_code="letters") == []


def test_browsing_a_topic_lists_the_most_used_first(services: Services) -> None:
    operator = person(services, "operator")
    listed = services.answers.browse(operator, "payments")
    assert len(listed) >= 5 and all(item.topic_code == "payments" for item in listed)
    favourite = listed[-1]
    for _ in range(3):
        services.answers.record_use(operator, favourite.entry_id, USE_SHORT)
    again = services.answers.browse(operator, "payments")
    assert again[0].entry_id == favourite.entry_id
    assert again[0].uses == 3


def test_uses_older_than_the_popularity_window_do_not_count(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    operator = person(services, "operator")
    entry = services.answers.browse(operator, "online")[-1]
    services.answers.record_use(operator, entry.entry_id, USE_SHORT)
    assert services.answers.use_count(entry.entry_id) == 1
    clock.advance(91 * 24 * 3600)
    assert services.answers.use_count(entry.entry_id) == 0


def test_topics_come_with_their_counts_in_order(services: Services) -> None:
    topics = services.answers.topics()
    assert [t.code for t in topics][:3] == ["conversation", "meters", "meters.readings"]
    by_code = {t.code: t for t in topics}
    assert by_code["meters.readings"].parent_code == "meters"
    assert by_code["letters"].entries == 2


@pytest.mark.parametrize(("query", "text", "marked"), [
    ("счётчик", "Счётчика нет, счетчики и счётчиком", ["Счётчика", "счетчики", "счётчиком"]),
    ("оплатить", "Оплату можно внести", ["Оплату"]),
    ("квитанц", "Квитанция не пришла", ["Квитанция"]),
    ("как передать", "Как передать показания", ["передать"]),
])
def test_matching_words_are_marked_in_any_form(query: str, text: str,
                                              marked: list[str]) -> None:
    spans = matching_spans(text, search_terms(query))
    assert [text[start:end] for start, end in spans] == marked
