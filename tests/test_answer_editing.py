"""Supervisors edit the library; nothing reaches operators before a second supervisor approves.

TEL-2: operators answer from an *approved* list. Each change is a version with who/when/what;
approval is four-eyes unless the setting ``answers.self_approval`` allows one's own.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.helpers.answers import (
    approve,
    cheap_passwords,  # noqa: F401 (a fixture)
    content,
    person,
    publish,
)
from workstation.answer_types import APPROVED, PENDING, REJECTED, WITHDRAWN
from workstation.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from workstation.roles import Principal
from workstation.services import Services

pytestmark = pytest.mark.usefixtures("cheap_passwords")


def titles_seen_by_operator(services: Services, query: str) -> list[str]:
    operator = person(services, "operator")
    return [item.title for item in services.answers.search(operator, query).items]


def test_tel2_a_new_entry_is_invisible_to_operators_until_approved(services: Services) -> None:
    author, operator = person(services, "supervisor"), person(services, "operator")
    version = services.answer_editor.propose_new(
        author, content("Электромобиль и зарядная станция"), "новая тема")
    assert version.status == PENDING and version.number == 1
    assert titles_seen_by_operator(services, "электромобиль") == []
    assert all(item.entry_id != version.entry_id
               for item in services.answers.browse(operator, "meters"))
    with pytest.raises(NotFoundError):
        services.answers.view(operator, version.entry_id)

    approved = approve(services, version)
    assert approved.status == APPROVED and approved.reviewer_name == "Лебедева Ольга Андреевна"
    assert titles_seen_by_operator(services, "электромобиля") == [
        "Электромобиль и зарядная станция"]
    assert services.answers.view(operator, version.entry_id).number == 1


def test_tel2_an_unapproved_edit_is_invisible_and_the_old_text_stays(services: Services) -> None:
    entry_id = publish(services, content("Сроки ремонта трансформатора",
                                         spoken="Ремонт занимает сутки."))
    author, operator = person(services, "supervisor"), person(services, "operator")
    state = services.answer_editor.entry(author, entry_id)
    changed = dataclasses.replace(state.content, spoken="Ремонт занимает до трёх суток.")
    version = services.answer_editor.propose_change(author, entry_id, state.row_version,
                                                    changed, "уточнён срок")
    assert version.number == 2
    assert services.answers.view(operator, entry_id).spoken == "Ремонт занимает сутки."

    approve(services, version)
    view = services.answers.view(operator, entry_id)
    assert (view.spoken, view.number) == ("Ремонт занимает до трёх суток.", 2)


def test_the_author_cannot_approve_their_own_change(services: Services) -> None:
    author = person(services, "supervisor")
    version = services.answer_editor.propose_new(author, content("Собственное изменение"))
    with pytest.raises(PermissionDeniedError) as refused:
        services.answer_editor.approve(author, version.id, version.row_version)
    assert "не автор" in refused.value.message
    assert services.answer_editor.pending(author)[-1].id == version.id


def test_self_approval_is_a_setting_for_a_one_supervisor_desk(
    services: Services, cli_admin: Principal
) -> None:
    services.settings.set(cli_admin, "answers.self_approval", 1)
    author = person(services, "supervisor")
    version = services.answer_editor.propose_new(author, content("Одиночный руководитель"))
    assert services.answer_editor.approve(author, version.id, version.row_version).status == (
        APPROVED)


@pytest.mark.parametrize("who", ["operator", "specialist"])
def test_only_supervisors_edit_and_approve(services: Services, who: str) -> None:
    someone = person(services, who)
    with pytest.raises(PermissionDeniedError):
        services.answer_editor.propose_new(someone, content("Самовольная правка"))
    version = services.answer_editor.propose_new(person(services, "supervisor"),
                                                 content("Правка руководителя"))
    with pytest.raises(PermissionDeniedError):
        services.answer_editor.approve(someone, version.id, version.row_version)
    with pytest.raises(PermissionDeniedError):
        services.answer_editor.pending(someone)


def test_retiring_is_a_change_that_takes_the_entry_out_of_use(services: Services) -> None:
    entry_id = publish(services, content("Устаревший порядок опломбирования"))
    author = person(services, "supervisor")
    state = services.answer_editor.entry(author, entry_id)
    version = services.answer_editor.propose_retirement(author, entry_id, state.row_version,
                                                        "порядок отменён")
    assert titles_seen_by_operator(services, "опломбирования устаревший")  # not yet approved
    approve(services, version)
    assert titles_seen_by_operator(services, "опломбирования устаревший") == []
    with pytest.raises(NotFoundError):
        services.answers.view(person(services, "operator"), entry_id)
    # A later change brings it back.
    state = services.answer_editor.entry(author, entry_id)
    assert state.retired and not state.visible_to_operators
    back = services.answer_editor.propose_change(author, entry_id, state.row_version,
                                                 state.content, "порядок восстановлен")
    approve(services, back)
    assert titles_seen_by_operator(services, "опломбирования устаревший")


def test_history_tells_who_changed_what_and_when(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    entry_id = publish(services, content("История изменений"))
    author, reviewer = person(services, "supervisor"), person(services, "supervisor2")
    clock.advance(3600)
    state = services.answer_editor.entry(author, entry_id)
    version = services.answer_editor.propose_change(
        author, entry_id, state.row_version,
        dataclasses.replace(state.content, written="Новый полный ответ."), "исправлен текст")
    services.answer_editor.reject(reviewer, version.id, version.row_version, "нужна ссылка")
    history = services.answer_editor.history(author, entry_id)
    assert [(v.number, v.status) for v in history] == [(2, REJECTED), (1, APPROVED)]
    latest = history[0]
    assert (latest.author_name, latest.change_note, latest.reviewer_name, latest.review_note) == (
        "Кузнецов Игорь Павлович", "исправлен текст", "Лебедева Ольга Андреевна",
        "нужна ссылка")
    assert latest.created_at == clock.now() and latest.content.written == "Новый полный ответ."
    assert services.answers.view(person(services, "operator"), entry_id).written == (
        "Полный ответ.")
    actions = [record.action for record in services.audit.recent(reviewer,
                                                                  object_id=str(entry_id))]
    assert actions == ["answer.reject", "answer.change", "answer.approve", "answer.new"]


def test_one_pending_version_at_a_time(services: Services) -> None:
    entry_id = publish(services, content("Одно изменение за раз"))
    author = person(services, "supervisor")
    state = services.answer_editor.entry(author, entry_id)
    services.answer_editor.propose_change(author, entry_id, state.row_version,
                                          dataclasses.replace(state.content, title="Второе"))
    state = services.answer_editor.entry(author, entry_id)
    with pytest.raises(ValidationError) as refused:
        services.answer_editor.propose_change(author, entry_id, state.row_version,
                                              dataclasses.replace(state.content, title="Третье"))
    assert "ожидает утверждения" in refused.value.message


def test_an_edit_of_a_stale_entry_is_a_conflict(services: Services) -> None:
    entry_id = publish(services, content("Правка с двух мест"))
    author = person(services, "supervisor")
    seen = services.answer_editor.entry(author, entry_id)
    first = services.answer_editor.propose_change(author, entry_id, seen.row_version,
                                                  dataclasses.replace(seen.content, title="А"))
    services.answer_editor.withdraw(author, first.id, first.row_version)
    with pytest.raises(ConflictError):
        services.answer_editor.propose_change(author, entry_id, seen.row_version,
                                              dataclasses.replace(seen.content, title="Б"))


def test_two_supervisors_deciding_at_once_conflict(services: Services) -> None:
    version = services.answer_editor.propose_new(person(services, "supervisor"),
                                                 content("Одновременное решение"))
    approve(services, version)
    with pytest.raises((ConflictError, ValidationError)):
        services.answer_editor.reject(person(services, "supervisor2"), version.id,
                                      version.row_version, "поздно")


def test_rejecting_needs_a_reason_and_only_the_author_withdraws(services: Services) -> None:
    author, other = person(services, "supervisor"), person(services, "supervisor2")
    version = services.answer_editor.propose_new(author, content("Причина отказа"))
    with pytest.raises(ValidationError):
        services.answer_editor.reject(other, version.id, version.row_version, "  ")
    with pytest.raises(PermissionDeniedError):
        services.answer_editor.withdraw(other, version.id, version.row_version)
    withdrawn = services.answer_editor.withdraw(author, version.id, version.row_version)
    assert withdrawn.status == WITHDRAWN
    assert services.answer_editor.pending(author) == []


@pytest.mark.parametrize(("change", "words"), [
    ({"title": " "}, "заголовок"),
    ({"questions": ()}, "формулировку вопроса"),
    ({"written": "Уважаемый {клиентище}!"}, "{клиентище}"),
    ({"answered_by": "specialist"}, "подразделение специалиста"),
    ({"topic_code": "no-such-topic"}, "no-such-topic"),
])
def test_an_entry_that_cannot_be_used_is_refused_with_the_reason(
    services: Services, change: dict[str, object], words: str
) -> None:
    answer = dataclasses.replace(content("Проверка содержания"), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        services.answer_editor.propose_new(person(services, "supervisor"), answer)
    assert words in refused.value.message
