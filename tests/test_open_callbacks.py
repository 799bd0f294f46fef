"""TEL-3 on the customer card: a callback promised and not yet made shows in that customer's card
(by the customer chosen in the call, or by their number when none was) until it is kept — on
SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from tests.helpers.customers import IVANOV, IVANOVA, add_customers
from tests.helpers.deadlines import add_user
from workstation.appeal_fields import Line
from workstation.call_desk import CallDraft, CallState
from workstation.call_phases import CallOutcome
from workstation.clock import FakeClock
from workstation.roles import Principal
from workstation.services import Services


@pytest.fixture
def operator(services: Services) -> Principal:
    return add_user(services, "operator", login="smirnova",
                    full_name="Смирнова Анна Викторовна")


def promise(services: Services, operator: Principal, clock: FakeClock, *,
            customer_id: uuid.UUID | None = None, phone: str = "+79141234567") -> CallState:
    """As tests/test_call_desk.py: a call finished as "callback promised" in three hours."""
    call = services.call_desk.take(operator, phone=phone, received_at=clock.now(),
                                   line=Line.HOT_LINE)
    return services.call_desk.finish(operator, call.id, CallOutcome.CALLBACK, CallDraft(
        phone=phone, line=Line.HOT_LINE, customer_id=customer_id,
        notes="Нужна справка из архива.", callback_at=clock.now() + timedelta(hours=3)))


def test_TEL_3_the_card_shows_the_customers_open_promise_until_it_is_kept(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    ivanov, ivanova = add_customers(services.database, IVANOV, IVANOVA)
    done = promise(services, operator, clock, customer_id=ivanov)
    assert done.draft.callback_at is not None
    reader = add_user(services, "operator", login="belova")  # any desk opening the card sees it
    [callback] = services.cards.card(reader, ivanov).callbacks
    assert callback.call_id == done.id
    assert callback.promised_at == done.draft.callback_at
    assert callback.due_at == done.draft.callback_at + timedelta(minutes=5)  # TEL-3/callback
    assert callback.promised_by == "Смирнова Анна Викторовна"
    assert callback.journal_number == done.journal_number != ""
    assert services.cards.card(reader, ivanova).callbacks == ()  # not another customer's

    assert services.call_desk.callback_made(operator, done.id) is True
    assert services.cards.card(reader, ivanov).callbacks == ()


def test_TEL_3_a_promise_to_a_number_shows_in_the_card_of_whoever_has_it(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    ivanov, ivanova = add_customers(services.database, IVANOV, IVANOVA)
    # No customer chosen in the call; the number written another way than the contact.
    done = promise(services, operator, clock, phone="8 (4242) 55-12-34")
    [callback] = services.cards.card(operator, ivanova).callbacks
    assert callback.call_id == done.id
    assert services.cards.card(operator, ivanov).callbacks == ()
    # Talking with that number again keeps the promise: the card forgets it.
    call = services.call_desk.take(operator, phone="+74242551234", received_at=clock.now(),
                                   line=Line.HOT_LINE)
    services.call_desk.finish(operator, call.id, CallOutcome.ANSWERED, CallDraft(
        phone="+74242551234", line=Line.HOT_LINE, notes="Справка готова."))
    assert services.cards.card(operator, ivanova).callbacks == ()
