"""Who may give which answer (TEL-2, TEL-4), and the append-only record of uses."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, update

from db.guards import AppendOnlyViolationError
from db.models import AnswerUse
from tests.helpers.answers import (
    cheap_passwords,  # noqa: F401 (a fixture)
    content,
    person,
    publish,
)
from workstation.answer_types import SPECIALIST, USE_FULL, USE_SHORT, USE_TRANSFER
from workstation.errors import PermissionDeniedError, ValidationError
from workstation.services import Services

pytestmark = pytest.mark.usefixtures("cheap_passwords")

UNIT = "Отдел расчётов с потребителями"


@pytest.fixture
def reserved(services: Services) -> object:
    return publish(services, content("Спорное начисление за прошлый год",
                                     spoken="Ответ специалиста.", written="Письмо специалиста.",
                                     answered_by=SPECIALIST, unit=UNIT))


def test_tel2_an_operator_sees_no_answer_reserved_to_specialists(
    services: Services, reserved: object
) -> None:
    view = services.answers.view(person(services, "operator"), reserved)  # type: ignore[arg-type]
    assert (view.spoken, view.written, view.may_give) == (None, None, False)
    assert view.specialist_unit == UNIT
    # TEL-4: the operator transfers, never sends the customer to another number.
    assert view.transfer is not None and "соединю вас" in view.transfer and UNIT in view.transfer
    assert "позвоните" not in view.transfer.lower()


@pytest.mark.parametrize("who", ["specialist", "supervisor"])
def test_tel2_specialists_and_supervisors_see_the_reserved_answer(
    services: Services, reserved: object, who: str
) -> None:
    view = services.answers.view(person(services, who), reserved)  # type: ignore[arg-type]
    assert (view.spoken, view.written, view.may_give) == (
        "Ответ специалиста.", "Письмо специалиста.", True)


def test_tel2_the_service_refuses_an_operator_giving_a_reserved_answer(
    services: Services, reserved: object
) -> None:
    operator = person(services, "operator")
    for kind in (USE_SHORT, USE_FULL):
        with pytest.raises(PermissionDeniedError) as refused:
            services.answers.record_use(operator, reserved, kind)  # type: ignore[arg-type]
        assert UNIT in refused.value.message
    services.answers.record_use(operator, reserved, USE_TRANSFER,  # type: ignore[arg-type]
                                "customer-notes")
    services.answers.record_use(person(services, "specialist"), reserved,  # type: ignore[arg-type]
                                USE_FULL)
    assert services.answers.use_count(reserved) == 2  # type: ignore[arg-type]


def test_an_operator_answer_needs_no_transfer(services: Services) -> None:
    entry_id = publish(services, content("Ответ оператора"))
    operator = person(services, "operator")
    assert services.answers.view(operator, entry_id).transfer is None
    with pytest.raises(ValidationError):
        services.answers.record_use(operator, entry_id, USE_TRANSFER)
    with pytest.raises(ValidationError):
        services.answers.record_use(operator, entry_id, "shouted")


def test_each_use_is_a_row_of_its_own_with_the_version_used(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    entry_id = publish(services, content("Учёт использований"))
    operator = person(services, "operator")
    services.answers.record_use(operator, entry_id, USE_SHORT, "customer-notes")
    clock.advance(60)
    services.answers.record_use(operator, entry_id, USE_FULL, "reply")
    with services.database.sessions() as session:
        uses = session.scalars(select(AnswerUse).where(AnswerUse.entry_id == entry_id)
                               .order_by(AnswerUse.id)).all()
    assert [(u.kind, u.target, u.entry_number, u.user_id) for u in uses] == [
        (USE_SHORT, "customer-notes", 1, operator.user_id),
        (USE_FULL, "reply", 1, operator.user_id)]


def test_uses_are_append_only_in_the_orm_and_in_the_database(services: Services) -> None:
    entry_id = publish(services, content("Неизменяемый учёт"))
    services.answers.record_use(person(services, "operator"), entry_id, USE_SHORT)
    with services.database.sessions() as session:
        use = session.scalars(select(AnswerUse)).one()
        use.kind = USE_FULL
        with pytest.raises(AppendOnlyViolationError):
            session.flush()
    for statement in (update(AnswerUse).values(kind=USE_FULL), delete(AnswerUse)):
        with services.database.engine.connect() as connection, pytest.raises(Exception) as error:
            connection.execute(statement)
        assert "append-only" in str(error.value)
