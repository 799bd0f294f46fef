"""The library file: export, import (as versions to approve), round trip; the shipped library."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import AnswerEntry
from tests.conftest import DatabaseFactory
from tests.helpers.answers import (
    approve,
    cheap_passwords,  # noqa: F401 (a fixture)
    person,
)
from workstation.answer_exchange import (
    EntryRecord,
    LibraryFile,
    TopicRecord,
    dump_library,
    parse_library,
)
from workstation.answer_placeholders import unknown_placeholders
from workstation.answer_types import SPECIALIST
from workstation.clock import FakeClock
from workstation.database import connect
from workstation.errors import PermissionDeniedError, ValidationError
from workstation.services import Services

pytestmark = pytest.mark.usefixtures("cheap_passwords")

SHIPPED = Path(__file__).resolve().parent.parent / "resources" / "answers" / "library.json"


def by_code(record: EntryRecord | TopicRecord) -> str:
    return record.code


def approve_all(services: Services) -> None:
    reviewer = person(services, "supervisor2")
    for version in services.answer_editor.pending(reviewer):
        approve(services, version)


def test_export_then_import_into_another_database_gives_the_same_library(
    services: Services, databases: DatabaseFactory, clock: FakeClock
) -> None:
    supervisor = person(services, "supervisor")
    exported = services.answer_exchange.export_library(supervisor)
    first = exported.entries[0]
    changed = dataclasses.replace(first, content=dataclasses.replace(
        first.content, title=first.content.title + " (уточнено)"))
    extra_topic = TopicRecord("heating", "Электроотопление", "tariffs")
    extra = EntryRecord("heating.norm", dataclasses.replace(
        exported.entries[1].content, topic_code="heating", title="Норматив для электроотопления"))
    text = dump_library(LibraryFile([*exported.topics, extra_topic],
                                    [changed, *exported.entries[1:], extra]))

    other = connect(databases.migrated())
    try:
        target = Services.create(other, clock)
        report = target.answer_exchange.import_library(person(target, "supervisor"),
                                                       parse_library(text))
        assert (report.topics_added, report.proposed_new, report.proposed_changes,
                report.unchanged) == (1, 1, 1, len(exported.entries) - 1)
        # Nothing is published by a file alone: operators still see the old title.
        operator = person(target, "operator")
        assert first.content.title in [item.title for item in
                                       target.answers.browse(operator, first.content.topic_code)]
        approve_all(target)
        again = target.answer_exchange.export_library(person(target, "supervisor"))
        expected = parse_library(text)
        assert sorted(again.entries, key=by_code) == sorted(expected.entries, key=by_code)
        assert sorted(again.topics, key=by_code) == sorted(expected.topics, key=by_code)
        assert parse_library(dump_library(again)) == again  # the file reads back as written
        assert [item.code for item in target.answers.search(operator, "электроотоплению")
                .items] == ["heating.norm"]
    finally:
        other.close()


def test_an_identical_file_changes_nothing(services: Services) -> None:
    supervisor = person(services, "supervisor")
    library = services.answer_exchange.export_library(supervisor)
    report = services.answer_exchange.import_library(supervisor, library)
    assert (report.proposed, report.unchanged) == (0, len(library.entries))
    assert services.answer_editor.pending(supervisor) == []


def test_a_retired_entry_in_the_file_is_proposed_for_retirement(services: Services) -> None:
    supervisor = person(services, "supervisor")
    library = services.answer_exchange.export_library(supervisor)
    retired = dataclasses.replace(library.entries[0], retired=True)
    report = services.answer_exchange.import_library(supervisor, LibraryFile([], [retired]))
    assert report.proposed_retirements == 1
    approve_all(services)
    with services.database.sessions() as session:
        assert session.scalar(select(AnswerEntry.retired)
                              .where(AnswerEntry.code == retired.code)) is True


def test_only_supervisors_import_and_export(services: Services) -> None:
    operator = person(services, "operator")
    with pytest.raises(PermissionDeniedError):
        services.answer_exchange.export_library(operator)
    with pytest.raises(PermissionDeniedError):
        services.answer_exchange.import_library(operator, LibraryFile([], []))


def test_export_and_import_are_audited(services: Services) -> None:
    supervisor = person(services, "supervisor")
    services.answer_exchange.import_library(
        supervisor, services.answer_exchange.export_library(supervisor))
    actions = [r.action for r in services.audit.recent(supervisor, action_prefix="answer.")]
    assert actions[:2] == ["answer.import", "answer.export"]


@pytest.mark.parametrize(("text", "words"), [
    ("не json", "не JSON"),
    ('{"format": "другое"}', "не файл библиотеки"),
    ('{"format": "workstation.answer-library", "format_version": 9}', "не поддерживается"),
    ('{"format": "workstation.answer-library", "format_version": 1, "entries": [{"code": "a"}]}',
     "ответ № 1 («a»): поле «topic»"),
    ('{"format": "workstation.answer-library", "format_version": 1, "entries": ['
     '{"code": "a", "topic": "t", "title": "Т", "questions": ["В"], "spoken": "К {поле}",'
     ' "written": "П"}]}', "{поле}"),
])
def test_a_faulty_file_is_refused_saying_where(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_library(text)
    assert words in refused.value.message


def test_an_entry_with_an_unknown_topic_is_refused_before_anything_changes(
    services: Services,
) -> None:
    supervisor = person(services, "supervisor")
    library = services.answer_exchange.export_library(supervisor)
    lost = dataclasses.replace(library.entries[0], code="lost", content=dataclasses.replace(
        library.entries[0].content, topic_code="nowhere"))
    with pytest.raises(ValidationError) as refused:
        services.answer_exchange.import_library(
            supervisor, LibraryFile([TopicRecord("new", "Новая")], [lost]))
    assert "nowhere" in refused.value.message
    assert "new" not in {t.code for t in services.answers.topics()}


# -- the library shipped in resources/answers ---------------------------------------------------
def test_wr6_the_shipped_library_is_complete_and_written_without_abbreviations() -> None:
    library = parse_library(SHIPPED.read_text(encoding="utf-8"))  # validates every entry
    assert len(library.entries) >= 60
    top = {t.code for t in library.topics if t.parent is None}
    used = {e.content.topic_code.split(".")[0] for e in library.entries}
    assert top == used, "every top-level topic has answers"
    assert {"meters", "billing", "tariffs", "connection", "outages", "contracts", "payments",
            "documents"} <= top
    abbreviations = re.compile(r"\b(т\.\s?е\.|т\.\s?к\.|и т\.\s?д\.|и т\.\s?п\.|руб\.|коп\.|"
                               r"тел\.|г\.\s|ул\.|д\.\s|кв\.|кВт|ЖКУ|ЖКХ|МФЦ|РФ|ФЗ\b|e-mail|"
                               r"смс|SMS)", re.IGNORECASE)
    for entry in library.entries:
        texts = (entry.content.title, entry.content.spoken, entry.content.written)
        for text in texts:
            assert not abbreviations.search(text.replace("522-ФЗ", "")), (entry.code, text)
            assert "  " not in text and not unknown_placeholders(text)
        if entry.content.answered_by == SPECIALIST:
            assert entry.content.specialist_unit
            # TEL-4: the operator's words transfer; they never send the customer elsewhere.
            assert "соединю вас" in entry.content.spoken
        assert not re.search(r"позвоните (по|на) (номеру|телефону)", entry.content.spoken)


def test_a_new_database_holds_the_shipped_library(services: Services) -> None:
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    with services.database.sessions() as session:
        published = session.scalar(select(func.count()).select_from(AnswerEntry)
                                   .where(AnswerEntry.published_number == 1))
    assert published == len(shipped["entries"])
    topics = services.answers.topics()
    assert len(topics) == len(shipped["topics"])
    assert services.answers.search(person(services, "operator"), "счётчик").items
